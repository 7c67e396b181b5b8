"""M003 split-word: a word broken in two by a stray space."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

from ._broken import join_broken, letters_before
from ._candidates import fragment_types
from ._code import looks_like_code
from ._evidence import Evidence
from ._thresholds import THRESHOLDS
from ._words import SUFFIX_FRAGMENTS

# A suffix standing as a word of its own after a space: "expand ed".
_SUFFIX_RE = re.compile(
    r" (?:" + "|".join(sorted(SUFFIX_FRAGMENTS, key=len, reverse=True)) + r")(?![^\W_])"
)
_NEXT_RE = re.compile(r" ([^\W\d_]+)(?![^\W_]|['’-][^\W_])")


class SplitWord(Rule):
    """Word broken in two by a stray space (`gov ernment`, `expand ed`).

    ## What it does
    Finds two adjacent tokens that are not both words but that make a word when joined:
    `gov ernment`, `ind ustry`, `expand ed`, `regis triertem` (when the document writes
    `registriertem` elsewhere). The joined word must be known to the lexicon or written whole
    elsewhere in the document, and one piece must not be a word of its own (or be a bare
    ending such as `ed`, `ing`, `tion`). A piece too short to be a word, however often the web
    writes it (`mark et`, `virus es`, `re fused`), counts when English does not write the two
    as a common pair (web n-gram counts, as M001 uses them).

    Two words that also make a word are left alone, because either spelling can be meant:
    `a way`, `any one`, `per cent`, `every day`, `may be`. So are names (`Mc Donald`), URLs,
    e-mail addresses and code.

    ## Why is this bad?
    Scrapers and PDF extractors break words where a line or a text run ended. The fragments
    are not words, so spell checkers, search and translation stumble on them.

    ## Example
    ```
    The gov ernment expand ed the scheme.
    ```

    ## Use instead
    ```
    The government expanded the scheme.
    ```
    The fix deletes the space. It is safe when the joined word is common (or written whole by
    the document) and one piece is unknown; otherwise it is unsafe.
    """

    code = "M003"
    name = "split-word"
    uses_lexicon = True
    examples = [
        bad("The gov ernment said so.", fixed="The government said so."),
        bad("The firm expand ed its range.", fixed="The firm expanded its range."),
        bad("Output in the ind ustry fell.", fixed="Output in the industry fell."),
        bad(
            "Die Firma ist registriertem Partner. Er ist ein regis triertem Partner.",
            fixed="Die Firma ist registriertem Partner. Er ist ein registriertem Partner.",
        ),
        bad("The com pany said so.", fixed="The company said so."),
        good("They went a way and any one of them could come every day."),
        good("Prices rose 5 per cent, and it may be so."),
        good("He ate at Mc Donald's with Van Gogh."),
        good("The de facto leader spoke ad hoc."),
        good("See www.gov ernment.com and mail press@ind ustry.org."),
        good("The e mail arrived."),
        good("It was not able to act; the shares were worth less than that."),
        good("Follow #gov ernment and @ind ustry; run `com pany` in a shell."),
        good("He ran 5 km at 10 am with an al-Qaeda suspect."),
        # A piece too short to be a word (et, es) that English never writes after the other.
        bad("Sales in the mark et rose.", fixed="Sales in the market rose."),
        bad("Spam and virus es spread.", fixed="Spam and viruses spread."),
        good("They brought hip-hop en espanol and said so et cetera."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        evidence: Evidence | None = None
        seen: set[int] = set()
        window = THRESHOLDS.neighbour_window
        pairs: list[tuple[int, int, str, str]] = []
        for fragment in fragment_types(doc):
            for start in doc.occurrences(fragment):
                end = start + len(fragment)
                # Both neighbours need a space beside the fragment: a cheap test first.
                if text[start - 1 : start] == " ":
                    left_start = letters_before(text, start - 1, max(0, start - window))
                    if left_start is not None:
                        pairs.append((left_start, end, text[left_start : start - 1], fragment))
                if text[end : end + 1] == " ":
                    after = _NEXT_RE.match(text, end, min(len(text), end + window))
                    if after is not None:
                        pairs.append((start, after.end(1), fragment, after.group(1)))
        has_suffix = not doc.word_counts.keys().isdisjoint(SUFFIX_FRAGMENTS)
        for match in _SUFFIX_RE.finditer(text) if has_suffix else ():
            space = match.start()
            left_start = letters_before(text, space, max(0, space - window))
            if left_start is not None:
                pairs.append((left_start, match.end(), text[left_start:space], match.group()[1:]))
        for start, end, left, right in sorted(pairs):
            if start in seen or text[start - 1 : start].isalpha():
                continue  # reported, or the end of a word after a hyphen (hip-h|op en)
            if evidence is None:
                evidence = Evidence(doc)
            join = join_broken(evidence, left, right)
            if join is None or looks_like_code(doc, start, end):
                continue
            seen.add(start)
            space = start + len(left)
            yield self.report(
                start,
                end,
                f"'{left} {right}' looks like the word '{join.word}' broken by a space",
                Fix.delete(space, space + 1, f"Join: '{join.word}'", safe=join.safe),
            )
