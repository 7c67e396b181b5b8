"""Issue 18's measurement protocol: detection on text nobody tuned the rules to.

    python benchmarks/bench_detection.py                 # the measuring part (the default)
    python benchmarks/bench_detection.py --part tune     # the part rules are developed on
    python benchmarks/bench_detection.py --write         # also write benchmarks/results/detection.md
    python benchmarks/bench_detection.py --mt-sample     # (re)draw the MT sample to judge
    python benchmarks/bench_detection.py --pending bbc-news   # add unjudged control alarms
                                                              # to that corpus's verdict file

Every source is split into a tuning and a measuring part by a hash of the document id
(``benchmarks/split.py``). On the chosen part it prints, per rule and per corpus:

- **recall** on each planted kind of the frozen sets of ``benchmarks/plant.py``: a planted
  defect is found when a finding of a code meant for its kind (``KIND_CODES``) overlaps its span;
- **precision on the planted sets**: a finding that overlaps a planted span is right; one that
  does not is a *control alarm* when the unplanted document has the same finding (same code,
  overlapping span once offsets are mapped across the planted edits), and a false alarm of the
  planting otherwise;
- **false alarms on the clean controls** (bbc-news, the wmt22 human references), per 10k words,
  raw and judged: verdicts live in ``benchmarks/verdicts/<corpus>.jsonl``, and an alarm without
  a ``defect`` verdict counts as false;
- **real MT** (the wmt22 systems' outputs of the same documents): alarms per 10k words per rule
  and per system, and precision on the judged seeded sample ``verdicts/wmt22-mt-sample.jsonl``;

each beside its target from issue 18. A planted set whose sha256 differs from the one frozen in
``benchmarks/results/detection.md`` is refused unless ``--allow-changed-sets``.

Each corpus is linted as ``lintnews check`` lints a folder of it: every document a file, with
the cross-file evidence (R012) of the whole corpus, both parts, since a user's run knows no
split; an MT system's outputs are one run of their own, and a planted document is linted with
the evidence of its clean corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import plant
from benchmarks.harness import _context
from benchmarks.split import PARTS, Part, part
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.document import RunContext
from lintnews.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = Path(__file__).resolve().parent / "verdicts"
RESULTS = Path(__file__).resolve().parent / "results" / "detection.md"
MT_SAMPLE = VERDICTS / "wmt22-mt-sample.jsonl"
MT_CORPUS = "wmt22-mt"
MT_SAMPLE_SEED = 18_150
MT_SAMPLE_SIZE = 200
MT_SAMPLE_MIN_PER_RULE = 8
CONTEXT_CHARS = 60
_WORD_RE = re.compile(r"\w+")  # as benchmarks/harness.py counts words

# Which findings find a planted kind: the rule family meant for it. A lowercased name is found
# by C002, or by C001 where the name opens a sentence in the rule's reading (after a colon or a
# quotation mark), and a lowercased sentence opening by C001, or by C002 when its word is a name:
# both report the same defect and propose the same fix. A merge is found by M001 (two words),
# M002 (a name glued to a scrap), at a full stop P001 (two sentences glued), at another mark
# P005 (`party,so`, `said(AP)`). The other kinds
# have one rule each; missing-word's T003 only looks after an article, so most deletions
# (prepositions, auxiliaries) have no rule yet, which the figures are meant to show.
KIND_CODES: dict[str, tuple[str, ...]] = {
    "lowercase-name": ("C002", "C001"),
    "lowercase-sentence-start": ("C001", "C002"),
    "duplicated-subject": ("T001",),
    "merged-words": ("M001", "M002", "P001", "P005"),
    "doubled-word": ("T002",),
    "missing-word": ("T003",),
}
# Issue 18's targets, on the measuring parts.
TARGET_RECALL = 0.95
TARGET_RULE_FALSE_PER_10K = 0.3
TARGET_TOTAL_FALSE_PER_10K = 1.0
TARGET_MT_PRECISION = 0.9


# --- documents and their findings -------------------------------------------------------


@dataclass(frozen=True)
class Alarm:
    """One finding, keyed so that a verdict survives unrelated changes: the document, the code,
    the flagged text and which occurrence of that (code, text) in the document it is."""

    corpus: str
    doc: str
    code: str
    text: str
    occurrence: int
    start: int
    end: int
    context: str

    @property
    def key(self) -> tuple[str, str, str, int]:
        return (self.doc, self.code, self.text, self.occurrence)


def context_of(text: str, start: int, end: int) -> str:
    """The flagged span in [[ ]] with 60 characters either side, line breaks shown as ⏎."""
    return _context(text, start, end, CONTEXT_CHARS)


def alarms_of(corpus: str, doc: str, text: str, found: Sequence[Diagnostic]) -> list[Alarm]:
    seen: Counter[tuple[str, str]] = Counter()
    alarms = []
    for diagnostic in sorted(found, key=lambda d: d.sort_key):
        flagged = text[diagnostic.start : diagnostic.end]
        occurrence = seen[(diagnostic.code, flagged)]
        seen[(diagnostic.code, flagged)] += 1
        alarms.append(
            Alarm(
                corpus,
                doc,
                diagnostic.code,
                flagged,
                occurrence,
                diagnostic.start,
                diagnostic.end,
                context_of(text, diagnostic.start, diagnostic.end),
            )
        )
    return alarms


def words_in(text: str) -> int:
    return len(_WORD_RE.findall(text))


@dataclass
class Linted:
    """A corpus linted as one run: each document's text, words and findings."""

    texts: dict[str, str] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    findings: dict[str, list[Diagnostic]] = field(default_factory=dict)
    parts: dict[str, Part] = field(default_factory=dict)
    context: RunContext | None = None

    def alarms(self, corpus: str, part_name: Part) -> list[Alarm]:
        return [
            alarm
            for doc, text in self.texts.items()
            if self.parts[doc] == part_name
            for alarm in alarms_of(corpus, doc, text, self.findings[doc])
        ]

    def word_count(self, part_name: Part) -> int:
        return sum(n for doc, n in self.words.items() if self.parts[doc] == part_name)


