"""Benchmark of the M rules (merged and split words): precision and recall on the labelled set
``fixtures/bench/merged.jsonl`` (see ``build_merged_set.py``), false alarms per 10k words on
bbc-news with every alarm listed for a reader to judge, and speed in MB/s on bbc-news, of the M
rules alone and of the whole default linter.

Run: ``python benchmarks/bench_merged.py`` (prints and writes ``benchmarks/results/merged.md``).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import (  # noqa: E402
    BBC,
    clean_texts,
    false_alarms,
    linter_for,
    read_jsonl,
    score_labelled,
    summary_table,
    write_results,
)
from lintnews.config import Config  # noqa: E402
from lintnews.engine import Linter  # noqa: E402
from lintnews.registry import all_rules  # noqa: E402

LABELLED = ROOT / "fixtures" / "bench" / "merged.jsonl"
CODES = [rule.code for rule in all_rules() if rule.code.startswith("M")]


def whole_linter_speed() -> tuple[float, float]:
    """MB/s of the default linter (all default rules) over bbc-news, in one process."""
    linter = Linter(Config())
    texts = [text for _, text in clean_texts(BBC)]
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    started = time.perf_counter()
    for text in texts:
        linter.lint_text(text)
    seconds = time.perf_counter() - started
    return size / seconds, seconds


def main() -> int:
    records = list(read_jsonl(LABELLED))
    linter = linter_for(CODES)
    scores = score_labelled(linter, records, CODES)
    alarms = false_alarms(linter_for(CODES), CODES)
    m_speed = alarms.megabytes / alarms.seconds
    whole_speed, whole_seconds = whole_linter_speed()

    # Recall by kind of planted defect: a defect is found when a report of its code overlaps it.
    cases: Counter[str] = Counter()
    found: Counter[str] = Counter()
    codes_of: dict[str, str] = {}
    for record in records:
        diagnostics = linter.lint_text(str(record["text"]))
        for defect in record["defects"]:  # type: ignore[attr-defined]
            kind = str(defect["kind"])
            codes_of[kind] = str(defect["code"])
            cases[kind] += 1
            if any(
                d.code == defect["code"] and d.start < defect["end"] and defect["start"] < d.end
                for d in diagnostics
            ):
                found[kind] += 1
    kind_lines = ["| Kind | Code | Cases | Found | Recall |", "| --- | --- | --- | --- | --- |"]
    for kind in sorted(cases):
        kind_lines.append(
            f"| {kind} | {codes_of[kind]} | {cases[kind]} | {found[kind]} "
            f"| {found[kind] / cases[kind]:.3f} |"
        )
    two_words = ("pair", "block", "real")
    two_found = sum(found[kind] for kind in two_words)
    two_cases = sum(cases[kind] for kind in two_words)
    kind_lines += [
        "",
        f"M001 recall on two-word merges (pair, block, real): {two_found}/{two_cases} = "
        f"{two_found / max(1, two_cases):.3f}",
    ]

    lines = [
        "# Merged and split words (M rules)",
        "",
        f"Labelled set: `{LABELLED.relative_to(ROOT)}`, {len(records)} documents "
        "(planted into clean bbc-news excerpts with a fixed seed, plus real cases).",
        f"bbc-news: {alarms.words:,} words, {alarms.megabytes:.2f} MB.",
        "",
        *summary_table(scores, alarms, CODES),
        "",
        *kind_lines,
        "",
        f"Speed on bbc-news: M rules alone {m_speed:.1f} MB/s; whole default linter "
        f"{whole_speed:.1f} MB/s ({whole_seconds:.2f} s, one process, lexicon load included).",
        "",
        "## Every alarm on bbc-news",
        "",
    ]
    for code in CODES:
        for example in alarms.examples.get(code, []):
            lines.append(f"- {code} {example}")
    lines += ["", "## Misses on the labelled set", ""]
    for code in CODES:
        for example in scores.misses.get(code, []):
            lines.append(f"- {code} {example}")
    lines += ["", "## Reports on the labelled set that match no labelled defect", ""]
    for code in CODES:
        for example in scores.wrong.get(code, []):
            lines.append(f"- {code} {example}")
    path = write_results("merged", lines)
    print("\n".join(lines[: lines.index("## Every alarm on bbc-news")]))
    print(f"(details in {path.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
