"""Is a token two (or three) words glued together where a space was lost?

A glued token is judged by its *shape*, because the shape tells where the space was lost and
how much evidence a split needs:

- ``lower``: ``withboth``, ``thetalks`` (or a capitalised opening word, ``Thetalks``);
- ``name``: a capitalised word inside a sentence, ``Chernihivalthough``, ``Ukrainethey``;
- ``acronym``: capitals then lower case, ``NATOa``, ``UNsaid`` (but not ``NATOs``, ``MPs``);
- ``camel``: lower case then a capital, ``girlsEpstein``, ``effectivenessIn`` (not ``iPhone``);
- ``pascal``: two capitalised words, ``MrBlair`` (not ``YouTube``, ``McCain``, ``DiCaprio``).

The lower-case and name shapes are judged in ``_lower_glue``, the shapes with a capital inside
in ``_capital_glue``. A token wordfreq lists is a word, unless it is rare web glue that two
function words (or a function word and a common word) far more frequent than it explain
(``withthe``, ``ofthe``, ``thegame``: ``_web_glue``). A capitalised token the document repeats
is a name it means (``Telewest``).

What the lexicon alone says of a type (a listed word, a name, a brand, web glue) is settled
once per lexicon: the same types recur across articles.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from lintnews.lexicon import Lexicon, function_words

from ._capital_glue import (
    acronym_known,
    acronym_pieces,
    camel_pieces,
    glued_at_capital,
    pascal_pieces,
)
from ._evidence import Evidence, is_function
from ._foreign import known_prefix
from ._lower_glue import best_three_way, best_two_way, past_tense
from ._thresholds import THRESHOLDS
from ._web_glue import web_glue
from ._words import (
    FUNCTION_WORDS,
    I_VERBS,
    LEFT_OPENERS,
    SHORT_WORDS,
    SURNAME_PREFIXES,
)

# Shapes.
_ACRONYM_RE = re.compile(r"([A-Z]{2,})([a-z]+)")
_CAMEL_RE = re.compile(r"([a-z]+)([A-Z](?:[a-z]+|[A-Z]+|[a-z]+[A-Z][a-z]+))")
_PASCAL_RE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_OPENER_ACRONYM_RE = re.compile(r"([A-Z][a-z]+)([A-Z]{2,})")
_PLURAL_ACRONYM_RE = re.compile(r"([A-Z]{2,}s)([A-Z][a-z]+)")
_BEFORE_MC_RE = re.compile(r"([A-Z][a-z]+)(Ma?c[A-Z][a-z]+)")


@dataclass(frozen=True)
class Merge:
    """A glued token and where its spaces belong."""

    word: str
    pieces: tuple[str, ...]
    safe: bool


def split_merged(evidence: Evidence, word: str, *, sentence_start: bool) -> Merge | None:
    """The pieces of a glued token, or None when it is a word, a name or a brand."""
    inside, opening = lexicon_merges(evidence.lexicon, word)
    settled = opening if sentence_start else inside
    if settled is not _DOCUMENT:
        return settled
    pieces = _pieces(evidence, word, sentence_start=sentence_start)
    if pieces is None:
        return None
    foreign = known_prefix(evidence, word)
    if foreign is not None and foreign[0] != pieces[0] and evidence.written_as(foreign[0]):
        # Germanyou: the document writes Germany, and "ou" is no English; the reading as
        # German + you would insert the space in the wrong place (M002 reports it, no fix).
        return None
    repeats = evidence.words.get(word, 0)
    if repeats > 2 or (
        repeats > 1
        and not (
            all(is_function(piece) for piece in pieces)
            or (len(pieces) == 2 and evidence.pair_in_text(*pieces))
        )
    ):
        return None  # a token the writer repeats is one they mean (weblogger, maskedarray)
    # Before a glued "A" a sentence or heading may have ended (taxA levy): the space alone
    # may not be the whole repair.
    return Merge(word, pieces, pieces[-1] != "A" and _safe(evidence, word, pieces))


def _safe(evidence: Evidence, word: str, pieces: tuple[str, ...]) -> bool:
    """Strong evidence: the whole is unknown, every piece is common or written by the document,
    and the split is of the sure kinds (a function word, a name the document writes, or two
    words the document writes apart). Two content words may be a solid compound: unsafe."""
    if evidence.zipf(word) > 0:
        return False
    if len(pieces) == 2 and _split_elsewhere(evidence, word, pieces):
        return False
    if len(pieces) == 3 and word.islower() and not (_CLOSED & {pieces[0], pieces[-1]}):
        # Web glue of function words (ofthetalks, songsinthe, abarrelon) lost two spaces; a
        # word of a closed class between two others is as often a name written solid
        # (powerofthree, cityofgod, a user name or a title).
        return False
    if not all(
        evidence.zipf(piece) >= THRESHOLDS.safe_part_zipf
        or (len(piece) > 3 and evidence.written_as(piece))
        or piece.lower() in SHORT_WORDS
        for piece in pieces
    ):
        return False
    return (
        any(is_function(piece) for piece in pieces)
        or (len(pieces) == 2 and evidence.pair_in_text(*pieces))
        or any(piece[0].isupper() and evidence.written_as(piece) for piece in pieces)
    )


# The closed classes of English (no numerals): web glue begins or ends with one of them.
_CLOSED = function_words()


def _split_elsewhere(evidence: Evidence, word: str, pieces: tuple[str, ...]) -> bool:
    """Whether the web writes the token split at another point more often as two words than
    at the chosen one: "toothin" may be "tooth in", but "too thin" is the pair English writes."""
    chosen = evidence.lexicon.pair_zipf(*pieces)
    return any(
        evidence.lexicon.pair_zipf(word[:split], word[split:]) > chosen
        for split in range(2, len(word) - 1)
        if split != len(pieces[0])
    )


class _Unsettled(Enum):
    """A verdict the lexicon alone cannot give: the document's vocabulary must be read."""

    DOCUMENT = "document"


