"""C001 lowercase-sentence-start: a sentence that opens with a lowercase letter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import lazy_regex, words

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
            if not doc.opens_sentence(offset, certain=True):
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
