"""Where a token in lower case, or a capitalised name, splits into two or three glued words.

The split must clearly win. When one piece is a function word (``the``, ``with``,
``although``) two pieces of English glued by a lost space are far more likely than a new word.
When both are content words the token may be a compound English writes solid (``beermaker``,
``paycuts``, ``sickout``) or a brand (``Southcorp``), so the split needs more: the document
writes the two words apart elsewhere, or the pieces have shapes English compounds do not take
(an ``-ly`` adverb, an adjective, a verb in the past, a plural, two long words). A glue reading
must also beat the best reading as a solid compound (``chats|how`` loses to ``chat|show``). A
name glued to a content word needs the document's own evidence.
"""

from __future__ import annotations

import weakref

from lintnews.lexicon import Lexicon

from ._evidence import Evidence, is_function
from ._thresholds import THRESHOLDS
from ._web_glue import web_glue_piece
from ._words import (
    COMMON_ADJECTIVES,
    COMPARED_ADJECTIVES,
    NAME_FOLLOWERS,
    PARTICLES,
    PAST_TENSES,
    PREFIX_LIKE,
    SUFFIX_FRAGMENTS,
    SUFFIX_LIKE,
)

# Endings of demonyms (Colombian, British, Chinese, Iraqi): a name so ended, glued to a common
# word, is a proper adjective and its noun. A suffix tuple for str.endswith, not word data.
_DEMONYM_ENDINGS = ("an", "ish", "ese", "i")
# Endings of adjectives, which English does not write solid with the noun that follows.
# A suffix tuple for str.endswith, not word data.
_ADJECTIVE_ENDINGS = ("ent", "ant", "ous", "ive", "ic", "al", "ar", "ful", "able", "ible")
# Two-letter function words that end no name (unlike -on, -in, -is, -as, -it: Benton,
# Rankin, Curtis): a common word glued to one is two words (Bankof, Marchif). Kept in code:
# each word is argued, with its length rule, in _name_may_end.
_NAME_SHORT_RIGHT = frozenset(("of", "if"))
# Two-letter function words that end few names, and those after short stems (Methat, Pinto):
# a common word of six letters or more glued to one is two words (Westminsterto,
# Associationat). Kept in code, as above.
_LONG_NAME_SHORT_RIGHT = frozenset(("to", "at"))


def past_tense(word: str) -> bool:
    return word in PAST_TENSES or (word.endswith("ed") and len(word) >= 5)


def _inflected(word: str) -> bool:
    """A verb or noun with an inflection, which solid compounds rarely begin with."""
    return len(word) >= 5 and (
        word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))
    )


def _content_glue(evidence: Evidence, left: str, right: str, *, strict: bool = False) -> bool:
    """Two content words: glued only when something says English would not write them solid."""
    if evidence.pair_in_text(left, right):
        return True
    lower_left, lower_right = left.lower(), right.lower()
    if lower_left in PREFIX_LIKE or lower_right in SUFFIX_LIKE:
        return False
    if lower_right not in PARTICLES and evidence.lexicon.pair_zipf(left, right) > 0:
        # English writes the two apart (taxlaws, musicscene). Not a verb and its particle:
        # the phrasal verb is common too, and so is its noun written solid (writeback).
        return True
    if (
        lower_left.endswith("ly")
        and len(lower_left) >= 5
        and evidence.zipf(lower_left) >= THRESHOLDS.adverb_zipf
    ):
        return True  # an adverb: radicallyimproved
    if (
        len(lower_left) >= 6
        and lower_left.endswith("s")
        and not lower_left.endswith("ss")
        and evidence.zipf(lower_left[:-1]) >= THRESHOLDS.part_zipf
    ):
        return True  # a plural noun or a verb in -s: questionsmarks, pricesrose
    if lower_left in PAST_TENSES or (len(lower_left) >= 5 and past_tense(lower_left)):
        return True  # a verb in the past and its object: heldtalks, namedbest
    if lower_left in COMMON_ADJECTIVES or lower_left in COMPARED_ADJECTIVES:
        return True  # smallfirms, greatyear, smallertech
    if lower_right in COMPARED_ADJECTIVES:
        return True  # no solid compound ends in a comparative: worklonger, costhigher
    if lower_left.endswith(_ADJECTIVE_ENDINGS) and len(lower_left) >= 6:
        return True  # an adjective: differentcyber, popularshow, organicones
    if len(lower_left) >= 5 and past_tense(lower_right):
        return True  # a verb in the past: quarterrose, indexclosed (not sidefooted)
    if len(lower_left) >= 8 and len(lower_right) >= 3:
        return True  # a long word does not open a solid compound: retirementage
    if strict:
        return False  # a capitalised opening word may be a name: Willowfield
    return len(lower_left) >= 5 and len(lower_right) >= 5 and len(left) + len(right) >= 11


