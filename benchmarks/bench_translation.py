"""Accuracy and speed of the machine-translation rules (C and T codes).

    python benchmarks/build_translation_set.py   # once, or after changing the planting
    python benchmarks/bench_translation.py

Prints and writes benchmarks/results/translation.md: per rule, precision and recall on the
labelled set benchmarks/data/translation.jsonl, false alarms per 10k words on bbc-news, the speed
of each rule, and every bbc-news alarm with the verdict of the person who read it
(benchmarks/sets/translation_reviewed.jsonl). An alarm nobody has reviewed counts as false; a
reviewed real defect of the corpus does not count against the rule.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import (
    BBC,
    ROOT,
    clean_texts,
    false_alarms,
    linter_for,
    read_jsonl,
    score_labelled,
    write_results,
)
from benchmarks.labelled import DATA, labelled_set, read_set
from lintnews.document import Document
from lintnews.registry import all_rules

LABELLED = DATA / "translation.jsonl"
CODES = ("C001", "C002", "T001", "T002", "T003", "T004", "T005", "T006")


def _read_reviewed() -> dict[str, dict[tuple[str, str], str]]:
    """bbc-news alarms read by a person and found to be real defects of the corpus, by code and
    (file, flagged text), from benchmarks/sets/translation_reviewed.jsonl (its note says when
    and how they were read). Everything else counts as a false alarm."""
    reviewed: dict[str, dict[tuple[str, str], str]] = {}
    for record in read_set("translation_reviewed"):
        verdict = record["verdict"]
        reviewed.setdefault(record["code"], {})[(record["file"], record["flagged"])] = verdict
    return reviewed


REVIEWED = _read_reviewed()


def _flagged(example: str) -> tuple[str, str]:
    name, _, context = example.partition(": ")
    flagged = context.split("[[", 1)[1].split("]]", 1)[0] if "[[" in context else ""
    return name, flagged


def rule_speed(codes: tuple[str, ...]) -> dict[str, float]:
    """MB/s of each rule alone on bbc-news, document structure prepared beforehand (the
    shared cost every rule set pays once)."""
    texts = [text for _, text in clean_texts()]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    speeds = {}
    rules = {rule.code: rule for rule in all_rules()}
    for code in codes:
        if code not in rules:
            continue
        rule = rules[code]()
        warm = Document.from_text("Warm up. fomin said y the of the the. Russia y Ukraine.")
        list(rule.check(warm))
        docs = [Document.from_text(text) for text in texts]
        for doc in docs:
            _ = doc.word_counts
        started = time.perf_counter()
        for doc in docs:
            list(rule.check(doc))
        speeds[code] = megabytes / max(time.perf_counter() - started, 1e-9)
    return speeds


def main() -> None:
    labelled_set("translation")
    present = {rule.code for rule in all_rules()}
    codes = tuple(code for code in CODES if code in present)
    linter = linter_for(codes)
    scores = score_labelled(linter, read_jsonl(LABELLED), codes)
    alarms = false_alarms(linter, codes)
    speeds = rule_speed(codes)
    family_false = 0
    family_alarms = sum(alarms.alarms[code] for code in codes)
    lines = [
        "# Machine-translation rules (C, T)",
        "",
        f"Labelled set: `{LABELLED.relative_to(ROOT)}` (planted into bbc-news passages plus the "
        "real seed; `python benchmarks/build_translation_set.py`). Clean corpus: "
        f"`{BBC.name}`, {alarms.words:,} words, {alarms.megabytes:.1f} MB. "
        "Run `python benchmarks/bench_translation.py` to reproduce.",
        "",
        "| Rule | TP | FP | FN | Precision | Recall | bbc alarms | per 10k words | real defects "
        "| false alarms | false per 10k words | MB/s alone |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    verdicts: dict[str, list[str]] = {}
    for code in codes:
        reviewed = REVIEWED.get(code, {})
        real = 0
        verdicts[code] = []
        for example in alarms.examples.get(code, []):
            verdict = reviewed.get(_flagged(example))
            if verdict is not None:
                real += 1
                verdicts[code].append(f"- real ({verdict}): `{example}`")
            else:
                verdicts[code].append(f"- **false**: `{example}`")
        false = alarms.alarms[code] - real
        family_false += false
        lines.append(
            f"| {code} | {scores.true_positives[code]} | {scores.false_positives[code]} "
            f"| {scores.false_negatives[code]} | {scores.precision(code):.3f} "
            f"| {scores.recall(code):.3f} | {alarms.alarms[code]} | {alarms.per_10k(code):.3f} "
            f"| {real} | {false} "
            f"| {false * 10_000 / alarms.words:.3f} | {speeds.get(code, 0):.0f} |"
        )
    lines += [
        "",
        f"Family: {family_alarms} alarms ({family_alarms * 10_000 / alarms.words:.3f} per 10k "
        f"words), {family_false} false ({family_false * 10_000 / alarms.words:.3f} per 10k). "
        "MB/s alone: each rule's own time on bbc-news with the document's shared analysis "
        "(word counts, shared with M001) done beforehand; the machine is shared, so figures vary.",
        "",
    ]
    lines += [
        "Caveats: the planted cases sit at random positions of random passages, but the rules",
        "were developed while reading this set and bbc-news, so these figures are optimistic;",
        "planted defects are the clean, typical shape of each kind (one per passage). Every",
        "bbc-news alarm below was read; the 'real' ones are defects of the corpus itself",
        "(paragraphs whose opening name the extraction lost, typing slips, reader comments and",
        "e-mails quoted as typed), so they do not count as false alarms.",
        "",
    ]
    for code in codes:
        if scores.misses.get(code) or scores.wrong.get(code):
            lines.append(f"## {code} on the labelled set")
            lines += [f"- missed: `{miss}`" for miss in scores.misses.get(code, [])]
            lines += [f"- wrong: `{wrong}`" for wrong in scores.wrong.get(code, [])]
            lines.append("")
    for code in codes:
        lines.append(f"## {code} alarms on bbc-news ({len(verdicts[code])})")
        lines += verdicts[code] or ["- none"]
        lines.append("")
    path = write_results("translation", lines)
    print("\n".join(lines))
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