def lint_run(linter: Linter, documents: Iterable[tuple[str, Part, str]]) -> Linted:
    """Lint documents as the files of one run (cross-file evidence from all of them)."""
    listed = list(documents)
    linted = Linted(context=RunContext.of(text for _, _, text in listed))
    for doc, part_name, text in listed:
        linted.texts[doc] = text
        linted.words[doc] = words_in(text)
        linted.parts[doc] = part_name
        linted.findings[doc] = linter.lint_text(text, doc, context=linted.context)
    return linted


def lint_control(linter: Linter, corpus: str) -> Linted:
    return lint_run(linter, ((a.doc, a.part, a.text) for a in plant.control_articles(corpus)))


def mt_runs() -> Iterator[tuple[str, str, list[tuple[str, Part, str]]]]:
    """(pair, system, documents) for every MT system of every wmt22 pair: a document's name is
    ``pair/id/system`` and it falls in the part of its record."""
    for pair in plant.WMT22_PAIRS:
        by_system: dict[str, list[tuple[str, Part, str]]] = defaultdict(list)
        for record in plant.wmt22_records(pair):
            doc_id = str(record["id"])
            part_name = part(f"wmt22-{pair}", doc_id)
            systems = record["systems"]
            assert isinstance(systems, dict)
            for system in sorted(systems):
                text = plant.join_paragraphs(systems[system])
                by_system[system].append((f"{pair}/{doc_id}/{system}", part_name, text))
        for system in sorted(by_system):
            yield pair, system, by_system[system]


# --- verdicts -----------------------------------------------------------------------------


