"""C001 lowercase-sentence-start: a sentence that opens with a lowercase letter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import lazy_regex, words

# A sentence after these continues the previous one rather than starting anew.
_CONTINUING_ENDS = ("...", "…", ",", ";", ":", "-", "–", "—", "/", "&", "+")
_OPENING = "\"'“‘«([{*•▶►>-–— \t"
_CLOSING = "\"'”’»)]}"
# Abbreviations after which a lowercase word continues the sentence (the splitter knows most;
# this is the safety net). Lower-cased, without the final period.
_ABBREVIATIONS = words(
    """mr seq ibid viz cit mrs ms dr st no nos vs v etc al approx cf ca inc co corp ltd plc jr sr
    gen col lt sgt capt cmdr adm gov sen rep prof rev hon fig figs vol vols ed eds pp p ch sec
    art para dept est jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
    thurs fri sat sun llc pty gmbh ag sa nv bv ft in lb lbs oz pt qt yd yds mi mph km kg cm mm
    min mins hr hrs sq bros mt ave blvd rd"""
)
_NAME_AFTER_RE = lazy_regex(r"[ \t]+(?:\p{Ll}+[ \t]+)?\p{Lu}[\w'’-]*")
_WORD = r"(?P<word>[^\W\d_A-Z](?:[\w]|['’-](?=\w))*)"
# A lowercase word opening a line; the first line is matched on its own. (A pattern that begins
# with a line break is found by a fast literal search; one that begins with `^` is tried at every
# character.)
_LINE_START = rf"[ \t]*(?P<opener>[\"'“‘«(\[]*){_WORD}"
_FIRST_LINE_RE = re.compile(_LINE_START)
_LINE_START_RE = re.compile(rf"\n{_LINE_START}")
# A lowercase word after a full stop, question or exclamation mark or ellipsis: one pattern for
# each mark, which starts it with a literal (fast to search for) and is run only when the text has
# that mark at all. No match contains a mark but its first character, so together they find what
# one pattern for all the marks would.
_AFTER_MARK_RES = [
    (mark, re.compile(rf"{re.escape(mark)}[\"'”’»)\]]*[ \t]+(?P<opener>[\"'“‘«(\[]*){_WORD}"))
    for mark in ".!?…"
]
_FINITE_VERBS = words(
    """was were is are has have had could would will can did does may might must should
    won took beat led set made went came got saw said told gave ran fought lost kept began
    remains says"""
)
_CODE_AFTER_RE = re.compile(r" ?\(")
_CODE_BEFORE_RE = re.compile(r"(?:[^\W\d]\w*_\w*|[^\W\d_]+\d+|\(\)|\))\.\s*$|>>>[^\n]*$")
_METADATA_RE = re.compile(r"[ \t]*:|[ \t]+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")
# Who said a quotation: '"...," he added', '"..." said Mr Smith', '"..." the minister told'.
_ATTRIBUTION_RE = re.compile(
    r"(?:\w+[ \t]+){0,3}(?:said|says|added|adds|asked|asks|told|tells|explained|insisted|warned"
    r"|replied|wrote|writes|according|argued|claimed|stressed|noted|continued|concluded)\b"
)
_OPENERS_RE = re.compile(r"(?:(?<=\s)|^)[\"'“‘«(\[{]+\s*$")
# Words that go on after a question or exclamation in the same sentence.
_GOES_ON_AFTER_QUESTION = frozenset(["and", "or", "but", "nor", "said", "says", "asked", "cried"])
_LAST_WORD_RE = re.compile(r"([^\W\d_](?:[\w.'’-]*[^\W_])?)\W*$")
# A list item's marker: "1.", "a)", "iv." or a bullet, alone before the sentence on its line.
_LIST_MARKER_RE = re.compile(r"(?:\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|[-*•▶►>–—]")


class LowercaseSentenceStart(Rule):
    """Sentence that starts with a lowercase letter (`... a deal. fomin said ...`).

    ## What it does
    Reports a sentence whose first word begins with a lowercase letter: after `.`, `?` or `!`
    (inside quotations too), at the start of a paragraph, or at the start of the text.

    Not reported: a word lowercase by nature (`iPhone`, `eBay`, and `de Gaulle` when the
    document writes it so inside sentences), anything after an abbreviation (`Mr.`, `U.S.`,
    `e.g.`, `No.`), after an ellipsis, comma, colon or dash that continues the sentence, after
    a quotation or title ending in `!` or `?` that the sentence goes on from (`"Stop!" he said`,
    `the musical Mamma Mia! has`), a quotation followed by who said it (`"... this." he
    added`), list items, parenthetical notes, field labels (`date 2022-03-29`), code, and a
    line that continues a paragraph the extraction broke (the previous block ends without a
    full stop).

    ## Why is this bad?
    Machine translation and sloppy extraction drop the capital at a sentence start. Besides
    looking unedited, it breaks sentence splitters and name recognition downstream.

    ## Example
    ```
    The army pulled back. fomin said that Moscow had decided to reduce activity.
    ```

    ## Use instead
    ```
    The army pulled back. Fomin said that Moscow had decided to reduce activity.
    ```
    The fix capitalises the first letter and is safe, except when the sentence opens on a
    finite verb (`... in third. won the title`): there the subject, not the capital, is
    probably what is missing, and the fix is unsafe.
    """

    code = "C001"
    name = "lowercase-sentence-start"
    examples = [
        bad(
            "The army pulled back. fomin said that Moscow had decided.",
            fixed="The army pulled back. Fomin said that Moscow had decided.",
        ),
        bad("Is it over? no, officials said.", fixed="Is it over? No, officials said."),
        bad("Talks ended! now what?", fixed="Talks ended! Now what?"),
        bad("the talks resumed on Monday.", fixed="The talks resumed on Monday."),
        bad(
            "The talks ended.\n\nthe army pulled back.",
            fixed="The talks ended.\n\nThe army pulled back.",
        ),
        good("He bought an iPhone. iPhones are popular. eBay sold them."),
        good("Prices rose in the U.S. and then fell. They met Mr. smith."),
        good("Fruit, e.g. apples, is good. It was No. 10 that said so."),
        good("She paused... and then she spoke."),
        good('He shouted "Stop!" and left. She asked "why?" and waited.'),
        good("The musical Mamma Mia! has joined the list."),
        good("Like de Gaulle before him, he won. de Gaulle had the same problem."),
        good("The plan has three parts:\n1. the army withdraws\n2. the talks resume"),
        good("Options:\n- the army withdraws\n- the talks resume"),
        good(
            "It applies when:\n\n    a) The work carries notices.\n\n    b) The work is released."
        ),
        good("Steps follow.\n\niv. The army withdraws.\nv. The talks resume."),
        good("It was the start of China's\n\neconomic power in the region."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for match in _candidates(text):
            offset = match.start("word")
            word = match.group("word")
            opener = match.group("opener")
            if not word[0].islower():
                continue  # a script without case (Arabic, Chinese, Devanagari)
            if any(ch.isupper() for ch in word[1:]) or word.endswith("'") or "_" in word:
                continue  # iPhone, eBay: lowercase by nature
            if _CODE_AFTER_RE.match(text, match.end()) or _CODE_BEFORE_RE.search(
                text, max(0, offset - 40), offset
            ):
                continue  # code: "model. fit (X, y)", "html_token. token"
            if text.startswith((".", "@", "/"), match.end()) or doc.in_non_prose(
                offset, match.end()
            ):
                continue  # e.g., a.m., a domain, a handle
            if word in ("s", "t") and text[offset - 1 : offset] in "'’":
                continue  # the remnant of a possessive or contraction whose word was lost
            if "(" in opener or "[" in opener:
                continue  # a parenthetical note: "(seeds in brackets)"
            if _ITEM_LETTER_RE.match(word) and text[match.end() : match.end() + 1] in (")", "."):
                continue  # a list item's letter: "b) The work must carry...", "iv. the army"
            if _METADATA_RE.match(text, match.end()):
                continue  # a field label: "date 2022-03-29", "source: AFP"
            if not _starts_sentence(text, offset, word):
                continue
            if _particle_of_name(text, offset, match.end()):
                continue  # de Gaulle, van der Veer written so elsewhere in the document
            # A sentence opening on a finite verb ("won the men's event") has more likely lost
            # its subject (a linked name the extraction dropped) than its capital.
            verb = word in _FINITE_VERBS or (word.endswith("ed") and len(word) > 4)
            message = f"Sentence starts with lowercase '{word}'"
            if verb:
                message += "; a subject may be missing before it"
            yield self.report(
                offset,
                match.end(),
                message,
                Fix.replace(
                    offset,
                    offset + 1,
                    word[0].upper(),
                    "Capitalise the first letter",
                    safe=not verb,
                ),
            )


# The sentence's first "word" is itself a list item's letter when a bracket or a full stop
# follows it ("b) The work", "iv. The army"): the item's text is checked after it.
_ITEM_LETTER_RE = re.compile(r"(?:[a-z]|[ivx]{1,4})$")


def _candidates(text: str) -> list[re.Match[str]]:
    """Lowercase words at the start of a line or after a full stop, question or exclamation
    mark (the splitter keeps a quotation together, so its sentences are found here too)."""
    first = _FIRST_LINE_RE.match(text)
    found = [first] if first is not None else []
    found.extend(_LINE_START_RE.finditer(text))
    for mark, pattern in _AFTER_MARK_RES:
        if mark in text:
            found.extend(pattern.finditer(text))
    found.sort(key=lambda match: match.start("word"))
    return found


def _starts_sentence(text: str, offset: int, word: str) -> bool:
    """Whether what comes before the word at ``offset`` really ends a sentence (or there is
    nothing before it)."""
    line_start = text.rfind("\n", 0, offset) + 1
    # Quotes and brackets that open this sentence (preceded by a space) are not the previous
    # sentence's closing quote.
    on_line = _OPENERS_RE.sub("", text[line_start:offset]).strip()
    if on_line:
        if _LIST_MARKER_RE.fullmatch(on_line):
            return False  # "1. the army withdraws", "- the talks"
        return _ends_sentence(on_line, word, text[offset : offset + 60])
    before = text[:line_start].rstrip()
    if not before:
        return True
    return _ends_sentence(before, word, text[offset : offset + 60])


def _ends_sentence(before: str, word: str, word_and_after: str = "") -> bool:
    if before.endswith(_CONTINUING_ENDS):
        return False
    stripped = before.rstrip(_CLOSING)
    closed = len(stripped) < len(before)
    if not stripped or stripped[-1] not in ".?!":
        return False
    mark = stripped[-1]
    if mark in "?!":
        if closed:
            return False  # 'He shouted "Stop!" and left': the quotation is inside the sentence
        if word in _GOES_ON_AFTER_QUESTION:
            return False  # "how do you say basketball? and what is ..."
        # A capitalised word before the mark is a title: "the musical Mamma Mia! has",
        # "Do They Know It's Christmas? is".
        previous = _last_word(stripped[:-1].rstrip("?!"))
        return previous is None or not previous.group(1).split("-")[-1][:1].isupper()
    if stripped.endswith(("..", "…", ". .")):
        return False
    previous = _last_word(stripped[:-1])
    if previous is None:
        return True
    last = previous.group(1)
    if "." in last:
        return False  # U.S., e.g., a.m.
    if closed and _ATTRIBUTION_RE.match(word_and_after):
        return False  # '"... with this." he added': a quotation inside the sentence
    if last.lower() in _ABBREVIATIONS:
        return False
    return not (len(last) == 1 and last.isupper())  # an initial: "J. smith"


def _last_word(text: str) -> re.Match[str] | None:
    """``_LAST_WORD_RE.search(text)``, started where the last run of word characters (with
    ``.'’-``) begins: the match spans that run up to the last letter or digit, so it cannot start
    earlier, and a search from the beginning of a long text retries inside every word."""
    position = len(text)
    while position and not (text[position - 1].isalnum() or text[position - 1] == "_"):
        position -= 1  # the non-word characters after the last word
    while position and (text[position - 1].isalnum() or text[position - 1] in "_.'’-"):
        position -= 1
    return _LAST_WORD_RE.search(text, position)


def _particle_of_name(text: str, start: int, end: int) -> bool:
    """A lowercase word before a capitalised one that the document writes the same way inside a
    sentence elsewhere (`de Gaulle`, `van der Veer`)."""
    following = _NAME_AFTER_RE.match(text, end)
    if following is None:
        return False
    pair = text[start : following.end()]
    position = text.find(pair)
    while position != -1:
        if position != start and (position == 0 or text[position - 1] in " \t(\"'“‘"):
            before = text[:position].rstrip()
            if (before and before[-1].isalnum()) or before.endswith(","):
                return True
        position = text.find(pair, position + 1)
    return False
