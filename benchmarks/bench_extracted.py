"""The default rules on real article-extractor output, line by line (issue 14).

    python benchmarks/bench_extracted.py [--part measure|tune] [--write]

Reads ``../shared/corpora/extracted/dragnet.jsonl.gz``: news and blog pages of the Dragnet
benchmark, each run through 7 extractors from PyPI, every output line labelled ``clean`` (article
text), ``residue`` (page furniture the extractor let through) or ``other`` (see the corpora
README; the labels are automatic). Only the pages of one part of the split by page are read:
``measure`` (the default) for figures quoted anywhere, ``tune`` for developing rules.

**The text of a page.** For each page and extractor, the extractor's output lines joined with
``"\\n"`` are one text. The extractors return the article as a sequence of text blocks, and
their plain-text output writes one block a line (trafilatura's and resiliparse's text output;
newspaper4k's and goose3's ``cleaned_text`` put a blank line between blocks, which the corpus
does not keep and no rule measured here reads); a user who saves each page's text to a file and
lints the folder lints exactly such files, with no title line or markup added. The texts of one
extractor and one part form one run, as ``lintnews check folder/`` over that extractor's files
would: the cross-file evidence of R012 counts lines across that run.

**Lines and findings.** Each line owns its text and the line break after it; a finding covers
every line its span overlaps (an empty span, the line it stands in). Printed, per extractor and
per rule:

- residue recall: the share of ``residue`` lines covered by a finding of any R rule, and of any
  rule, with each rule's contribution (lines that rule catches, and lines only it catches);
- false alarms on ``clean`` lines, per 10k words of clean lines: every finding that covers a
  clean line is one alarm, raw and after the verdicts in ``benchmarks/verdicts/extracted.jsonl``
  (an alarm without a verdict counts as false);
- E007 (non-breaking spaces): the stray characters, and the findings as reported (once per
  text since issue 14; one per run of spaces before), beside one per line and one per text;
- bbc-news alarms of the same default linter's R and E rules per 10k words;
- corpus mode against file mode: every text of the part through ``lintnews corpus`` as one
  JSONL file with ``--source-field extractor`` (so that its cross-document evidence counts lines
  per extractor, as the file-mode runs do), findings compared with the file-mode ones, and
  R012's residue recall in corpus mode.

Verdicts, one JSON object a line: ``{"page", "extractor", "code", "line", "verdict", "why"}``,
``line`` being the 1-based number of the clean line (the first the finding covers) in that
extractor's output, ``verdict`` ``"defect"`` (the report is right: the text really has the
defect, or the line labelled clean really is residue) or ``"false"``. The file names lines by
number and says why in its own words: the Dragnet text is AGPL-3.0 and is not quoted here.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_residue import _verdict as bbc_verdict
from benchmarks.harness import ROOT, clean_texts, false_alarms, write_results
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.document import Document, RunContext
from lintnews.engine import Linter
from lintnews.registry import all_rules
from lintnews.source import Source

CORPUS = ROOT.parent / "shared" / "corpora" / "extracted" / "dragnet.jsonl.gz"
VERDICTS = Path(__file__).resolve().parent / "verdicts" / "extracted.jsonl"
SOURCE = "dragnet"
EXTRACTORS = (
    "trafilatura",
    "justext",
    "readability",
    "boilerpy3",
    "resiliparse",
    "newspaper4k",
    "goose3",
)
# Words are counted as benchmarks/harness.py counts them on bbc-news.
WORD_RE = re.compile(r"\w+")

# The targets, on the measuring part.
TARGET_RECALL = 0.8
TARGET_RECALL_PER_EXTRACTOR = 0.6
TARGET_CLEAN_ALARMS = 1.0  # per 10k words of clean lines
# bbc-news alarms of the default linter's R and E rules per 10k words on main at 529e4d3 (all 30
# are E002 on undecoded entities, every one a real defect of the corpus): "no higher than today".
TARGET_BBC_RAW = 0.366
TARGET_BBC_FALSE = 0.0
# The one rule that reports lines other files of the run (or records of a corpus run) repeat.
CROSS_FILE_RULE = "R012"
# The rules whose findings the run's other files can change: R012, and R013, whose closing
# block counts a line R012 would report as evidence of the page.
RUN_CONTEXT_RULES = (CROSS_FILE_RULE, "R013")
# The measuring part's figures on main before issue 14's work (R recall, any-rule recall, judged
# false alarms per 10k clean words for R rules and for all rules): what later changes compare with.
BASELINE = (0.329, 0.373, 7.43, 43.80)
BASELINE_COMMIT = "529e4d3"
# Worker processes for the corpus-mode run (its findings are the same for any number).
CORPUS_MODE_JOBS = 2

Part = Literal["tune", "measure"]


# TODO: import from benchmarks.split once the detection-protocol branch lands; this is its rule.
def part(source: str, doc_id: str) -> Part:
    """``"tune"`` when the first byte of sha256(``source:doc_id``) is below 128, else ``"measure"``."""
    digest = hashlib.sha256(f"{source}:{doc_id}".encode()).digest()
    return "tune" if digest[0] < 128 else "measure"


@dataclass(frozen=True)
class Finding:
    code: str
    start: int
    end: int
    rows: range  # 0-based numbers of the lines the finding covers


@dataclass
class Output:
    """One extractor's output for one page: its labelled lines and the findings on their text."""

    page: str
    extractor: str
    labels: list[str]
    lines: list[str]
    findings: list[Finding] = field(default_factory=list)

    @property
    def text(self) -> str:
        return document_text(self.lines)

    @property
    def name(self) -> str:
        """The file name a user's folder of extracted pages would give this text."""
        return f"{self.extractor}/{self.page}.txt"


