"""M001 merged-words: two words glued together where a space was lost."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document, Token
from lintnews.rule import Rule, bad, good

# A part this common is a real word of English, not a fragment (Zipf 3 = once per million).
_PART_ZIPF = 3.0
# Short parts are only credible when they are very common function words.
_SHORT_PART_ZIPF = 5.0


class MergedWords(Rule):
    """Two words glued together (`Chernihivalthough`, `Ukrainethey`, `NATOa`).

    ## What it does
    Finds tokens that are not words themselves but split cleanly into two words that are
    common in English or used on their own elsewhere in the document.

    ## Why is this bad?
    Scrapers drop the space where an HTML element ended, and translation engines glue tokens.
    Spell checkers call the result a misspelling and suggest nothing useful.

    ## Example
    ```
    Troops left Kyiv and Chernihivalthough the Pentagon could not confirm it.
    ```

    ## Use instead
    ```
    Troops left Kyiv and Chernihiv although the Pentagon could not confirm it.
    ```
    The space is inserted where the split is best supported. The fix is safe when both parts
    are frequent words or words of the document and the glued token is unknown.
    """

    code = "M001"
    name = "merged-words"
    uses_lexicon = True
    examples = [
        bad(
            "Troops left Chernihiv. They held Kyiv and Chernihivalthough the claim was denied.",
            fixed="Troops left Chernihiv. They held Kyiv and Chernihiv although the claim was denied.",
        ),
        bad(
            "security guarantees to Ukrainethey are",
            fixed="security guarantees to Ukraine they are",
        ),
        good("The newspaper reported it nevertheless."),
        good("She watched it on YouTube with an iPhone."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        lexicon = doc.lexicon
        for token in doc.tokens:
            word = token.text
            if len(word) < 6 or not word.isalpha() or lexicon.is_known(word):
                continue
            if _mixed_case_by_nature(word) or doc.in_non_prose(token.start, token.end):
                continue
            split = _best_split(doc, token)
            if split is None:
                continue
            left, right = word[:split], word[split:]
            yield self.report(
                token.start,
                token.end,
                f"'{word}' looks like '{left}' and '{right}' merged",
                Fix.replace(
                    token.start + split,
                    token.start + split,
                    " ",
                    f"Insert a space: '{left} {right}'",
                ),
            )


def _mixed_case_by_nature(word: str) -> bool:
    """Brand and surname shapes whose inner capital is deliberate: iPhone, McCain, DiCaprio."""
    inner_capitals = [i for i, ch in enumerate(word) if ch.isupper() and i > 0]
    return bool(inner_capitals) and not word.isupper()


def _best_split(doc: Document, token: Token) -> int | None:
    lexicon = doc.lexicon
    word = token.text
    best: tuple[float, int] | None = None
    for split in range(2, len(word) - 1):
        left, right = word[:split], word[split:]
        scores = []
        for part in (left, right):
            zipf = lexicon.zipf(part)
            needed = _SHORT_PART_ZIPF if len(part) <= 3 else _PART_ZIPF
            if zipf >= needed or (len(part) > 3 and doc.word_counts.get(part, 0) > 0):
                scores.append(max(zipf, _PART_ZIPF))
            else:
                break
        else:
            score = min(scores)
            if best is None or score > best[0]:
                best = (score, split)
    return None if best is None else best[1]
