"""C001 lowercase-sentence-start: a sentence that opens with a lowercase letter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.lexicon import (
    Lexicon,
    abbreviations,
    function_words,
    honorifics,
    reporting_verbs,
)
from lintnews.rule import Rule, bad, good
from lintnews.scan import lazy_regex, word_alternation, words

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
# Code before the full stop: an identifier with an underscore or a digit, or a call ("fit(X).",
# "run()."); a sentence that ends on a bracket ("(£230bn). the") is no call.
_CODE_BEFORE_RE = re.compile(
    r"(?:[^\W\d]\w*_\w*|[^\W\d_]+\d+|\w\([^()\s]*(?:[ ,][^()\s]*)*\))\.\s*$|>>>[^\n]*$"
)
_METADATA_RE = re.compile(r"[ \t]*:|[ \t]+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")
# A quotation opened after who says it and a colon ('He told reporters: "the plan ...'): its
# first word opens the quoted sentence. The reporting verb within four words of the colon.
_QUOTE_AFTER_COLON_RE = re.compile(
    r":[ \t]+(?P<opener>[\"“‘])(?P<word>[^\W\d_A-Z](?:\w|['’-](?=\w))*)"
)
_QUOTE_CLOSE_RE = re.compile(r"(.)[\"”]")
_INNER_SENTENCE_END_RE = re.compile(r"[a-z][.?!] +[A-Z]")
# A quotation closed on a full stop, then who said it and more ('"... truth." she also said
# that ...', '"... over." he added: "..."'): the attribution opens a new sentence; only one that
# ends there, or a word after its verb ('"... this." he added later.'), belongs to the quotation.
_QUOTATION_CLOSED_RE = re.compile(r"(?P<last>[\w'’-]+)\.[\"”’][ \t]+$")
_ATTRIBUTION_GOES_ON_RE = lazy_regex(
    rf"(?:[\w'’]+[ \t]+){{0,3}}{word_alternation(reporting_verbs())}"
    rf"(?:[ \t]*:|(?:[ \t]+[\w'’\"“]+){{2}})"
)
_SAYS_BEFORE_COLON_RE = lazy_regex(
    rf"\b{word_alternation(reporting_verbs())}(?:[ \t]+[\w'’]+){{0,3}}$"
)
# A short lowercase word English does not use, before a full stop, is an abbreviation
# ("excl.", "incl.", "200 g."), and so is one of three letters after a quantity ("3 AA bat.",
# "2 GB mem."): a sentence goes on after it. (Zipf below this, 5 letters or
# fewer: "excl" 1.9, "incl" 2.4, "approx" 2.9 are abbreviations; "ok" 5.2, "km" 3.9 are known.)
_ABBREVIATION_ZIPF = 3.0
_ABBREVIATION_MAX_LETTERS = 5
_LAST_WORD_BEFORE_STOP_RE = re.compile(
    r"(?<![\w.])(?P<number>\d[\d.,]*[ \t]*(?:[A-Z]{1,3}[ \t]+)?)?(?P<word>[a-z]+)\.[\"'”’)\]]*[ \t]+$"
)
# A title line (the first line of a news file): short, of two words or more, without a
# closing mark, and not ending where a sentence goes on (a function word, a possessive, a
# comma): "Mystery surrounds new oil owner" above "the fate of ...".
_TITLE_MAX_WORDS = 15
_FUNCTION_WORDS = function_words()
_HONORIFICS = honorifics()
_PREPOSITIONS = function_words("Prepositions")


class LowercaseSentenceStart(Rule):
    """Sentence that starts with a lowercase letter (`... a deal. fomin said ...`).

    ## What it does
    Reports a sentence whose first word begins with a lowercase letter: after `.`, `?` or `!`
    (inside quotations too), at the start of a paragraph (the one after a title line too), at
    the start of the text, at a quotation opened after who says it (`he said: "the plan ...`),
    and at an attribution that goes on after a quotation's full stop (`"... over." he added:`).

    Not reported: a word lowercase by nature (`iPhone`, `eBay`, and `de Gaulle` when the
    document writes it so inside sentences), anything after an abbreviation (`Mr.`, `U.S.`,
    `e.g.`, `No.`, a short word English does not use such as `excl.`, a unit after a number
    such as `200 g.` or `3 AA bat.`), after an ellipsis, comma, colon or dash that continues the sentence, after
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
    probably what is missing, and the fix is unsafe; so it is after a question mark before a
    preposition (`irritated? since the 11th`), which may mark a doubt inside the sentence.
    """

    code = "C001"
    name = "lowercase-sentence-start"
    uses_lexicon = True
    examples = [
        bad(
            "The army pulled back. fomin said that Moscow had decided.",
            fixed="The army pulled back. Fomin said that Moscow had decided.",
        ),
        bad("Is it over? no, officials said.", fixed="Is it over? No, officials said."),
        bad("Was it sore? since Monday it is.", fixed="Was it sore? Since Monday it is."),
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
        bad(
            "Harbour plan approved\n\nthe council backed the plan on Monday.",
            fixed="Harbour plan approved\n\nThe council backed the plan on Monday.",
        ),
        bad(
            'The mayor told reporters: "the bridge will open in May."',
            fixed='The mayor told reporters: "The bridge will open in May."',
        ),
        bad(
            "Costs rose. the European Commission said so. Costs worry the European Commission.",
            fixed="Costs rose. The European Commission said so. Costs worry the European Commission.",
        ),
        good("The kit holds two rods, excl. batteries, and a box."),
        good("Add 200 g. of flour and stir."),
        good("The set holds 5 figures, 3 AA bat. not incl., and a box."),
        good('She wrote the motto: "never give up" on the wall.'),
        good("Talks on the future of\n\nthe harbour went on."),
        bad(
            '"We will win." he added: "The fans deserve it."',
            fixed='"We will win." He added: "The fans deserve it."',
        ),
        good('"We will win this." he added.'),
        bad(
            "The deficit hit $427bn (£230bn). the current account fell.",
            fixed="The deficit hit $427bn (£230bn). The current account fell.",
        ),
        bad("It sued for $28bn. analysts doubt it.", fixed="It sued for $28bn. Analysts doubt it."),
        bad(
            "Sales rose. mcDonald's said so. wal-Mart agreed.",
            fixed="Sales rose. McDonald's said so. Wal-Mart agreed.",
        ),
        bad(
            "Shares fell. worldCom said so. WorldCom is in New York.",
            fixed="Shares fell. WorldCom said so. WorldCom is in New York.",
        ),
        good("Call model.fit(X, y). fit is fast. iPads sold well."),
        good("The talks resumed.\n\nby Vagus on Aug 9, 2012 12:23 PM EDT"),
        bad(
            "He starred in the musical Oliver! there was a row.",
            fixed="He starred in the musical Oliver! There was a row.",
        ),
        bad(
            "The talks ended.\n\nby Monday the army had gone.",
            fixed="The talks ended.\n\nBy Monday the army had gone.",
        ),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for match in _candidates(text):
            offset = match.start("word")
            word = match.group("word")
            opener = match.group("opener")
            if not word[0].islower():
                continue  # a script without case (Arabic, Chinese, Devanagari)
            if word.endswith("'") or "_" in word or _lowercase_by_nature(text, word):
                continue  # iPhone, eBay: lowercase by nature
            if _CODE_AFTER_RE.match(text, match.end()) or _CODE_BEFORE_RE.search(
                text, max(0, offset - 40), offset
            ):
                continue  # code: "model. fit (X, y)", "html_token. token"
            honorific = text.startswith(".", match.end()) and word.capitalize() in _HONORIFICS
            if (
                text.startswith((".", "@", "/"), match.end()) and not honorific
            ) or doc.in_non_prose(offset, match.end()):
                continue  # e.g., a.m., a domain, a handle; not "mr. Yermak"
            if word in ("s", "t") and text[offset - 1 : offset] in "'’":
                continue  # the remnant of a possessive or contraction whose word was lost
            if "(" in opener or "[" in opener:
                continue  # a parenthetical note: "(seeds in brackets)"
            if _ITEM_LETTER_RE.match(word) and text[match.end() : match.end() + 1] in (")", "."):
                continue  # a list item's letter: "b) The work must carry...", "iv. the army"
            if _METADATA_RE.match(text, match.end()):
                continue  # a field label: "date 2022-03-29", "source: AFP"
            if word == "by" and _byline(text, offset):
                continue  # "by Ben Hunt", "by Vagus on Aug 9, 2012 12:23 PM": no sentence
            if not doc.opens_sentence(offset, certain=True) and not (
                _after_title_line(text, offset)
                or _quoted_after_says(text, match)
                or _new_sentence_after_quotation(text, offset)
            ):
                continue
            if _after_abbreviation(doc.lexicon, text, offset, word):
                continue
            # A particle of a name is no English function word: "the European Commission" is
            # no "de Gaulle".
            if word not in _FUNCTION_WORDS and _particle_of_name(text, offset, match.end()):
                continue  # de Gaulle, van der Veer written so elsewhere in the document
            # A sentence opening on a finite verb ("won the men's event") has more likely lost
            # its subject (a linked name the extraction dropped) than its capital.
            verb = word in _FINITE_VERBS or (word.endswith("ed") and len(word) > 4)
            # A preposition after a question mark may go on with the sentence: chat writes a
            # doubtful word with one ("my throat has been irritated? since the 11th").
            hedge = match.group(0)[0] == "?" and word in _PREPOSITIONS
            message = f"Sentence starts with lowercase '{word}'"
            if verb:
                message += "; a subject may be missing before it"
            elif hedge:
                message += "; the question mark may mark a doubt inside the sentence"
            yield self.report(
                offset,
                match.end(),
                message,
                Fix.replace(
                    offset,
                    offset + 1,
                    word[0].upper(),
                    "Capitalise the first letter",
                    safe=not (verb or hedge),
                ),
            )


# The sentence's first "word" is itself a list item's letter when a bracket or a full stop
# follows it ("b) The work", "iv. The army"): the item's text is checked after it.
_ITEM_LETTER_RE = re.compile(r"(?:[a-z]|[ivx]{1,4})$")


def _byline(text: str, offset: int) -> bool:
    """Whether the line from ``offset`` is a byline: "by" opening a short line that ends
    without a sentence's mark ("by Johann Lau (10 0920)", "by Meghann on November 13, 2012")."""
    if offset and text[offset - 1] != "\n":
        return False
    end = text.find("\n", offset)
    line = text[offset : end if end != -1 else len(text)].rstrip()
    return len(line.split()) <= _BYLINE_MAX_WORDS and not line.endswith((".", "?", "!", ":"))