def document_text(lines: Sequence[str]) -> str:
    return "\n".join(lines)


def line_starts(lines: Sequence[str]) -> list[int]:
    """The offset at which each line starts in :func:`document_text`."""
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts


def covered_rows(starts: Sequence[int], start: int, end: int) -> range:
    """The lines a span ``start:end`` covers: each line owns its text and the break after it,
    so a span ending on a line break stays on its line; an empty span covers the line it is in."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    if end <= start:
        return range(first, first + 1)
    last = max(bisect.bisect_left(starts, end) - 1, first)
    return range(first, last + 1)


def read_outputs(part_name: Part, corpus: Path = CORPUS) -> list[Output]:
    """Every extractor's output for the pages of one part, in corpus order."""
    outputs = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for raw in stream:
            page = json.loads(raw)
            if part(SOURCE, page["id"]) != part_name:
                continue
            for extractor in EXTRACTORS:
                labelled = page["extractors"].get(extractor, [])
                outputs.append(
                    Output(
                        page["id"],
                        extractor,
                        [label for label, _ in labelled],
                        [line for _, line in labelled],
                    )
                )
    return outputs


def findings_of(
    source: Source, diagnostics: Iterable[Diagnostic], starts: Sequence[int]
) -> list[Finding]:
    """Findings with offsets into the text as given (a leading BOM counts, as corpus mode
    counts it), mapped to the lines they cover."""
    found = []
    for diagnostic in diagnostics:
        start, end = source.raw_offset(diagnostic.start), source.raw_offset(diagnostic.end)
        found.append(Finding(diagnostic.code, start, end, covered_rows(starts, start, end)))
    return found


def lint_outputs(linter: Linter, outputs: Sequence[Output]) -> None:
    """Lint each output in file mode, one run per extractor (cross-file evidence within it)."""
    for extractor in EXTRACTORS:
        mine = [output for output in outputs if output.extractor == extractor and output.lines]
        sources = {id(output): Source.from_text(output.text, output.name) for output in mine}
        context = RunContext.of(source.text for source in sources.values())
        for output in mine:
            source = sources[id(output)]
            diagnostics = linter.check(Document(source, linter.config, context))
            output.findings = findings_of(source, diagnostics, line_starts(output.lines))


