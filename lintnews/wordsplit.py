"""Shared machinery of the M rules: is a token two words glued together, and is a pair of
tokens one word broken apart?

Evidence comes from three places, strongest first: the user's known words, the document's own
vocabulary (a name written on its own elsewhere in the article), and the wordfreq lexicon.

A glued token is judged by its *shape*, because the shape tells where the space was lost and
how much evidence a split needs:

- ``lower``: ``withboth``, ``thetalks`` (or a capitalised opening word, ``Thetalks``);
- ``name``: a capitalised word inside a sentence, ``Chernihivalthough``, ``Ukrainethey``;
- ``acronym``: capitals then lower case, ``NATOa``, ``UNsaid`` (but not ``NATOs``, ``MPs``);
- ``camel``: lower case then a capital, ``girlsEpstein``, ``effectivenessIn`` (not ``iPhone``);
- ``pascal``: two capitalised words, ``MrBlair`` (not ``YouTube``, ``McCain``, ``DiCaprio``).

The split of a lower-case or name token must clearly win. When one piece is a function word
(``the``, ``with``, ``although``) two pieces of English glued by a lost space are far more likely
than a new word. When both are content words the token may be a compound English writes solid
(``beermaker``, ``paycuts``, ``sickout``) or a brand (``Southcorp``), so the split needs more:
the document writes the two words apart elsewhere, or the pieces have shapes English compounds
do not take (an ``-ly`` adverb, an adjective, a verb in the past, a plural, two long words).
A glue reading must also beat the best reading as a solid compound (``chats|how`` loses to
``chat|show``). A name glued to a content word needs the document's own evidence.

A token wordfreq lists is a word, unless it is rare web glue that two function words (or a
function word and a common word) far more frequent than it explain: ``withthe``, ``ofthe``,
``thegame``. A capitalised token the document repeats is a name it means (``Telewest``).

The reverse, a word broken apart (``gov ernment``, ``govern-`` / ``ment``), is judged by
:func:`join_broken`: the joined word is known or written whole by the document, and a piece is
not a word of its own.

Look-ups are cheap: a document's types are first reduced by a set difference with the common
words (in C), Zipf values are remembered per lexicon, and each candidate type is judged once.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Literal, NamedTuple

from lintnews.document import Document
from lintnews.lexicon import Lexicon


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Closed-class words and the most common adverbs and verbs that scraping glues to a neighbour.
FUNCTION_WORDS = _word_set(
    """
    a an the this that these those there here some any each every all both either neither no
    of to in on at by for with from into onto upon about above across after against along
    among around before behind below beneath beside between beyond during except inside near
    off out over past since than through throughout till toward towards under until up via
    within without according despite amid amidst alongside unlike besides
    as and or but nor so yet if because although though while whereas unless whether when where
    why how what which who whom whose whatever whichever whoever once
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs myself himself herself itself themselves ourselves yourself
    is are was were be been being am has have had having do does did doing done will would
    shall should can could may might must not also just very too only even still already
    more most much many such same other another own then now again never always often ever
    said says say told asked added make makes made take takes took taken get gets got give gives
    gave given know knows knew known come comes came go goes went gone see sees saw seen want
    wants wanted think thinks thought keep keeps kept let lets put become becomes became seem
    seems seemed won among ago earlier later
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion first second third last next
    mr mrs ms dr
    """
)
# Two-letter and one-letter words that may stand as a piece of a glued token.
SHORT_WORDS = _word_set(
    "a i of to in on at by is it as an be he we me my no so up or if do us go am mr ms dr"
)
# Pieces that end English words by derivation: a name plus one of these is a new word
# (Kyivan, Blairite, Putinism, Londoner), not a name glued to an English word.
SUFFIX_LIKE = _word_set(
    """
    a an ans ian ians i o s es er ers ed en ing ite ites ism isms ist ists ese ish ly ness less
    ful y al ic ics ion ions ity on us am our near ton son man men land dale ville
    """
)
# Left pieces that open solid compounds (overbalancing, uplights, outweight, Byplanes).
PREFIX_LIKE = _word_set(
    """
    on over out up down off under back by through fore super hyper mega tele cyber re de un pre
    non co anti sub inter multi mid post self ex pro micro mini mis dis counter semi photo
    video audio radio web net auto bio eco euro
    """
)
# Particles that end solid compounds after a verb or noun: sickout, writeback, shakeup.
PARTICLES = _word_set("out up off back down over")
# Lower-case brand prefixes before a capital: iPhone, eBay, easyJet, myFace, eToys.
BRAND_PREFIXES = _word_set("i e u x my easy go we you web net hi pay smart bit")
# Surname particles before a capital: McCain, MacDonald, DiCaprio, LeBron, DeVito, VanGaal.
SURNAME_PREFIXES = _word_set(
    "mc mac di de da del della le la van von du st fitz ben abu al el o ter ten"
)
# Real words made of two function words, rare enough to look like web glue.
FUNCTION_COMPOUNDS = _word_set("whatnot forgo forgone albeit howbeit insofar inasmuch")
_PREPOSITIONS = _word_set("to of with in on by at from upon after for fore unto under as about")
_DEMONYM_ENDINGS = ("an", "ish", "ese", "i")
# Words that follow a name and end no name: an unknown capitalised piece glued to one is a
# name glued to the next word (Treacyhave, Kechichesaid).
NAME_FOLLOWERS = _word_set(
    """
    have has was were said says will would could should told added among who which that they
    also did does when after before while reported announced warned claimed admitted insisted
    explained confirmed denied revealed
    """
)
# Verbs that follow "I" (Ithink, Ibelieve).
_I_VERBS = _word_set("think know believe hope feel mean love hate like need guess felt")
# Two-letter function words that end no name (unlike -on, -in, -is, -as, -it: Benton,
# Rankin, Curtis): a common word glued to one is two words (Bankof, Marchif).
_NAME_SHORT_RIGHT = _word_set("of if")
# Two-letter function words that end few names, and those after short stems (Methat, Pinto):
# a common word of six letters or more glued to one is two words (Westminsterto,
# Associationat).
_LONG_NAME_SHORT_RIGHT = _word_set("to at")
# Words that open a sentence or block, glued to the end of the one before: FestivalThe.
OPENERS = _word_set(
    """
    the a an it he she they we i you in on at but and this that these those there when while
    as if after before his her their its our mr mrs ms dr for with from by to of so yet or
    sir according although though despite during meanwhile however
    """
)
# Capitalised function words that do not open brand names (unlike My, One, Think, In, Now).
LEFT_OPENERS = _word_set("the and but of at from with by to for or so")
# Words that end the names of institutions, offices and places: a capitalised word glued to
# one is two words of a name (FinanceMinistry, JusticeDepartment, DowningStreet).
_NAME_HEADS = _word_set(
    """
    ministry minister department council committee commission secretary party union awards
    street road square avenue
    """
)
# Titles that precede a name: MrBlair.
TITLES = _word_set("mr mrs ms dr sir lord lady prof president minister")
# Titles and offices written before a name, capitalised: ChancellorGordon, CoachArsene.
_NAME_TITLES = TITLES | _word_set(
    """
    chancellor chairman chairwoman secretary governor senator judge bishop archbishop king queen
    prince princess pope professor general colonel captain coach manager ambassador
    commissioner inspector detective sergeant
    """
)
# Short particles of other languages that machine translation leaves glued to an English name
# (Spanish/Portuguese "o", "ao", French "et", German "und"...).
FOREIGN_TAILS = _word_set(
    "ao aos o e y da das do dos de del della di du el la les et ou und em na od ed"
)

# Foreign particles that end no name (unlike -de, -da, -do, -el, -la, -ed: Theede, Almeida):
# a common word glued to one is evidence enough without the document writing the word.
_UNNAMELY_TAILS = _word_set("ao aos ou et und od em")

# Characters that make a token part of code, a path or an identifier rather than prose.
_CODE_BEFORE = frozenset("_./\\@#$%&=<>{}[]~^|`*+")
_CODE_AFTER = frozenset("_/\\@=<>{}[]~^|`(*+")

# Shapes.
_ACRONYM_RE = re.compile(r"([A-Z]{2,})([a-z]+)")
_CAMEL_RE = re.compile(r"([a-z]+)([A-Z](?:[a-z]+|[A-Z]+|[a-z]+[A-Z][a-z]+))")
_PASCAL_RE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_OPENER_ACRONYM_RE = re.compile(r"([A-Z][a-z]+)([A-Z]{2,})")
_PLURAL_ACRONYM_RE = re.compile(r"([A-Z]{2,}s)([A-Z][a-z]+)")
_BEFORE_MC_RE = re.compile(r"([A-Z][a-z]+)(Ma?c[A-Z][a-z]+)")

# A whole this common is a word even if it splits (cannot, another, nevertheless).
WHOLE_IS_WORD_ZIPF = 3.0
# A known whole still loses to a split into two very common words when it is this much rarer
# than the rarer of them: wordfreq lists web glue such as "withthe" (2.0) and "ofthe" (3.3).
RARE_WHOLE_MARGIN = 3.8
# A piece of four letters or more is a word at this frequency (once per million words).
PART_ZIPF = 3.0
# An -ing form this long is a word at this lower frequency (not an -ly adverb: cinema|to|
# graphically).
LONG_PIECE = 8
LONG_PART_ZIPF = 2.5
# A three-letter piece must be commoner: "cam", "ski", "ink" are words but rare as pieces.
SHORT_PART_ZIPF = 4.0
# A glue reading must beat the best solid-compound reading of the same token by this much.
COMPOUND_MARGIN = 0.5
# Pieces of a compound reading: rarer than pieces of a glue reading (web|logger).
COMPOUND_PIECE_ZIPF = 2.5
# A token that reads as a compound of two pieces this common is not split in three.
THREE_WAY_COMPOUND_ZIPF = 3.5
# A token with an inner capital whose lower-case form is this common is a brand (easyJet 2.5).
KNOWN_SHAPE_ZIPF = 2.4
# Web glue of a function word and a content word is listed below this frequency, and the
# split's product of probabilities must beat the whole by this margin (Zipf units).
WEB_GLUE_ZIPF = 2.5
WEB_GLUE_MARGIN = 1.0
# A four-letter piece: "ting", "ling" are listed but are not words here.
FOUR_LETTER_PART_ZIPF = 3.5
# The first piece of a name glued to a surname the document writes (GordonBrown) must be this
# common when the document does not write it alone.
NAME_PART_ZIPF = 3.5
# A whole opening with "a" loses to "a" and a word only below this frequency (ayear 1.5,
# but not aground 2.1, abed, afoot).
WEB_GLUE_A_ZIPF = 2.0
# A piece before a glued "a" must be this common unless it is a function word.
A_BEFORE_ZIPF = 4.0
# A name glued to a content word (Middlesbroughboss): the word must be this common.
NAME_CONTENT_ZIPF = 4.3
# A capitalised word glued after an acronym the document writes must be this common.
ACRONYM_TAIL_ZIPF = 4.0
# An -ing form glued to a name must be this common (Englandgaining).
PARTICIPLE_ZIPF = 3.5
# A word glued after a prefix-like function word (on, up, over) when English writes the two
# apart this often (Zipf of the pair: "on tour" 2.95, "on current" 3.2; the solid compounds,
# online and overtime, are listed words).
PREFIX_PAIR_ZIPF = 2.5
# A word glued to a nationality (Chinesewine, Germanairline) must be this common.
NATIONALITY_CONTENT_ZIPF = 4.0
# A content piece glued to a function word of three letters or more may be this rare
# (whocaptained, truantto).
FUNCTION_NEIGHBOUR_ZIPF = 2.3
# Tokens longer than this are not judged (three glued words rarely exceed it).
MAX_MERGED_LENGTH = 40
# Pieces this common make a split safe to apply.
SAFE_PART_ZIPF = 4.0


@dataclass(frozen=True)
class Merge:
    """A glued token and where its spaces belong."""

    word: str
    pieces: tuple[str, ...]
    safe: bool


def occurrences(doc: Document, word: str) -> Iterator[int]:
    """Start offsets where ``word`` stands as a whole token of the document."""
    text = doc.text
    size = len(word)
    position = text.find(word)
    while position != -1:
        end = position + size
        before = text[position - 1] if position else " "
        after = text[end] if end < len(text) else " "
        inner_before = before in "'’" and position >= 2 and _is_word_char(text[position - 2])
        inner_after = (
            after in "'’"
            and end + 1 < len(text)
            and _is_word_char(text[end + 1])
            and not _possessive(text, end + 1)
        )
        if not (_is_word_char(before) or _is_word_char(after) or inner_before or inner_after):
            yield position
        position = text.find(word, position + 1)


def _possessive(text: str, position: int) -> bool:
    """Whether ``text[position:]`` opens with the "s" of a possessive "'s"."""
    return text[position] == "s" and (position + 1 == len(text) or not text[position + 1].isalnum())


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def looks_like_code(doc: Document, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is part of an identifier, path, URL or markup."""
    text = doc.text
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _CODE_BEFORE or after in _CODE_AFTER:
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True  # Node.js, report.final
    # The whitespace-delimited chunk holding the token: a URL, an address, a handle or a file
    # name shows itself there; only then is the document's (costlier) non-prose scan consulted.
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(_find_or_end(text, " ", end), _find_or_end(text, "\n", end))
    chunk = text[left:right]
    suspicious = any(mark in chunk for mark in _LINK_MARKS) or _DOTTED_RE.search(chunk)
    if suspicious and (doc.in_non_prose(start, end) or "://" in chunk or "@" in chunk):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _find_or_end(text, "\n", end)
    return _CODE_LINE_RE.search(text, line_start, line_end) is not None


