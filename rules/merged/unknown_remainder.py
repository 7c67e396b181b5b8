"""M002 merged-word-unknown-remainder: a name glued to a short piece that is not English."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

from ._candidates import remainder_candidates
from ._code import looks_like_code
from ._evidence import Evidence
from ._foreign import known_prefix


class MergedWordUnknownRemainder(Rule):
    """Name glued to a scrap of another language (`Belarusao`, from "Belarus o").

    ## What it does
    Finds unknown tokens that are a name followed by one to three letters that are a
    conjunction, article or preposition of Spanish, Portuguese, French, Italian, German or a
    Slavic language (`o`, `y`, `e`, `ao`, `et`, `ed`, `und`, `od`...) rather than English:
    machine translation left a word of the source language glued to the name. The name must be
    written alone by the document, be one English always capitalises, or, before a particle
    that ends no name (`ao`, `ou`, `et`, `und`, `od`), be a common word of the lexicon.

    The name is reported; no fix is offered, because the scrap is not English and the right
    repair (translate it, delete it) needs a reader. Words the lexicon knows (`Romeo`,
    `Franco`), derived names (`Kyivan`, `Blairite`, `Londoner`), plurals (`NATOs`) and tokens
    the document repeats are left alone.

    ## Why is this bad?
    The token is neither the name nor a word, so search, entity linking and translation all
    miss the name, and the reader meets a stray foreign word.

    ## Example
    ```
    The conversations, held in person at Belarusao by video, made no progress.
    ```

    ## Use instead
    ```
    The conversations, held in person in Belarus or by video, made no progress.
    ```
    """

    code = "M002"
    name = "merged-word-unknown-remainder"
    uses_lexicon = True
    examples = [
        bad("The conversations, held in person at Belarusao by video, made no progress."),
        bad("Talks in Kyiv ended. Troops left Kyivy the north."),
        bad("Officials in Chernihiv said Chernihivet Kyiv were calm."),
        good("Romeo and Juliet, Franco and Mario were there."),
        good("Kyivan and Blairite officials met Londoners in Belarus."),
        good("NATOs and CEOs met in Belarus."),
        good("Browne and Brown met in Belarus."),
        good("Visit www.belarusao.com or write to press@belarusao.org."),
        good("The Belarusao mission said Belarusao would help."),
        good("Talks in Belarus went on.", known_words=("Belarusao",)),
        good("Tag #Belarusao or follow @Belarusao; open Belarusao.pdf or `Belarusao()`."),
        good("Steven Theede and Katerina Thanou met Serge Betsen and Damien Traille."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        candidates = remainder_candidates(doc)
        if not candidates:
            return
        evidence = Evidence(doc)
        for word in candidates:
            found = known_prefix(evidence, word)
            if found is None:
                continue
            name, rest = found
            for start in doc.occurrences(word):
                end = start + len(word)
                if looks_like_code(doc, start, end):
                    continue
                yield self.report(
                    start,
                    end,
                    f"'{word}' looks like '{name}' glued to '{rest}', which is not English",
                )