# (page, extractor, code, 1-based number of the first clean line the alarm covers)
VerdictKey = tuple[str, str, str, int]


def verdict_key(output: Output, finding: Finding, clean_row: int) -> VerdictKey:
    """How the verdicts file names an alarm. Two findings of one rule on one line share a
    verdict: a reader judges the line."""
    return (output.page, output.extractor, finding.code, clean_row + 1)


def read_verdicts(path: Path = VERDICTS) -> dict[VerdictKey, str]:
    verdicts: dict[VerdictKey, str] = {}
    if path.exists():
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                record = json.loads(raw)
                key = (record["page"], record["extractor"], record["code"], int(record["line"]))
                verdicts[key] = record["verdict"]
    return verdicts


@dataclass
class Tally:
    """What one extractor's outputs (or all of them) add up to."""

    documents: int = 0
    residue_lines: int = 0
    residue_by_r: int = 0
    residue_by_r_alone: int = 0  # by R rules other than R012: what linting each file alone finds
    residue_by_any: int = 0
    residue_by_code: Counter[str] = field(default_factory=Counter)
    residue_only_code: Counter[str] = field(default_factory=Counter)
    clean_lines: int = 0
    clean_words: int = 0
    clean_alarms: Counter[str] = field(default_factory=Counter)
    clean_false: Counter[str] = field(default_factory=Counter)
    nbsp_chars_clean: int = 0
    nbsp_lines: int = 0  # clean lines (paragraphs) with an E007 finding
    nbsp_documents: int = 0  # documents with an E007 finding on a clean line
    e007_residue: int = 0  # E007 findings on residue lines
    judged: set[VerdictKey] = field(default_factory=set)  # verdicts that met an alarm

    def per_10k(self, count: int) -> float:
        return count * 10_000 / self.clean_words if self.clean_words else 0.0


def tally(outputs: Iterable[Output], verdicts: dict[VerdictKey, str]) -> dict[str, Tally]:
    """A Tally per extractor and one for all (``"all"``)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for output in outputs:
        for key in (output.extractor, "all"):
            add_output(tallies[key], output, verdicts)
    return dict(tallies)


def add_output(into: Tally, output: Output, verdicts: dict[VerdictKey, str]) -> None:
    into.documents += 1
    codes_by_row: dict[int, set[str]] = defaultdict(set)
    for finding in output.findings:
        for row in finding.rows:
            codes_by_row[row].add(finding.code)
    for row, label in enumerate(output.labels):
        if label == "residue":
            codes = codes_by_row.get(row, set())
            into.residue_lines += 1
            into.residue_by_r += any(code.startswith("R") for code in codes)
            into.residue_by_r_alone += any(
                code.startswith("R") and code != CROSS_FILE_RULE for code in codes
            )
            into.residue_by_any += bool(codes)
            into.residue_by_code.update(codes)
            if len(codes) == 1:
                into.residue_only_code.update(codes)
        elif label == "clean":
            into.clean_lines += 1
            into.clean_words += len(WORD_RE.findall(output.lines[row]))
            into.nbsp_chars_clean += output.lines[row].count("\u00a0")
    nbsp_rows: set[int] = set()
    for finding in output.findings:
        clean_rows = [row for row in finding.rows if output.labels[row] == "clean"]
        if finding.code == "E007" and any(output.labels[row] == "residue" for row in finding.rows):
            into.e007_residue += 1
        if not clean_rows:
            continue
        into.clean_alarms[finding.code] += 1
        key = verdict_key(output, finding, clean_rows[0])
        if key in verdicts:
            into.judged.add(key)
        if verdicts.get(key) != "defect":
            into.clean_false[finding.code] += 1
        if finding.code == "E007":
            nbsp_rows.add(clean_rows[0])
    into.nbsp_lines += len(nbsp_rows)
    into.nbsp_documents += bool(nbsp_rows)


def verdict_summary(
    verdicts: dict[VerdictKey, str], judged: set[VerdictKey], pages: set[str]
) -> str:
    """How many recorded verdicts this part's alarms met; a verdict on a page of this part that
    meets no alarm is stale (the rule no longer fires there, or the line number is wrong)."""
    defects = sum(verdicts[key] == "defect" for key in judged)
    stale = sorted(key for key in verdicts if key[0] in pages and key not in judged)
    listed = "; ".join(
        f"{page} {extractor} {code} line {line}" for page, extractor, code, line in stale
    )
    return (
        f"Verdicts: {len(judged)} of the {len(verdicts)} recorded meet an alarm of this part "
        f"({defects} real defects, {len(judged) - defects} false alarms); "
        f"{len(stale)} on its pages meet none{': ' + listed if stale else ''}."
    )


def _ratio(found: int, wanted: int) -> str:
    return f"{found / wanted:.3f}" if wanted else "-"


def _meets(value: float, target: float, *, at_least: bool) -> str:
    return "yes" if (value >= target if at_least else value <= target) else "no"


def _family_sum(counts: Counter[str], family: str | None, *, without: str = "") -> int:
    return sum(n for code, n in counts.items() if family in (None, code[0]) and code != without)


def _rows(tallies: dict[str, Tally]) -> Iterator[tuple[str, str, Tally]]:
    """Each extractor's tally, then the total: (name, name as the table shows it, tally)."""
    for name in (*EXTRACTORS, "all"):
        if name in tallies:
            yield name, "**all**" if name == "all" else name, tallies[name]


