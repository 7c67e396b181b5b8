"""T003 missing-word: a word pair English cannot write adjacent (`similar to the of the`, `it
would triggered`, `the deal be signed`)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.lexicon import Lexicon, function_words
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
    Also found, by the web's word-pair counts (wordsegment's bigrams): a deleted auxiliary.
    - a modal before a participle (`would triggered`, `may heading`, `must forgotten`): a word
      ending in -ed, -ing or -en that the web never writes after `they`, `we` or `to` (so not a
      verb's base form: `may need`, `could open`), nor after the modal;
    - `be` or `been` right after a noun or a name, in a clause with no auxiliary, modal, `that`
      or `if` before it (`the deal be signed`, `Ford been`; not `demanded that shareholders be
      consulted`, `would Mary be`);
    - `has`, `have` or `had` before an -ing form the web writes after `been` but never after
      `the` (`had trying`; not `has funding`).
    Each pair must be one the web's counts never show (`have fun`), and the curve behind
    `PARTICIPLE_PAIR_ZIPF` is in benchmarks/results/detection-curves.md.

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
        bad("Such a move would triggered a crisis."),
        bad("Officials said the new treaty be signed in May."),
        bad("The firm had trying for a better year."),
        good("Growth may slow, the plan could open doors and we may need more."),
        good("They demanded that shareholders be consulted. Would Mary be there?"),
        good("The club has funding, and it had been hoping for more."),
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
        for start, end, before, after in _missing_auxiliaries(doc):
            yield self.report(
                start,
                end,
                f"A word is missing between '{before}' and '{after}' (an auxiliary such as "
                "'be', 'been', 'will' or 'has')",
            )


def _sequences(text: str, lowered: str) -> list[re.Match[str]]:
    """What ``_SEQUENCE_RE.finditer(text)`` finds: the pattern is tried only where the
    lower-cased text has an article before a word it cannot precede."""
    starts = sorted(
        candidate.start() - 1
        for pattern in _CANDIDATE_RES
        for candidate in pattern.finditer(lowered)
    )
    return _matches_at(_SEQUENCE_RE, text, starts)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given, in ascending order, every position where
    a match may start (more do no harm): the pattern is tried there only, and, as finditer
    does, a match that overlaps the one before is passed over. A pattern that starts with a
    word boundary or a class of characters is tried at every character of the text; a quick
    scan for a literal part of it, in C, finds the few places worth trying."""
    matches: list[re.Match[str]] = []
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        match = pattern.match(text, start)
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


# --- deleted auxiliaries, by the web's word pairs -------------------------------------------

_MODAL_PARTICIPLE_RE = re.compile(
    r"\b(will|would|can|could|should|may|might|must|shall) ([a-z]+(?:ed|ing|en))\b"
)
_NOUN_BE_RE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+) (be|been)\b")
# Not `have`: after a modal or `to` it takes an object that a relative clause moved ahead
# (`the synths you might have lying around`).
_HAVE_ING_RE = re.compile(r"\b(has|had) ([a-z]+ing)\b")
# Where the three may match, found by scans that the engine runs fast: each but the second is
# its pattern without the word boundary in front (which makes the engine try every position);
# the second finds `be` and the word before is read back from it (see _noun_be_starts). No
# match of a scan can hide the start of another match of its pattern, since none of these
# starts inside a modal, `has`, `had`, or a word after one (a word holds no space).
_MODAL_PARTICIPLE_SCAN = re.compile(
    r"(?:will|would|can|could|should|may|might|must|shall) [a-z]+(?:ed|ing|en)\b"
)
_BE_SCAN = re.compile(r" be(?:en)?\b")
_HAVE_ING_SCAN = re.compile(r"ha[sd] [a-z]+ing\b")
# Before a modal, a word that makes it a noun (`people's will burning`, `the will`) or a
# question (`How can recalling a memory change it?`).
# (`where`, `which`, `who` start relative clauses, not questions: `which may involved`.)
_MODAL_IS_NOUN_OR_QUESTION = (function_words("Determiners") - {"which"}) | frozenset(
    ("how", "why", "what")
)
# Any of these earlier in the clause makes `X be` English: an inverted question (`would Mary
# be`), a subjunctive (`that shareholders be consulted`), an auxiliary before an adverb.
# The mandative verbs take the subjunctive without `that` too (`requested the advert be
# removed`).
_CLAUSE_LICENSES_BE = function_words("Auxiliaries") | words(
    """that whether if let lest will shall am demand demanded demands request requested
    requests insist insisted insists recommend recommended recommends propose proposed
    proposes suggest suggested suggests urge urged urges require required requires order
    ordered orders ask asked asks"""
)
_NOT_NOUNS = function_words(
    "Determiners", "Pronouns", "Prepositions", "Conjunctions", "Auxiliaries"
) | frozenset(("not", "never", "also", "always", "still", "just", "already", "ever", "even"))
_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?()\"“”\n]")
# The least Zipf a pair of the web's counts needs to show that a word follows `be`: a
# participle (`be delayed`) rather than an adjective-free noun. Its curve (flat: the structure
# decides) and the curve of the pair-absence score T003 does not use are in
# benchmarks/results/detection-curves.md.
PARTICIPLE_PAIR_ZIPF = 0.0
_BE_FORMS = ("is", "was", "are", "were", "be", "been")