# A line of code: an interactive prompt, an import, an assignment, a call, a brace or a string
# concatenation.
_CODE_LINE_RE = re.compile(
    r"^(?:>>>|\$ )|^\s*(?:from \w[\w.]* )?import \w|\(\)|\[\]| == | = |=>|->|[{}]\s*$"
    r"|[\"'] \+ \w",
    re.MULTILINE,
)


def _find_or_end(text: str, char: str, start: int) -> int:
    found = text.find(char, start)
    return len(text) if found == -1 else found


_LINK_MARKS = ("://", "www.", "@", "#", "`")
_DOTTED_RE = re.compile(r"[^\W_]\.[^\W\d_]")


class Evidence:
    """What the lexicon and the document say about pieces of words, for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = doc.lexicon
        self.words = doc.word_counts
        self._lower_text: str | None = None
        self._user = bool(self.lexicon.known_words)

    def zipf(self, piece: str) -> float:
        return self.lexicon.zipf(piece)

    def in_document(self, piece: str) -> bool:
        """The document writes ``piece`` as a word of its own (any case)."""
        words = self.words
        return (
            piece in words
            or piece.lower() in words
            or piece.capitalize() in words
            or piece.upper() in words
            or (self._user and self.lexicon.is_user_known(piece))
        )

    def written_as(self, piece: str) -> bool:
        """The document writes ``piece`` on its own with exactly this spelling (a name)."""
        words = self.words
        return (
            piece in words
            or piece + "'s" in words
            or piece + "’s" in words
            or (self._user and self.lexicon.is_user_known(piece))
        )

    def is_name(self, piece: str) -> bool:
        """Evidence that a capitalised piece is a name: the document writes it so, or English
        always capitalises it."""
        return self.written_as(piece) or self.lexicon.proper_form(piece) is not None

    def is_word(self, piece: str) -> bool:
        """Whether a piece can stand as a word of English or of this document."""
        if len(piece) <= 2:
            return piece.lower() in SHORT_WORDS
        zipf = self.zipf(piece)
        if len(piece) == 3:
            return zipf >= SHORT_PART_ZIPF or (zipf >= PART_ZIPF and self.in_document(piece))
        if len(piece) == 4:
            return zipf >= FOUR_LETTER_PART_ZIPF or self.in_document(piece)
        if len(piece) >= LONG_PIECE and zipf >= LONG_PART_ZIPF and piece.endswith("ing"):
            return True  # a long participle, even a rare one: sputtering, breaching
        return zipf >= PART_ZIPF or self.in_document(piece)

    def strength(self, piece: str) -> float:
        """How well supported a piece is, on the Zipf scale; document words count as common."""
        zipf = self.zipf(piece)
        if self.in_document(piece) and len(piece) > 3:
            zipf = max(zipf, SAFE_PART_ZIPF)
        return zipf

    def pair_in_text(self, left: str, right: str) -> bool:
        """The document writes the two pieces apart, as a phrase, elsewhere."""
        if self._lower_text is None:
            self._lower_text = self.doc.text.lower()
        return f"{left.lower()} {right.lower()}" in self._lower_text


def _is_function(piece: str) -> bool:
    return piece.lower() in FUNCTION_WORDS


def _inflected(word: str) -> bool:
    """A verb or noun with an inflection, which solid compounds rarely begin with."""
    return len(word) >= 5 and (
        word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))
    )


def _past_tense(word: str) -> bool:
    return word in _PAST_TENSES or (word.endswith("ed") and len(word) >= 5)


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
    if lower_left.endswith("ly") and len(lower_left) >= 5 and evidence.zipf(lower_left) >= 3:
        return True  # an adverb: radicallyimproved
    if (
        len(lower_left) >= 6
        and lower_left.endswith("s")
        and not lower_left.endswith("ss")
        and evidence.zipf(lower_left[:-1]) >= PART_ZIPF
    ):
        return True  # a plural noun or a verb in -s: questionsmarks, pricesrose
    if lower_left in _PAST_TENSES or (len(lower_left) >= 5 and _past_tense(lower_left)):
        return True  # a verb in the past and its object: heldtalks, namedbest
    if lower_left in COMMON_ADJECTIVES or lower_left in _COMPARED_ADJECTIVES:
        return True  # smallfirms, greatyear, smallertech
    if lower_right in _COMPARED_ADJECTIVES:
        return True  # no solid compound ends in a comparative: worklonger, costhigher
    if lower_left.endswith(_ADJECTIVE_ENDINGS) and len(lower_left) >= 6:
        return True  # an adjective: differentcyber, popularshow, organicones
    if len(lower_left) >= 5 and _past_tense(lower_right):
        return True  # a verb in the past: quarterrose, indexclosed (not sidefooted)
    if len(lower_left) >= 8 and len(lower_right) >= 3:
        return True  # a long word does not open a solid compound: retirementage
    if strict:
        return False  # a capitalised opening word may be a name: Willowfield
    return len(lower_left) >= 5 and len(lower_right) >= 5 and len(left) + len(right) >= 11


# Endings of adjectives, which English does not write solid with the noun that follows.
_ADJECTIVE_ENDINGS = ("ent", "ant", "ous", "ive", "ic", "al", "ar", "ful", "able", "ible")
# Adjectives English does not write solid with the noun after them (unknown compounds of
# these are glued words: smallfirms, largebacklogs).
COMMON_ADJECTIVES = _word_set(
    """
    small large big great high low young long short good bad best worst top major main key
    senior former general public private local national international foreign rapid strong
    female male early late recent current huge vast tiny new
    """
)
# Their comparatives and superlatives (smallertech, biggestfirms).
_COMPARED_ADJECTIVES = _word_set(
    """
    smaller smallest larger largest bigger biggest greater greatest higher highest lower lowest
    younger youngest longer longest shorter shortest stronger strongest newer newest older
    oldest earlier earliest
    """
)
# Irregular past tenses that follow a subject in news text.
_PAST_TENSES = _word_set(
    "rose fell grew won lost closed saw took gave made left came went began ran met led held sold"
    " shot struck paid told"
)


def _lower_split_ok(
    evidence: Evidence, left: str, right: str, *, name: bool, content: bool = True
) -> bool:
    """Judge a split of a lower-case token (or a name, when ``name``) at one point."""
    lower_left, lower_right = left.lower(), right.lower()
    if name and right in NAME_FOLLOWERS and evidence.zipf(left) < PART_ZIPF:
        return True  # an unknown name and a verb that follows names: Treacyhave
    if name:
        if lower_right in SUFFIX_LIKE and not (
            _is_function(lower_right) and evidence.lexicon.proper_form(left) is not None
        ):
            return False  # Kyivan, Blairite, Preventon, Turnour; but Sundayon, Cardiffon
        if not _is_function(lower_right):
            # A name and a content word: a brand (Southcorp, Easymobile, Irancell) unless the
            # document writes the two apart, or writes the name alone and the word is common.
            if evidence.pair_in_text(left, right):
                return True
            if len(left) >= 4 and (_past_tense(lower_right) or _participle(evidence, lower_right)):
                return True  # a name and its verb: Googlelaunched, Renaultsold, Englandgaining
            if not evidence.is_name(left):
                return False
            if _nationality_and_word(evidence.lexicon, left, right):
                return True  # Chinesewine, Europeanlaw
            if len(right) < 5 or evidence.zipf(right) < NAME_CONTENT_ZIPF or len(left) < 4:
                return False  # Irancell, Qatargas, Movielink
            # A demonym (Colombiangovernment), a name English always capitalises
            # (Novemberpresidential) or a name the document writes alone.
            return (
                lower_left.endswith(_DEMONYM_ENDINGS)
                or evidence.lexicon.proper_form(left) is not None
                or evidence.written_as(left)
            )
    if lower_right in ("a", "an"):
        if not (_is_function(lower_left) or evidence.zipf(lower_left) >= A_BEFORE_ZIPF):
            return False  # servea, settinga; but not Spadea, Alumnia
    elif lower_right == "i" or lower_right in SUFFIX_FRAGMENTS:
        return False  # nextest is not "next est"
    if lower_left == "a" and evidence.zipf(lower_right) < PART_ZIPF:
        return False  # adiction is a misspelling, not "a diction"
    if lower_left == "i" and left != "I":
        return False
    left_function, right_function = _is_function(lower_left), _is_function(lower_right)
    if left_function or right_function:
        if (
            lower_left in PREFIX_LIKE
            and not right_function
            and not _by_and_word(left, right)
            and evidence.lexicon.pair_zipf(left, right) < PREFIX_PAIR_ZIPF
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
            and evidence.zipf(right) >= NAME_CONTENT_ZIPF
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
        and lexicon.zipf(right) >= NATIONALITY_CONTENT_ZIPF
    )


def _participle(evidence: Evidence, word: str) -> bool:
    """The -ing form of a common verb (gaining, replacing), which follows a name as its verb."""
    return len(word) >= 7 and word.endswith("ing") and evidence.zipf(word) >= PARTICIPLE_ZIPF


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
    if left_word and len(left) >= 2 and _is_function(left):
        needed = 5 if len(left) >= 3 else 6
        return len(right) >= needed and evidence.zipf(right) >= FUNCTION_NEIGHBOUR_ZIPF
    if right_word and len(right) >= 2 and _is_function(right):
        needed = 5 if len(right) >= 3 else 6  # truantto
        return len(left) >= needed and evidence.zipf(left) >= FUNCTION_NEIGHBOUR_ZIPF
    return False


def _best_two_way(
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
            and evidence.zipf(left) < PART_ZIPF
            and (
                right in NAME_FOLLOWERS
                or (
                    len(right) >= 6
                    and right.endswith("ed")
                    and evidence.zipf(right) >= FUNCTION_NEIGHBOUR_ZIPF
                )
            )
        )
        if not (unknown_name or _both_words(evidence, left, right)):
            if len(left) >= 3 and len(right) >= 3 and not _is_function(right):
                pieces = (evidence.zipf(left), evidence.zipf(right))
                if (
                    min(pieces) >= COMPOUND_PIECE_ZIPF
                    and not _web_glue_piece(evidence, left)
                    and not _web_glue_piece(evidence, right)
                ):
                    compound = max(compound, sum(pieces))
            continue
        if not _lower_split_ok(evidence, left, right, name=name, content=content):
            if (
                len(left) >= 3
                and len(right) >= 3
                and not _is_function(right)
                and not _web_glue_piece(evidence, left)
                and not _web_glue_piece(evidence, right)
            ):
                compound = max(compound, evidence.strength(left) + evidence.strength(right))
            continue
        score = evidence.strength(left) + evidence.strength(right)
        if best is None or score > best[0]:
            best = (score, (left, right))
    if best is None:
        return None, compound
    if compound >= best[0] - COMPOUND_MARGIN:
        return None, compound
    return best[1], compound


_NAME_ENDS: weakref.WeakKeyDictionary[Lexicon, dict[str, frozenset[int]]] = (
    weakref.WeakKeyDictionary()
)


def _name_ends(lexicon: Lexicon, word: str) -> frozenset[int]:
    """The split points of a capitalised token where the lexicon alone lets the name before
    the split end: English capitalises the left piece, or the right piece is a word that
    follows names (a function word after a common word, a verb of reporting, a past tense).
    Remembered per lexicon: :func:`_best_two_way` then asks the document only whether it
    writes the left piece, for each of the ~1.1k capitalised tokens it sees a pass."""
    known = _NAME_ENDS.setdefault(lexicon, {})
    ends = known.get(word)
    if ends is None:
        if len(known) > _VERDICTS_LIMIT:
            known.clear()
        ends = known[word] = frozenset(
            split for split in range(3, len(word)) if _name_may_end(lexicon, word, split)
        )
    return ends


def _name_may_end(lexicon: Lexicon, word: str, split: int) -> bool:
    """The part of :func:`_best_two_way`'s name test that reads nothing of the document."""
    left, right = word[:split], word[split:]
    return (
        lexicon.proper_form(left) is not None
        or (
            len(left) >= 4
            and len(right) >= 3
            and lexicon.zipf(left) >= PART_ZIPF
            and _is_function(right)
        )
        or (len(left) >= 4 and right in NAME_FOLLOWERS and lexicon.zipf(left) < PART_ZIPF)
        or (len(left) >= 4 and right in _NAME_SHORT_RIGHT and lexicon.zipf(left) >= 3.5)
        or (len(left) >= 6 and right in _LONG_NAME_SHORT_RIGHT and lexicon.zipf(left) >= 3.5)
        or (len(left) >= 4 and _past_tense(right))
    )


