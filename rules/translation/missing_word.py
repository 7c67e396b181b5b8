"""T003 missing-word: an article followed by a word it cannot precede (`similar to the of the`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import words

# What cannot follow "the", "a" or "an" in English: a preposition, another determiner, a
# finite auxiliary or a coordinating conjunction. Nouns that share a spelling with these are
# left out (the will, a can, a must, the might, the may, the in crowd).
_IMPOSSIBLE = (
    "of|to|at|for|with|from|by|into|onto|than|"
    "the|a|an|this|these|those|its|their|his|our|my|your|"
    "is|are|was|were|has|have|had|does|did|would|could|should|shall|"
    "and|or|but"
)
# After a space, a line break, an opening quote or bracket (one character class the engine scans
# for quickly); the very start of the text is matched separately.
_SEQUENCE_RE = re.compile(
    rf"[ \n\"“‘(\[](the|an?|The|An?) ({_IMPOSSIBLE})(?=[ \t,.;:!?)]|$)", re.MULTILINE
)
_TEXT_START_RE = re.compile(rf"(the|an?|The|An?) ({_IMPOSSIBLE})(?=[ \t,.;:!?)]|$)")
# The first pass: the same sequence in the lower-cased text, one pattern per first letter of
# the article so that each starts with a literal the engine scans for quickly (a pattern
# opening with a character class tries every space); `a` and `an` share one scan for `a`.
# Only the article and its space are consumed, so no candidate hides another.
_BEFORE_ARTICLE = r"[ \n\"“‘(\[]"
_IMPOSSIBLE_NEXT = rf"(?=(?:{_IMPOSSIBLE})(?=[ \t,.;:!?)]|$))"
_CANDIDATE_RES = [
    re.compile(rf"the (?<={_BEFORE_ARTICLE}the ){_IMPOSSIBLE_NEXT}", re.MULTILINE),
    re.compile(
        rf"an? (?:(?<={_BEFORE_ARTICLE}a )|(?<={_BEFORE_ARTICLE}an )){_IMPOSSIBLE_NEXT}",
        re.MULTILINE,
    ),
]
# Phrases used as nouns after an article.
_NOUN_PHRASES = ("to and fro", "for and against", "and/or")
# "a" is also a letter: "plan a", "type a", "from a to b", "vitamin a".
_LETTER_CONTEXT = words(
    """from point plan type grade vitamin class category group section part exhibit option
    model series item row column box line side level hepatitis schedule annex appendix form
    figure table list division league pool letter block zone phase stage step tier round
    flight gate platform"""
)


class MissingWord(Rule):
    """Article followed by a word it cannot precede (`the of the`, `a the`, `the is`).

    ## What it does
    Finds `the`, `a` or `an` directly followed by a preposition (`of`, `to`, `with`, ...),
    another determiner (`the`, `a`, `its`, `their`), a finite auxiliary (`is`, `was`, `has`,
    `would`) or a conjunction (`and`, `or`). English has no such sequence: a word, usually the
    noun, is missing between them.

    Not reported: `a` as a letter (`plan a and plan b`, `from a to z`), words quoted as words,
    and sequences whose second word is also a noun (`the will`, `a can`, `a must`).

    ## Why is this bad?
    Machine translation drops words it cannot render (a noun phrase the source language
    expressed another way), and extraction drops linked words. The sentence no longer parses.

    ## Example
    ```
    They proposed an arrangement similar to the of the NATO alliance.
    ```

    ## Use instead
    ```
    They proposed an arrangement similar to the one of the NATO alliance.
    ```
    There is no automatic fix: only the writer knows the missing word.
    """

    code = "T003"
    name = "missing-word"
    examples = [
        bad("They proposed an arrangement similar to the of the NATO alliance."),
        bad("The army said a the offensive was over."),
        bad("Officials said the a deal was close."),
        bad("He said the is not ready."),
        good("The will of the people prevailed, and a must for visitors."),
        good("Plan a and plan b were discussed, from a to z."),
        good('The word "the" and the letter "a" are short.'),
        good("The in-laws met the by-election candidate."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        first = _TEXT_START_RE.match(text)
        matches = [first] if first else []
        matches += _sequences(text, doc.lowered)
        for match in matches:
            article, following = match.group(1), match.group(2)
            start, end = match.start(1), match.end()
            if following.lower() == article.lower():
                continue  # "the the": a doubled word (T002)
            if _ends_doubled_phrase(text, start, match.end(1)):
                continue  # "of the of the", "and address the and address the": T002's
            if article[0].isupper() and not doc.opens_sentence(start):
                continue  # "Grade A to", "Exhibit A is", a title
            if start and text[start - 1] in "\"'“‘" and text[end : end + 1] in "\"'”’":
                continue  # a word quoted as a word: the word "the" and the letter "a"
            if text[end : end + 1] in "\"'”’-" and end < len(text):
                continue
            if article.lower() == "a" and _letter_a(doc, start, following):
                continue
            if text.startswith(_NOUN_PHRASES, match.start(2)):
                continue  # "the to and fro", "the for and against"
            if doc.in_non_prose(start, end):
                continue
            yield self.report(
                start,
                end,
                f"A word is missing between '{article}' and '{following}'",
            )


def _sequences(text: str, lowered: str) -> list[re.Match[str]]:
    """What ``_SEQUENCE_RE.finditer(text)`` finds: the pattern is tried only where the
    lower-cased text has an article before a word it cannot precede, and, as finditer does, a
    match that overlaps the one before is passed over."""
    starts = sorted(
        candidate.start() - 1
        for pattern in _CANDIDATE_RES
        for candidate in pattern.finditer(lowered)
    )
    matches: list[re.Match[str]] = []
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        match = _SEQUENCE_RE.match(text, start)
        if match is not None:
            matches.append(match)
            last_end = match.end()
    return matches


def _ends_doubled_phrase(text: str, start: int, end: int) -> bool:
    """Whether the article at ``start:end`` ends a phrase of two to four words that is written
    again right after it: the sequence is a doubled phrase, not a missing word."""
    words = text[max(0, start - 60) : start].split()[-3:]
    after = text[end : end + 80].lstrip(" ")
    for size in range(1, len(words) + 1):
        phrase = " ".join([*words[-size:], text[start:end]])
        if after.startswith(phrase) and not after[len(phrase) : len(phrase) + 1].isalnum():
            return True
    return False


def _letter_a(doc: Document, start: int, following: str) -> bool:
    text = doc.text
    if doc.previous_word(start)[0].lower() in _LETTER_CONTEXT:
        return True
    # "a and b", "a or b": letters in a pair
    after = text[start : start + 40].split(None, 3)
    return following in ("and", "or", "to") and len(after) > 2 and len(after[2].strip(".,;")) == 1