_DOCUMENT = _Unsettled.DOCUMENT
# What the lexicon alone says of a token in a sentence and at a sentence start.
_LexiconMerge = Merge | None | Literal[_Unsettled.DOCUMENT]
_MERGES: weakref.WeakKeyDictionary[Lexicon, dict[str, tuple[_LexiconMerge, _LexiconMerge]]] = (
    weakref.WeakKeyDictionary()
)


def lexicon_merges(lexicon: Lexicon, word: str) -> tuple[_LexiconMerge, _LexiconMerge]:
    """:func:`_lexicon_merge` inside a sentence and at its start, remembered per lexicon: most
    candidate types are settled by the lexicon (a listed word, a name, a brand), and the same
    types recur across articles. ``(None, None)``: the lexicon clears the type wherever it
    stands."""
    known = _MERGES.setdefault(lexicon, {})
    found = known.get(word)
    if found is None:
        if len(known) > THRESHOLDS.verdicts_limit:
            known.clear()
        inside = _lexicon_merge(lexicon, word, sentence_start=False)
        opening = _lexicon_merge(lexicon, word, sentence_start=True)
        found = known[word] = (inside, opening)
    return found


def _lexicon_merge(lexicon: Lexicon, word: str, *, sentence_start: bool) -> _LexiconMerge:
    """The part of :func:`split_merged` that reads nothing of the document: the verdict, or
    ``_DOCUMENT`` when the split depends on the document's vocabulary."""
    if len(word) < 4 or len(word) > THRESHOLDS.max_merged_length or not word.isalpha():
        return None  # longer tokens are not two or three glued words (and would cost time)
    if word.isupper():
        return None  # headlines and acronyms: too little to go on
    zipf = lexicon.zipf(word)
    if (
        zipf < THRESHOLDS.web_glue_zipf
        and word[0] == "I"
        and _i_verb(word[1:])
        and lexicon.zipf(word[1:]) >= THRESHOLDS.part_zipf
    ):
        return Merge(word, ("I", word[1:]), safe=zipf == 0)  # Ithink, Iasked
    lowerish = word[1:].islower() and (word[0].islower() or sentence_start)
    if zipf > 0:
        if lowerish:
            # A word of the lexicon, however rare, loses only to web glue (withthe, thegame).
            pair = web_glue(lexicon, word, zipf)
            return None if pair is None else Merge(word, pair, safe=False)
        if word[1:].islower() or (
            zipf >= THRESHOLDS.known_shape_zipf and not _ACRONYM_RE.fullmatch(word)
        ):
            return None  # a name (Oram, Bethan, Tono) or a brand (iPhone, easyJet, YouTube)
    return _DOCUMENT