def recall_table(tallies: dict[str, Tally]) -> list[str]:
    lines = [
        "| Extractor | texts | residue lines | R rules | R rules, each file alone (no R012) "
        f"| any rule | target >= {TARGET_RECALL_PER_EXTRACTOR} per extractor, {TARGET_RECALL} for all: met by R / any |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, shown, t in _rows(tallies):
        target = TARGET_RECALL if name == "all" else TARGET_RECALL_PER_EXTRACTOR
        met = [
            _meets(found / t.residue_lines if t.residue_lines else 0.0, target, at_least=True)
            for found in (t.residue_by_r, t.residue_by_any)
        ]
        lines.append(
            f"| {shown} | {t.documents} | {t.residue_lines} "
            f"| {_ratio(t.residue_by_r, t.residue_lines)} | {_ratio(t.residue_by_r_alone, t.residue_lines)} "
            f"| {_ratio(t.residue_by_any, t.residue_lines)} | {' / '.join(met)} |"
        )
    return lines


def alarm_table(tallies: dict[str, Tally]) -> list[str]:
    lines = [
        "| Extractor | clean lines | clean words | R rules: alarms | per 10k | judged false per 10k "
        "| any rule: alarms | per 10k | judged false per 10k | judged, without E007 "
        f"| target <= {TARGET_CLEAN_ALARMS}: met by R / any |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for _, shown, t in _rows(tallies):
        r_alarms, r_false = (_family_sum(c, "R") for c in (t.clean_alarms, t.clean_false))
        alarms, false = (_family_sum(c, None) for c in (t.clean_alarms, t.clean_false))
        without_nbsp = _family_sum(t.clean_false, None, without="E007")
        met = [_meets(t.per_10k(n), TARGET_CLEAN_ALARMS, at_least=False) for n in (r_false, false)]
        lines.append(
            f"| {shown} | {t.clean_lines} | {t.clean_words} "
            f"| {r_alarms} | {t.per_10k(r_alarms):.2f} | {t.per_10k(r_false):.2f} "
            f"| {alarms} | {t.per_10k(alarms):.2f} | {t.per_10k(false):.2f} "
            f"| {t.per_10k(without_nbsp):.2f} | {' / '.join(met)} |"
        )
    return lines


def rule_table(total: Tally) -> list[str]:
    lines = [
        "| Rule | residue lines caught | share | caught by it alone | clean-line alarms | per 10k clean words | judged false per 10k |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    codes = [rule.code for rule in all_rules()]
    for code in codes:
        caught = total.residue_by_code[code]
        alarms = total.clean_alarms[code]
        if not caught and not alarms:
            continue
        lines.append(
            f"| {code} | {caught} | {_ratio(caught, total.residue_lines)} "
            f"| {total.residue_only_code[code]} | {alarms} | {total.per_10k(alarms):.2f} "
            f"| {total.per_10k(total.clean_false[code]):.2f} |"
        )
    silent = [
        code for code in codes if not total.residue_by_code[code] and not total.clean_alarms[code]
    ]
    lines += ["", f"Silent on these texts: {', '.join(silent) or 'none'}."]
    return lines


def rule_by_extractor(tallies: dict[str, Tally], *, residue: bool) -> list[str]:
    """Residue recall (``residue``) or judged clean-line false alarms per 10k words, for each
    rule that has any, in each extractor's output."""
    names = [name for name in EXTRACTORS if name in tallies]
    lines = [
        "| Rule | " + " | ".join(names) + " |",
        "| --- |" + " --- |" * len(names),
    ]
    for code in (rule.code for rule in all_rules()):
        counts = [
            tallies[name].residue_by_code[code] if residue else tallies[name].clean_false[code]
            for name in names
        ]
        if not any(counts):
            continue
        cells = [
            _ratio(count, tallies[name].residue_lines)
            if residue
            else f"{tallies[name].per_10k(count):.2f}"
            for name, count in zip(names, counts, strict=True)
        ]
        lines.append(f"| {code} | " + " | ".join(cells) + " |")
    return lines


def nbsp_table(tallies: dict[str, Tally]) -> list[str]:
    lines = [
        "| Extractor | NBSP characters on clean lines | per 10k clean words | E007 findings on clean lines | per 10k "
        "| lines with one | per 10k, one per line | texts with one | share of texts "
        "| per 10k, one per text | E007 findings on residue lines |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for _, shown, t in _rows(tallies):
        found = t.clean_alarms["E007"]
        lines.append(
            f"| {shown} | {t.nbsp_chars_clean} | {t.per_10k(t.nbsp_chars_clean):.2f} | {found} "
            f"| {t.per_10k(found):.2f} | {t.nbsp_lines} | {t.per_10k(t.nbsp_lines):.2f} "
            f"| {t.nbsp_documents} "
            f"| {_ratio(t.nbsp_documents, t.documents)} | {t.per_10k(t.nbsp_documents):.2f} | {t.e007_residue} |"
        )
    return lines


def bbc_alarms(linter: Linter) -> list[str]:
    """bbc-news alarms of the default linter's R and E rules, each read against the verdicts of
    benchmarks/bench_residue.py (an alarm nobody has read counts as false)."""
    codes = [rule.code for rule in all_rules() if rule.family() in ("R", "E")]
    alarms = false_alarms(linter, codes)
    false = 0
    for code in codes:
        for example in alarms.examples.get(code, []):
            verdict, _ = bbc_verdict(code, example)
            false += verdict != "defect"
    raw = sum(alarms.alarms.values())
    by_code = ", ".join(f"{code} {n}" for code, n in sorted(alarms.alarms.items())) or "none"
    raw_rate, false_rate = (count * 10_000 / alarms.words for count in (raw, false))
    return [
        f"- bbc-news, {alarms.words} words, each article linted alone: {raw} alarms of the R and E "
        f"rules = **{raw_rate:.3f} per 10k words** (today {TARGET_BBC_RAW}: "
        f"{_meets(raw_rate, TARGET_BBC_RAW, at_least=False)}; {by_code}); {false} not read as "
        f"real defects = {false_rate:.3f} per 10k (today {TARGET_BBC_FALSE}: "
        f"{_meets(false_rate, TARGET_BBC_FALSE, at_least=False)}).",
        f"- Checked as one folder (cross-file evidence, as for the extracted texts): "
        f"{cross_file_alarms()} alarms more of {', '.join(RUN_CONTEXT_RULES)}.",
    ]


def cross_file_alarms() -> int:
    """What the rules that read the run add on bbc-news when the folder is one run, beyond
    what they report on each article alone."""
    texts = [text for _, text in clean_texts()]
    context = RunContext.of(texts)
    linter = Linter(Config(select=RUN_CONTEXT_RULES))
    together = sum(len(linter.lint_text(text, context=context)) for text in texts)
    return together - sum(len(linter.lint_text(text)) for text in texts)


def corpus_mode_agreement(outputs: Sequence[Output]) -> list[str]:
    """Run every text of the part through ``lintnews corpus``, one source per extractor, and
    compare its findings with the file-mode ones (code and offsets, per text)."""
    chosen = [output for output in outputs if output.lines]
    pages = {output.page for output in chosen}
    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "texts.jsonl"
        with records.open("w", encoding="utf-8") as stream:
            for output in chosen:
                record = {"id": output.name, "extractor": output.extractor, "text": output.text}
                stream.write(json.dumps(record) + "\n")
        result_folder = Path(folder) / "out"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "lintnews",
                "corpus",
                str(records),
                "-o",
                str(result_folder),
                "-j",
                str(CORPUS_MODE_JOBS),
                "--source-field",
                "extractor",
                "--quiet",
                "--no-progress",
            ],
            check=True,
            cwd=folder,
        )
        corpus_findings: dict[str, Counter[tuple[str, int, int]]] = {}
        for path in sorted(result_folder.glob("*.jsonl")):
            # One record a "\n"-ended line: str.splitlines would also split at the U+2028 and
            # U+0085 that the JSON strings of extracted text hold.
            for raw in path.read_text(encoding="utf-8").split("\n"):
                if not raw:
                    continue
                record = json.loads(raw)
                corpus_findings[record["id"]] = Counter(
                    (f["code"], f["start"], f["end"]) for f in record["lintnews_findings"]
                )
    both = 0
    only_file: Counter[str] = Counter()
    only_corpus: Counter[str] = Counter()
    same_texts = 0
    residue = 0
    residue_by_cross_file = 0
    for output in chosen:
        in_file = Counter((f.code, f.start, f.end) for f in output.findings)
        in_corpus = corpus_findings.get(output.name, Counter())
        starts = line_starts(output.lines)
        cross_file_rows = {
            row
            for code, start, end in in_corpus
            if code == CROSS_FILE_RULE
            for row in covered_rows(starts, start, end)
        }
        rows = [row for row, label in enumerate(output.labels) if label == "residue"]
        residue += len(rows)
        residue_by_cross_file += sum(row in cross_file_rows for row in rows)
        both += sum((in_file & in_corpus).values())
        only_file.update(code for code, _, _ in (in_file - in_corpus).elements())
        only_corpus.update(code for code, _, _ in (in_corpus - in_file).elements())
        same_texts += in_file == in_corpus

    def listed(counts: Counter[str]) -> str:
        return ", ".join(f"{code} {n}" for code, n in sorted(counts.items())) or "none"

    return [
        f"- {len(chosen)} texts ({len(pages)} pages, every extractor): {same_texts} with the same "
        f"findings in both modes (target: all); {both} findings in both, "
        f"{sum(only_file.values())} only in file mode ({listed(only_file)}), "
        f"{sum(only_corpus.values())} only in corpus mode ({listed(only_corpus)}).",
        f"- {CROSS_FILE_RULE} in corpus mode (`--source-field extractor`): residue recall "
        f"{_ratio(residue_by_cross_file, residue)} ({residue_by_cross_file} of {residue} residue "
        "lines).",
    ]


def _git(*args: str) -> str:
    try:
        found = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return "unknown"
    return found.stdout.strip() or "unknown"


def provenance() -> str:
    """Which code was measured: the checkout, and the last commit that changed the engine or
    the rules (benchmark-only commits do not change the figures)."""
    head = _git("rev-parse", "--short", "HEAD")
    rules = _git("log", "-1", "--format=%h", "--", "lintnews", "rules")
    return f"Commit {head} (engine and rules as of {rules}), {datetime.date.today().isoformat()}"


def baseline_line(total: Tally) -> str:
    """The measuring part's headline figures beside the baseline recorded for issue 14."""
    now = (
        total.residue_by_r / total.residue_lines if total.residue_lines else 0.0,
        total.residue_by_any / total.residue_lines if total.residue_lines else 0.0,
        total.per_10k(_family_sum(total.clean_false, "R")),
        total.per_10k(_family_sum(total.clean_false, None)),
    )
    r_recall, any_recall, r_alarms, any_alarms = BASELINE
    return (
        f"Baseline for issue 14 (measuring part, main at {BASELINE_COMMIT}): residue recall "
        f"{r_recall:.3f} by R rules (now {now[0]:.3f}), {any_recall:.3f} by any rule (now "
        f"{now[1]:.3f}); judged false alarms per 10k clean words {r_alarms:.2f} for R rules (now "
        f"{now[2]:.2f}), {any_alarms:.2f} for all rules (now {now[3]:.2f})."
    )


def report(part_name: Part) -> list[str]:
    linter = Linter(Config())
    outputs = read_outputs(part_name)
    lint_outputs(linter, outputs)
    verdicts = read_verdicts()
    tallies = tally(outputs, verdicts)
    total = tallies["all"]
    pages = {output.page for output in outputs}
    return [
        "# Residue rules on real extractor output",
        "",
        f"Part **{part_name}** of `dragnet` (split by page): {len(pages)} pages, {total.documents} texts "
        f"(one per page and extractor), {total.residue_lines} residue lines, {total.clean_lines} "
        f"clean lines ({total.clean_words} words). Default rules, file mode, one run per extractor. "
        f"{provenance()}. "
        f"Run `python benchmarks/bench_extracted.py --part {part_name}` to reproduce.",
        "",
        *([baseline_line(total), ""] if part_name == "measure" else []),
        "## Per extractor",
        "",
        "Residue recall: the share of residue lines a finding covers.",
        "",
        *recall_table(tallies),
        "",
        "False alarms on clean lines: the findings that cover a line labelled clean, per 10k words "
        "of clean lines; judged: less those a verdict calls a real defect.",
        "",
        *alarm_table(tallies),
        "",
        verdict_summary(verdicts, total.judged, pages),
        "",
        "## Per rule (all extractors)",
        "",
        *rule_table(total),
        "",
        "### Residue recall per rule and extractor",
        "",
        *rule_by_extractor(tallies, residue=True),
        "",
        "### Judged false alarms on clean lines per 10k clean words, per rule and extractor",
        "",
        *rule_by_extractor(tallies, residue=False),
        "",
        "## E007 (non-breaking spaces) on clean lines",
        "",
        "The stray characters, E007's findings as reported (once per text, at the first stray "
        "space, since issue 14; once per run of spaces before), and as if reported once per line "
        "(a paragraph here) or once per text.",
        "",
        *nbsp_table(tallies),
        "",
        "## bbc-news control",
        "",
        *bbc_alarms(linter),
        "",
        "## Corpus mode and file mode",
        "",
        *corpus_mode_agreement(outputs),
    ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--part", choices=("tune", "measure"), default="measure")
    parser.add_argument(
        "--write", action="store_true", help="write benchmarks/results/extracted.md (measure only)"
    )
    args = parser.parse_args(argv)
    if args.write and args.part != "measure":
        # The results file holds the figures quoted for the issue: the measuring part's only.
        parser.error("--write records the measuring part only")
    lines = report(args.part)
    print("\n".join(lines))
    if args.write:
        print(f"\nwritten to {write_results('extracted', lines)}")


if __name__ == "__main__":
    main()