def _best_three_way(evidence: Evidence, word: str) -> tuple[str, str, str] | None:
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
            functions = sum(_is_function(piece) for piece in pieces)
            if functions == 0 or (right.lower() in SUFFIX_LIKE and not _is_function(right)):
                continue
            if functions < 2 and not (
                _lower_split_ok(evidence, left, middle, name=False)
                and _lower_split_ok(evidence, middle, right, name=False)
            ):
                continue
            score = sum(evidence.strength(piece) for piece in pieces) / 3
            if best is None or score > best[0]:
                best = (score, pieces)
    return None if best is None else best[1]


def _safe(evidence: Evidence, word: str, pieces: tuple[str, ...]) -> bool:
    """Strong evidence: the whole is unknown, every piece is common or written by the document,
    and the split is of the sure kinds (a function word, a name the document writes, or two
    words the document writes apart). Two content words may be a solid compound: unsafe."""
    if evidence.zipf(word) > 0:
        return False
    if not all(
        evidence.zipf(piece) >= SAFE_PART_ZIPF
        or (len(piece) > 3 and evidence.written_as(piece))
        or piece.lower() in SHORT_WORDS
        for piece in pieces
    ):
        return False
    return (
        any(_is_function(piece) for piece in pieces)
        or (len(pieces) == 2 and evidence.pair_in_text(*pieces))
        or any(piece[0].isupper() and evidence.written_as(piece) for piece in pieces)
    )


