"""T006 postposed-adjective: a pair of adjectives after their noun (`a war brutal and oppressive`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

# An adjective by its ending: brutal, oppressive, dangerous, historic, careful, reliable...
_ADJECTIVE = r"[a-z]+(?:ive|al|ous|ic|ful|less|able|ible|ent|ant|ary|ile|ish)"
# Article, noun, two coordinated adjectives, and then the phrase ends (punctuation, a function
# word, a line break): the adjectives describe the noun before them, not a noun after them.
_POSTPOSED_RE = re.compile(
    rf"(?<![^\s\"“(])(?:a|an|the) (?P<noun>[a-z]+) (?P<pair>{_ADJECTIVE} (?:and|or) {_ADJECTIVE})"
    r"(?=[,.;:!?)]|\s+(?:that|which|who|in|on|at|for|with|to|of|and|but|as|is|was|has|had|said)"
    r"\b|[ \t]*\n|[ \t]*$)"
)
_ADJECTIVE_RE = re.compile(_ADJECTIVE)
# Words that stand between an article and adjectives without being the noun: "a more agile and
# efficient", "the most competitive and".
_NOT_NOUNS = frozenset(
    {"more", "most", "less", "least", "very", "bit", "lot", "little", "much", "so", "too"}
    | {"quite", "rather", "first", "last"}
)
_SUFFIXES: tuple[str, ...] = tuple(
    ["ive", "al", "ous", "ic", "ful", "less", "able", "ible", "ent", "ant", "ary", "ile", "ish"]
)


class PostposedAdjective(Rule):
    """Two adjectives after their noun, in source-language order (`a war brutal and oppressive`).

    ## What it does
    Finds an article and a noun followed by two adjectives joined by `and` or `or` that end the
    phrase: `a war brutal and oppressive.` Adjectives are recognised by their endings (`-al`,
    `-ive`, `-ous`, `-ic`, `-ful`, `-less`, `-able`, `-ent`, `-ant`, `-ary`), so the rule only
    sees pairs that look like adjectives. A phrase that goes on to a noun (`a more agile and
    efficient structure`) is English order and not reported.

    ## Why is this bad?
    Spanish, French, Italian and Portuguese put adjectives after the noun; a literal machine
    translation keeps that order, which English reserves for poetry and set phrases.

    ## Example
    ```
    Talks may put an end to a war brutal and oppressive.
    ```

    ## Use instead
    ```
    Talks may put an end to a brutal and oppressive war.
    ```
    There is no automatic fix: the article may have to change (`a`/`an`) with the new order.
    """

    code = "T006"
    name = "postposed-adjective"
    examples = [
        bad("Talks may put an end to a war brutal and oppressive."),
        bad("They promised a process transparent and inclusive, officials said."),
        good("The firm has a more agile and efficient structure."),
        bad(
            "They backed a plan radical or dangerous. Later they chose a war brutal and oppressive."
        ),
        good("It was a brutal and oppressive war."),
        good("The options available are limited."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for match in _candidates(text):
            noun = match.group("noun")
            if (
                noun in _NOT_NOUNS
                or _ADJECTIVE_RE.fullmatch(noun)
                or noun.endswith(("ly", "ed", "ing"))
            ):
                continue
            start, end = match.start("noun"), match.end("pair")
            if doc.in_non_prose(start, end):
                continue
            yield self.report(
                start,
                end,
                f"Adjectives after their noun: write '{match.group('pair')} {noun}'",
            )


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Matches around each ` and ` / ` or ` whose left neighbour ends like an adjective (a
    cheap first pass: the full pattern runs on a small window only)."""
    # Both joiners' places, in text order, so that a match passes over only the joiners inside
    # it (an " or " pair before an " and " pair is not lost).
    places = []
    for joiner in (" and ", " or "):
        position = text.find(joiner)
        while position != -1:
            if text.endswith(_SUFFIXES, max(0, position - 5), position):
                places.append(position)
            position = text.find(joiner, position + 1)
    last_end = -1
    for position in sorted(places):
        if position <= last_end:
            continue
        # The phrase around this joiner, not an earlier one that the window also holds.
        window = _POSTPOSED_RE.finditer(text, max(0, position - 60), min(len(text), position + 60))
        for match in window:
            if match.start("pair") < position < match.end("pair"):
                last_end = match.end()
                yield match
                break
