"""Two words glued at a punctuation mark that English writes with a space on one side
(`party,so`, `said(AP)`, `as"very"`, `(AP)said`): finding one, and the evidence that it is two
words of prose rather than a number, a brand, code or an optional letter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from lintnews.document import Document

# Marks that separate (a space after them), and what opens or closes a quotation or bracket.
_SEPARATORS = ",;:"
_CLOSING_BRACKETS = ")]"
_OPENING_BRACKETS = {")": "(", "]": "["}
_STRAIGHT_QUOTE = '"'
_OPENING_QUOTE = "“"
_CLOSING_QUOTE = "”"
# A character in the glued token that words of prose never hold: the token is code, markup,
# a path, an address or data (`a=1,b=2`, `x<y;z`, `and/or`).
_CODE_CHARACTERS = frozenset("=<>{}|\\/@#_*+^~$")
# A character just before the first word that makes it part of something else: a dotted
# abbreviation (`e.g,the`), an entity (`&amp;then`), a handle or a path.
_BOUND_BEFORE = frozenset(".&#@/\\_")
# Bracketed signs written tight against the word they mark.
_SIGNS = frozenset({"tm", "r", "c", "sm", "p"})
# What follows a quotation mark or bracket used as an apostrophe or an optional letter
# (`I”m`, `don”t`, `"L"s`): a contraction's or plural's tail, not a word.
_TAILS = frozenset({"s", "t", "m", "d", "ll", "re", "ve"})
# Schemes and labels that a colon joins to what follows without a space on purpose.
_SCHEMES = frozenset({"http", "https", "ftp", "mailto", "file", "tel", "urn", "data", "javascript"})
# Words of one letter that are words.
_ONE_LETTER_WORDS = frozenset({"I", "a", "A"})
# What joins the parts of one word (tech-fest, Fulham's), and a word so written.
_JOINERS = "-'’"
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# How far a bracket's partner is looked for, in characters.
_BRACKET_REACH = 120


@dataclass(frozen=True)
class Glue:
    """Two words glued at a mark: the span reported (both words and the marks between them),
    where the space goes and whether inserting it is safe."""

    start: int
    end: int
    left: str
    right: str
    space_at: int
    safe: bool


def find_glue(doc: Document, mark: int) -> Glue | None:
    """The glue at ``mark`` (a mark followed by a letter, or a letter followed by the mark), or
    None where the mark is written right: a number, a brand, code, an optional letter."""
    char = doc.text[mark]
    if char in _SEPARATORS:
        glue = _after_separator(doc, mark)
    elif char in _CLOSING_BRACKETS:
        glue = _after_bracket(doc, mark)
    elif char == "(":
        glue = _before_bracket(doc, mark)
    elif char == _OPENING_QUOTE:
        glue = _around_quote(doc, mark, opens=True)
    elif char == _CLOSING_QUOTE:
        glue = _around_quote(doc, mark, opens=False)
    else:
        glue = _around_quote(doc, mark, opens=_straight_quote_opens(doc.text, mark))
    if glue is None or not _reads_as_prose(doc, glue):
        return None
    return glue


# The shapes --------------------------------------------------------------------------------------


def _after_separator(doc: Document, mark: int) -> Glue | None:
    """`party,so`, `end;then`, `divisions:gaming`, `over,"he`."""
    text = doc.text
    char = text[mark]
    left_start = _word_start(text, mark)
    if left_start == mark:
        return None
    left = text[left_start:mark]
    right_start = mark + 1
    quote = text[right_start] if text[right_start] in '"”“' else ""
    right_start += len(quote)
    right_end = _word_end(text, right_start)
    right = text[right_start:right_end]
    if not right:
        return None
    left_number, right_number = _has_digit(left), _has_digit(right)
    if left_number or right_number:
        # 3:30, 1,000, 2nd;then: a number's own punctuation; but after a comma a number and a
        # word are two tokens ("in 2002,the", "the 1950s,but", "Bell,30,")
        if char != "," or quote or left_number == right_number:
            return None
        if right_number and not right.isdigit():
            return None  # size,90E: a code
        if left_number and not (right.isalpha() and _is_word(doc, right)):
            return None
    if not (left_number or _is_word(doc, left, names=True)):
        return None
    if not (right_number or _is_word(doc, right, names=True)):
        return None
    if quote and right.lower() in _TAILS:
        return None
    if char == ";" and left_start > 0 and text[left_start - 1] in "&#":
        return None  # an HTML entity (&amp;then) is E002's
    if char == ":" and _colon_joins_a_name(left, right):
        return None
    if quote == _STRAIGHT_QUOTE:
        opens = _straight_quote_opens(text, mark + 1)
        space_at = mark + 1 if opens else right_start
    elif quote:
        space_at = mark + 1 if quote == _OPENING_QUOTE else right_start
    else:
        space_at = mark + 1
    in_a_list = (left_start > 0 and text[left_start - 1] == char) or text[
        right_end : right_end + 1
    ] == char
    safe = (
        char in ",;"
        and not quote
        and left.isalpha()
        and right.isalpha()
        and _is_word(doc, left)
        and _is_word(doc, right)
        and not in_a_list
        and not left.isupper()
        and not right.isupper()
    )
    return Glue(left_start, right_end, left, right, space_at, safe)


def _after_bracket(doc: Document, mark: int) -> Glue | None:
    """`(opened in 1998)closed`, `(AP)said`; not `(re)launch`, `(s)he`, `[t]he` or `:)so`."""
    text = doc.text
    if mark == 0 or text[mark - 1] in ":;-=^ \t\n(":
        return None  # an emoticon, or nothing inside
    opening = text.rfind(_OPENING_BRACKETS[text[mark]], max(0, mark - _BRACKET_REACH), mark)
    line_start = text.rfind("\n", 0, mark) + 1
    if opening < line_start:
        return None  # "1)First": a numbered item, or a bracket opened too far back to tell
    content = text[opening + 1 : mark]
    right_end = _word_end(text, mark + 1)
    right = text[mark + 1 : right_end]
    if not right or any(c.isdigit() for c in right) or not _is_word(doc, right):
        return None
    if not any(c.isspace() for c in content):
        if opening > 0 and text[opening - 1].isalnum():
            return None  # brackets inside one word: clyde(at)example, pet(s)s
        if _optional_part(doc, content, right):
            return None  # (re)launch, (s)he, [t]he
    inner_start = _word_start(text, mark)
    return Glue(inner_start, right_end, text[inner_start:mark], right, mark + 1, False)


def _before_bracket(doc: Document, mark: int) -> Glue | None:
    """`said(AP)`, `Services(Apacs)`; not `author(s)`, `Windows(TM)`, `f(x)`."""
    text = doc.text
    left_start = _word_start(text, mark)
    left = text[left_start:mark]
    if not left or not left.isalpha() or not _is_word(doc, left, names=True):
        return None
    closing = text.find(")", mark, mark + _BRACKET_REACH)
    line_end = text.find("\n", mark)
    if closing != -1 and (line_end == -1 or closing < line_end):
        content = text[mark + 1 : closing]
        if not any(c.isspace() for c in content):
            if text[closing + 1 : closing + 2].isalpha():
                return None  # brackets inside one word: clyde(at)example
            if content.lower() in _SIGNS or _optional_part(doc, content, left):
                return None  # Windows(TM), author(s), healthy(er)
    right_end = _word_end(text, mark + 1)
    right = text[mark + 1 : right_end]
    if _has_digit(right) and not _a_count(text, right, right_end):
        return None  # tyre(205/55), item(x2), note(1): codes and references

    return Glue(left_start, right_end, left, right, mark, False)


def _around_quote(doc: Document, mark: int, *, opens: bool) -> Glue | None:
    """`as"very"`, `the“justice”`: an opening mark glued to the word before; `"quote"said`,
    `“unfair”and`: a closing one glued to the word after. The word outside the quotation must
    be a word; the one inside may be any (a quoted term is often a rare one)."""
    text = doc.text
    if mark == 0 or mark + 1 >= len(text):
        return None
    before, after = text[mark - 1], text[mark + 1]
    if not (before.isalpha() and after.isalpha()):
        return None  # `,"he` and `."The` are the separators' and P001's; `5'10"` a measure
    left_start = _word_start(text, mark)
    right_end = _word_end(text, mark + 1)
    left, right = text[left_start:mark], text[mark + 1 : right_end]
    if any(c.isdigit() for c in left + right) or right.lower() in _TAILS:
        return None
    outside, inside = (left, right) if opens else (right, left)
    if not _is_word(doc, outside) or not _long_enough(inside):
        return None
    space_at = mark if opens else mark + 1
    return Glue(left_start, right_end, left, right, space_at, False)


# The evidence ------------------------------------------------------------------------------------


def _reads_as_prose(doc: Document, glue: Glue) -> bool:
    """Whether the glued token is prose: not in a URL, address, file name or code, no code
    character in it, no camel-case brand in it, and not written the same way twice."""
    text = doc.text
    if glue.start > 0 and text[glue.start - 1] in _BOUND_BEFORE:
        return False
    if glue.end < len(text) and text[glue.end] in _BOUND_BEFORE - {"."}:
        return False
    token_start = glue.start
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    token_end = glue.end
    while token_end < len(text) and not text[token_end].isspace():
        token_end += 1
    if not _CODE_CHARACTERS.isdisjoint(text[token_start:token_end]):
        return False
    if _camel_case(glue.left) or _camel_case(glue.right):
        return False  # iPhone,iPad; WoW:Korea: a brand's shape
    glued = text[glue.start : glue.end]
    if text.count(glued) > 1:
        return False  # a name the document writes so, twice (Earth,Wind)
    return not doc.in_non_prose(glue.start, glue.end)


def _is_word(doc: Document, piece: str, *, names: bool = False) -> bool:
    """A word of prose: each part (between hyphens; a possessive 's aside) known to English or
    written as a word elsewhere in the document, and long enough to be one. With ``names``, a
    capitalised part counts too: in a list of names a comma or bracket needs no dictionary."""
    if not _long_enough(piece):
        return False
    lexicon = doc.lexicon
    counts = doc.word_counts
    for part in piece.split("-"):
        if not part:
            return False
        bare = part[:-2] if part[-2:] in ("'s", "’s") else part
        if names and len(bare) > 1 and bare[0].isupper() and (bare[1:].islower() or bare.isupper()):
            continue  # a name (Sidgmore) or one in capitals (COTTORI)
        if lexicon.zipf(bare) <= 0 and counts.get(part, 0) < 2 and counts.get(bare, 0) < 2:
            return False
    return True


def _a_count(text: str, number: str, end: int) -> bool:
    """Whether a number that opens a bracket is a count or an age ("house(2 halves)",
    "student(18)") rather than a code or a reference mark ("note(1)")."""
    after = text[end : end + 1]
    return number.isdigit() and (after in (" ", ",") or (after == ")" and len(number) > 1))


def _has_digit(piece: str) -> bool:
    return any(char.isdigit() for char in piece)


def _long_enough(piece: str) -> bool:
    """Two letters or more, or a word of one (`I`, `a`): `x,y` and `A,B` are labels."""
    return len(piece) >= 2 or piece in _ONE_LETTER_WORDS


def _optional_part(doc: Document, content: str, word: str) -> bool:
    """Whether a bracketed piece with no space in it is an optional part of the word beside it:
    a short lower-case ending or prefix (`(s)`, `(er)`, `(re)`), or one that makes a word with
    it (`(wo)man`, `(dis)agree`)."""
    if content.isalpha() and content.islower() and len(content) <= 3:
        return True
    lexicon = doc.lexicon
    return lexicon.zipf(content + word) > 0 or lexicon.zipf(word + content) > 0


def _colon_joins_a_name(left: str, right: str) -> bool:
    """A colon that is part of a name or a label written on purpose: two capitalised pieces
    (`CD:UK`, `Simple:Press`), capitals beside lower case (`SM:tv`), a scheme (`http:`), a
    single letter after it (an emoticon, `:D`)."""
    if left.lower() in _SCHEMES or len(right) < 2:
        return True
    if left[0].isupper() and right[0].isupper():
        return True
    return (left.isupper() and len(left) > 1) != (right.isupper() and len(right) > 1)


def _camel_case(piece: str) -> bool:
    """A capital after a lower-case letter inside the piece (`iPhone`, `eBay`, `WoW`)."""
    return any(a.islower() and b.isupper() for a, b in pairwise(piece))


def _straight_quote_opens(text: str, quote: int) -> bool:
    """Whether a straight quotation mark opens a quotation: an even number of them before it
    on its line (a line of news text is a paragraph)."""
    line_start = text.rfind("\n", 0, quote) + 1
    return text.count(_STRAIGHT_QUOTE, line_start, quote) % 2 == 0


def _word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` starts: letters and digits, with hyphens and
    apostrophes between them."""
    start = end
    while start > 0 and (
        text[start - 1].isalnum()
        or (
            text[start - 1] in _JOINERS and start < end and start >= 2 and text[start - 2].isalnum()
        )
    ):
        start -= 1
    return start


def _word_end(text: str, start: int) -> int:
    """Where the word that starts at ``start`` ends (as :func:`_word_start`, forward)."""
    match = _WORD_RE.match(text, start)
    return match.end() if match else start