def split_merged(evidence: Evidence, word: str, *, sentence_start: bool) -> Merge | None:
    """The pieces of a glued token, or None when it is a word, a name or a brand."""
    inside, opening = _lexicon_merges(evidence.lexicon, word)
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
            all(_is_function(piece) for piece in pieces)
            or (len(pieces) == 2 and evidence.pair_in_text(*pieces))
        )
    ):
        return None  # a token the writer repeats is one they mean (weblogger, maskedarray)
    # Before a glued "A" a sentence or heading may have ended (taxA levy): the space alone
    # may not be the whole repair.
    return Merge(word, pieces, pieces[-1] != "A" and _safe(evidence, word, pieces))


class _Unsettled(Enum):
    """A verdict the lexicon alone cannot give: the document's vocabulary must be read."""

    DOCUMENT = "document"


_DOCUMENT = _Unsettled.DOCUMENT
# What the lexicon alone says of a token in a sentence and at a sentence start.
_LexiconMerge = Merge | None | Literal[_Unsettled.DOCUMENT]
_MERGES: weakref.WeakKeyDictionary[Lexicon, dict[str, tuple[_LexiconMerge, _LexiconMerge]]] = (
    weakref.WeakKeyDictionary()
)


def _lexicon_merges(lexicon: Lexicon, word: str) -> tuple[_LexiconMerge, _LexiconMerge]:
    """:func:`_lexicon_merge` inside a sentence and at its start, remembered per lexicon: most
    candidate types are settled by the lexicon (a listed word, a name, a brand), and the same
    types recur across articles."""
    known = _MERGES.setdefault(lexicon, {})
    found = known.get(word)
    if found is None:
        if len(known) > _VERDICTS_LIMIT:
            known.clear()
        inside = _lexicon_merge(lexicon, word, sentence_start=False)
        opening = _lexicon_merge(lexicon, word, sentence_start=True)
        found = known[word] = (inside, opening)
    return found


