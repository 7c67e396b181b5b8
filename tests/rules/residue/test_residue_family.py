"""The residue (R) rules together on real text: the seeds, the labelled bench set, `--fix`
against the clean originals, decoys and hard-wrapped text. A rule's own cases sit in
test_<rule module>.py beside this file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lintnews.config import Config
from lintnews.engine import Linter
from tests.conftest import FIXTURES

SEEDS = FIXTURES / "seeds"


def _residue() -> Linter:
    return Linter(Config(select=("R",)))


def _records() -> list[dict[str, object]]:
    """The labelled residue set; empty where ../shared/corpora is absent (those tests skip)."""
    from benchmarks.labelled import CorpusMissing, labelled_set

    try:
        path = labelled_set("residue")
    except CorpusMissing:
        return []
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def test_mt_seed_header_dateline_and_read_more_lines_are_reported() -> None:
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    found = {(d.code, text[d.start : d.end]) for d in _residue().lint_text(text)}
    assert ("R004", "date 2022-03-29") in found
    assert ("R009", "Ukraine.-") in found
    read_more = sorted(t for code, t in found if code == "R001")
    assert len(read_more) == 2
    assert read_more[0].startswith("Read more: The UN will seek")
    assert read_more[1].startswith("Read more: What are children to blame for?")


def test_clean_seed_header_is_reported_and_fixed() -> None:
    text = (SEEDS / "clean_article.txt").read_text(encoding="utf-8")
    reports = _residue().lint_text(text)
    assert [(d.code, d.start) for d in reports] == [("R004", 1)]
    fixed = _residue().fix_text(text)
    assert fixed.startswith("The regional government headquarters of Mykolaiv")
    assert fixed[1:] == text[len(" date 2022-03-29 ") + 1 :]


def test_mt_seed_fix_removes_residue_and_keeps_the_article() -> None:
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    fixed = _residue().fix_text(text, unsafe=True)
    assert fixed.startswith("The Russian army said on Tuesday")
    assert "Read more" not in fixed
    removed = {line for line in text.splitlines() if line.startswith("Read more")}
    kept = [line for line in text.splitlines()[1:] if line not in removed and line.strip()]
    assert [line for line in fixed.splitlines()[1:] if line.strip()] == kept


@pytest.mark.parametrize(
    "record", [r for r in _records() if "clean" in r], ids=lambda r: str(r["id"])
)
def test_fix_removes_residue_and_nothing_else(record: dict[str, object]) -> None:
    """Residue planted into a clean article (with decoys kept): fixing with the R rules gives
    back the clean article exactly, decoys included. Residue the rules are known to miss (bare
    headlines of other stories, the misses of the later check) is taken out by hand first;
    every residue line of the main set must be found."""
    text, clean = str(record["text"]), str(record["clean"])
    reports = _residue().lint_text(text)
    missed = [
        d
        for d in record["defects"]  # type: ignore[attr-defined]
        if d["scope"] != "main"
        and not any(r.start < d["end"] and d["start"] < r.end for r in reports)
    ]
    for defect in sorted(missed, key=lambda d: -d["start"]):
        text = _drop_line(text, defect["start"], defect["end"])
    assert _residue().fix_text(text, unsafe=True) == clean


def _drop_line(text: str, start: int, end: int) -> str:
    """Delete the line text[start:end] as the rules do, with one of the blank lines around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end + 1
    if text[line_start - 2 : line_start] == "\n\n" and text[line_end : line_end + 1] == "\n":
        line_end += 1
    elif text[line_start - 2 : line_start] == "\n\n" and line_end == len(text):
        line_start -= 1
    return text[:line_start] + text[line_end:]


def test_fix_through_the_command_line(tmp_path: Path) -> None:
    record = next(
        r
        for r in _records()
        if "clean" in r and not any(d["scope"] == "hard" for d in r["defects"])
    )  # type: ignore[union-attr]
    path = tmp_path / "article.txt"
    path.write_text(str(record["text"]), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "lintnews",
            "check",
            "--select",
            "R",
            "--fix",
            "--unsafe-fixes",
            "-q",
            "--exit-zero",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    assert path.read_text(encoding="utf-8") == record["clean"]


DECOYS = [
    "Readers can read more about the scheme on the council's website.",
    "Share prices fell 3% in early trading on Monday.",
    "By Tuesday, the talks had collapsed.",
    "Photographs of the scene were shared widely on social media.",
    "Advertisement spending rose by a fifth last year.",
    "Copyright law is being overhauled, ministers said.",
    "Watch the skies tonight, the forecaster said.",
    "Click here, the instructions said, and the money was gone.",
    "Overcoming nerves",
    "| Member | State | Chamber | Party switch |",
    "Tuesday, 1 March",
    "2000 GMT",
]


@pytest.mark.parametrize("line", DECOYS)
def test_lines_that_only_mention_the_words_stay_quiet(line: str) -> None:
    text = f"The talks ended on Monday.\n\n{line}\n\nThey resume on Tuesday.\n"
    assert _residue().lint_text(text) == []


WRAPPED = """The magazine is read by people who pay for it and by people who
subscribe to the service through their employer, the publisher said
in a statement on Monday. Sales of the paper edition fell and the
advertisement revenue followed. Readers were told that they could
follow us on Twitter for news, a spokesman said in the statement, and
by Tuesday afternoon the account had gained many new followers there.

Read more: The wrapped story of the week
Advertisement

The second paragraph is wrapped at the same width as the first one and
goes on for a while. It ends here.
"""


def test_hard_wrapped_text_loses_no_line_of_a_paragraph() -> None:
    """In fixed-width text a line that opens with 'subscribe to' or 'follow us on Twitter' is
    the middle of a sentence: only lines that stand alone can be residue."""
    reports = _residue().lint_text(WRAPPED)
    assert [(d.code, WRAPPED[d.start : d.end]) for d in reports] == [
        ("R001", "Read more: The wrapped story of the week"),
        ("R003", "Advertisement"),
    ]
    fixed = _residue().fix_text(WRAPPED)
    assert "subscribe to the service" in fixed and "follow us on Twitter" in fixed
    assert "Read more" not in fixed and "Advertisement" not in fixed
