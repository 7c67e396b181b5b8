"""Listed words that are web glue: wordfreq lists some glued web tokens at low frequency
(``withthe`` 2.0, ``ofthe`` 3.3, ``thegame``). Such a whole loses to two function words far
commoner than it, or, when it is very rare, to a function word and a common word whose product
of probabilities is far higher. All of it reads only the lexicon."""

from __future__ import annotations

from lintnews.lexicon import Lexicon

from ._evidence import Evidence
from ._thresholds import THRESHOLDS
from ._words import (
    FUNCTION_COMPOUNDS,
    FUNCTION_WORDS,
    PARTICLES,
    PREFIX_LIKE,
    PREPOSITIONS,
    SUFFIX_LIKE,
)

# Zipf is log10 of occurrences per billion words: the sum of two pieces' Zipf values less this
# is the Zipf value of the pair if the pieces were independent (the product of probabilities).
_ZIPF_OF_ONE = 9.0


def web_glue(lexicon: Lexicon, word: str, zipf: float) -> tuple[str, str] | None:
    """The two pieces a listed ``word`` (of frequency ``zipf``) is web glue of, if any."""
    lower = word.lower()
    if lower in FUNCTION_COMPOUNDS:
        return None
    if (
        zipf >= THRESHOLDS.web_glue_zipf
        and function_pair(lower) is None
        and not lower.endswith("a")
    ):
        return None  # only two function words can beat a whole this common (a quick test)
    margin = THRESHOLDS.web_glue_margin
    best: tuple[float, tuple[str, str]] | None = None
    if lower.startswith("a") and zipf < THRESHOLDS.web_glue_a_zipf:
        rest = lexicon.zipf(lower[1:])
        if (
            rest >= THRESHOLDS.safe_part_zipf
            and lexicon.zipf("a") + rest - _ZIPF_OF_ONE >= zipf + 2 * margin
        ):
            best = (lexicon.zipf("a") + rest, (word[:1], word[1:]))  # ayear, not aground
    for split in range(2, len(word)):
        left, right = lower[:split], lower[split:]
        if left == right or (len(right) < 2 and right != "a"):
            continue  # hehe, toto
        if left in ("here", "there", "where") and right in PREPOSITIONS:
            continue  # thereto, whereof, herewith
        left_function, right_function = left in FUNCTION_WORDS, right in FUNCTION_WORDS
        if not (left_function or right_function):
            continue
        zipfs = (lexicon.zipf(left), lexicon.zipf(right))
        if left_function and right_function:
            product = sum(zipfs) - _ZIPF_OF_ONE
            if zipf > min(zipfs) - THRESHOLDS.rare_whole_margin and not (
                (min(len(left), len(right)) >= 4 or (right == "a" and len(left) >= 3))
                and product >= zipf + margin
            ):
                continue  # onus, nous, atone, outdo; but alongwith, madea
        else:
            content = right if left_function else left
            if (
                zipf >= THRESHOLDS.web_glue_zipf
                or min(zipfs) < THRESHOLDS.safe_part_zipf
                or len(content) < 3
                or (left in PREFIX_LIKE and not right_function)
                or (right in PARTICLES and not left_function)
                or (right in SUFFIX_LIKE and not _function_after(lexicon, left, right))
                or sum(zipfs) - _ZIPF_OF_ONE < zipf + margin
            ):
                continue
        score = sum(zipfs)
        if best is None or score > best[0]:
            best = (score, (word[:split], word[split:]))
    return None if best is None else best[1]


def glue_possible(word: str) -> bool:
    """Whether a listed word of the common kind could still be web glue: it splits into two
    function words, or ends with "a" (madea)."""
    lower = word.lower()
    return lower.endswith("a") or function_pair(lower) is not None or lower.startswith("i")


def _function_after(lexicon: Lexicon, left: str, right: str) -> bool:
    """A function word that also ends words (an, on, us) still follows a common word as a word
    of its own: setan, basedon."""
    if right in ("a", "an"):
        return lexicon.zipf(left) >= THRESHOLDS.a_before_zipf
    return right in FUNCTION_WORDS and len(left) >= 4


def web_glue_piece(evidence: Evidence, piece: str) -> bool:
    """A rare piece made of two function words (ofthe): no part of a solid compound."""
    return evidence.zipf(piece) < THRESHOLDS.candidate_zipf and function_pair(piece) is not None


def function_pair(word: str) -> tuple[str, str] | None:
    """Two function words that make up ``word`` (ofthe, inwhich), if any."""
    lower = word.lower()
    for split in range(2, len(word) - 1):
        if lower[:split] in FUNCTION_WORDS and lower[split:] in FUNCTION_WORDS:
            return word[:split], word[split:]
    return None