def _lexicon_merge(lexicon: Lexicon, word: str, *, sentence_start: bool) -> _LexiconMerge:
    """The part of :func:`split_merged` that reads nothing of the document: the verdict, or
    ``_DOCUMENT`` when the split depends on the document's vocabulary."""
    if len(word) < 4 or len(word) > MAX_MERGED_LENGTH or not word.isalpha():
        return None  # longer tokens are not two or three glued words (and would cost time)
    if word.isupper():
        return None  # headlines and acronyms: too little to go on
    zipf = lexicon.zipf(word)
    if (
        zipf < WEB_GLUE_ZIPF
        and word[0] == "I"
        and _i_verb(word[1:])
        and lexicon.zipf(word[1:]) >= PART_ZIPF
    ):
        return Merge(word, ("I", word[1:]), safe=zipf == 0)  # Ithink, Iasked
    lowerish = word[1:].islower() and (word[0].islower() or sentence_start)
    if zipf > 0:
        if lowerish:
            # A word of the lexicon, however rare, loses only to web glue (withthe, thegame).
            pair = _web_glue(lexicon, word, zipf)
            return None if pair is None else Merge(word, pair, safe=False)
        if word[1:].islower() or (zipf >= KNOWN_SHAPE_ZIPF and not _ACRONYM_RE.fullmatch(word)):
            return None  # a name (Oram, Bethan, Tono) or a brand (iPhone, easyJet, YouTube)
    return _DOCUMENT


def _glue_possible(word: str) -> bool:
    """Whether a listed word of the common kind could still be web glue: it splits into two
    function words, or ends with "a" (madea)."""
    lower = word.lower()
    return lower.endswith("a") or _function_pair(lower) is not None or lower.startswith("i")


def _function_after(lexicon: Lexicon, left: str, right: str) -> bool:
    """A function word that also ends words (an, on, us) still follows a common word as a word
    of its own: setan, basedon."""
    if right in ("a", "an"):
        return lexicon.zipf(left) >= A_BEFORE_ZIPF
    return right in FUNCTION_WORDS and len(left) >= 4


def _web_glue(lexicon: Lexicon, word: str, zipf: float) -> tuple[str, str] | None:
    """wordfreq lists some glued web tokens at low frequency (withthe 2.0, ofthe 3.3, thegame):
    such a whole loses to two function words far commoner than it, or, when it is very rare, to
    a function word and a common word whose product of probabilities is far higher."""
    lower = word.lower()
    if lower in FUNCTION_COMPOUNDS:
        return None
    if zipf >= WEB_GLUE_ZIPF and _function_pair(lower) is None and not lower.endswith("a"):
        return None  # only two function words can beat a whole this common (a quick test)
    best: tuple[float, tuple[str, str]] | None = None
    if lower.startswith("a") and zipf < WEB_GLUE_A_ZIPF:
        rest = lexicon.zipf(lower[1:])
        if rest >= SAFE_PART_ZIPF and lexicon.zipf("a") + rest - 9.0 >= zipf + 2 * WEB_GLUE_MARGIN:
            best = (lexicon.zipf("a") + rest, (word[:1], word[1:]))  # ayear, not aground
    for split in range(2, len(word)):
        left, right = lower[:split], lower[split:]
        if left == right or (len(right) < 2 and right != "a"):
            continue  # hehe, toto
        if left in ("here", "there", "where") and right in _PREPOSITIONS:
            continue  # thereto, whereof, herewith
        left_function, right_function = left in FUNCTION_WORDS, right in FUNCTION_WORDS
        if not (left_function or right_function):
            continue
        zipfs = (lexicon.zipf(left), lexicon.zipf(right))
        if left_function and right_function:
            product = sum(zipfs) - 9.0
            if zipf > min(zipfs) - RARE_WHOLE_MARGIN and not (
                (min(len(left), len(right)) >= 4 or (right == "a" and len(left) >= 3))
                and product >= zipf + WEB_GLUE_MARGIN
            ):
                continue  # onus, nous, atone, outdo; but alongwith, madea
        else:
            content = right if left_function else left
            if (
                zipf >= WEB_GLUE_ZIPF
                or min(zipfs) < SAFE_PART_ZIPF
                or len(content) < 3
                or (left in PREFIX_LIKE and not right_function)
                or (right in PARTICLES and not left_function)
                or (right in SUFFIX_LIKE and not _function_after(lexicon, left, right))
                or sum(zipfs) - 9.0 < zipf + WEB_GLUE_MARGIN
            ):
                continue
        score = sum(zipfs)
        if best is None or score > best[0]:
            best = (score, (word[:split], word[split:]))
    return None if best is None else best[1]