def lower_split_ok(
    evidence: Evidence, left: str, right: str, *, name: bool, content: bool = True
) -> bool:
    """Judge a split of a lower-case token (or a name, when ``name``) at one point."""
    lower_left, lower_right = left.lower(), right.lower()
    if name and right in NAME_FOLLOWERS and evidence.zipf(left) < THRESHOLDS.part_zipf:
        return True  # an unknown name and a verb that follows names: Treacyhave
    if name:
        if lower_right in SUFFIX_LIKE and not (
            is_function(lower_right) and evidence.lexicon.proper_form(left) is not None
        ):
            return False  # Kyivan, Blairite, Preventon, Turnour; but Sundayon, Cardiffon
        if not is_function(lower_right):
            # A name and a content word: a brand (Southcorp, Easymobile, Irancell) unless the
            # document writes the two apart, or writes the name alone and the word is common.
            if evidence.pair_in_text(left, right):
                return True
            if len(left) >= 4 and (past_tense(lower_right) or _participle(evidence, lower_right)):
                return True  # a name and its verb: Googlelaunched, Renaultsold, Englandgaining
            if not evidence.is_name(left):
                return False
            if _nationality_and_word(evidence.lexicon, left, right):
                return True  # Chinesewine, Europeanlaw
            if (
                len(right) < 5
                or evidence.zipf(right) < THRESHOLDS.name_content_zipf
                or len(left) < 4
            ):
                return False  # Irancell, Qatargas, Movielink
            # A demonym (Colombiangovernment), a name English always capitalises
            # (Novemberpresidential) or a name the document writes alone.
            return (
                lower_left.endswith(_DEMONYM_ENDINGS)
                or evidence.lexicon.proper_form(left) is not None
                or evidence.written_as(left)
            )
    if lower_right in ("a", "an"):
        if not (is_function(lower_left) or evidence.zipf(lower_left) >= THRESHOLDS.a_before_zipf):
            return False  # servea, settinga; but not Spadea, Alumnia
    elif lower_right == "i" or lower_right in SUFFIX_FRAGMENTS:
        return False  # nextest is not "next est"
    if lower_left == "a" and evidence.zipf(lower_right) < THRESHOLDS.part_zipf:
        return False  # adiction is a misspelling, not "a diction"
    if lower_left == "i" and left != "I":
        return False
    left_function, right_function = is_function(lower_left), is_function(lower_right)
    if left_function or right_function:
        if (
            lower_left in PREFIX_LIKE
            and not right_function
            and not _by_and_word(left, right)
            and evidence.lexicon.pair_zipf(left, right) < THRESHOLDS.prefix_pair_zipf
        ):
            return False  # uplights, outweight, Byplanes; but ontour, oncurrent
        if lower_right in PARTICLES and not left_function:
            # A particle ends compounds of verbs and nouns (sickout, shakeup), not of names
            # English always capitalises (Japanoff).
            return (
                evidence.pair_in_text(left, right)
                or _inflected(lower_left)
                or (name and evidence.lexicon.proper_form(left) is not None)
            )
        return True
    if not content and (
        _nationality_and_word(evidence.lexicon, left, right)
        or (
            len(left) >= 4
            and len(right) >= 5
            and lower_right not in SUFFIX_LIKE
            and evidence.lexicon.proper_form(left) is not None
            and evidence.zipf(right) >= THRESHOLDS.name_content_zipf
        )
    ):
        # A capitalised opening word: a name English always capitalises and a common word, as
        # inside a sentence (Germanairline, Mondaytrading).
        return True
    return _content_glue(evidence, left, right, strict=not content)


