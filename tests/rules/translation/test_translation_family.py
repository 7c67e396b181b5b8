"""The translation (T) rules together: quiet on the edited seed, and hard-wrapped text read
with its line breaks as spaces (the C rules' share of both is in tests/rules/case/)."""

from __future__ import annotations

from tests.rules.conftest import HARD_WRAPPED_MT, SEEDS, TRANSLATION_CODES, flagged


def test_clean_seed_is_quiet() -> None:
    text = (SEEDS / "clean_article.txt").read_text(encoding="utf-8")
    assert flagged(text, *TRANSLATION_CODES) == []


def test_hard_wrapped_text_reads_line_breaks_as_spaces() -> None:
    # "John\nPrescott he told" is not a clause-opening name with its pronoun; the doubled word
    # is found across the line break.
    assert flagged(HARD_WRAPPED_MT, *TRANSLATION_CODES) == [("T002", "the the")]