_BYLINE_MAX_WORDS = 12


def _lowercase_by_nature(text: str, word: str) -> bool:
    """Whether ``word`` is written lowercase by nature (`iPhone`, `eBay`, `de`-particles aside):
    a capital inside its first part, unless that is a name's prefix (`mcDonald's`, `o'Leary`)
    or the document writes the word with a capital first (`WorldCom` beside `worldCom`). A
    capital after a hyphen only is no such word: `wal-Mart`, `anti-American` take a capital at
    a sentence start."""
    first_part = word.split("-", 1)[0]
    if not any(ch.isupper() for ch in first_part[1:]):
        return False
    if _NAME_PREFIX_RE.match(word):
        return False
    stem = _POSSESSIVE_RE.sub("", word)
    return stem[0].upper() + stem[1:] not in text


_POSSESSIVE_RE = re.compile(r"['’]s$")


# Prefixes of names that English always capitalises: Mc-, Mac-, O'.
_NAME_PREFIX_RE = re.compile(r"(?:mac|mc|o['’])[A-Z]")


def _candidates(text: str) -> list[re.Match[str]]:
    """Lowercase words at the start of a line or after a full stop, question or exclamation
    mark (the splitter keeps a quotation together, so its sentences are found here too)."""
    first = _FIRST_LINE_RE.match(text)
    found = [first] if first is not None else []
    found.extend(_LINE_START_RE.finditer(text))
    for mark, pattern in _AFTER_MARK_RES:
        if mark in text:
            found.extend(pattern.finditer(text))
    if ":" in text:
        found.extend(_QUOTE_AFTER_COLON_RE.finditer(text))
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


