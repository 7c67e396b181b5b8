"""Is a token a name glued to a short particle of another language (``Belarusao``: Belarus +
Portuguese "ao")? M002 reports it; M001 leaves it alone rather than split it in the wrong
place (``Germanyou`` is Germany + "ou", not German + you)."""

from __future__ import annotations

from lintnews.lexicon import Lexicon

from ._evidence import Evidence, is_function
from ._thresholds import THRESHOLDS
from ._words import FOREIGN_TAILS, FUNCTION_WORDS, UNNAMELY_TAILS


def known_prefix(evidence: Evidence, word: str) -> tuple[str, str] | None:
    """A name glued to a short particle that is not English (``Belarusao``: Belarus + "ao"),
    as (name, remainder); None when the token is anything else."""
    if not may_have_foreign_tail(evidence.lexicon, word):
        return None
    for size in (2, 3, 1):
        name, rest = word[:-size], word[-size:]
        if len(name) < 4 or rest not in FOREIGN_TAILS:
            continue
        if evidence.is_word(rest) and rest in FUNCTION_WORDS:
            continue
        if (
            evidence.written_as(name)
            or evidence.lexicon.proper_form(name) is not None
            or (
                rest in UNNAMELY_TAILS
                and evidence.zipf(name) >= THRESHOLDS.name_part_zipf
                and not is_function(name)
            )
        ):
            return name, rest
    return None


def may_have_foreign_tail(lexicon: Lexicon, word: str) -> bool:
    """The part of :func:`known_prefix` that reads nothing of the document: an unknown
    capitalised token with a foreign particle after four letters or more."""
    if len(word) < 5 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    if lexicon.zipf(word) > 0:
        return False
    return any(len(word) - size >= 4 and word[-size:] in FOREIGN_TAILS for size in (2, 3, 1))