def _nationality_and_word(lexicon: Lexicon, left: str, right: str) -> bool:
    """A nationality and a common word (Chinesewine, Europeanlaw, Germanairline): English
    writes a proper adjective apart from its noun, and brands are made of place names
    (Qatargas, Irancell), not of nationalities."""
    return (
        lexicon.is_nationality(left)
        and len(right) >= 3
        and right.lower() not in SUFFIX_LIKE
        and lexicon.zipf(right) >= THRESHOLDS.nationality_content_zipf
    )


def _participle(evidence: Evidence, word: str) -> bool:
    """The -ing form of a common verb (gaining, replacing), which follows a name as its verb."""
    return (
        len(word) >= 7
        and word.endswith("ing")
        and evidence.zipf(word) >= THRESHOLDS.participle_zipf
    )


def _by_and_word(left: str, right: str) -> bool:
    """ "by" and a word of five letters or more are two words (bytaking, bylosses): the few
    solid compounds "by" opens (bypass, byproduct, bystander, byelection) are in the lexicon,
    and a token it does not list is none of them."""
    return left.lower() == "by" and len(right) >= 5


def _both_words(evidence: Evidence, left: str, right: str) -> bool:
    """Both pieces are words; beside a function word of three letters or more a rarer content
    word will do (whocaptained, truantto)."""
    left_word, right_word = evidence.is_word(left), evidence.is_word(right)
    if left_word and right_word:
        return True
    if left_word and len(left) >= 2 and is_function(left):
        needed = 5 if len(left) >= 3 else 6
        return len(right) >= needed and evidence.zipf(right) >= THRESHOLDS.function_neighbour_zipf
    if right_word and len(right) >= 2 and is_function(right):
        needed = 5 if len(right) >= 3 else 6  # truantto
        return len(left) >= needed and evidence.zipf(left) >= THRESHOLDS.function_neighbour_zipf
    return False


def best_two_way(
    evidence: Evidence, word: str, *, name: bool, content: bool = True
) -> tuple[tuple[str, str] | None, float]:
    """The best glue reading of a token as two pieces, and the strength of its best reading as a
    solid compound of two content words (mail|shot, chat|show, web|logger): a glue reading must
    beat that clearly (chats|how does not, file|that beats filet|hat)."""
    best: tuple[float, tuple[str, str]] | None = None
    compound = 0.0
    # A name must end at the split: the document writes the left piece so, or the lexicon lets
    # a name end there (settled once per lexicon, _name_ends).
    name_ends = _name_ends(evidence.lexicon, word) if name else frozenset()
    for split in range(3 if name else 1, len(word)):
        left, right = word[:split], word[split:]
        if name and split not in name_ends and not evidence.written_as(left):
            continue
        unknown_name = (
            name
            and len(left) >= 4
            and evidence.zipf(left) < THRESHOLDS.part_zipf
            and (
                right in NAME_FOLLOWERS
                or (
                    len(right) >= 6
                    and right.endswith("ed")
                    and evidence.zipf(right) >= THRESHOLDS.function_neighbour_zipf
                )
            )
        )
        if not (unknown_name or _both_words(evidence, left, right)):
            if len(left) >= 3 and len(right) >= 3 and not is_function(right):
                pieces = (evidence.zipf(left), evidence.zipf(right))
                if (
                    min(pieces) >= THRESHOLDS.compound_piece_zipf
                    and not web_glue_piece(evidence, left)
                    and not web_glue_piece(evidence, right)
                ):
                    compound = max(compound, sum(pieces))
            continue
        if not lower_split_ok(evidence, left, right, name=name, content=content):
            if (
                len(left) >= 3
                and len(right) >= 3
                and not is_function(right)
                and not web_glue_piece(evidence, left)
                and not web_glue_piece(evidence, right)
            ):
                compound = max(compound, evidence.strength(left) + evidence.strength(right))
            continue
        score = evidence.strength(left) + evidence.strength(right)
        if best is None or score > best[0]:
            best = (score, (left, right))
    if best is None:
        return None, compound
    if compound >= best[0] - THRESHOLDS.compound_margin:
        return None, compound
    return best[1], compound


