"""P001 beyond its examples: a capital alone or a word in capitals after the full stop."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.engine import Linter

_P001 = Linter(Config(select=("P001",)))


@pytest.mark.parametrize(
    ("text", "flagged", "safe"),
    [
        ("Do you wear pyjamas in bed?I normally do.", "?I", True),
        ("It was my club.I'll never forget it.", ".I", True),
        ("It was a double hernia.A club spokesman said so.", ".A", True),
        ("Telewest launches later in the year.NTL is also there.", ".NTL", False),
    ],
)
def test_a_capital_alone_or_capitals_after_a_lower_case_word(
    text: str, flagged: str, safe: bool
) -> None:
    (finding,) = _P001.lint_text(text)
    assert text[finding.start : finding.end] == flagged
    assert finding.fix is not None and finding.fix.is_safe is safe


@pytest.mark.parametrize(
    "text",
    [
        "I have been nominated...I've loved it.",  # an ellipsis written tight
        "Take Plan.A or Route.B, see World War.I and Node.JS.",  # a capitalised word before
        "He used.NET and ASP.NET daily.",  # .net reads as a domain
        "It is on star.UK and in report.PDF.",  # a domain and a file name
    ],
)
def test_capitals_that_belong_to_a_name_or_an_ellipsis_are_left_alone(text: str) -> None:
    assert [text[d.start : d.end] for d in _P001.lint_text(text)] == []
