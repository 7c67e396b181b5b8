"""T001 duplicated-subject: a subject repeated by a pronoun (`Zelensky he said`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.lexicon import (
    days,
    function_words,
    honorifics,
    months,
    reporting_verbs,
    titles,
    word_set,
)
from lintnews.rule import Rule, bad, good
from lintnews.scan import words


def _lower(spellings: frozenset[str]) -> frozenset[str]:
    return frozenset(spelling.lower() for spelling in spellings)


# The words before a candidate, nearest last.
_WORDS_BEFORE_RE = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w))*|[,;:.!?\"“”()\n]")
_LONE_LINE_BREAK_RE = re.compile(r"(?<!\n)\n(?!\n)")
_VERB_AFTER_RE = re.compile(r"([a-z]+)(?: ([\w'’]+))?")

# Words that may open the clause a subject stands at the head of.
_CLAUSE_OPENERS = words(
    """and but so yet or when while because as after before since that although though if once
    until whereas where then now meanwhile however also"""
)
# Reporting verbs that take a clause but no person as object: "said the ministry it has".
_SAYS_THAT = word_set("reporting_verbs", "Verbs that take a clause but no person as object")
# Capitalised words that are not names: a run of capitals is trimmed of these at its start.
# Function words, honorifics, days and months (shared), and sentence adverbs and interjections.
_NOT_NAMES = (
    function_words("Determiners", "Pronouns", "Prepositions", "Conjunctions")
    | _lower(honorifics() | days() | months())
    | words(
        """not here there then now today yesterday tomorrow meanwhile however also still instead
        later earlier finally indeed perhaps maybe thus hence even only just often sometimes
        again last next yes oh well please thanks"""
    )
)
# A title opens a name's run even where it is no name on its own ("Mr", "Lord").
_TITLES = _lower(titles())
# Nouns that name the people and bodies news reports have speak and act; a determiner phrase
# headed by one, followed by a pronoun and a verb, is a duplicated subject ("The minister she
# added"). Generic nouns (man, woman, people, day, thing) are left out: "the man he met".
_AGENTS_SINGULAR = words(
    """minister president spokesman spokeswoman spokesperson official leader commander general
    chief governor mayor ambassador premier chancellor secretary diplomat negotiator prosecutor
    judge lawyer adviser advisor envoy senator lawmaker deputy chairman chairwoman director
    coach captain analyst economist expert witness soldier officer journalist correspondent
    activist politician candidate king queen prince pope patriarch ombudsman representative"""
)
_AGENTS_PLURAL = words(
    """troops soldiers forces officials leaders ministers diplomats negotiators authorities
    police residents protesters rebels militants separatists fighters analysts experts
    investigators prosecutors lawmakers politicians journalists witnesses citizens refugees
    civilians workers doctors scientists researchers volunteers activists russians ukrainians
    americans europeans allies partners governments occupiers invaders militaries"""
)
_AUXILIARIES = function_words("Auxiliaries")
# Bodies a report has speak or act as "it": "The defence ministry it said".
_INSTITUTIONS = words(
    """army government ministry kremlin pentagon company committee council commission parliament
    court agency bank union alliance cabinet administration department office embassy
    organisation organization"""
)
_ADVERBS = words("also then now later never already again still just often")


def _after_body() -> str:
    """A look-behind for `it` right after one of _INSTITUTIONS in any case (`ministry it`,
    `Government it`): one per length of word, as look-behinds have a fixed width."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(_INSTITUTIONS):
        by_length.setdefault(len(word), []).append(word)
    return "|".join(f"(?<=(?i:{'|'.join(group)}) it)" for group in by_length.values())


# A subject pronoun between two words: the cheap first pass. `it` is taken only after the name
# of a body, as check() requires, which halves the places check() looks at. (A look-behind
# for the letter before the space would cost more than it saves: it runs at every space.)
_PRONOUN_RE = re.compile(rf" (he|she|they|it(?:{_after_body()})) ")
# The determiners that point at a referent the report has named ("the minister", "their
# leaders"): of the shared determiners, only these make a noun phrase a subject the pronoun
# can repeat ("a minister he", "every official they" are no duplicated subject).
_DETERMINERS = words("the this these those our their its")
_REPORTING = reporting_verbs()
# After a relative clause ("The minister he appointed resigned") the main verb follows.
_FINITE = words(
    """was were is are has have had will would could can did does must should may might
    resigned"""
)