_NAME_ENDS: weakref.WeakKeyDictionary[Lexicon, dict[str, frozenset[int]]] = (
    weakref.WeakKeyDictionary()
)


def _name_ends(lexicon: Lexicon, word: str) -> frozenset[int]:
    """The split points of a capitalised token where the lexicon alone lets the name before
    the split end: English capitalises the left piece, or the right piece is a word that
    follows names (a function word after a common word, a verb of reporting, a past tense).
    Remembered per lexicon: :func:`best_two_way` then asks the document only whether it
    writes the left piece, for each of the ~1.1k capitalised tokens it sees a pass."""
    known = _NAME_ENDS.setdefault(lexicon, {})
    ends = known.get(word)
    if ends is None:
        if len(known) > THRESHOLDS.verdicts_limit:
            known.clear()
        ends = known[word] = frozenset(
            split for split in range(3, len(word)) if _name_may_end(lexicon, word, split)
        )
    return ends


def _name_may_end(lexicon: Lexicon, word: str, split: int) -> bool:
    """The part of :func:`best_two_way`'s name test that reads nothing of the document."""
    left, right = word[:split], word[split:]
    part_zipf = THRESHOLDS.part_zipf
    before_short_word = THRESHOLDS.name_before_short_word_zipf
    return (
        lexicon.proper_form(left) is not None
        or (
            len(left) >= 4
            and len(right) >= 3
            and lexicon.zipf(left) >= part_zipf
            and is_function(right)
        )
        or (len(left) >= 4 and right in NAME_FOLLOWERS and lexicon.zipf(left) < part_zipf)
        or (
            len(left) >= 4
            and right in _NAME_SHORT_RIGHT
            and lexicon.zipf(left) >= before_short_word
        )
        or (
            len(left) >= 6
            and right in _LONG_NAME_SHORT_RIGHT
            and lexicon.zipf(left) >= before_short_word
        )
        or (len(left) >= 4 and past_tense(right))
    )


def best_three_way(evidence: Evidence, word: str) -> tuple[str, str, str] | None:
    """Three words glued (ofthetalks, favouritetowin, affectedhisfriends): every piece a word,
    one at least a function word, and each neighbouring pair a glue the two-piece rules accept."""
    if len(word) < 7 or evidence.zipf(word) > 0:
        return None
    best: tuple[float, tuple[str, str, str]] | None = None
    # "a" may stand anywhere (abarrelon, isablow, involvedina); other pieces have two letters.
    for first in range(1 if word[0] == "a" else 2, len(word) - 3):
        left = word[:first]
        if not evidence.is_word(left):
            continue
        for second in range(first + 1, len(word)):
            middle, right = word[first:second], word[second:]
            if (len(middle) < 2 and middle != "a") or (len(right) < 2 and right != "a"):
                continue
            if not (evidence.is_word(middle) and evidence.is_word(right)):
                continue
            pieces = (left, middle, right)
            if max(len(left), len(middle), len(right)) < 4:
                continue  # atheris is not "at her is"
            functions = sum(is_function(piece) for piece in pieces)
            if functions == 0 or (right.lower() in SUFFIX_LIKE and not is_function(right)):
                continue
            if functions < 2 and not (
                lower_split_ok(evidence, left, middle, name=False)
                and lower_split_ok(evidence, middle, right, name=False)
            ):
                continue
            score = sum(evidence.strength(piece) for piece in pieces) / 3
            if best is None or score > best[0]:
                best = (score, pieces)
    return None if best is None else best[1]
