"""T001 duplicated-subject: a subject repeated by a pronoun (`Zelensky he said`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

# Verbs that follow a subject directly in news copy; reporting verbs dominate the defect.
_VERB = (
    r"(?:said|says|say|added|adds|told|tells|noted|stressed|announced|declared|insisted|warned"
    r"|explained|claimed|argued|confirmed|denied|admitted|also|has|have|had|was|were|is|are|will"
    r"|would|could|can|did|does|do|\p{Ll}+ed)"
)
# A name (one to four capitalised words) or a noun phrase of a determiner/adjective and a noun,
# opening a clause, then a subject pronoun, then a verb.
_DUPLICATED_RE = regex.compile(
    rf"""
    (?:^|(?<=[.!?;:,][\ \t])|(?<=\b(?:when|while|but|and|because|as|after|before|since|that|so)[\ \t]))
    (?P<subject>
        (?:(?:President|Minister|Prime\ Minister|General|Mr|Mrs|Ms|Dr)\.?[\ \t]+)?
        \p{{Lu}}[\p{{L}}'’-]+(?:[\ \t]+\p{{Lu}}[\p{{L}}'’-]+){{0,3}}
      | (?:(?:the|The|these|These|those|Those)[\ \t]+)?(?:\p{{Ll}}+[\ \t]+)?\p{{Ll}}+s
    )
    [\ \t]+(?P<pronoun>he|she|they)[\ \t]+(?={_VERB}\b)
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_NOT_SUBJECTS = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "what",
        "who",
        "which",
        "that",
        "this",
        "there",
        "here",
        "when",
        "then",
        "one",
        "day",
        "days",
        "time",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
    ]
)
_PLURAL_PRONOUN = "they"


class DuplicatedSubject(Rule):
    """Subject followed by a redundant pronoun (`President Volodymyr Zelensky he said`).

    ## What it does
    Finds a name or noun phrase that opens a clause and is followed directly by a personal
    pronoun standing for it, before the verb: `Zelensky he said`, `russian troops they bogged`.

    ## Why is this bad?
    Languages such as Ukrainian, Russian or Spanish mark the subject on the verb, and machine
    translation sometimes renders it twice. Readers see it as broken English.

    ## Example
    ```
    Before the talks, President Volodymyr Zelensky he said his country was ready.
    ```

    ## Use instead
    ```
    Before the talks, President Volodymyr Zelensky said his country was ready.
    ```
    The fix drops the pronoun. It is unsafe: a few constructions ("The man he met") are
    grammatical, and the rule cannot always tell.
    """

    code = "T001"
    name = "duplicated-subject"
    examples = [
        bad(
            "Before the talks, President Volodymyr Zelensky he said his country was ready.",
            fixed="Before the talks, President Volodymyr Zelensky said his country was ready.",
        ),
        bad(
            "It comes when russian troops they bogged down near Kyiv.",
            fixed="It comes when russian troops bogged down near Kyiv.",
        ),
        bad("Zelensky he also said he was open.", fixed="Zelensky also said he was open."),
        good("Zelensky, he said, was ready to talk."),
        good("That is what he said on Monday."),
        good("It was the day he said goodbye."),
        good("The minister told reporters he would resign."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for match in _DUPLICATED_RE.finditer(doc.text):
            subject = match.group("subject").strip()
            head = subject.split()[-1].lower()
            if head in _NOT_SUBJECTS or subject.split()[0].lower() in _NOT_SUBJECTS:
                continue
            pronoun = match.group("pronoun")
            is_name = all(word[0].isupper() for word in subject.split())
            if pronoun == _PLURAL_PRONOUN and is_name and not head.endswith("s"):
                continue  # a singular name cannot be resumed by "they"
            if pronoun != _PLURAL_PRONOUN and not is_name:
                continue
            start, end = match.span("pronoun")
            yield self.report(
                start,
                end,
                f"Subject '{subject}' is repeated by the pronoun '{pronoun}'",
                Fix.delete(start, end + 1, f"Remove '{pronoun}'", safe=False),
            )