class DuplicatedSubject(Rule):
    """Subject followed by a redundant pronoun (`President Volodymyr Zelensky he said`).

    ## What it does
    Finds a name or a noun phrase naming people or an institution (`the minister`, `russian
    troops`) that opens a clause and is followed directly by a personal pronoun standing for
    it, before the verb: `Zelensky he said`, `russian troops they bogged down`, `The minister
    she added`, `The Defence Ministry it said` (`it` only for a body, before a reporting verb or
    an auxiliary).

    Also found: a plural subject opening the sentence, an aside between commas, then `they`
    (`The conversations, held in person or by video, they made no progress`).

    Not reported: relative clauses (`the man he met`, `the day he said`, `what he said`),
    objects (`told reporters he would`), asides set off by commas (`Zelensky, he said, was
    ready`) and a pronoun that cannot stand for the subject (`Zelensky they said`).

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
    The fix drops the pronoun. It is safe after a name before a reporting verb (`Zelensky he
    said`), unsafe otherwise: a rare relative clause (`The minister he appointed`) reads the
    same.
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
        bad(
            "The minister she added that talks would go on.",
            fixed="The minister added that talks would go on.",
        ),
        good("Zelensky, he said, was ready to talk."),
        good("That is what he said on Monday."),
        good("It was the day he said goodbye."),
        good("The minister told reporters he would resign."),
        good("She recognised the man he met in Paris."),
        good("The man he met was a spy."),
        good("But he added that On Monday he said more. In Kyiv they said so."),
        good("The minister he appointed resigned."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        # `they` after a comma: where _after_aside looks for a subject before an aside. The
        # pass below meets every `, they ` (no match can end on the space after a comma).
        after_comma: list[int] = []
        # Where one pronoun follows another, finditer passes over the second with this pattern
        # or without its filters alike: the word before it is a pronoun, never a subject.
        for match in _PRONOUN_RE.finditer(text):
            before = match.start()
            if text[before - 1 : before] == "," and match.group(1) == "they":
                after_comma.append(match.start(1))
                continue
            if (
                not text[before - 1 : before].isalpha()
                or not text[match.end() : match.end() + 1].islower()
            ):
                continue
            space = text.rfind(" ", max(0, before - 30), before)
            previous = text[space + 1 : before]
            pronoun = match.group(1)
            if pronoun == "it":
                if previous.lower() not in _INSTITUTIONS:
                    continue
            elif (
                not previous[:1].isupper()
                and previous not in _AGENTS_PLURAL
                and previous not in _AGENTS_SINGULAR
            ):
                continue
            start = match.start(1)
            subject = _subject_before(text, match.start(), pronoun, doc)
            if subject is None:
                continue
            phrase, is_name = subject
            verb = _VERB_AFTER_RE.match(text, match.end())
            if verb is None:
                continue
            first, second = verb.group(1), verb.group(2)
            if pronoun == "it" and first not in _REPORTING and first not in _AUXILIARIES:
                continue  # "the company it bought": a relative clause
            if (
                second
                and first not in _REPORTING
                and first not in _ADVERBS
                and first not in _FINITE
                and (second in _FINITE or _looks_finite(second))
            ):
                continue  # "The minister he appointed resigned": a relative clause
            safe = is_name and (first in _REPORTING or (first in _ADVERBS and second in _REPORTING))
            end = match.end(1)
            yield self.report(
                start,
                end,
                f"Subject '{phrase}' is repeated by the pronoun '{pronoun}'",
                Fix.delete(start, end + 1, f"Remove '{pronoun}'", safe=safe),
            )
        yield from self._after_aside(doc, after_comma)

    def _after_aside(self, doc: Document, starts: list[int]) -> Iterator[Diagnostic]:
        """`The conversations above, held in person or by video, they made no progress`: a
        plural subject opening the sentence, an aside between commas, then `they` (at
        ``starts``, each right after `, `)."""
        text = doc.text
        for start in starts:
            sentence_start = doc.sentence_start(start, floor=max(0, start - 200))
            head = _ASIDE_SUBJECT_RE.match(text, sentence_start, start)
            if head is None:
                continue
            noun = head.group("noun")
            if noun in _TIME_NOUNS or not _ASIDE_OPENERS.match(head.group("aside")):
                continue
            verb = _VERB_AFTER_RE.match(text, start + len("they "))
            if verb is None or (verb.group(1) in _ADVERBS and not verb.group(2)):
                continue
            yield self.report(
                start,
                start + 4,
                f"Subject '{head.group('subject')}' is repeated by the pronoun 'they'",
                Fix.delete(start, start + 5, "Remove 'they'", safe=False),
            )


_ASIDE_SUBJECT_RE = re.compile(
    r"[ \t\"“]*(?P<subject>(?:The|These|Those) (?:[a-z]+ ){0,2}(?P<noun>[a-z]+s)"
    r"(?: above| below| mentioned)?), (?P<aside>[^,.;:!?\n]{3,100}), $"
)
# An aside that describes the subject: a participle or a relative pronoun.
_ASIDE_OPENERS = re.compile(
    r"(?:which|who|[a-z]+ed|held|made|taken|given|known|seen|led|built|sent|shown|done|brought"
    r"|caught|hit|kept|left|set|put|run|begun|written|chosen|driven|won|lost|met)\b"
)
_TIME_NOUNS = words(
    """days weeks months years hours minutes nights mornings evenings times decades centuries
    seasons weekends"""
)


def _looks_finite(word: str) -> bool:
    return word.endswith("ed") and len(word) > 4 and word not in ("need", "indeed")


def _subject_before(text: str, end: int, pronoun: str, doc: Document) -> tuple[str, bool] | None:
    """The subject phrase ending at ``end`` when it opens a clause, and whether it is a name."""
    window_start = max(0, end - 120)
    found = list(_WORDS_BEFORE_RE.finditer(text, window_start, end))
    shift = 0  # what turns an offset of a match into the text's
    if doc.hard_wrapped and any(match.group() == "\n" for match in found):
        # A line break inside a paragraph of fixed-width text is a space; a blank line is not.
        # (The window keeps its length, so that its offsets are the text's, shifted.)
        window = _LONE_LINE_BREAK_RE.sub(" ", text[window_start:end])
        found = list(_WORDS_BEFORE_RE.finditer(window))
        shift = window_start
    if not found:
        return None
    tokens = [match.group() for match in found]
    starts = [shift + match.start() for match in found]
    head = tokens[-1]
    lower = head.lower()
    if not head[0].isalpha() or lower in _NOT_NAMES or lower in _CLAUSE_OPENERS:
        return None
    if head[0].isupper() and (lower.endswith(("ly", "wards")) or lower in _AUXILIARIES):
        return None  # "Afterwards he said", "Should he win"
    # A name: a run of capitalised words (titles included), trimmed of clause openers.
    if head[0].isupper():
        index = len(tokens) - 1
        while index > 0 and tokens[index - 1][0].isupper() and tokens[index - 1][0].isalpha():
            index -= 1
        run = tokens[index:]
        while run and run[0].lower() in _NOT_NAMES and run[0].lower() not in _TITLES:
            index += 1
            run = run[1:]
        if not run or len(run) > 5:
            return None
        if index > 0 and tokens[index - 1].lower() in _DETERMINERS:
            index -= 1  # "The Russian Defence Ministry it said"
        if pronoun == "they" and not (lower in _AGENTS_PLURAL or lower.endswith("s")):
            return None
        if pronoun != "they" and lower in _AGENTS_PLURAL:
            return None
        if (pronoun == "it") != (lower in _INSTITUTIONS):
            return None  # "it" for a body ("the Defence Ministry it said"), "he" for a person
        if not _opens_clause(doc, tokens, starts, index):
            return None
        phrase = " ".join(tokens[index:])
        return phrase, lower not in _AGENTS_PLURAL | _AGENTS_SINGULAR | _INSTITUTIONS
    # A noun phrase headed by a word for people or an institution.
    if pronoun == "they":
        if lower not in _AGENTS_PLURAL:
            return None
    elif pronoun == "it":
        if lower not in _INSTITUTIONS:
            return None
    elif lower not in _AGENTS_SINGULAR:
        return None
    index = len(tokens) - 1
    modifiers = 0
    while index > 0 and modifiers < 2:
        previous = tokens[index - 1]
        if not previous[0].isalpha() or previous.lower() in _DETERMINERS:
            break
        if previous.lower() in _CLAUSE_OPENERS or previous.lower() in _NOT_NAMES:
            break
        index -= 1
        modifiers += 1
    has_determiner = index > 0 and tokens[index - 1].lower() in _DETERMINERS
    if has_determiner:
        index -= 1
    elif pronoun != "they":
        return None  # a singular noun needs its determiner: "the minister", not "minister"
    if not _opens_clause(doc, tokens, starts, index):
        return None
    return " ".join(tokens[index:]), False


def _opens_clause(doc: Document, tokens: list[str], starts: list[int], index: int) -> bool:
    """Whether the phrase starting at ``tokens[index]`` (at offset ``starts[index]``) opens a
    clause: at a sentence start (the document's), or after a comma, semicolon, colon or
    bracket, a quotation opened after one of those, or a conjunction."""
    if doc.opens_sentence(starts[index]):
        return True
    if index == 0:
        return False
    previous = tokens[index - 1]
    if previous in (";", ":", ",", "("):
        return True
    if previous in ("“", '"', "”"):
        return _quote_opens(tokens, index - 1)
    if previous.lower() in ("and", "or"):
        # "Russia and Ukraine they" is one subject; only ", and" opens a clause.
        return index >= 2 and tokens[index - 2] == ","
    return previous.lower() in _CLAUSE_OPENERS or previous.lower() in _SAYS_THAT


def _quote_opens(tokens: list[str], index: int) -> bool:
    return index == 0 or tokens[index - 1] in (".", "!", "?", ":", ",", "\n")
