"""The hand-written scans of the M family's broken-word analysis (rules/merged/_broken.py) held
to the patterns they replace, on random text made of the characters the patterns treat
differently."""

from __future__ import annotations

import random
import re

from lintnews.rules.merged._broken import letters_before

# The pattern letters_before replaces in M004 (the word before a hyphen) ...
_LEFT_RE = re.compile(r"(?<![^\W_]['’-])(?<![-'’])([^\W\d_]+)$")
# ... and in M003 (the word before a space).
_PREVIOUS_RE = re.compile(r"(?<![^\W_]['’-])(?<![-'’])([^\W\d_]+) $")

# Letters (ASCII and not), digits of both kinds, numerals that are not digits (², ½, Ⅻ), the
# underscore, hyphens, apostrophes, spaces and line breaks.
_ALPHABET = "abcxyzAÉéßж" + "09٣" + "²½Ⅻ" + "_" + "-'’" + "  \n\t." + "\u00ad"


def _random_text(rng: random.Random) -> str:
    # Long runs of letters too, so that the window's start cuts words.
    parts = []
    for _ in range(rng.randrange(1, 12)):
        if rng.random() < 0.2:
            parts.append("x" * rng.randrange(30, 60))
        else:
            parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 8))))
    return "".join(parts)


def test_letters_before_matches_the_pattern_before_a_letter() -> None:
    rng = random.Random(20240611)
    checked = 0
    for _ in range(4000):
        text = _random_text(rng)
        for end in range(1, len(text) + 1):
            if text[end - 1] == "\n":
                continue  # letters_before's precondition ($ also matches before a last "\n")
            floor = max(0, end - 40)
            match = _LEFT_RE.search(text, floor, end)
            expected = None if match is None else match.start(1)
            assert letters_before(text, end, floor) == expected, (text, end)
            checked += 1
    assert checked > 50_000


def test_letters_before_matches_the_pattern_before_a_space() -> None:
    rng = random.Random(7)
    for _ in range(4000):
        text = _random_text(rng)
        for start in range(1, len(text) + 1):
            if text[start - 1] != " ":
                continue
            match = _PREVIOUS_RE.search(text, max(0, start - 40), start)
            expected = None if match is None else match.start(1)
            assert letters_before(text, start - 1, max(0, start - 40)) == expected, (text, start)
