"""Is a pair of tokens one word broken apart (``gov ernment``, ``govern-`` / ``ment``)?

:func:`join_broken` answers for M003 (a stray space) and M004 (a line-end hyphen): the joined
word is known or written whole by the document, and a piece is not a word of its own. M001 asks
:func:`joins_neighbour` so that it leaves such fragments to them instead of splitting them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lintnews.lexicon import Lexicon

from ._evidence import Evidence, is_function
from ._thresholds import THRESHOLDS
from ._words import SHORT_WORDS, SUFFIX_FRAGMENTS, SUSPENDED


@dataclass(frozen=True)
class Join:
    """Two fragments of one word, and whether joining them is safe."""

    left: str
    right: str
    safe: bool

    @property
    def word(self) -> str:
        return self.left + self.right


def join_broken(evidence: Evidence, left: str, right: str, *, hyphen: bool = False) -> Join | None:
    """Whether ``left`` and ``right``, written apart, are fragments of one word: the joined
    word is known (or written whole by the document) and a fragment is not a word of its own
    (``gov ernment``, ``expand ed``). Two words that also make a word (``a way``, ``any one``,
    ``per cent``, ``co-operate``) are not reported: either spelling can be meant."""
    if len(left) < 2 or len(right) < 2 or not (left.isalpha() and right.isalpha()):
        return None
    if not right.islower() or (hyphen and right in SUSPENDED):
        return None
    whole = left + right
    zipf = evidence.zipf(whole)
    written_whole = whole in evidence.words or whole.lower() in evidence.words
    if zipf < THRESHOLDS.joined_zipf and not written_whole:
        return None
    left_zipf, right_zipf = evidence.zipf(left), evidence.zipf(right)
    fragment_zipf = THRESHOLDS.fragment_zipf
    left_fragment = left_zipf < fragment_zipf and evidence.words.get(left, 0) <= 1
    right_fragment = (right_zipf < fragment_zipf and evidence.words.get(right, 0) <= 1) or (
        right in SUFFIX_FRAGMENTS and left_zipf >= THRESHOLDS.part_zipf and not is_function(left)
    )
    # A hyphen before a space or a line break is a strong sign of a word broken for layout:
    # there a common joined word and one piece that is not common suffice (mar-/ket, tens- ions).
    hyphen_break = (
        hyphen
        and zipf >= THRESHOLDS.safe_joined_zipf
        and min(left_zipf, right_zipf) < THRESHOLDS.hyphen_piece_zipf
    )
    # A piece too short to be a word of its own (mark et, virus es, re fused), where English
    # does not write the two apart (unlike ad hoc, per cent, de facto).
    short_piece = (
        (_short_piece(evidence, left) or _short_piece(evidence, right))
        and evidence.lexicon.pair_zipf(left, right) == 0
        and not (is_function(left) or is_function(right))
    )
    if not (left_fragment or right_fragment or hyphen_break or short_piece):
        return None
    safe = (zipf >= THRESHOLDS.safe_joined_zipf or written_whole) and min(
        left_zipf, right_zipf
    ) < THRESHOLDS.safe_fragment_zipf
    # A line-break hyphen inside a common word (govern-/ment) is layout, not spelling.
    safe = safe or (hyphen and zipf >= THRESHOLDS.safe_hyphen_joined_zipf)
    return Join(left, right, safe)


def short_non_word(lexicon: Lexicon, piece: str) -> bool:
    """A token of two or three letters that is no word of its own, however often the web
    writes it (et 4.7, es 3.9, ver 3.4), by the measure M001 uses for pieces: two letters
    outside the short words, three below their frequency."""
    size = len(piece)
    if size == 2:
        return piece.lower() not in SHORT_WORDS
    return size == 3 and lexicon.zipf(piece) < THRESHOLDS.short_part_zipf


def _short_piece(evidence: Evidence, piece: str) -> bool:
    return (
        piece.islower()
        and short_non_word(evidence.lexicon, piece)
        and evidence.words.get(piece, 0) <= 1
    )


_PREVIOUS_RE = re.compile(r"([^\W\d_]+)(?:-?[ \t]|-\n|\u00ad+)$")
_NEXT_RE = re.compile(r"(?:-?[ \t]|-\n|\u00ad+)([^\W\d_]+)")


def joins_neighbour(evidence: Evidence, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is a fragment of a word broken apart: it and the
    word before or after it make a known word (``ind ustry``, ``regul-\\nator``). Such tokens
    belong to the split-word rules, not to the merged-word rules."""
    text = evidence.doc.text
    word = text[start:end]
    window = THRESHOLDS.neighbour_window
    before = _PREVIOUS_RE.search(text, max(0, start - window), start)
    if before is not None and evidence.zipf(before.group(1) + word) >= THRESHOLDS.joined_word_zipf:
        return True
    after = _NEXT_RE.match(text, end, min(len(text), end + window))
    return after is not None and evidence.zipf(word + after.group(1)) >= THRESHOLDS.joined_word_zipf


def letters_before(text: str, end: int, floor: int) -> int | None:
    r"""Where the word that ends at ``end`` starts, not before ``floor``; None when no letter
    comes before ``end`` (``text[end - 1]`` is no line break).

    It is what ``(?<![^\W_]['’-])(?<![-'’])([^\W\d_]+)$`` searched from ``floor`` to ``end``
    finds (tests/rules/merged/test_broken.py holds the two together): the letters before
    ``end``, cut at ``floor``, and without their first letter when a hyphen or an apostrophe
    comes before them (the look-behinds fail there and the leftmost match starts one letter
    on). Scanning back from ``end`` reads a few letters; the pattern tried every place from
    ``floor`` (~5.7 µs a call)."""
    start = end
    while start > floor and _is_letter(text[start - 1]):
        start -= 1
    if start > 0 and text[start - 1] in "-'’":
        start += 1
    return start if start < end else None


def _is_letter(char: str) -> bool:
    r"""``[^\W\d_]`` of a ``re`` pattern: a letter or a numeric character that is not a digit."""
    return char.isalpha() or (char.isalnum() and not char.isdecimal())
