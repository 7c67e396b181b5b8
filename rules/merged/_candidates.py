"""The few types of a document the M rules need look at, found in one walk over its types.

Look-ups are cheap: a document's types are first reduced by membership in the common words (a
set look-up each), Zipf values are remembered per lexicon, and what the lexicon alone says of
a type is worked out once a process, not once an article. Computed once a document (through
``Document.shared``) and shared by M001, M002 and M003.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import NamedTuple

from lintnews.document import Document
from lintnews.lexicon import Lexicon, lexicon_sources
from lintnews.wordlist import cached_word_set, files_in

from ._broken import short_non_word
from ._foreign import may_have_foreign_tail
from ._glue import lexicon_merges
from ._thresholds import THRESHOLDS
from ._web_glue import glue_possible


def glue_candidates(doc: Document) -> list[str]:
    """The document's alphabetic word types of four letters or more that the lexicon does not
    know or knows as rare, and that the lexicon alone does not clear of being glued words: the
    only tokens M001 need look at."""
    return doc.shared(_rare_and_fragment_types).glued


def remainder_candidates(doc: Document) -> list[str]:
    """The document's rare types that may be a name glued to a foreign particle (M002):
    capitalised, unknown to the lexicon, and ending with a particle after four letters."""
    return doc.shared(_rare_and_fragment_types).remainders


def fragment_types(doc: Document) -> list[str]:
    """The document's alphabetic lower-case types of two letters or more that are not words
    (below the fragment frequency): pieces of words broken apart (ernment, ustry)."""
    return doc.shared(_rare_and_fragment_types).fragments


class _RareTypes(NamedTuple):
    glued: list[str]
    remainders: list[str]
    fragments: list[str]


def _rare_and_fragment_types(doc: Document) -> _RareTypes:
    """All three lists in one walk over the document's types."""
    lexicon = doc.lexicon
    counts = doc.word_counts
    common = _common_words(lexicon)
    kinds = _KINDS.setdefault(lexicon, {})
    glued = []
    remainders = []
    fragments = []
    # Only the few types that are not common words are looked at. (A comprehension, not
    # `counts.keys() - common`: that form walks the whole common set, three times slower.)
    for word in [word for word in counts if word not in common]:
        # Everything but the document's counts is settled once per lexicon (_type_kind).
        kind = kinds.get(word)
        if kind is None:
            kind = _type_kind(lexicon, word, kinds)
        if not kind:
            continue
        if kind & _REPEAT_MEANT and counts[word] > 1:
            continue  # a capitalised spelling the writer repeats is a name they mean (Telewest)
        if kind & _POSSESSIVE:
            word = word[:-2]  # the possessive of a glued token: SundanceIt's
            if len(word) < 4 or word in counts or word.lower() in common:
                continue
            kind = kinds.get(word)
            if kind is None:
                kind = _type_kind(lexicon, word, kinds)
            # The word without its possessive is judged as written once (a possessive of a
            # possessive is not alphabetic, so no list takes it).
            if kind & _POSSESSIVE:
                continue
        if kind & _FRAGMENT:
            fragments.append(word)
        if kind & _GLUED:
            glued.append(word)
        if kind & _REMAINDER:
            remainders.append(word)
    return _RareTypes(glued, remainders, fragments)


# What the lexicon alone says of a document type (bit flags): a fragment of a broken word,
# a possible glued word (M001), a possible name glued to a foreign particle (M002); and what
# the document must still say: a capitalised type the document repeats is taken as meant, and
# a possessive is judged without its "'s". Remembered per lexicon: the same rare words recur
# across articles.
_FRAGMENT = 1
_GLUED = 2
_REMAINDER = 4
_REPEAT_MEANT = 8
_POSSESSIVE = 16
_KINDS: weakref.WeakKeyDictionary[Lexicon, dict[str, int]] = weakref.WeakKeyDictionary()


def _type_kind(lexicon: Lexicon, word: str, kinds: dict[str, int]) -> int:
    """The flags of a type that is not a common word, remembered in ``kinds``."""
    size = len(word)
    lower = word.islower()
    kind = 0
    if size < 2:
        pass
    elif size < 4:
        if lower and word.isalpha() and short_non_word(lexicon, word):
            kind = _FRAGMENT
    else:
        if not lower:
            kind = _REPEAT_MEANT
        if word[-2:] in ("'s", "’s"):
            kind |= _POSSESSIVE
        elif word.isalpha():
            kind |= _type_verdict(lexicon, word)
        if kind == _REPEAT_MEANT:
            kind = 0  # nothing to find, repeated or not
    if len(kinds) > THRESHOLDS.verdicts_limit:
        kinds.clear()
    kinds[word] = kind
    return kind


def _type_verdict(lexicon: Lexicon, word: str) -> int:
    """The lists an alphabetic type of four letters or more may go to."""
    zipf = lexicon.zipf(word)
    verdict = 0
    if zipf < THRESHOLDS.candidate_zipf:
        if word.islower() and (zipf < THRESHOLDS.fragment_zipf or short_non_word(lexicon, word)):
            verdict |= _FRAGMENT
        # A listed word that only two function words could beat is no candidate.
        if not (
            zipf >= THRESHOLDS.web_glue_zipf and word[1:].islower() and not glue_possible(word)
        ):
            # Most candidates are listed words, names and brands that the lexicon alone
            # clears wherever they stand: M001 need not look for them in the text.
            if lexicon_merges(lexicon, word) != (None, None):
                verdict |= _GLUED
            if may_have_foreign_tail(lexicon, word):
                verdict |= _REMAINDER
    return verdict


_FAMILY = Path(__file__).resolve().parent
_COMMON: weakref.WeakKeyDictionary[Lexicon, frozenset[str]] = weakref.WeakKeyDictionary()


def _common_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words at or above the candidate frequency, in lower case and capitalised,
    so that one look-up removes most of a document's types. (Words in capitals are left to
    :func:`_type_kind`, which clears them too: they are few in a text, and a third more entries
    would make every look-up slower.)"""
    common = _COMMON.get(lexicon)
    if common is None:
        if lexicon.known_words:  # a user's known words change the Zipf of short words
            common = frozenset(_build_common_words(lexicon))
        else:
            # Read back from the cache: building it is a tenth of a start-up (issue 16).
            # Keyed by this family's code and data and the word list it is built from.
            common = cached_word_set(
                "merged-common",
                [*files_in(_FAMILY, _FAMILY / "data"), *lexicon_sources()],
                (THRESHOLDS.candidate_zipf, THRESHOLDS.short_part_zipf),
                lambda: _build_common_words(lexicon),
            )
        _COMMON[lexicon] = common
    return common


def _build_common_words(lexicon: Lexicon) -> list[str]:
    # Sorted, and each lower-case word a new copy (``lower()`` makes one): the strings are
    # then made one after another and lie together in memory instead of spread over the
    # whole word list. Every word of every document is looked up here, and with the strings
    # close together the look-ups are about a quarter faster.
    lower = sorted(lexicon.common_words(THRESHOLDS.candidate_zipf))
    # Short tokens that are no words of their own (et, es, ver) stay out of the lower-case
    # half: they may be pieces of a word broken apart (mark et), which M003 looks at.
    return [
        *(word.lower() for word in lower if not short_non_word(lexicon, word)),
        *(word.capitalize() for word in lower),
    ]
