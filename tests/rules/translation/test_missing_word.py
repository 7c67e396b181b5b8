"""T003 missing-word beyond its docstring examples: the translated seed, reports that carry
no fix, and the fast scans held to the patterns they stand for."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable

import pytest

from lintnews.rules.translation import missing_word
from lintnews.scan import words
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
        ("The new bridge will opened next year.", "will opened"),
        ("Traffic may heading north by noon.", "may heading"),
        ("Officials said the new rules be tested first.", "rules be"),
        ("The minister had trying to leave.", "had trying"),
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
        "Prices may slow and the bridge could open; we may need more.",
        "The board requested the report be withdrawn. Would Anna be there?",
        "What's your first year been like? It's been long.",
        "How can reading change it? Keep people's will burning.",
        "Bring the tools you might have lying around. If they can wring a deal, fine.",
        "The club has funding, and it had been hoping for more.",
    ],
)
def test_t003_not(text: str) -> None:
    assert flagged(text, "T003") == []


# Words and marks that the auxiliary patterns treat differently: modals, `has` and `had`, `be`,
# words ending in -ed, -ing and -en, and characters next to which a word boundary or the
# lookbehind before a noun fails. Mostly a space between two words, as in text.
_WORDS = sorted(
    words(
        """will would can could should may might must shall has had be been swill stated trying
        heading taken Ford rules McDonald ing en ed the"""
    )
)
_MARKS = ["é", "ß", "_", "'", "’", "-", "1", ".", ",", "“", "(", "\n", ""]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 16)):
        parts.append(rng.choice(_WORDS))
        parts.append(" " if rng.random() < 0.7 else rng.choice(_MARKS))
    return "".join(parts)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (
            missing_word._MODAL_PARTICIPLE_RE,
            lambda text: (m.start() for m in missing_word._MODAL_PARTICIPLE_SCAN.finditer(text)),
        ),
        (missing_word._NOUN_BE_RE, missing_word._noun_be_starts),
        (
            missing_word._HAVE_ING_RE,
            lambda text: (m.start() for m in missing_word._HAVE_ING_SCAN.finditer(text)),
        ),
    ],
)
def test_fast_scans_find_what_the_patterns_find(
    pattern: re.Pattern[str], starts: Callable[[str], Iterable[int]]
) -> None:
    rng = random.Random(16)
    found = 0
    for _ in range(20_000):
        text = _random_text(rng)
        expected = [m.span() for m in pattern.finditer(text)]
        matches = missing_word._matches_at(pattern, text, starts(text))
        assert [m.span() for m in matches] == expected, text
        found += len(expected)
    assert found > 300