def _i_verb(rest: str) -> bool:
    return (
        rest.islower()
        and len(rest) >= 3
        and (rest in FUNCTION_WORDS or rest in I_VERBS or past_tense(rest))
    )


def _pieces(evidence: Evidence, word: str, *, sentence_start: bool) -> tuple[str, ...] | None:
    rest = word[1:]
    if word[0] == "I" and _i_verb(rest) and evidence.zipf(rest) >= THRESHOLDS.part_zipf:
        return "I", rest  # Iasked, Ithink
    if rest.islower():
        name = word[0].isupper() and not sentence_start
        # A capitalised word opening a sentence may be a name: two content words need the
        # document to write them apart (Willowfield).
        pieces, compound = best_two_way(evidence, word, name=name, content=word[0].islower())
        if pieces is not None:
            return pieces
        if name or compound >= 2 * THRESHOLDS.three_way_compound_zipf:
            return None  # door|stepping: not do|or|stepping
        return best_three_way(evidence, word)
    match = _ACRONYM_RE.fullmatch(word)
    if match is not None:
        return acronym_pieces(evidence, match.group(1), match.group(2))
    match = _CAMEL_RE.fullmatch(word)
    if match is not None:
        return camel_pieces(evidence, match.group(1), match.group(2)) or _pieces_across_capital(
            evidence, word, sentence_start=sentence_start
        )
    match = _PASCAL_RE.fullmatch(word)
    if match is not None:
        if match.group(1) == match.group(2):
            return None  # a name made by doubling (PayPay, TomTom): split, it is a doubled word
        return pascal_pieces(evidence, match.group(1), match.group(2)) or _pieces_across_capital(
            evidence, word, sentence_start=sentence_start
        )
    if word.endswith("I") and word[1:-1].islower() and is_function(word[:-1]):
        return word[:-1], "I"  # AndI, nowI, whenI
    if word.endswith("A") and len(word) >= 4 and word[1:-1].islower():
        left = word[:-1]
        if evidence.zipf(left) >= THRESHOLDS.part_zipf or evidence.written_as(left):
            return left, "A"  # a block boundary before "A": taxA levy, ItalyA pair
    match = _OPENER_ACRONYM_RE.fullmatch(word)
    if match is not None and match.group(1).lower() in LEFT_OPENERS:
        return match.group(1), match.group(2)  # TheBPI, TheUS
    match = _BEFORE_MC_RE.fullmatch(word)
    if match is not None:
        left, right = match.groups()
        if evidence.written_as(left) or (
            evidence.zipf(left) >= THRESHOLDS.part_zipf and left.lower() not in SURNAME_PREFIXES
        ):
            return left, right  # a word before a Mc or Mac name: WednesdayMcLeish
        return None
    match = _PLURAL_ACRONYM_RE.fullmatch(word)
    if (
        match is not None
        and acronym_known(evidence, match.group(1)[:-1])
        and (
            evidence.zipf(match.group(2)) >= THRESHOLDS.part_zipf
            or evidence.written_as(match.group(2))
        )
    ):
        return match.group(1), match.group(2)  # MPsFrom, MSPsExperts
    return _pieces_across_capital(evidence, word, sentence_start=sentence_start)


def _pieces_across_capital(
    evidence: Evidence, word: str, *, sentence_start: bool
) -> tuple[str, ...] | None:
    """Three words glued, one of them capitalised (inDecemberafter, yearsinJanuary, MrBushwas,
    theECdid): the token has one capital after a lower-case letter, the side before or after
    it is two glued words by the two-piece rules, and the words meeting at the capital are a
    glue those rules accept too."""
    boundaries = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    if len(boundaries) != 1:
        return None
    left, right = word[: boundaries[0]], word[boundaries[0] :]
    if len(right) >= 4:
        pieces = _pieces(evidence, right, sentence_start=False)
        if pieces is not None and len(pieces) == 2 and glued_at_capital(evidence, left, pieces[0]):
            return (left, *pieces)
    if len(left) >= 4:
        pieces = _pieces(evidence, left, sentence_start=sentence_start)
        if pieces is not None and len(pieces) == 2 and glued_at_capital(evidence, pieces[1], right):
            return (*pieces, right)
    return None