def _web_glue_piece(evidence: Evidence, piece: str) -> bool:
    """A rare piece made of two function words (ofthe): no part of a solid compound."""
    return evidence.zipf(piece) < _CANDIDATE_ZIPF and _function_pair(piece) is not None


def _i_verb(rest: str) -> bool:
    return (
        rest.islower()
        and len(rest) >= 3
        and (rest in FUNCTION_WORDS or rest in _I_VERBS or _past_tense(rest))
    )


def _function_pair(word: str) -> tuple[str, str] | None:
    """Two function words that make up ``word`` (ofthe, inwhich), if any."""
    lower = word.lower()
    for split in range(2, len(word) - 1):
        if lower[:split] in FUNCTION_WORDS and lower[split:] in FUNCTION_WORDS:
            return word[:split], word[split:]
    return None


def _pieces(evidence: Evidence, word: str, *, sentence_start: bool) -> tuple[str, ...] | None:
    rest = word[1:]
    if word[0] == "I" and _i_verb(rest) and evidence.zipf(rest) >= PART_ZIPF:
        return "I", rest  # Iasked, Ithink
    if rest.islower():
        name = word[0].isupper() and not sentence_start
        # A capitalised word opening a sentence may be a name: two content words need the
        # document to write them apart (Willowfield).
        pieces, compound = _best_two_way(evidence, word, name=name, content=word[0].islower())
        if pieces is not None:
            return pieces
        if name or compound >= 2 * THREE_WAY_COMPOUND_ZIPF:
            return None  # door|stepping: not do|or|stepping
        return _best_three_way(evidence, word)
    match = _ACRONYM_RE.fullmatch(word)
    if match is not None:
        return _acronym_pieces(evidence, match.group(1), match.group(2))
    match = _CAMEL_RE.fullmatch(word)
    if match is not None:
        return _camel_pieces(evidence, match.group(1), match.group(2)) or _pieces_across_capital(
            evidence, word, sentence_start=sentence_start
        )
    match = _PASCAL_RE.fullmatch(word)
    if match is not None:
        return _pascal_pieces(evidence, match.group(1), match.group(2)) or _pieces_across_capital(
            evidence, word, sentence_start=sentence_start
        )
    if word.endswith("I") and word[1:-1].islower() and _is_function(word[:-1]):
        return word[:-1], "I"  # AndI, nowI, whenI
    if word.endswith("A") and len(word) >= 4 and word[1:-1].islower():
        left = word[:-1]
        if evidence.zipf(left) >= PART_ZIPF or evidence.written_as(left):
            return left, "A"  # a block boundary before "A": taxA levy, ItalyA pair
    match = _OPENER_ACRONYM_RE.fullmatch(word)
    if match is not None and match.group(1).lower() in LEFT_OPENERS:
        return match.group(1), match.group(2)  # TheBPI, TheUS
    match = _BEFORE_MC_RE.fullmatch(word)
    if match is not None:
        left, right = match.groups()
        if evidence.written_as(left) or (
            evidence.zipf(left) >= PART_ZIPF and left.lower() not in SURNAME_PREFIXES
        ):
            return left, right  # a word before a Mc or Mac name: WednesdayMcLeish
        return None
    match = _PLURAL_ACRONYM_RE.fullmatch(word)
    if (
        match is not None
        and _acronym_known(evidence, match.group(1)[:-1])
        and (evidence.zipf(match.group(2)) >= PART_ZIPF or evidence.written_as(match.group(2)))
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
        if pieces is not None and len(pieces) == 2 and _glued_at_capital(evidence, left, pieces[0]):
            return (left, *pieces)
    if len(left) >= 4:
        pieces = _pieces(evidence, left, sentence_start=sentence_start)
        if (
            pieces is not None
            and len(pieces) == 2
            and _glued_at_capital(evidence, pieces[1], right)
        ):
            return (*pieces, right)
    return None


def _glued_at_capital(evidence: Evidence, left: str, right: str) -> bool:
    """Whether two words that meet at a capital (in|December, Mr|Bush) would be split as a
    token of their own."""
    if not right[1:].islower() and not right.isupper():
        return False
    if left.islower():
        return _camel_pieces(evidence, left, right) is not None
    if left[1:].islower() and right[1:].islower():
        return _pascal_pieces(evidence, left, right) is not None
    return False


def _acronym_pieces(evidence: Evidence, acronym: str, rest: str) -> tuple[str, str] | None:
    """NATOa, UNsaid, MPsare, FACup; never NATOs, CEOs, MPs (plurals) or BAe (a name)."""
    if rest in ("s", "es"):
        return None
    known = _acronym_known(evidence, acronym)
    plural_word = rest[1:]
    if (
        known
        and rest.startswith("s")
        and plural_word not in ("", "i")
        and _is_function(plural_word)
    ):
        return acronym + "s", plural_word  # a plural acronym and a word: MPsare, CEOswere
    if known and evidence.is_word(rest) and (len(rest) > 2 or rest in SHORT_WORDS - {"i"}):
        return acronym, rest
    # The last capital may open a word: FACup is FA + Cup (not JPMorgan, unless the document
    # writes JP and Morgan).
    head, tail = acronym[:-1], acronym[-1] + rest
    head_known = evidence.written_as(head) or (len(head) >= 3 and evidence.zipf(head) >= PART_ZIPF)
    tail_known = evidence.written_as(tail) or (
        len(tail) >= 4
        and evidence.zipf(tail) >= ACRONYM_TAIL_ZIPF
        and not _written_lower(evidence, tail)
    )
    if len(head) >= 2 and len(tail) >= 3 and head_known and tail_known:
        return head, tail  # BBCSport, UKForeign (JPMorgan only beside JP and Morgan)
    # An initial glued to a surname the document writes: WBush.
    if len(head) == 1 and len(tail) >= 4 and evidence.written_as(tail):
        return None if _written_lower(evidence, tail) else (head, tail)
    return None


def _acronym_known(evidence: Evidence, acronym: str) -> bool:
    return evidence.written_as(acronym) or evidence.zipf(acronym) >= PART_ZIPF


def _camel_pieces(evidence: Evidence, left: str, right: str) -> tuple[str, str] | None:
    """girlsEpstein, effectivenessIn, ofTexas, andLadbrokes; never iPhone, eBay, easyJet."""
    if (
        left == "a"
        and len(right) >= 3
        and right[1:].islower()
        and (evidence.lexicon.proper_form(right) is not None or evidence.written_as(right))
    ):
        return left, right  # an article and a name: aMuslim, aYukos (not aMule, aQuantive)
    if left in BRAND_PREFIXES or len(left) < 2:
        return None
    if left in LEFT_OPENERS and len(right) >= 3 and not right.isupper():
        return left, right  # a function word before a name: andLadbrokes
    if not (evidence.is_word(left) or (len(left) >= 4 and evidence.zipf(left) > 0)):
        return None
    if right.isupper():
        if not (evidence.written_as(right) or evidence.zipf(right) >= PART_ZIPF):
            return None
    elif not (
        evidence.is_word(right)
        or evidence.written_as(right)
        or (len(left) >= 3 and len(right) >= 4 and evidence.zipf(left) >= PART_ZIPF)
    ):
        return None  # a common word and a capitalised one (a name): makesScholl
    return left, right


def _pascal_pieces(evidence: Evidence, left: str, right: str) -> tuple[str, str] | None:
    """MrBlair, KyivThe, TheBasque, GordonBrown (when the document writes Brown), SouthKorea,
    FinanceMinistry, TonyBlair: never YouTube, PayPal, PowerPage, McCain, DiCaprio, LeBron."""
    lower_left = left.lower()
    if lower_left in SURNAME_PREFIXES or len(left) < 2:
        return None
    left_known = evidence.written_as(left) or evidence.zipf(left) >= PART_ZIPF
    if right.lower() in OPENERS:
        return (left, right) if left_known else None  # a block boundary: FestivalThe
    if evidence.lexicon.proper_form(left) is not None and (
        evidence.written_as(right) or evidence.zipf(right) >= PART_ZIPF
    ):
        return left, right  # a day, month or country: SaturdayPriced, KashmirForeign
    if left_known and evidence.lexicon.proper_form(right) is not None:
        return left, right  # a word and a place, day or month: SouthKorea, InNovember
    if evidence.pair_in_text(left, right):
        return left, right  # the document writes the two apart: VirginRadio, DirtyWar
    if left_known and right.lower() in _NAME_HEADS:
        return left, right  # FinanceMinistry, JusticeDepartment, DowningStreet
    if left == "New" and len(right) >= 4 and not _written_lower(evidence, right):
        return left, right  # a place named New: NewJersey, NewDelhi (not NewBalance)
    if lower_left in LEFT_OPENERS or lower_left in TITLES:
        if evidence.written_as(right) or evidence.zipf(right) >= PART_ZIPF:
            return left, right  # TheBasque, AndGreat, MrBlair
        return None

    # Two names (GordonBrown, MichaelHoward): one written alone by the document, both common
    # enough to be names the lexicon knows, and neither written in lower case (a word, as in
    # the brands PowerPage and SpiceJet, whose pieces the article also uses as words).
    def name_like(piece: str) -> bool:
        return (
            len(piece) >= 3
            and not _is_function(piece)
            and not _written_lower(evidence, piece)
            and (evidence.written_as(piece) or evidence.zipf(piece) >= NAME_PART_ZIPF)
        )

    if (evidence.written_as(left) or evidence.written_as(right)) and (
        name_like(left) and name_like(right)
    ):
        return left, right
    if lower_left in _NAME_TITLES and name_like(right):
        return left, right  # an office and a name: ChancellorGordon, CoachArsene
    if evidence.lexicon.is_given_name(left) and name_like(right):
        return left, right  # a first name and a surname: TonyBlair, KevinCampbell
    if left_known and evidence.lexicon.is_given_name(right) and not _written_lower(evidence, right):
        return left, right  # a word before a first name: ActorDaniel, AwardsLily
    return None


def _written_lower(evidence: Evidence, piece: str) -> bool:
    return piece.lower() in evidence.words


def known_prefix(evidence: Evidence, word: str) -> tuple[str, str] | None:
    """A name glued to a short particle that is not English (``Belarusao``: Belarus + "ao"),
    as (name, remainder); None when the token is anything else."""
    if not _may_have_foreign_tail(evidence.lexicon, word):
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
                rest in _UNNAMELY_TAILS
                and evidence.zipf(name) >= NAME_PART_ZIPF
                and not _is_function(name)
            )
        ):
            return name, rest
    return None


