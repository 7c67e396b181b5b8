"""P005 missing-space-at-punctuation: no space after a comma, colon or bracket, or before an
opening bracket or quotation mark, between two words (`party,so`, `said(AP)`, `as"very`)."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import ByMark

from ._glue import Glue, find_glue

# Where to look: a mark with a letter or digit after it (after a closing quote, for ",\"he");
# the word before it is then checked by hand.
_CANDIDATES = ByMark(',;:)]"”“(', r"[\"”“]?[^\W_]")


class MissingSpaceAtPunctuation(Rule):
    """No space at a comma, colon, semicolon, bracket or quotation mark between two words.

    ## What it does
    Finds two words joined by a mark that English writes with a space on one side: after a
    comma, semicolon or colon (`party,so`, `end;then`), after a closing bracket or quotation
    mark (`(AP)said`, `"quote"said`), before an opening one (`said(AP)`, `as"very"`). Both
    words must be words: known to English or written apart elsewhere in the document. Numbers
    (`1,000`, `3:30`), URLs, e-mail addresses, file names and code, dotted abbreviations,
    optional letters (`author(s)`, `(re)launch`, `[t]he`), trademark signs (`Windows(TM)`),
    emoticons, HTML entities, mixed-case brands (`SM:tv`), two capitalised words at a colon
    (`CD:UK`, `Author:Jane`) and anything the document writes the same way twice are left
    alone.

    ## Why is this bad?
    Scrapers lose the space where markup stood next to a mark, and machine translation and
    hand typing drop it. Tokenisers then read `party,so` as one token, and the text looks
    broken.

    ## Example
    ```
    He left the party,so the deal collapsed, the agency said(AP).
    ```

    ## Use instead
    ```
    He left the party, so the deal collapsed, the agency said (AP).
    ```
    The fix inserts the space. It is safe after a comma or semicolon between two lower-case
    words; elsewhere (colons, brackets, quotation marks, names, numbers) it is unsafe: a
    ratio, a brand or a quotation mark that opens rather than closes would be changed.
    """

    code = "P005"
    name = "missing-space-at-punctuation"
    examples = [
        bad(
            "He left the party,so the deal collapsed.",
            fixed="He left the party, so the deal collapsed.",
        ),
        bad(
            "The talks will end;then they will vote.",
            fixed="The talks will end; then they will vote.",
        ),
        bad("It was unclear, the agency said(AP).", fixed="It was unclear, the agency said (AP)."),
        bad(
            'He accused the programme of"corrupting" politics.',
            fixed='He accused the programme of "corrupting" politics.',
        ),
        bad('"It is over,"he said.', fixed='"It is over," he said.'),
        bad("He called it “unfair”and left.", fixed="He called it “unfair” and left."),
        bad(
            "The group has three divisions:gaming, bars and hotels.",
            fixed="The group has three divisions: gaming, bars and hotels.",
        ),
        bad(
            "The plant (opened in 1998)closed on Monday.",
            fixed="The plant (opened in 1998) closed on Monday.",
        ),
        good("It cost 1,000 dollars at 3:30 on Monday."),
        good("Each author(s) may (re)launch the field(s); [t]he rest is silent."),
        good("Windows(TM) runs on CD:UK and SM:tv, see www.example.com/a,b or mail a,b@x.com."),
        good("Tom & Jerry&amp;friends met;) later."),
        good("The band Earth,Wind played. Earth,Wind played again."),
        good("She said “I’m fine” and he said “I”m”, a typo."),
        good("Vote for options A,B or C, and x,y co-ordinates, e.g.,this."),
    ]
    uses_lexicon = True

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        covered = -1
        for candidate in _CANDIDATES.finditer(text):
            mark = candidate.start()
            if mark < covered or (text[mark - 1 : mark].isdigit() and text[mark + 1].isdigit()):
                continue  # 1,000 and 3:30, the commonest by far, need no more reading
            glue = find_glue(doc, mark)
            if glue is None:
                continue
            covered = glue.end
            yield self.report(glue.start, glue.end, _message(text, glue), _fix(glue))


def _message(text: str, glue: Glue) -> str:
    glued = text[glue.start : glue.end]
    if text[glue.space_at - 1].isalnum():
        return f"Missing space before '{text[glue.space_at]}' in '{glued}'"
    return f"Missing space after '{text[glue.space_at - 1]}' in '{glued}'"


def _fix(glue: Glue) -> Fix:
    return Fix.replace(glue.space_at, glue.space_at, " ", "Insert a space", safe=glue.safe)
