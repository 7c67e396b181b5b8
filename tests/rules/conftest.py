"""Helpers that the rule tests of several files share: linting with a few rules selected, the
translated seed's reports, and the randomised checks that hold a rule's cheap pre-filter to the
pattern it guards. Rule-specific cases stay in tests/rules/<family>/test_<rule module>.py."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from types import ModuleType

import pytest

from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.engine import Linter
from lintnews.registry import all_rules
from tests.conftest import FIXTURES

SEEDS = FIXTURES / "seeds"
CASE_CODES = ("C001", "C002")
TRANSLATION_CODES = ("T001", "T002", "T003", "T004", "T005", "T006")
# The machine-translation rules that the seed tests run together, as a translated article meets them.
MT_CODES = CASE_CODES + TRANSLATION_CODES


def lint(text: str, *codes: str) -> list[Diagnostic]:
    """The reports of ``codes`` (by default the C and T rules) on ``text``, those rules alone
    selected; a code no rule registers is left out, so a rule in development does not break
    the tests of the others."""
    present = {rule.code for rule in all_rules()}
    selected = tuple(code for code in codes or MT_CODES if code in present)
    linter = Linter(Config(select=selected))
    return [d for d in linter.lint_text(text) if d.code in selected]


def flagged(text: str, *codes: str) -> list[tuple[str, str]]:
    """(code, flagged text) of each report of ``codes`` on ``text``."""
    return [(d.code, text[d.start : d.end]) for d in lint(text, *codes)]


SeedReports = list[tuple[str, str, str]]


@pytest.fixture(scope="session")
def mt_reports() -> SeedReports:
    """The C and T rules' reports on the translated seed: (code, flagged text, the flagged text
    with 30 characters before it and 20 after)."""
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    return [(d.code, text[d.start : d.end], text[d.start - 30 : d.end + 20]) for d in lint(text)]


def reported_near(reports: SeedReports, code: str, context: str) -> bool:
    """Whether ``code`` reported something with ``context`` around it."""
    return any(c == code and context in around for c, _, around in reports)


# Hard-wrapped machine translation: a line break inside a paragraph is a space, so the line
# after "John" does not open a clause and "withdraw" does not open a sentence, but the
# lowercase name and the doubled word are defects wherever the lines break.
HARD_WRAPPED_MT = (
    "A new account of the talks was written by Deputy Prime Minister John\n"
    "Prescott he told Mr Brown of his intention to stand down before the\n"
    "election, and it was said that the army would\n"
    "withdraw from the region by the end of the month, officials in the\n"
    "capital told reporters on Monday, adding that the russian troops had\n"
    "already left the the city.\n"
)


def quick_test_agrees(
    pattern: re.Pattern[str],
    quick_test: Callable[[str], bool],
    pieces: list[str],
    *,
    seed: int,
    most: int,
    least: int = 0,
) -> None:
    """On random joins of ``pieces``, every text the pattern matches passes the quick test
    that guards it (a rule tries the pattern only where the quick test allows)."""
    rng = random.Random(seed)
    hits = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(least, most)))
        if pattern.match(text):
            hits += 1
            assert quick_test(text), text
    assert hits > 50  # the pieces make matches of each form


def _pattern_words(pattern: str) -> dict[str, list[str]]:
    """The words that follow each word in a pattern's source, up to four words on (past the
    rest of an alternation: "page|content|article|story you"): random walks through them give
    lines that the pattern's phrases match, and many near misses."""
    words = re.findall(r"[a-z]+|\d+", re.sub(r"\\[a-zA-Z]", " ", pattern))
    following: dict[str, list[str]] = {}
    for number, word in enumerate(words):
        following.setdefault(word, []).extend(words[number + 1 : number + 5])
    return following


def _walks(following: dict[str, list[str]], start: str, count: int) -> list[str]:
    rng = random.Random(start)
    vocabulary = sorted(following)
    walks = []
    for _ in range(count):
        words = [start]
        for _ in range(rng.randint(0, 12)):
            choices = following.get(words[-1]) if rng.random() < 0.9 else None
            words.append(rng.choice(choices or vocabulary))
        line = words[0].capitalize()
        for word in words[1:]:
            line += rng.choice([" "] * 12 + ["  ", "", ", ", " - "]) + word
        walks.append(line + rng.choice(["", ".", " ", ":"]))
    return walks


def the_lines_hold_a_needle(rule: ModuleType, pattern: re.Pattern[str]) -> None:
    """A residue rule that reads a line opening with "the" only when it holds one of the
    rule's ``_THE_NEEDS``: on random walks through the pattern's own words, the pattern must
    match no such line without one."""
    hits = 0
    for line in _walks(_pattern_words(pattern.pattern), "the", 50000):
        if pattern.match(line):
            hits += 1
            assert any(needle in line.casefold() for needle in rule._THE_NEEDS), line
    assert hits  # the walks reach the phrases that open with "the"