def _quoted_after_says(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a quotation opened after who says it and a colon."""
    if match.re is not _QUOTE_AFTER_COLON_RE:
        return False
    if _SAYS_BEFORE_COLON_RE.search(text, max(0, match.start() - 60), match.start()) is None:
        return False
    # The quotation is a sentence: it closes on a mark or a comma ('"the bridge opens."') or
    # holds a sentence's end before its line does, not a phrase quoted inside a sentence ('the
    # motto: "never give up" on the wall').
    closing = _QUOTE_CLOSE_RE.search(text, match.end())
    line_end = text.find("\n", match.end())
    end = min(
        closing.start(1) + 1 if closing else len(text), line_end if line_end != -1 else len(text)
    )
    quoted = text[match.end() : end].rstrip()
    return (
        quoted.endswith((".", "?", "!", ",")) or _INNER_SENTENCE_END_RE.search(quoted) is not None
    )


def _new_sentence_after_quotation(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` opens an attribution that goes on after a quotation
    closed on a full stop (see :data:`_ATTRIBUTION_GOES_ON_RE`)."""
    closed = _QUOTATION_CLOSED_RE.search(text, max(0, offset - 60), offset)
    if closed is None:
        return False
    last = closed.group("last")
    if last.lower() in abbreviations() or (len(last) == 1 and last.isupper()):
        return False
    return _ATTRIBUTION_GOES_ON_RE.match(text, offset) is not None


def _after_abbreviation(lexicon: Lexicon, text: str, offset: int, word_after: str) -> bool:
    """Whether the full stop before ``offset`` closes a short lowercase word English does not
    use (an abbreviation: "excl.", "incl.") or a unit after a number ("200 g.", "5 km.")."""
    before = _LAST_WORD_BEFORE_STOP_RE.search(text, max(0, offset - 40), offset)
    if before is None:
        return False
    word = before.group("word")
    if before.group("number") and len(word) <= 3:
        # A unit after a number ("200 g. of flour"), but not money ("$28bn." ends its
        # sentence), nor a unit before a determiner or a subject: "450 mm. a state of".
        start = before.start()
        money = start and unicodedata.category(text[start - 1]) == "Sc"
        return not money and word_after not in _OPENS_A_CLAUSE
    if len(word) > _ABBREVIATION_MAX_LETTERS or lexicon.zipf(word) >= _ABBREVIATION_ZIPF:
        return False
    # A rare word the document also writes without a full stop after it is a word, not an
    # abbreviation: "natural latex and coconut coir. this mattress ... coconut coir springs".
    return re.search(rf"\b{re.escape(word)}\b(?![.])", text) is None


# Determiners and subject pronouns: a noun phrase does not go on with one after a unit.
_OPENS_A_CLAUSE = words("the a an this these those it its my our their his her we they he she i")


def _after_title_line(text: str, offset: int) -> bool:
    """Whether the word at ``offset`` opens the paragraph right after the text's title line
    (its first line, set apart by a blank line): a title ends without a mark, but the
    paragraph after it opens a sentence."""
    line_start = text.rfind("\n", 0, offset) + 1
    if text[line_start:offset].strip(" \t\"'“‘«([") or not text.startswith("\n\n", line_start - 2):
        return False
    title = text[: line_start - 2]
    if "\n" in title.strip() or not title.strip():
        return False
    title = title.strip()
    words_in_title = title.split()
    last = words_in_title[-1].lower()
    return (
        len(words_in_title) >= 2
        and len(words_in_title) <= _TITLE_MAX_WORDS
        and title[-1] not in ".?!…,;:-–—/&+"
        and last not in _FUNCTION_WORDS
        and not last.endswith(("'s", "’s"))
    )
