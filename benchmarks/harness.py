"""Shared measuring code for the accuracy benchmarks: precision and recall on a labelled set,
and false alarms per 10k words on clean, professionally edited news.

A labelled set is JSONL, one document a line::

    {"id": "...", "text": "...", "origin": "planted" | "real",
     "defects": [{"code": "M001", "start": 10, "end": 27}]}

A report matches a labelled defect when the codes agree and the spans overlap. Every report on
a labelled document that matches no defect counts against precision, so a labelled set must
label every defect of the measured codes in its texts.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lintnews.config import Config
from lintnews.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
RESULTS = Path(__file__).resolve().parent / "results"
_WORD_RE = re.compile(r"\w+")


@dataclass
class Scores:
    true_positives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    false_negatives: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    wrong: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def precision(self, code: str) -> float:
        found = self.true_positives[code] + self.false_positives[code]
        return self.true_positives[code] / found if found else 1.0

    def recall(self, code: str) -> float:
        wanted = self.true_positives[code] + self.false_negatives[code]
        return self.true_positives[code] / wanted if wanted else 1.0


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    return (
        text[max(0, start - width) : start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end : end + width]
    ).replace("\n", "⏎")


def score_labelled(
    linter: Linter, records: Iterable[dict[str, object]], codes: Sequence[str]
) -> Scores:
    scores = Scores()
    for record in records:
        text = str(record["text"])
        diagnostics = [d for d in linter.lint_text(text) if d.code in codes]
        defects = [d for d in record.get("defects", []) if d["code"] in codes]  # type: ignore[union-attr]
        matched: set[int] = set()
        for defect in defects:
            hit = next(
                (
                    i
                    for i, d in enumerate(diagnostics)
                    if i not in matched
                    and d.code == defect["code"]
                    and d.start < max(defect["end"], defect["start"] + 1)
                    and defect["start"] < max(d.end, d.start + 1)
                ),
                None,
            )
            if hit is None:
                scores.false_negatives[defect["code"]] += 1
                scores.misses[defect["code"]].append(_context(text, defect["start"], defect["end"]))
            else:
                matched.add(hit)
                scores.true_positives[defect["code"]] += 1
        for i, diagnostic in enumerate(diagnostics):
            if i not in matched:
                scores.false_positives[diagnostic.code] += 1
                scores.wrong[diagnostic.code].append(
                    _context(text, diagnostic.start, diagnostic.end)
                )
    return scores


def corpus_texts(folder: Path = BBC) -> tuple[list[str], float]:
    """Every article of a corpus folder, in path order, and their size in MB (UTF-8)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"))]
    return texts, sum(len(text.encode("utf-8")) for text in texts) / 1e6


def clean_texts(folder: Path = BBC) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.rglob("*.txt")):
        yield str(path.relative_to(folder)), path.read_text(encoding="utf-8")


@dataclass
class FalseAlarms:
    words: int
    seconds: float
    megabytes: float
    alarms: Counter[str]
    examples: dict[str, list[str]]

    def per_10k(self, code: str) -> float:
        return self.alarms[code] * 10_000 / self.words if self.words else 0.0


def false_alarms(linter: Linter, codes: Sequence[str], folder: Path = BBC) -> FalseAlarms:
    alarms: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    words = 0
    size = 0
    started = time.perf_counter()
    for name, text in clean_texts(folder):
        words += len(_WORD_RE.findall(text))
        size += len(text.encode("utf-8"))
        for diagnostic in linter.lint_text(text, name):
            if diagnostic.code in codes:
                alarms[diagnostic.code] += 1
                examples[diagnostic.code].append(
                    f"{name}: {_context(text, diagnostic.start, diagnostic.end)}"
                )
    return FalseAlarms(words, time.perf_counter() - started, size / 1e6, alarms, examples)


def linter_for(codes: Sequence[str], **config: object) -> Linter:
    return Linter(Config(select=tuple(codes), **config))  # type: ignore[arg-type]


def write_results(name: str, lines: list[str]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def summary_table(
    scores: Scores | None, alarms: FalseAlarms | None, codes: Sequence[str]
) -> list[str]:
    lines = [
        "| Rule | TP | FP | FN | Precision | Recall | Alarms on bbc-news | per 10k words |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for code in codes:
        tp = scores.true_positives[code] if scores else 0
        fp = scores.false_positives[code] if scores else 0
        fn = scores.false_negatives[code] if scores else 0
        precision = f"{scores.precision(code):.3f}" if scores else "-"
        recall = f"{scores.recall(code):.3f}" if scores else "-"
        count = alarms.alarms[code] if alarms else 0
        per = f"{alarms.per_10k(code):.3f}" if alarms else "-"
        lines.append(f"| {code} | {tp} | {fp} | {fn} | {precision} | {recall} | {count} | {per} |")
    return lines
