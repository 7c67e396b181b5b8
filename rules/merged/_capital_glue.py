"""Where a token with a capital inside splits: an acronym and a word (``NATOa``, ``UNsaid``,
but not ``NATOs``, ``MPs``), a word and a capitalised word (``girlsEpstein``,
``effectivenessIn``, but not ``iPhone``), or two capitalised words (``MrBlair``, but not
``YouTube``, ``McCain``, ``DiCaprio``)."""

from __future__ import annotations

from ._evidence import Evidence, is_function
from ._thresholds import THRESHOLDS
from ._words import (
    BRAND_PREFIXES,
    LEFT_OPENERS,
    NAME_HEADS,
    NAME_TITLES,
    OPENERS,
    SHORT_WORDS,
    SURNAME_PREFIXES,
    TITLES,
)


def acronym_pieces(evidence: Evidence, acronym: str, rest: str) -> tuple[str, str] | None:
    """NATOa, UNsaid, MPsare, FACup; never NATOs, CEOs, MPs (plurals) or BAe (a name)."""
    if rest in ("s", "es"):
        return None
    known = acronym_known(evidence, acronym)
    plural_word = rest[1:]
    if known and rest.startswith("s") and plural_word not in ("", "i") and is_function(plural_word):
        return acronym + "s", plural_word  # a plural acronym and a word: MPsare, CEOswere
    if known and evidence.is_word(rest) and (len(rest) > 2 or rest in SHORT_WORDS - {"i"}):
        return acronym, rest
    # The last capital may open a word: FACup is FA + Cup (not JPMorgan, unless the document
    # writes JP and Morgan).
    head, tail = acronym[:-1], acronym[-1] + rest
    head_known = evidence.written_as(head) or (
        len(head) >= 3 and evidence.zipf(head) >= THRESHOLDS.part_zipf
    )
    tail_known = evidence.written_as(tail) or (
        len(tail) >= 4
        and evidence.zipf(tail) >= THRESHOLDS.acronym_tail_zipf
        and not _written_lower(evidence, tail)
    )
    if len(head) >= 2 and len(tail) >= 3 and head_known and tail_known:
        return head, tail  # BBCSport, UKForeign (JPMorgan only beside JP and Morgan)
    # An initial glued to a surname the document writes: WBush.
    if len(head) == 1 and len(tail) >= 4 and evidence.written_as(tail):
        return None if _written_lower(evidence, tail) else (head, tail)
    return None


def acronym_known(evidence: Evidence, acronym: str) -> bool:
    return evidence.written_as(acronym) or evidence.zipf(acronym) >= THRESHOLDS.part_zipf


def camel_pieces(evidence: Evidence, left: str, right: str) -> tuple[str, str] | None:
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
        if not (evidence.written_as(right) or evidence.zipf(right) >= THRESHOLDS.part_zipf):
            return None
    elif not (
        evidence.is_word(right)
        or evidence.written_as(right)
        or (len(left) >= 3 and len(right) >= 4 and evidence.zipf(left) >= THRESHOLDS.part_zipf)
    ):
        return None  # a common word and a capitalised one (a name): makesScholl
    return left, right


def pascal_pieces(evidence: Evidence, left: str, right: str) -> tuple[str, str] | None:
    """MrBlair, KyivThe, TheBasque, GordonBrown (when the document writes Brown), SouthKorea,
    FinanceMinistry, TonyBlair: never YouTube, PayPal, PowerPage, McCain, DiCaprio, LeBron."""
    lower_left = left.lower()
    if lower_left in SURNAME_PREFIXES or len(left) < 2:
        return None
    part_zipf = THRESHOLDS.part_zipf
    left_known = evidence.written_as(left) or evidence.zipf(left) >= part_zipf
    if right.lower() in OPENERS:
        return (left, right) if left_known else None  # a block boundary: FestivalThe
    if evidence.lexicon.proper_form(left) is not None and (
        evidence.written_as(right) or evidence.zipf(right) >= part_zipf
    ):
        return left, right  # a day, month or country: SaturdayPriced, KashmirForeign
    if left_known and evidence.lexicon.proper_form(right) is not None:
        return left, right  # a word and a place, day or month: SouthKorea, InNovember
    if evidence.pair_in_text(left, right):
        return left, right  # the document writes the two apart: VirginRadio, DirtyWar
    if left_known and right.lower() in NAME_HEADS:
        return left, right  # FinanceMinistry, JusticeDepartment, DowningStreet
    if left == "New" and len(right) >= 4 and not _written_lower(evidence, right):
        return left, right  # a place named New: NewJersey, NewDelhi (not NewBalance)
    if lower_left in LEFT_OPENERS or lower_left in TITLES:
        if evidence.written_as(right) or evidence.zipf(right) >= part_zipf:
            return left, right  # TheBasque, AndGreat, MrBlair
        return None

    # Two names (GordonBrown, MichaelHoward): one written alone by the document, both common
    # enough to be names the lexicon knows, and neither written in lower case (a word, as in
    # the brands PowerPage and SpiceJet, whose pieces the article also uses as words).
    def name_like(piece: str) -> bool:
        return (
            len(piece) >= 3
            and not is_function(piece)
            and not _written_lower(evidence, piece)
            and (evidence.written_as(piece) or evidence.zipf(piece) >= THRESHOLDS.name_part_zipf)
        )

    if (evidence.written_as(left) or evidence.written_as(right)) and (
        name_like(left) and name_like(right)
    ):
        return left, right
    if lower_left in NAME_TITLES and name_like(right):
        return left, right  # an office and a name: ChancellorGordon, CoachArsene
    if evidence.lexicon.is_given_name(left) and name_like(right):
        return left, right  # a first name and a surname: TonyBlair, KevinCampbell
    if left_known and evidence.lexicon.is_given_name(right) and not _written_lower(evidence, right):
        return left, right  # a word before a first name: ActorDaniel, AwardsLily
    return None


def glued_at_capital(evidence: Evidence, left: str, right: str) -> bool:
    """Whether two words that meet at a capital (in|December, Mr|Bush) would be split as a
    token of their own."""
    if not right[1:].islower() and not right.isupper():
        return False
    if left.islower():
        return camel_pieces(evidence, left, right) is not None
    if left[1:].islower() and right[1:].islower():
        return pascal_pieces(evidence, left, right) is not None
    return False


def _written_lower(evidence: Evidence, piece: str) -> bool:
    return piece.lower() in evidence.words
