"""T005 article-before-acronym: `the NATO` where English names the body without an article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import word_alternation, words

# Bodies English names without an article when the name stands alone as a noun: acronyms said
# as words, and a few names. (The EU, the UN, the IMF and the BBC are spelled out letter by
# letter and take the article.)
_BARE_NAMES = words(
    """NATO Nato NASA Nasa OPEC Opec UNESCO Unesco UNICEF Unicef FIFA Fifa UEFA Uefa Interpol
    Europol Eurostat Frontex Ofcom Ofsted Ofgem Ofwat Mercosur ASEAN Asean Gazprom Hamas
    Hezbollah Aukus Ecowas"""
)
# The names alone (a fast scan: they start with a capital); "the" before is checked after.
_NAME_RE = re.compile(r"(" + word_alternation(_BARE_NAMES) + r")\b(?!['’-])")
# After the name: a word that cannot be the noun it modifies, so the name is the noun.
_NOUN_ENDS = words(
    """and or but nor of to in on at for with from by into as than which that who whose where
    when while is are was were has have had will would can could should may might must does
    did do said says told warned added agreed wants wanted announced"""
)
_NEXT_RE = re.compile(r"\s*([^\w\s]|[\w'’]+|$)")


class ArticleBeforeAcronym(Rule):
    """Article before a name English writes bare (`the NATO`, `joined the Nasa`).

    ## What it does
    Reports `the` before the name of a body that English uses without an article when the name
    stands alone as a noun: acronyms said as words (`NATO`, `NASA`, `OPEC`, `UNESCO`, `FIFA`,
    `UEFA`) and names such as `Interpol`, `Ofcom`, `Hamas`. The name is a noun when punctuation,
    a verb or a function word follows it (`joining the NATO alliance` uses it as a modifier and
    is not reported).

    ## Why is this bad?
    Languages that put an article before every name (Spanish `la OTAN`, French `l'OTAN`,
    Ukrainian and Russian context) leave `the NATO` in machine translation; English readers
    notice it at once.

    ## Example
    ```
    Ukraine abandoned any hope of joining the NATO, which it sees as a guarantee.
    ```

    ## Use instead
    ```
    Ukraine abandoned any hope of joining NATO, which it sees as a guarantee.
    ```
    The fix deletes the article. It is unsafe: a noun may follow after a line break.
    """

    code = "T005"
    name = "article-before-acronym"
    examples = [
        bad(
            "Ukraine gave up hope of joining the NATO, which it sees as a threat.",
            fixed="Ukraine gave up hope of joining NATO, which it sees as a threat.",
        ),
        bad("He said the Opec would cut output.", fixed="He said Opec would cut output."),
        good("Ukraine gave up hope of joining the NATO alliance."),
        good("The Uefa Cup draw and the Nasa spacecraft were in the news."),
        good("The EU and the UN met the IMF."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        # Pre-check: a reported name follows a space and ends at a non-word character, so it is
        # a whole word of the document; most documents name none of these bodies.
        if not doc.writes_any(_BARE_NAMES):
            return
        text = doc.text
        for match in _NAME_RE.finditer(text):
            name_start = match.start()
            article = text[name_start - 4 : name_start - 1]
            if article not in ("the", "The") or text[name_start - 1] != " ":
                continue
            start = name_start - 4
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                continue
            after = _NEXT_RE.match(text, match.end())
            following = after.group(1) if after else ""
            if following and following[0].isalnum() and following.lower() not in _NOUN_ENDS:
                continue  # "the NATO alliance", "the Uefa Cup": the name modifies a noun
            if following in ("-", "/", "&"):
                continue
            if doc.in_non_prose(start, match.end()):
                continue
            name = match.group(1)
            yield self.report(
                start,
                match.end(),
                f"English writes '{name}' without '{article.lower()}' when it stands alone",
                Fix.delete(start, name_start, f"Delete '{article}'", safe=False),
            )
