"""The case (C) rules together: quiet on the edited seed, and hard-wrapped text read with its
line breaks as spaces (the T rules' share of both is in tests/rules/translation/)."""

from __future__ import annotations

from tests.rules.conftest import CASE_CODES, HARD_WRAPPED_MT, SEEDS, flagged


def test_clean_seed_is_quiet() -> None:
    text = (SEEDS / "clean_article.txt").read_text(encoding="utf-8")
    assert flagged(text, *CASE_CODES) == []


def test_hard_wrapped_text_reads_line_breaks_as_spaces() -> None:
    # "withdraw" after a line break does not open a sentence; "russian" is still a name.
    assert flagged(HARD_WRAPPED_MT, *CASE_CODES) == [("C002", "russian")]