def _missing_auxiliaries(doc: Document) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, first word, second word) of each pair that lacks an auxiliary between its
    words, in text order."""
    text, lexicon = doc.text, doc.lexicon
    found: list[tuple[int, int, str, str]] = []
    modal_starts = (scan.start() for scan in _MODAL_PARTICIPLE_SCAN.finditer(text))
    for match in _matches_at(_MODAL_PARTICIPLE_RE, text, modal_starts):
        modal, word = match.group(1), match.group(2)
        before = doc.previous_word(match.start())[0].lower()
        if before in _MODAL_IS_NOUN_OR_QUESTION or before.endswith(("'s", "’s", "s'")):
            continue
        if _never_paired(lexicon, modal, word) and _participle(lexicon, word):
            found.append((match.start(), match.end(), modal, word))
    for match in _matches_at(_NOUN_BE_RE, text, _noun_be_starts(text)):
        noun, be = match.group(1), match.group(2)
        # The word lists first: most words before `be` are `to`, `will` or `would`.
        if _may_be_noun(noun) and _never_paired(lexicon, noun, be) and _noun(lexicon, noun):
            clause_start = max(
                (
                    m.end()
                    for m in _CLAUSE_BREAK_RE.finditer(
                        text, max(0, match.start() - 200), match.start()
                    )
                ),
                default=max(0, match.start() - 200),
            )
            clause = text[clause_start : match.start()].lower().split()
            if not any(_licenses_be(word) for word in clause):
                found.append((match.start(), match.end(), noun, be))
    have_starts = (scan.start() for scan in _HAVE_ING_SCAN.finditer(text))
    for match in _matches_at(_HAVE_ING_RE, text, have_starts):
        have, word = match.group(1), match.group(2)
        if (
            _never_paired(lexicon, have, word)
            and lexicon.pair_zipf("been", word) > PARTICIPLE_PAIR_ZIPF
            and lexicon.pair_zipf("the", word) == 0
        ):
            found.append((match.start(), match.end(), have, word))
    for start, end, first, second in sorted(found):
        if not doc.in_non_prose(start, end):
            yield start, end, first, second


def _noun_be_starts(text: str) -> Iterator[int]:
    """Where ``_NOUN_BE_RE`` may match: at the start of the run of ASCII letters before each
    ` be` or ` been` (a match starting later in the run would have a letter before it)."""
    for scan in _BE_SCAN.finditer(text):
        start = scan.start()
        while start and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        yield start


_ASCII_LETTERS = string.ascii_letters


def _licenses_be(word: str) -> bool:
    """Whether a word of the clause before `X be` makes it English: an auxiliary (`would Mary
    be`), a contracted one (`What's your fellowship been like`, `don't`), `that`, `if` or a
    mandative verb (`requested the advert be removed`)."""
    if word in _CLAUSE_LICENSES_BE or word.endswith(("n't", "n’t")):
        return True
    return word.endswith(("'s", "’s", "'d", "’d")) and word[:-2] in _NOT_NOUNS


def _never_paired(lexicon: Lexicon, first: str, second: str) -> bool:
    return lexicon.pair_zipf(first, second) == 0


def _participle(lexicon: Lexicon, word: str) -> bool:
    """A word that is no verb's base form: the web never writes it after `to` (`may need`,
    `could open`, `will bring` are English); one ending in -ing must follow a form of `be` in
    the web's counts (`heading`, not `wring`), one in -en `be` or `been` (`forgotten`, not
    `burden`)."""
    if lexicon.pair_zipf("to", word) > 0:
        return False
    if word.endswith("ing"):
        # a verb's -ing form follows `be` (`may heading`); a base form ending so does not
        # (`can wring`)
        return max(lexicon.pair_zipf(be, word) for be in _BE_FORMS) > PARTICIPLE_PAIR_ZIPF
    if word.endswith("en"):
        return (
            max(lexicon.pair_zipf("be", word), lexicon.pair_zipf("been", word))
            > PARTICIPLE_PAIR_ZIPF
        )
    return True


def _may_be_noun(word: str) -> bool:
    """The part of :func:`_noun` that asks the word lists only."""
    lower = word.lower()
    return lower not in _NOT_NOUNS and not lower.endswith("ly")


def _noun(lexicon: Lexicon, word: str) -> bool:
    """A name, or a word the web writes after `the` but never right after a subject pronoun
    (which marks a verb or an adverb: `they still be`, `it nonetheless been`)."""
    lower = word.lower()
    if not _may_be_noun(word):
        return False
    if max(lexicon.pair_zipf(pronoun, lower) for pronoun in ("he", "she", "it", "we", "they")) > 0:
        return False
    return word[0].isupper() or lexicon.pair_zipf("the", lower) > 0
