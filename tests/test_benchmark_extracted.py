"""The line mapping of benchmarks/bench_extracted.py: which output lines a finding covers, and
how covered lines add up to residue recall and clean-line alarms."""

from __future__ import annotations

import gzip
import json

import pytest

from benchmarks.bench_extracted import (
    CORPUS,
    SOURCE,
    Output,
    Tally,
    add_output,
    covered_rows,
    document_text,
    findings_of,
    line_starts,
    part,
    verdict_summary,
)
from lintnews.config import Config
from lintnews.document import Document
from lintnews.engine import Linter
from lintnews.source import Source

LINES = ["The council met on Monday.", "Read more: Storms hit the coast", "It agreed a budget."]


def test_line_starts_follow_the_joined_text() -> None:
    text = document_text(LINES)
    starts = line_starts(LINES)
    assert [
        text[start : start + len(line)] for start, line in zip(starts, LINES, strict=True)
    ] == LINES


def test_a_span_covers_the_lines_it_overlaps() -> None:
    starts = line_starts(LINES)
    second, third = starts[1], starts[2]
    assert covered_rows(starts, 0, 3) == range(0, 1)
    # From inside the first line to inside the third: all three.
    assert covered_rows(starts, 5, third + 2) == range(0, 3)
    # A span that ends on the second line's break stays on the second line.
    assert covered_rows(starts, second, third) == range(1, 2)
    # The line break itself belongs to the line before it.
    assert covered_rows(starts, second - 1, second) == range(0, 1)
    # An empty span covers the line it stands in, also at a line's very start.
    assert covered_rows(starts, second, second) == range(1, 2)
    assert covered_rows(starts, len(document_text(LINES)), len(document_text(LINES))) == range(2, 3)


def test_a_line_report_maps_to_its_line() -> None:
    source = Source.from_text(document_text(LINES))
    linter = Linter(Config(select=("R001",)))
    findings = findings_of(source, linter.check(Document(source)), line_starts(LINES))
    assert [(f.code, f.rows) for f in findings] == [("R001", range(1, 2))]


def test_a_leading_bom_shifts_findings_to_the_text_as_given() -> None:
    lines = ["\ufeffRead more: Storms hit the coast", "It agreed a budget."]
    source = Source.from_text(document_text(lines))
    linter = Linter(Config(select=("R001",)))
    (finding,) = findings_of(source, linter.check(Document(source)), line_starts(lines))
    assert document_text(lines)[finding.start : finding.end].startswith("Read more")
    assert finding.rows == range(0, 1)


def _output(labels: list[str]) -> Output:
    output = Output("page-1", "trafilatura", labels, list(LINES))
    source = Source.from_text(output.text)
    linter = Linter(Config(select=("R001",)))
    output.findings = findings_of(source, linter.check(Document(source)), line_starts(LINES))
    return output


def test_a_covered_residue_line_counts_for_recall() -> None:
    tally = Tally()
    add_output(tally, _output(["clean", "residue", "clean"]), {})
    assert (tally.residue_lines, tally.residue_by_r, tally.residue_by_any) == (1, 1, 1)
    assert tally.residue_only_code["R001"] == 1
    assert sum(tally.clean_alarms.values()) == 0
    assert tally.clean_words == len(
        ["The", "council", "met", "on", "Monday", "It", "agreed", "a", "budget"]
    )


def test_an_alarm_on_a_clean_line_is_false_unless_judged_a_defect() -> None:
    unjudged = Tally()
    add_output(unjudged, _output(["clean", "clean", "clean"]), {})
    assert unjudged.clean_alarms["R001"] == unjudged.clean_false["R001"] == 1
    judged = Tally()
    # Lines are numbered from 1 in the verdicts file.
    verdicts = {("page-1", "trafilatura", "R001", 2): "defect"}
    add_output(judged, _output(["clean", "clean", "clean"]), verdicts)
    assert (judged.clean_alarms["R001"], judged.clean_false["R001"]) == (1, 0)
    assert judged.judged == set(verdicts)


def test_a_verdict_that_meets_no_alarm_is_listed_as_stale() -> None:
    tally = Tally()
    met = ("page-1", "trafilatura", "R001", 2)
    stale = ("page-1", "trafilatura", "R001", 3)  # the third line has no finding
    elsewhere = ("page-2", "trafilatura", "R001", 1)  # a page of the other part
    verdicts = {met: "defect", stale: "false", elsewhere: "false"}
    add_output(tally, _output(["clean", "clean", "clean"]), verdicts)
    summary = verdict_summary(verdicts, tally.judged, {"page-1"})
    assert "1 of the 3 recorded meet an alarm" in summary
    assert "(1 real defects, 0 false alarms)" in summary
    assert summary.endswith("1 on its pages meet none: page-1 trafilatura R001 line 3.")


def test_the_split_is_the_detection_protocol_rule() -> None:
    # sha256("dragnet:...") first byte below 128 is "tune": the two parts are about half each.
    parts = [part(SOURCE, f"dragnet-R{n}") for n in range(400)]
    assert 150 < parts.count("tune") < 250
    # Fixed by the hash, whatever else the corpus holds: R2's digest opens with byte 94, R1's 216.
    assert (part(SOURCE, "dragnet-R2"), part(SOURCE, "dragnet-R1")) == ("tune", "measure")


def test_findings_on_a_real_page_cover_exactly_the_lines_they_overlap() -> None:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is absent")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream:
        pages = [json.loads(next(stream)) for _ in range(5)]
    linter = Linter(Config())
    checked = 0
    for page in pages:
        for labelled in page["extractors"].values():
            lines = [line for _, line in labelled]
            if not lines:
                continue
            text = document_text(lines)
            source = Source.from_text(text)
            starts = line_starts(lines)
            for finding in findings_of(source, linter.check(Document(source)), starts):
                end = max(finding.end, finding.start + 1)
                overlapping = [
                    row
                    for row, start in enumerate(starts)
                    if start < end and finding.start < start + len(lines[row]) + 1
                ]
                assert list(finding.rows) == overlapping
                checked += 1
    assert checked > 0


def test_nbsp_findings_are_counted_as_reported_per_line_and_per_text() -> None:
    lines = [
        "The\u00a0council met\u00a0on Monday.",
        "It agreed\u00a0a budget.",
        "Read more: Storms",
    ]
    output = Output("page-1", "readability", ["clean", "clean", "residue"], lines)
    source = Source.from_text(output.text)
    linter = Linter(Config(select=("E007",)))
    output.findings = findings_of(source, linter.check(Document(source)), line_starts(lines))
    tally = Tally()
    add_output(tally, output, {})
    # E007 reports once per text (at the first stray space): one alarm, on one line.
    assert (tally.clean_alarms["E007"], tally.nbsp_lines, tally.nbsp_documents) == (1, 1, 1)
    assert tally.nbsp_chars_clean == 3