def _may_have_foreign_tail(lexicon: Lexicon, word: str) -> bool:
    """The part of :func:`known_prefix` that reads nothing of the document: an unknown
    capitalised token with a foreign particle after four letters or more."""
    if len(word) < 5 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return False
    if lexicon.zipf(word) > 0:
        return False
    return any(len(word) - size >= 4 and word[-size:] in FOREIGN_TAILS for size in (2, 3, 1))


# Tokens commoner than this are words; the M rules look no further at them.
_CANDIDATE_ZIPF = WHOLE_IS_WORD_ZIPF + 0.5


def glue_candidates(doc: Document) -> list[str]:
    """The document's alphabetic word types of four letters or more that the lexicon does not
    know or knows as rare, and that the lexicon alone does not clear of being glued words: the
    only tokens M001 need look at. Computed once a document and shared by the M rules."""
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
_VERDICTS_LIMIT = 200_000


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
    if len(kinds) > _VERDICTS_LIMIT:
        kinds.clear()
    kinds[word] = kind
    return kind


def _type_verdict(lexicon: Lexicon, word: str) -> int:
    """The lists an alphabetic type of four letters or more may go to."""
    zipf = lexicon.zipf(word)
    verdict = 0
    if zipf < _CANDIDATE_ZIPF:
        if word.islower() and (zipf < FRAGMENT_ZIPF or short_non_word(lexicon, word)):
            verdict |= _FRAGMENT
        # A listed word that only two function words could beat is no candidate.
        if not (zipf >= WEB_GLUE_ZIPF and word[1:].islower() and not _glue_possible(word)):
            # Most candidates are listed words, names and brands that the lexicon alone
            # clears wherever they stand: M001 need not look for them in the text.
            if _lexicon_merges(lexicon, word) != (None, None):
                verdict |= _GLUED
            if _may_have_foreign_tail(lexicon, word):
                verdict |= _REMAINDER
    return verdict


_COMMON: weakref.WeakKeyDictionary[Lexicon, frozenset[str]] = weakref.WeakKeyDictionary()


