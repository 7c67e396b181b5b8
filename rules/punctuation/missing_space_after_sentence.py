"""P001 missing-space-after-sentence: two sentences glued at the full stop (`Kyiv.The`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import ByMark

# A word of two or more letters (not part of a dotted abbreviation or a file name), sentence
# punctuation, an optional closing quote or bracket, then a capitalised word with a lower-case
# letter: "Kyiv.The", "said.Professor", "tsunami.Steve", 'ended."The'.
# The word after may also be a capital alone that is a word ("fine.I can", "prize.A panel",
# "fine.I'll") or in capitals ("year.NTL is"): those only after a lower-case word (below).
_GLUED_RE = re.compile(
    r"(?<![.\w@/\\])(?P<left>[^\W\d_]{2,}|\d+%?|[)\]])(?P<mark>[.!?]+[\"”’)\]]?)"
    r"(?P<right>[^\W\d_a-z][a-z]+|[IA](?=[ \t'’])|[A-Z]{2,}(?=[ \t,;:!?]))(?P<after>[.\w]?)"
)
# Where to look: sentence punctuation directly followed by a capitalised word.
_CANDIDATES = ByMark(".!?", r"[\"”’)\]]?(?=[^\W\d_a-z][a-z]|[IA][ \t'’]|[A-Z]{2})")
# The same defect when the capital was lost too ("rain.the agency said"): only before words that
# open sentences and are never a domain or file extension, after a word of three letters or more.
_LOWER_OPENERS = (
    r"the|this|these|those|there|they|their|he|she|his|her|its|we|our|but|however"
    r"|after|when|while|according|meanwhile|although|agents|police|officials"
)
# Scanning for the mark and the word after it first is fast (the mark is rare inside words);
# the word before it is then checked by hand.
_GLUED_LOWER = ByMark(".!?", rf"(?P<right>{_LOWER_OPENERS})(?=[ ,])")
# Things written with a dot and a capital on purpose.
_ALLOWED_LEFT = frozenset({"vs", "v", "ie", "eg", "cf", "al", "etc"})
_ALLOWED_PAIRS = frozenset({"asp.net", "vb.net", "ado.net", "yahoo!mail", "yahoo!news"})
# A word at least as common as "those" (Zipf 5.9) is a function word or nearly one (the, it, we,
# one, her): such words open sentences, and the pieces of a name seldom are one.
_FUNCTION_WORD_ZIPF = 5.5
# Pieces of a short coined name ("One.Tel"), in letters.
_SHORT_PIECE = 4


class MissingSpaceAfterSentence(Rule):
    """Two sentences glued at the full stop (`Kyiv.The`, `said.Professor`).

    ## What it does
    Finds sentence punctuation followed directly by a capitalised word: `Kyiv.The`,
    `said.Professor`, `tsunami.Steve`, `ended."The`, `What?No`, and after a lower-case word
    also `fine.I`, `prize.A` and a word in capitals (`year.NTL`). Abbreviations (`U.S.`,
    `e.g.`, `a.m.`), decimals (`3.5`), file names and domains (`Node.js`, `example.com`) do
    not match: the word before must have two letters or more and the word after must be
    capitalised and go on in lower case, or be `I`, `A` or capitals after a known lower-case
    word and a single mark (not an ellipsis: `so...I`).

    ## Why is this bad?
    Scrapers lose the space where a paragraph or element ended. Sentence splitters and
    tokenisers then read `Kyiv.The` as one token, and the text looks broken.

    ## Example
    ```
    Fighting continued near Kyiv.The army said it would withdraw.
    ```

    ## Use instead
    ```
    Fighting continued near Kyiv. The army said it would withdraw.
    ```
    The fix inserts a space and is safe, except before a straight quotation mark, which may
    close the first sentence or open the second (`ended."The`), and where the glued word may be
    a name written with a full stop (`One.Tel`): a capitalised function word before the stop
    in mid-sentence (`and One.Tel`), two short capitalised pieces of which the second is not
    a function word, or a first piece with a capital inside before a function word
    (`WoW!The`), and before a word in capitals. Those fixes are unsafe. A glued word the
    document writes twice or more, or with a capital inside its first piece before a word that
    is no function word (`WoW!Korea`), is a name, and is not reported.
    """

    code = "P001"
    name = "missing-space-after-sentence"
    examples = [
        bad(
            "Fighting continued near Kyiv.The army said it would withdraw.",
            fixed="Fighting continued near Kyiv. The army said it would withdraw.",
        ),
        bad(
            "The professor said.Professor Smith agreed.",
            fixed="The professor said. Professor Smith agreed.",
        ),
        bad(
            'He said "Talks ended."The deal is dead.',
            fixed='He said "Talks ended." The deal is dead.',
        ),
        bad(
            'Talks ended."The deal is dead," he said.',
            fixed='Talks ended. "The deal is dead," he said.',
        ),
        bad(
            "He said “Talks ended.”The deal is dead.",
            fixed="He said “Talks ended.” The deal is dead.",
        ),
        good("The U.S. and the E.U. met at 9 a.m. on Monday."),
        good("Growth was 3.5% and e.g. Node.js and example.com were cited."),
        good("He works for Amazon.com and ASP.NET users."),
        good("See www.bbc.co.uk/News for more."),
        bad(
            "It will hold water during heavy rain.the agency said so.",
            fixed="It will hold water during heavy rain. the agency said so.",
        ),
        good("Send it to press@example.com, the office said."),
        bad(
            "He pointed to the centre-circle.Livi went all out.",
            fixed="He pointed to the centre-circle. Livi went all out.",
        ),
        bad(
            "Rivals such as TalkTalk and One.Tel, which route calls, grew.",
            fixed="Rivals such as TalkTalk and One. Tel, which route calls, grew.",
        ),
        good("One.Tel grew fast. Rivals such as TalkTalk and One.Tel, which route calls, grew."),
        good("Korean news (WoW!Korea) reported it."),
        bad(
            "He logged on to WoW!The game was down.",
            fixed="He logged on to WoW! The game was down.",
        ),
        bad(
            "If they want to, that's fine.I can tell them.",
            fixed="If they want to, that's fine. I can tell them.",
        ),
        bad(
            "It was a double hernia.A spokesman said so.",
            fixed="It was a double hernia. A spokesman said so.",
        ),
        bad(
            "It launches later in the year.NTL is also there.",
            fixed="It launches later in the year. NTL is also there.",
        ),
        good("I was nominated...I've loved it. Plan.A, H.I and Node.JS were named."),
    ]
    uses_lexicon = True

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        yield from self._capitalised(doc)
        yield from self._lowercase(doc)

    def _lowercase(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for match in _GLUED_LOWER.finditer(text):
            mark = match.start()
            start = mark
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if mark - start < 3 or (
                start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._@/\\")
            ):
                continue  # a short word, an abbreviation (U.S.the) or part of a name or path
            if doc.in_non_prose(start, match.end()):
                continue
            yield self.report(
                mark,
                match.end("right"),
                f"Missing space after '{text[mark]}' before '{match.group('right')}'",
                Fix.replace(mark + 1, mark + 1, " ", "Insert a space"),
            )

    def _capitalised(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for candidate in _CANDIDATES.finditer(text):
            # Back up over the word before the mark and match the whole shape from there.
            start = candidate.start()
            while start > 0 and text[start - 1] in ".!?":
                start -= 1
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "%)]"):
                start -= 1
            match = _GLUED_RE.match(text, start)
            if match is None or not match.start("mark") <= candidate.start() < match.end("mark"):
                continue
            left, right = match.group("left"), match.group("right")
            if match.group("after") == "." or left.lower() in _ALLOWED_LEFT:
                continue  # "Jan.Feb." or a dotted name
            pair = f"{left}{match.group('mark')}{right}".lower()
            if pair in _ALLOWED_PAIRS or doc.in_non_prose(match.start(), match.end()):
                continue
            glued = text[match.start("left") : match.end("right")]
            if left[0].isupper() and text.count(glued) > 1:
                continue  # a name the document writes so: One.Tel, twice
            capitals = not right[1:].islower()  # "I", "A" or "NTL"
            if capitals and (
                "..." in match.group("mark") or not (left.islower() and doc.lexicon.zipf(left) > 0)
            ):
                continue  # "Node.JS", "Plan.A", "H.I": a name's or a code's capitals; "so...I"
            if _camel_case(left) and doc.lexicon.zipf(right) < _FUNCTION_WORD_ZIPF:
                continue  # a brand's shape (WoW!Korea, eBay.Co): not a sentence's last word
            mark = match.group("mark")
            if mark.endswith(('"', "'")):
                # A straight quote may close this sentence or open the next ('ended."The'): an
                # odd number of quotes before it on the line says it closes one.
                quote = match.start("mark") + len(mark) - 1
                line_start = text.rfind("\n", 0, quote) + 1
                closes = text.count(mark[-1], line_start, quote) % 2 == 1
                position = quote + 1 if closes else quote
                fix = Fix.replace(position, position, " ", "Insert a space", safe=False)
            else:
                position = match.end("mark")
                safe = not (len(right) > 1 and capitals) and not _may_be_a_name(
                    doc, match.start("left"), left, right
                )
                fix = Fix.replace(position, position, " ", "Insert a space", safe=safe)
            yield self.report(
                match.start("mark"),
                match.end("right"),
                f"Missing space after '{mark}' before '{right}'",
                fix,
            )


def _camel_case(word: str) -> bool:
    """A capital inside a word not written in capitals (WoW, eBay, iPod)."""
    return not word.isupper() and any(char.isupper() for char in word[1:])


def _may_be_a_name(doc: Document, start: int, left: str, right: str) -> bool:
    """Whether ``left.Right`` may be one name written with a full stop rather than two
    sentences: a capitalised function word in mid-sentence before the stop (`and One.Tel`: a
    sentence seldom ends with one, and one is capitalised there only inside a name), or two short
    capitalised pieces of which the second is no function word, which would open a sentence,
    or a first piece with a capital inside (`WoW!The`), the shape of a brand."""
    if _camel_case(left):
        return True  # a capital inside the first piece: a brand's shape (WoW!The)
    if not (left[0].isupper() and left[1:].islower()):
        return False
    lexicon = doc.lexicon
    if lexicon.zipf(left) >= _FUNCTION_WORD_ZIPF and not doc.opens_sentence(start):
        return True
    return (
        len(left) <= _SHORT_PIECE
        and len(right) <= _SHORT_PIECE
        and lexicon.zipf(right) < _FUNCTION_WORD_ZIPF
    )
