"""C001 lowercase-sentence-start: a sentence that opens with a lowercase letter."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

# A sentence after these continues the previous one rather than starting anew.
_CONTINUING_ENDS = ("...", "…", ",", ";", ":", "-", "–", "—")
_OPENING_QUOTES = "\"'“‘«(["


class LowercaseSentenceStart(Rule):
    """Sentence that starts with a lowercase letter (`... a deal. fomin said ...`).

    ## What it does
    Reports a sentence whose first word begins with a lowercase letter, after `.`, `?`, `!`
    or at the start of a line or paragraph.

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
    Not reported: words spelled with an inner capital by nature (`iPhone`, `eBay`), words the
    document itself writes lowercase inside sentences (`de Gaulle`), sentences after an
    ellipsis, list items and anything after an abbreviation the splitter knows (`U.S.`, `e.g.`).
    """

    code = "C001"
    name = "lowercase-sentence-start"
    examples = [
        bad(
            "The army pulled back. fomin said that Moscow had decided.",
            fixed="The army pulled back. Fomin said that Moscow had decided.",
        ),
        bad("Is it over? no, officials said.", fixed="Is it over? No, officials said."),
        bad("the talks resumed on Monday.", fixed="The talks resumed on Monday."),
        good("He bought an iPhone. iPhones are popular."),
        good("Prices rose in the U.S. and then fell."),
        good("She paused... and then she spoke."),
        good("Like de Gaulle before him, he won. de Gaulle had the same problem."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for sentence in doc.sentences:
            first = sentence.text.lstrip(_OPENING_QUOTES)
            if not first or not first[0].islower():
                continue
            offset = sentence.start + len(sentence.text) - len(first)
            token = doc.token_at(offset)
            if token is None or token.start != offset:
                continue
            if any(ch.isupper() for ch in token.text[1:]):
                continue  # iPhone, eBay: lowercase by nature
            if _particle_of_name(doc, token.ordinal):
                continue  # the document keeps this particle lowercase (de Gaulle, van der Veer)
            before = text[: sentence.start].rstrip()
            if before.endswith(_CONTINUING_ENDS):
                continue
            yield self.report(
                token.start,
                token.end,
                f"Sentence starts with lowercase '{token.text}'",
                Fix.replace(
                    token.start,
                    token.start + 1,
                    token.text[0].upper(),
                    "Capitalise the first letter",
                ),
            )


def _particle_of_name(doc: Document, index: int) -> bool:
    """A lowercase word before a name that the document writes the same way elsewhere."""
    tokens = doc.tokens
    if index + 1 >= len(tokens) or not tokens[index + 1].text[:1].isupper():
        return False
    pair = doc.text[tokens[index].start : tokens[index + 1].end]
    return doc.text.count(pair) >= 2
