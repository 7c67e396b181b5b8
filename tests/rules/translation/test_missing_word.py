"""T003 missing-word beyond its docstring examples: the translated seed, and reports that
carry no fix."""

from __future__ import annotations

import pytest

from tests.rules.conftest import SeedReports, flagged, lint, reported_near


def test_seed_the_of_the(mt_reports: SeedReports) -> None:
    assert reported_near(mt_reports, "T003", "similar to the of the")


@pytest.mark.parametrize(
    ("text", "sequence"),
    [
        ("It is an arrangement similar to the of the NATO alliance.", "the of"),
        ("The army said a the offensive was over.", "a the"),
        ("Officials said the a deal was close.", "the a"),
        ("He said the is not ready.", "the is"),
    ],
)
def test_t003_reports_without_fix(text: str, sequence: str) -> None:
    reports = lint(text, "T003")
    assert [text[d.start : d.end] for d in reports] == [sequence]
    assert all(d.fix is None for d in reports)


@pytest.mark.parametrize(
    "text",
    [
        "The will of the people prevailed.",
        "A must for visitors, the museum reopened.",
        "Plan a and plan b were discussed, from a to z.",
        "The in-laws met the by-election candidate.",
        'The word "the" is short.',
    ],
)
def test_t003_not(text: str) -> None:
    assert flagged(text, "T003") == []
