"""Totals over a corpus: mergeable, so shards are counted apart and summed in a fixed order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Histogram of documents by findings per 1k words: exactly 0, then (lo, hi] bins, then > 50.
HIST_EDGES = (0.0, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0)
HIST_LABELS = ("0", "0–1", "1–2", "2–5", "5–10", "10–20", "20–50", "> 50")
CONTEXT_CHARS = 40
SNIPPET_CHARS = 60
# Distinct flagged strings kept per rule: pruned to KEEP most frequent when over 2 * KEEP.
EXAMPLES_KEEP = 50
NO_GROUP = "(none)"
# Groups counted apart; later ones are counted together, so memory stays bounded.
MAX_GROUPS = 1000
OTHER_GROUPS = "(other groups)"
# Rejected documents listed one by one (the first in input order); all are counted.
REJECTED_KEEP = 200


def hist_bin(value: float) -> int:
    if value <= 0:
        return 0
    for index, edge in enumerate(HIST_EDGES[1:], 1):
        if value <= edge:
            return index
    return len(HIST_EDGES)


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", " ⏎ ").replace("\t", " ")


@dataclass
class Stats:
    docs: int = 0
    words: int = 0
    chars: int = 0
    findings: int = 0
    affected: int = 0
    rejected: int = 0
    fixed_docs: int = 0
    codes: dict[str, list[int]] = field(default_factory=dict)  # code -> [findings, documents]
    fixes: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)  # rejection reason -> documents
    hist: list[int] = field(default_factory=lambda: [0] * len(HIST_LABELS))
    # code -> flagged text -> [count, left context, flagged, right context, document id, message,
    # shard, position]: where the first one was seen, so that a reader can open the record.
    examples: dict[str, dict[str, list[Any]]] = field(default_factory=dict)
    # [document id, shard, position, reasons, findings, findings per 1k words], in input order
    rejected_docs: list[list[Any]] = field(default_factory=list)
    groups: dict[str, Stats] = field(default_factory=dict)

    def add(
        self,
        text: str,
        findings: list[dict[str, Any]],
        words: int,
        per_1k: float,
        *,
        doc_id: str = "",
        group: str | None = None,
        rejected: Iterable[str] = (),
        fixes: dict[str, int] | None = None,
        examples: bool = True,
        shard: str = "",
        position: str = "",
    ) -> None:
        """Count one document. ``shard`` and ``position`` ("line 12") say where it is, for the
        examples and the rejected documents the report lists."""
        reasons = list(rejected)
        self.docs += 1
        self.words += words
        self.chars += len(text)
        self.findings += len(findings)
        self.affected += bool(findings)
        self.hist[hist_bin(per_1k)] += 1
        if reasons:
            self.rejected += 1
            for reason in reasons:
                self.reasons[reason] = self.reasons.get(reason, 0) + 1
            if examples and len(self.rejected_docs) < REJECTED_KEEP:
                self.rejected_docs.append([doc_id, shard, position, reasons, len(findings), per_1k])
        if fixes:
            self.fixed_docs += 1
            for code, count in fixes.items():
                self.fixes[code] = self.fixes.get(code, 0) + count
        seen: set[str] = set()
        for finding in findings:
            code = finding["code"]
            entry = self.codes.setdefault(code, [0, 0])
            entry[0] += 1
            if code not in seen:
                seen.add(code)
                entry[1] += 1
            if examples:
                self._example(code, text, finding, [doc_id, shard, position])
        if group is not None:
            self._group(group).add(
                text,
                findings,
                words,
                per_1k,
                rejected=reasons,
                fixes=fixes,
                examples=False,
            )

    def _example(self, code: str, text: str, finding: dict[str, Any], where: list[str]) -> None:
        start, end = finding["start"], finding["end"]
        flagged = text[start:end]
        key = _clean(flagged[:SNIPPET_CHARS]) or "(insertion)"
        table = self.examples.setdefault(code, {})
        entry = table.get(key)
        if entry is not None:
            entry[0] += 1
            return
        left = _clean(text[max(0, start - CONTEXT_CHARS) : start])
        right = _clean(text[end : end + CONTEXT_CHARS])
        table[key] = [
            1,
            left,
            _clean(flagged[: 2 * SNIPPET_CHARS]),
            right,
            where[0],
            finding["message"],
            *where[1:],
        ]
        if len(table) > 2 * EXAMPLES_KEEP:
            self.examples[code] = _prune(table)

    def merge(self, other: Stats) -> None:
        self.docs += other.docs
        self.words += other.words
        self.chars += other.chars
        self.findings += other.findings
        self.affected += other.affected
        self.rejected += other.rejected
        self.fixed_docs += other.fixed_docs
        for code, (count, docs) in other.codes.items():
            entry = self.codes.setdefault(code, [0, 0])
            entry[0] += count
            entry[1] += docs
        for table, theirs in ((self.fixes, other.fixes), (self.reasons, other.reasons)):
            for key, value in theirs.items():
                table[key] = table.get(key, 0) + value
        self.hist = [a + b for a, b in zip(self.hist, other.hist, strict=True)]
        for code, examples in other.examples.items():
            mine = self.examples.setdefault(code, {})
            for key, entry in examples.items():
                if key in mine:
                    mine[key][0] += entry[0]
                else:
                    mine[key] = list(entry)
            if len(mine) > 2 * EXAMPLES_KEEP:
                self.examples[code] = _prune(mine)
        room = REJECTED_KEEP - len(self.rejected_docs)
        self.rejected_docs.extend(list(entry) for entry in other.rejected_docs[: max(room, 0)])
        for group, stats in other.groups.items():
            self._group(group).merge(stats)

    def _group(self, name: str) -> Stats:
        if name not in self.groups and len(self.groups) >= MAX_GROUPS:
            name = OTHER_GROUPS
        return self.groups.setdefault(name, Stats())

    def top_examples(self, code: str, limit: int = 5) -> list[list[Any]]:
        table = self.examples.get(code, {})
        ranked = sorted(table.values(), key=lambda entry: -entry[0])  # stable: first seen first
        return ranked[:limit]

    def per_10k(self, code: str) -> float:
        return self.codes.get(code, [0, 0])[0] * 10_000 / max(self.words, 1)

    def share_affected(self, code: str) -> float:
        return self.codes.get(code, [0, 0])[1] / max(self.docs, 1)

    def to_json(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "words": self.words,
            "chars": self.chars,
            "findings": self.findings,
            "affected": self.affected,
            "rejected": self.rejected,
            "fixed_docs": self.fixed_docs,
            "codes": self.codes,
            "fixes": self.fixes,
            "reasons": self.reasons,
            "hist": self.hist,
            "examples": self.examples,
            "rejected_docs": self.rejected_docs,
            "groups": {name: stats.to_json() for name, stats in self.groups.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Stats:
        groups = {name: cls.from_json(value) for name, value in data.get("groups", {}).items()}
        values = {key: value for key, value in data.items() if key != "groups"}
        return cls(**values, groups=groups)


def _prune(table: dict[str, list[Any]]) -> dict[str, list[Any]]:
    ranked = sorted(table.items(), key=lambda item: -item[1][0])[:EXAMPLES_KEEP]
    return dict(ranked)