def _common_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words at or above the candidate frequency, in lower case and capitalised,
    so that one look-up removes most of a document's types. (Words in capitals are left to
    :func:`_type_kind`, which clears them too: they are few in a text, and a third more entries
    would make every look-up slower.)"""
    common = _COMMON.get(lexicon)
    if common is None:
        # Sorted, and each lower-case word a new copy (``lower()`` makes one): the strings are
        # then made one after another and lie together in memory instead of spread over the
        # whole word list. Every word of every document is looked up here, and with the strings
        # close together the look-ups are about a quarter faster.
        lower = sorted(lexicon.common_words(_CANDIDATE_ZIPF))
        # Short tokens that are no words of their own (et, es, ver) stay out of the lower-case
        # half: they may be pieces of a word broken apart (mark et), which M003 looks at.
        common = frozenset(
            [
                *(word.lower() for word in lower if not short_non_word(lexicon, word)),
                *(word.capitalize() for word in lower),
            ]
        )
        _COMMON[lexicon] = common
    return common


_OPENERS = frozenset("\n.!?…\"“”'‘’([{-–—•*>")


def opens_sentence(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation, where English
    capitalises any word. A cheap look-back, so the rules need not segment sentences."""
    text = doc.text
    position = start - 1
    while position >= 0 and text[position] in " \t\u00a0":
        position -= 1
    if position < 0:
        return True
    char = text[position]
    if char in "'’\"”" and position > 0 and not text[position - 1].isspace():
        return False  # a closing quote or a possessive: PBS' Jacoba
    return char in _OPENERS


def letters_before(text: str, end: int, floor: int) -> int | None:
    r"""Where the word that ends at ``end`` starts, not before ``floor``; None when no letter
    comes before ``end`` (``text[end - 1]`` is no line break).

    It is what ``(?<![^\W_]['’-])(?<![-'’])([^\W\d_]+)$`` searched from ``floor`` to ``end``
    finds (tests/test_wordsplit_scan.py holds the two together): the letters before ``end``,
    cut at ``floor``, and without their first letter when a hyphen or an apostrophe comes
    before them (the look-behinds fail there and the leftmost match starts one letter on).
    Scanning back from ``end`` reads a few letters; the pattern tried every place from
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


_PREVIOUS_RE = re.compile(r"([^\W\d_]+)(?:-?[ \t]|-\n|\u00ad+)$")
_NEXT_RE = re.compile(r"(?:-?[ \t]|-\n|\u00ad+)([^\W\d_]+)")
# A token joined with a neighbour makes a word this common: it is a fragment (ind ustry).
JOINED_WORD_ZIPF = 3.0


def joins_neighbour(evidence: Evidence, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is a fragment of a word broken apart: it and the
    word before or after it make a known word (``ind ustry``, ``regul-\\nator``). Such tokens
    belong to the split-word rules, not to the merged-word rules."""
    text = evidence.doc.text
    word = text[start:end]
    before = _PREVIOUS_RE.search(text, max(0, start - 40), start)
    if before is not None and evidence.zipf(before.group(1) + word) >= JOINED_WORD_ZIPF:
        return True
    after = _NEXT_RE.match(text, end, min(len(text), end + 40))
    return after is not None and evidence.zipf(word + after.group(1)) >= JOINED_WORD_ZIPF


# Endings that are not words of their own: a space or a line-break hyphen before one of them
# has broken a word (expand ed, govern-\nment).
SUFFIX_FRAGMENTS = _word_set(
    """
    ed ing ings ly ers est ies ied tion tions sion sions ment ments ness ity ities ally fully
    ably ible ives ous ously ence ences ance ances isms ists ise ised ising ize ized izing
    ation ations ative
    """
)
# Second pieces that make a hyphen before a space deliberate: "pre- and post-war".
SUSPENDED = _word_set("and or nor to but than as vs versus")
# A fragment below this frequency is not a word.
FRAGMENT_ZIPF = 2.5
# A joined word must be this common, unless the document writes it whole.
JOINED_ZIPF = 3.0
# A fix that joins is safe when the joined word is this common and a fragment is unknown.
SAFE_JOINED_ZIPF = 3.5
# Joining across a hyphen and a break is safe when the joined word is this common.
SAFE_HYPHEN_JOINED_ZIPF = 4.0


@dataclass(frozen=True)
class Join:
    """Two fragments of one word, and whether joining them is safe."""

    left: str
    right: str
    safe: bool

    @property
    def word(self) -> str:
        return self.left + self.right


def short_non_word(lexicon: Lexicon, piece: str) -> bool:
    """A token of two or three letters that is no word of its own, however often the web
    writes it (et 4.7, es 3.9, ver 3.4), by the measure M001 uses for pieces: two letters
    outside the short words, three below their frequency."""
    size = len(piece)
    if size == 2:
        return piece.lower() not in SHORT_WORDS
    return size == 3 and lexicon.zipf(piece) < SHORT_PART_ZIPF


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
    if zipf < JOINED_ZIPF and not written_whole:
        return None
    left_zipf, right_zipf = evidence.zipf(left), evidence.zipf(right)
    left_fragment = left_zipf < FRAGMENT_ZIPF and evidence.words.get(left, 0) <= 1
    right_fragment = (right_zipf < FRAGMENT_ZIPF and evidence.words.get(right, 0) <= 1) or (
        right in SUFFIX_FRAGMENTS and left_zipf >= PART_ZIPF and not _is_function(left)
    )
    # A hyphen before a space or a line break is a strong sign of a word broken for layout:
    # there a common joined word and one piece that is not common suffice (mar-/ket, tens- ions).
    hyphen_break = hyphen and zipf >= SAFE_JOINED_ZIPF and min(left_zipf, right_zipf) < 3.5
    # A piece too short to be a word of its own (mark et, virus es, re fused), where English
    # does not write the two apart (unlike ad hoc, per cent, de facto).
    short_piece = (
        (_short_piece(evidence, left) or _short_piece(evidence, right))
        and evidence.lexicon.pair_zipf(left, right) == 0
        and not (_is_function(left) or _is_function(right))
    )
    if not (left_fragment or right_fragment or hyphen_break or short_piece):
        return None
    safe = (zipf >= SAFE_JOINED_ZIPF or written_whole) and min(left_zipf, right_zipf) < 1.5
    # A line-break hyphen inside a common word (govern-/ment) is layout, not spelling.
    safe = safe or (hyphen and zipf >= SAFE_HYPHEN_JOINED_ZIPF)
    return Join(left, right, safe)


def _short_piece(evidence: Evidence, piece: str) -> bool:
    return (
        piece.islower()
        and short_non_word(evidence.lexicon, piece)
        and evidence.words.get(piece, 0) <= 1
    )