def read_verdicts(path: Path) -> dict[tuple[str, str, str, int], dict[str, Any]]:
    """Verdict lines by key; a line without a verdict ("") is there to be judged."""
    verdicts: dict[tuple[str, str, str, int], dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                key = (entry["doc"], entry["code"], entry["text"], int(entry.get("occurrence", 0)))
                verdicts[key] = entry
    return verdicts


def write_verdicts(path: Path, entries: Iterable[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ordered = sorted(entries, key=lambda e: (e["doc"], e["code"], e["text"], e["occurrence"]))
    path.write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ordered), encoding="utf-8"
    )


def verdict_entry(alarm: Alarm, verdict: str = "", why: str = "") -> dict[str, Any]:
    return {
        "corpus": alarm.corpus,
        "doc": alarm.doc,
        "code": alarm.code,
        "text": alarm.text,
        "occurrence": alarm.occurrence,
        "context": alarm.context,
        "verdict": verdict,
        "why": why,
    }


def add_pending(path: Path, alarms: Iterable[Alarm]) -> int:
    """Add every alarm without a verdict line to the file, with an empty verdict to fill in."""
    verdicts = read_verdicts(path)
    added = 0
    for alarm in alarms:
        if alarm.key not in verdicts:
            verdicts[alarm.key] = verdict_entry(alarm)
            added += 1
    write_verdicts(path, verdicts.values())
    return added


# --- planted sets -------------------------------------------------------------------------

_FROZEN_ROW_RE = re.compile(r"^\| `(planted-[\w.-]+\.jsonl)` \| `([0-9a-f]{64})` \|", re.M)


def frozen_hashes() -> dict[str, str]:
    """The sha256 of each planted set, as frozen in the results file."""
    if not RESULTS.exists():
        return {}
    return dict(_FROZEN_ROW_RE.findall(RESULTS.read_text(encoding="utf-8")))


def planted_set(corpus: str, part_name: Part, allow_changed: bool) -> list[dict[str, Any]]:
    """A frozen planted set, built first if it is missing; refused if its hash has moved."""
    path = plant.set_path(corpus, part_name)
    if not path.exists():
        plant.write_set(corpus, part_name)
    digest = plant.sha256_of(path)
    frozen = frozen_hashes().get(path.name)
    if frozen != digest and not allow_changed:
        raise SystemExit(
            f"{path.name}: sha256 {digest} is not the frozen {frozen} "
            "(the generator, its data or the corpus changed); rebuild with "
            "`python benchmarks/plant.py`, or score it anyway with --allow-changed-sets"
        )
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Spans overlap; an empty span counts as one character, as in benchmarks/harness.py."""
    return start < max(other_end, other_start + 1) and other_start < max(end, start + 1)


def map_to_planted(defects: Sequence[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(original start, original end, shift) of each planted region, in text order: an offset
    of the clean text at or after a region's original end moves by that region's shift."""
    regions = []
    shift = 0
    for defect in sorted(defects, key=lambda d: int(d["start"])):
        original_start = int(defect["start"]) - shift
        original_end = original_start + len(defect["correct"])
        shift += len(defect["planted"]) - len(defect["correct"])
        regions.append((original_start, original_end, shift))
    return regions


def shifted(offset: int, regions: Sequence[tuple[int, int, int]]) -> int:
    moved = 0
    for _, original_end, shift in regions:
        if original_end <= offset:
            moved = shift
    return offset + moved


@dataclass
class PlantedScores:
    planted: Counter[str] = field(default_factory=Counter)  # by kind
    found: Counter[str] = field(default_factory=Counter)
    found_by: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    planted_by_label: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    found_by_label: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    on_target: Counter[str] = field(default_factory=Counter)  # by code
    control: Counter[str] = field(default_factory=Counter)
    new_false: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.planted[kind] if self.planted[kind] else 1.0

    def precision(self, code: str) -> float:
        judged = self.on_target[code] + self.new_false[code]
        return self.on_target[code] / judged if judged else 1.0


def score_planted(
    linter: Linter, records: Iterable[dict[str, Any]], clean: Linted
) -> PlantedScores:
    scores = PlantedScores()
    for record in records:
        kind = record["kind"]
        text = record["text"]
        defects = record["defects"]
        found = linter.lint_text(text, record["doc"], context=clean.context)
        for defect in defects:
            start, end = int(defect["start"]), int(defect["end"])
            label = defect["label"].split()[0]
            scores.planted[kind] += 1
            scores.planted_by_label[kind][label] += 1
            codes = [
                d.code
                for d in found
                if d.code in KIND_CODES[kind] and _overlap(d.start, d.end, start, end)
            ]
            if codes:
                scores.found[kind] += 1
                scores.found_by_label[kind][label] += 1
                for code in sorted(set(codes)):
                    scores.found_by[kind][code] += 1
            else:
                scores.misses[kind].append(f"{defect['label']}: {context_of(text, start, end)}")
        regions = map_to_planted(defects)
        clean_spans = [
            (d.code, shifted(d.start, regions), shifted(d.end, regions))
            for d in clean.findings[record["doc"]]
        ]
        for d in found:
            if any(_overlap(d.start, d.end, int(x["start"]), int(x["end"])) for x in defects):
                scores.on_target[d.code] += 1
            elif any(
                code == d.code and _overlap(d.start, d.end, s, e) for code, s, e in clean_spans
            ):
                scores.control[d.code] += 1
            else:
                scores.new_false[d.code] += 1
                scores.false_examples[d.code].append(f"{kind}: {context_of(text, d.start, d.end)}")
    return scores


# --- the MT sample ------------------------------------------------------------------------


def draw_mt_sample(alarms: Sequence[Alarm]) -> list[Alarm]:
    """A seeded sample of the measuring part's MT alarms, stratified by rule: every rule with
    alarms gets at least MT_SAMPLE_MIN_PER_RULE (or all it has), the rest in proportion."""
    by_code: dict[str, list[Alarm]] = defaultdict(list)
    for alarm in sorted(alarms, key=lambda a: (a.doc, a.start, a.code)):
        by_code[alarm.code].append(alarm)
    rng = random.Random(MT_SAMPLE_SEED)
    sample: list[Alarm] = []
    for code in sorted(by_code):
        population = by_code[code]
        share = round(MT_SAMPLE_SIZE * len(population) / len(alarms))
        wanted = min(len(population), max(MT_SAMPLE_MIN_PER_RULE, share))
        sample.extend(rng.sample(population, wanted))
    return sample


@dataclass
class SampleScores:
    sampled: Counter[str] = field(default_factory=Counter)  # still raised by the rules
    defect: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    gone: int = 0  # sampled alarms the rules no longer raise

    def precision(self, code: str | None = None) -> float | None:
        good = self.defect[code] if code else sum(self.defect.values())
        bad = self.false[code] if code else sum(self.false.values())
        return good / (good + bad) if good + bad else None


def score_mt_sample(current: Sequence[Alarm]) -> SampleScores:
    raised = {alarm.key for alarm in current}
    scores = SampleScores()
    for key, entry in read_verdicts(MT_SAMPLE).items():
        if key not in raised:
            scores.gone += 1
            continue
        code = entry["code"]
        scores.sampled[code] += 1
        if entry["verdict"] == "defect":
            scores.defect[code] += 1
        elif entry["verdict"] == "false":
            scores.false[code] += 1
    return scores


# --- report -------------------------------------------------------------------------------


def _per_10k(count: int, words: int) -> float:
    return count * 10_000 / words if words else 0.0


def _mark(ok: bool) -> str:
    return "ok" if ok else "**below target**"


def recall_table(name: str, scores: PlantedScores) -> list[str]:
    lines = [
        f"### Planted defects in {name}",
        "",
        f"| Kind | Codes | Planted | Found | Recall (target >= {TARGET_RECALL}) | Found by | "
        "Recall by label |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind in plant.KINDS:
        recall = scores.recall(kind)
        by_code = ", ".join(f"{c} {n}" for c, n in sorted(scores.found_by[kind].items()))
        by_label = ", ".join(
            f"{label} {scores.found_by_label[kind][label] / n:.2f} ({n})"
            for label, n in sorted(scores.planted_by_label[kind].items())
        )
        lines.append(
            f"| {kind} | {'/'.join(KIND_CODES[kind])} | {scores.planted[kind]} | "
            f"{scores.found[kind]} | {recall:.3f} {_mark(recall >= TARGET_RECALL)} | "
            f"{by_code or '-'} | {by_label} |"
        )
    lines += [
        "",
        f"Precision on the planted set of {name} (a finding at a planted span is right; one the "
        "clean document also has is a control alarm; the rest are false):",
        "",
        "| Rule | At a planted defect | Control alarms | False | Precision |",
        "| --- | --- | --- | --- | --- |",
    ]
    codes = sorted(set(scores.on_target) | set(scores.control) | set(scores.new_false))
    for code in codes:
        lines.append(
            f"| {code} | {scores.on_target[code]} | {scores.control[code]} | "
            f"{scores.new_false[code]} | {scores.precision(code):.3f} |"
        )
    return lines


def control_table(
    name: str, alarms: Sequence[Alarm], words: int, verdicts: dict[Any, dict[str, Any]]
) -> list[str]:
    raw: Counter[str] = Counter(a.code for a in alarms)
    judged: Counter[str] = Counter(
        a.code for a in alarms if a.key in verdicts and verdicts[a.key]["verdict"]
    )
    defects: Counter[str] = Counter(
        a.code for a in alarms if verdicts.get(a.key, {}).get("verdict") == "defect"
    )
    lines = [
        f"### False alarms on {name} ({words:,} words)",
        "",
        "| Rule | Alarms | Judged | Real defects | Raw per 10k | False per 10k "
        f"(target <= {TARGET_RULE_FALSE_PER_10K}) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for code in sorted(raw):
        false_per = _per_10k(raw[code] - defects[code], words)
        lines.append(
            f"| {code} | {raw[code]} | {judged[code]} | {defects[code]} | "
            f"{_per_10k(raw[code], words):.2f} | {false_per:.2f} "
            f"{_mark(false_per <= TARGET_RULE_FALSE_PER_10K)} |"
        )
    total_false = _per_10k(sum(raw.values()) - sum(defects.values()), words)
    lines.append(
        f"| all | {sum(raw.values())} | {sum(judged.values())} | {sum(defects.values())} | "
        f"{_per_10k(sum(raw.values()), words):.2f} | {total_false:.2f} "
        f"{_mark(total_false <= TARGET_TOTAL_FALSE_PER_10K)} (target <= "
        f"{TARGET_TOTAL_FALSE_PER_10K}) |"
    )
    return lines


def mt_tables(
    per_system: dict[tuple[str, str], tuple[int, Counter[str]]], sample: SampleScores
) -> list[str]:
    codes = sorted({c for _, counts in per_system.values() for c in counts})
    words = sum(n for n, _ in per_system.values())
    totals: Counter[str] = Counter()
    for _, counts in per_system.values():
        totals.update(counts)
    lines = [
        f"### Real MT: the wmt22 systems' outputs ({words:,} words)",
        "",
        "Alarms per 10k words, per system and rule:",
        "",
        "| Pair | System | Words | All | " + " | ".join(codes) + " |",
        "| --- | --- | --- | --- | " + " | ".join("---" for _ in codes) + " |",
    ]
    for (pair, system), (n, counts) in sorted(per_system.items()):
        cells = " | ".join(f"{_per_10k(counts[c], n):.1f}" for c in codes)
        lines.append(
            f"| {pair} | {system} | {n:,} | {_per_10k(sum(counts.values()), n):.1f} | {cells} |"
        )
    cells = " | ".join(f"{_per_10k(totals[c], words):.1f}" for c in codes)
    lines.append(
        f"| all | all | {words:,} | {_per_10k(sum(totals.values()), words):.1f} | {cells} |"
    )
    judged = sum(sample.defect.values()) + sum(sample.false.values())
    overall = sample.precision()
    # The sample is stratified: weight each rule's precision by its share of all alarms.
    weighted_parts = [
        (totals[c], p) for c in sorted(sample.sampled) if (p := sample.precision(c)) is not None
    ]
    weight = sum(n for n, _ in weighted_parts)
    weighted = sum(n * p for n, p in weighted_parts) / weight if weight else None
    lines += [
        "",
        f"Judged sample (`verdicts/{MT_SAMPLE.name}`): {sum(sample.sampled.values())} sampled "
        f"alarms still raised, {judged} judged, {sample.gone} no longer raised"
        + (
            " (preliminary: not every sampled alarm is judged)"
            if judged < sum(sample.sampled.values())
            else ""
        )
        + ". Precision "
        f"(target >= {TARGET_MT_PRECISION}): "
        + (
            f"{overall:.3f} over the judged sample, {weighted:.3f} weighted by each rule's "
            f"share of the alarms {_mark((weighted or 0) >= TARGET_MT_PRECISION)}"
            if overall is not None and weighted is not None
            else "not judged yet"
        )
        + ".",
        "",
        "| Rule | Alarms | Sampled | Judged | Real defects | Precision |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for code in codes:
        precision = sample.precision(code)
        lines.append(
            f"| {code} | {totals[code]} | {sample.sampled[code]} | "
            f"{sample.defect[code] + sample.false[code]} | {sample.defect[code]} | "
            f"{'-' if precision is None else f'{precision:.3f}'} |"
        )
    return lines


# --- the run ------------------------------------------------------------------------------

_FIGURES_START = "<!-- figures:start -->"
_FIGURES_END = "<!-- figures:end -->"


def write_figures(lines: list[str]) -> None:
    """Put the figures between the markers of the results file; the rest (the frozen hashes,
    the baseline, notes) is kept as written."""
    current = RESULTS.read_text(encoding="utf-8")
    head, _, rest = current.partition(_FIGURES_START)
    _, _, tail = rest.partition(_FIGURES_END)
    RESULTS.write_text(
        head + _FIGURES_START + "\n" + "\n".join(lines) + "\n" + _FIGURES_END + tail,
        encoding="utf-8",
    )


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=PARTS, default="measure")
    parser.add_argument("--write", action="store_true", help="write results/detection.md")
    parser.add_argument("--allow-changed-sets", action="store_true")
    parser.add_argument("--mt-sample", action="store_true", help="(re)draw the MT sample")
    parser.add_argument(
        "--pending", choices=plant.CONTROLS, help="add that control's unjudged alarms"
    )
    parser.add_argument("--misses", type=int, default=0, help="print N misses of each kind")
    args = parser.parse_args(argv)
    part_name: Part = args.part
    linter = Linter(Config())

    lines = [
        f"Part: **{part_name}**; commit {_commit()}, {date.today().isoformat()}; default rules.",
        "",
    ]
    controls = {corpus: lint_control(linter, corpus) for corpus in plant.CONTROLS}
    for corpus, linted in controls.items():
        alarms = linted.alarms(corpus, part_name)
        path = VERDICTS / f"{corpus}.jsonl"
        if args.pending == corpus:
            print(f"{path.relative_to(ROOT)}: {add_pending(path, alarms)} alarms added to judge")
        lines += control_table(
            f"{corpus} ({part_name})", alarms, linted.word_count(part_name), read_verdicts(path)
        )
        lines.append("")
    for corpus, linted in controls.items():
        records = planted_set(corpus, part_name, args.allow_changed_sets)
        scores = score_planted(linter, records, linted)
        lines += recall_table(f"{corpus} ({part_name})", scores)
        lines.append("")
        for kind in plant.KINDS if args.misses else ():
            for miss in random.Random(0).sample(
                scores.misses[kind], min(args.misses, len(scores.misses[kind]))
            ):
                print(f"miss {kind}: {miss}")
    per_system: dict[tuple[str, str], tuple[int, Counter[str]]] = {}
    mt_alarms: list[Alarm] = []
    for pair, system, documents in mt_runs():
        linted = lint_run(linter, documents)
        alarms = linted.alarms(MT_CORPUS, part_name)
        mt_alarms.extend(alarms)
        per_system[(pair, system)] = (
            linted.word_count(part_name),
            Counter(a.code for a in alarms),
        )
    if args.mt_sample:
        if part_name != "measure":
            raise SystemExit("the MT sample is drawn from the measuring part")
        kept = read_verdicts(MT_SAMPLE)
        drawn = draw_mt_sample(mt_alarms)
        write_verdicts(
            MT_SAMPLE,
            [kept.get(a.key, verdict_entry(a)) for a in drawn],
        )
        print(f"{MT_SAMPLE.relative_to(ROOT)}: {len(drawn)} alarms sampled")
    # The sample holds measuring-part alarms: against the tuning part it would all be "gone".
    sample = score_mt_sample(mt_alarms) if part_name == "measure" else SampleScores()
    lines += mt_tables(per_system, sample)
    print("\n".join(lines))
    if args.write:
        if part_name != "measure":
            raise SystemExit("only the measuring part's figures are recorded")
        write_figures(lines)
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
