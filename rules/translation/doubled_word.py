"""T002 doubled-word: a word or short phrase written twice in a row (`the the`, `at the at the`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count, islice
from operator import eq

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.lexicon import function_words, honorifics
from lintnews.rule import Rule, bad, good
from lintnews.scan import chunks, words

# Punctuation that can end or open a word; replaced by spaces for the first pass only, so
# that "(the the" is found as "the the" is, wherever it stands ("services/activities activities").
_TRAILING = ".,;:!?\")”(“[]/'‘"
# The text is read in pieces of about this many characters, and a word found doubled in a
# piece is looked for in that piece alone: about a long article's length, so that a long
# document costs what its articles would cost one by one.
_PIECE_CHARACTERS = 1 << 15
# Phrases longer than this are not looked for.
_MAX_PHRASE = 3
# A word or phrase of up to three words, white space, and the same again (any case).
_DOUBLED_AT_RE = re.compile(
    r"([^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’]*){0,2})(\s+)(\1)(?!\w|['’]\w|-\w)",
    re.IGNORECASE,
)


# Words English repeats on purpose: reduplication and interjections.
_REDUPLICATED = words("very really so many pretty blah bla yada tick tock ding dong")
# Interjections said twice ("Now now, calm down", "Ha ha!", "No no no"): reduplication when
# they stand apart (after a quote, punctuation or at a sentence start), a slip inside a
# sentence ("will now now seek", "that he he would").
_INTERJECTIONS = words(
    """bye ha ho he hee no yes yeah well now there oh tut knock chop beep hush night baa boo la
    tsk goody cha bang go run wait come hip hey"""
)
# Doubles that are grammatical in their own right: "had had", "That That" in a title case
# heading (a lower-case "that that" is read by _that_that_is_defect).
_GRAMMATICAL = words("had that")
# Particles that double after a phrasal verb: "logged in in London", "turned on on Monday".
_PARTICLES = words("in on up out off over down by about around through back")


class DoubledWord(Rule):
    """Word or phrase written twice in a row (`the the`, `tank tank`, `at the at the`).

    ## What it does
    Finds a word, or a phrase of up to four words, repeated immediately: `the the talks`,
    `destroyed a tank tank`, `similar to the at the at the border`.

    Not reported: doubles that are grammatical (`had had`, `that that`, `is is` after `what`,
    `this this` as a pronoun after a preposition, then a determiner: `add to this this law`),
    reduplication (`very very`, `bye bye`), a particle after a phrasal verb (`logged in in
    London`), a title round a common noun (`for Measure for Measure`), `what makes Linux
    Linux`, and a repeated line across a line break (a list or a heading). A capitalised word
    written twice is a name that doubles (`Duran Duran`, `Cao Cao`) unless the evidence says
    otherwise: it is a common word doubled once in the text (`the World World Bank`), the text
    also writes it alone, it is a given name (`Travis Travis`) or a surname after a title or a
    given name (`Mr Biden Biden`), or a brand in camel case (`PepsiCo PepsiCo`).

    ## Why is this bad?
    Machine translation and careless editing repeat words; the reader stumbles and the text
    looks unedited.

    ## Example
    ```
    The the talks stalled after troops destroyed a tank tank near the border.
    ```

    ## Use instead
    ```
    The talks stalled after troops destroyed a tank near the border.
    ```
    The fix deletes the second copy. It is safe for function words and phrases, unsafe for
    other words (a name may really be doubled: `Sirhan Sirhan`).
    """

    code = "T002"
    name = "doubled-word"
    uses_lexicon = True
    examples = [
        bad("He said the the talks failed.", fixed="He said the talks failed."),
        bad(
            "Troops destroyed a tank tank near the border.",
            fixed="Troops destroyed a tank near the border.",
        ),
        bad(
            "They met at the at the border crossing.",
            fixed="They met at the border crossing.",
        ),
        bad("It is is a deal.", fixed="It is a deal."),
        bad(
            "Zelensky Zelensky said he was open. Zelensky spoke on Monday.",
            fixed="Zelensky said he was open. Zelensky spoke on Monday.",
        ),
        good("She had had enough. He said that that was wrong."),
        good("What it is is a deal."),
        good("It was very very cold. Bye bye, she said."),
        good("He logged in in London and turned on on Monday."),
        good("Players:\nSmith\nSmith\nJones"),
        good("The band Duran Duran played. Boutros Boutros-Ghali spoke."),
        bad("He said (the the talks failed).", fixed="He said (the talks failed)."),
        bad("She called it “the the plan”.", fixed="She called it “the plan”."),
        bad(
            "Fans remain hopeful that that the club will stay.",
            fixed="Fans remain hopeful that the club will stay.",
        ),
        bad("The vote was affected by by the storm.", fixed="The vote was affected by the storm."),
        good("I know that that plan failed. She Said That That Was Fine."),
        good("She stood by by the door. Ha ha, he he."),
        good("Add to this this new legislation."),
        bad("He said this this plan failed.", fixed="He said this plan failed."),
        bad("They spoke of this this.", fixed="They spoke of this."),
        bad(
            "He starred in Miami Miami Vice.",
            fixed="He starred in Miami Vice.",
        ),
        bad("Kraft rival PepsiCo PepsiCo began.", fixed="Kraft rival PepsiCo began."),
        bad("Mawson, Travis Travis, James.", fixed="Mawson, Travis, James."),
        bad("It was the closest in in its history.", fixed="It was the closest in its history."),
        bad("They do do not work.", fixed="They do not work."),
        bad("It was made from from cypress.", fixed="It was made from cypress."),
        bad("New autumn autumn/winter coats.", fixed="New autumn/winter coats."),
        good("He saw Talk Talk at the Hall. Talk Talk were great."),
        good("If you are killed by Cao Cao, it is your fault. I do do my best."),
        good("What makes Linux Linux is its kernel."),
        bad("Comptroller Alan Hevesi Hevesi said.", fixed="Comptroller Alan Hevesi said."),
        bad("While Mr. Biden Biden objects.", fixed="While Mr. Biden objects."),
        bad("He flew in from France from France.", fixed="He flew in from France."),
        good("He was cast for Measure for Measure."),
        bad("He said, 'I I regret it.'", fixed="He said, 'I regret it.'"),
        bad("Two men were arrested in in May.", fixed="Two men were arrested in May."),
        bad("There There are banks.", fixed="There are banks."),
        good("What it is is a deal. There there, don't cry. It was filled in in ink."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        reported_until = -1
        for match in _doubles(text, doc.lowered):
            if match.start() < reported_until:
                continue
            first, gap, second = match.group(1), match.group(2), match.group(3)
            if first != second and first.lower() != second.lower():
                continue
            lower = first.lower()
            is_phrase = " " in first or "\t" in first
            if "\n" in gap and not (doc.hard_wrapped and "\n\n" not in gap and first.islower()):
                continue  # a list or a heading repeated on the next line
            if not is_phrase and not _word_is_defect(doc, match.start(), lower, first, second):
                continue
            if is_phrase and not _phrase_is_defect(doc, match.start(), first):
                continue
            if doc.in_non_prose(match.start(), match.end()):
                continue
            end = match.end(3)
            reported_until = end
            function = lower in _FUNCTION_WORDS
            safe = is_phrase or (function and not _may_be_stranded(doc, match.start(), lower))
            yield self.report(
                match.start(),
                end,
                f"'{second}' is written twice",
                Fix.delete(match.end(1), end, f"Delete the second '{second}'", safe=safe),
            )


def _common_or_proper(doc: Document, word: str) -> bool:
    """A capitalised word doubled only here: a mistake if it is a country or nationality
    ("Chinese Chinese"); otherwise a name or a title ("Bora Bora", "Spend Spend Spend")."""
    return doc.lexicon.proper_form(word) is not None


def _doubles(text: str, lowered: str) -> list[re.Match[str]]:
    """Every word or phrase repeated right after itself, in text order. A first pass compares
    neighbouring words of the lower-cased text split on white space (C-speed); the first word
    of each repeated word or phrase found is then looked up in the piece of text it was found
    in, and a pattern anchored there reads the double with its offsets. (Looked up in the whole
    text, every word doubled anywhere in a long document was searched for everywhere in it, a
    cost that grew faster than the document.)"""
    matches: dict[int, re.Match[str]] = {}
    # The words piece by piece (a list of them all would hold ten times the text, and a
    # change to the whole text a copy of it), each piece after the last words of the one
    # before, so that a double across the cut is whole in it.
    carried: list[str] = []
    carried_from = 0  # no carried word starts before this offset
    for start, end in chunks(lowered, _PIECE_CHARACTERS):
        piece = lowered[start:end]
        for mark in _TRAILING:
            if mark in piece:
                piece = piece.replace(mark, " ")
        own = piece.split()
        words = carried + own
        found: set[str] = set()
        _doubled_in(words, found)
        for word in found:
            if not word[:1].isalpha():
                continue
            position = lowered.find(word, carried_from, end)
            while position != -1:
                before = lowered[max(0, position - 2) : position]
                if not _inside_word(before):
                    match = _DOUBLED_AT_RE.match(text, position)
                    if match is not None:
                        matches[position] = match
                position = lowered.find(word, position + 1, end)
        carried = words[-(2 * _MAX_PHRASE - 1) :]
        if len(own) >= len(carried):
            carried_from = start
    return sorted(matches.values(), key=lambda match: (match.start(), -match.end()))


def _may_be_stranded(doc: Document, start: int, lower: str) -> bool:
    """Whether the first of a doubled particle may end a relative clause after a verb ("the
    situation we've been placed in in the past"): then deleting one changes correct text, and
    the fix is left to a person."""
    return lower in _PARTICLES and _previous_word(doc, start).endswith(("ed", "ing"))


def _inside_word(before: str) -> bool:
    """Whether the two characters ``before`` a match put it inside a word: after a letter, a
    hyphen or an apostrophe that follows a letter ("don't t"); an opening quote does not
    ("'I I regret")."""
    last = before[-1:]
    if last in ("'", "’"):
        return before[:1].isalnum()
    return last.isalnum() or last in ("_", "-")


def _doubled_in(words: list[str], found: set[str]) -> None:
    """Add to ``found`` the first word of every word or phrase that ``words`` repeats right
    after itself."""
    # A word doubled: each word compared with the next (C-speed).
    found.update(compress(words, map(eq, words, islice(words, 1, None))))
    # A phrase of n words doubled makes n positions in a row equal to the word n places on,
    # and one of those positions is a multiple of n: comparing only every n-th word with the
    # word n places on finds every such double, with a half (pairs) or a third (triples) of
    # the comparisons. Each hit (about one word in two hundred) is checked in full at the n
    # positions whose phrase covers it.
    for size in range(2, _MAX_PHRASE + 1):
        every = words[::size]  # words[0], words[size], words[2 * size], ...
        for hit in compress(count(0, size), map(eq, every, islice(every, 1, None))):
            for i in range(max(0, hit - size + 1), hit + 1):
                if words[i : i + size] == words[i + size : i + 2 * size]:
                    found.add(words[i])


def _word_is_defect(doc: Document, start: int, lower: str, first: str, second: str) -> bool:
    text = doc.text
    if lower == "that" and second.islower():
        return _that_that_is_defect(doc, start + 2 * len(first) + 1)
    if lower in _DEMONSTRATIVES and second.islower():
        return not _pronoun_then_determiner(doc, start, start + 2 * len(first) + 1)
    if lower in _GRAMMATICAL or lower in _REDUPLICATED:
        return False
    previous = _previous_word(doc, start)
    if (
        lower == "he"
        and text[start + 2 * len(first) + 1 : start + 2 * len(first) + 3].strip().islower()
    ):
        return True  # "he he said": laughter stands apart from the words after it
    if lower == "there" and _next_word(doc, start + 2 * len(first) + 1) in _AFTER_THERE:
        return True  # "There there are banks": the existential "there", not a comfort
    if lower in _INTERJECTIONS and (
        first[0].isupper() or previous == lower or _stands_apart(text, start)
    ):
        return False  # "Ha ha", "no no no no", a title such as "Sha La La"
    if first[0].isupper() and second[0].isupper() and lower not in _FUNCTION_WORDS:
        return _capitalised_is_defect(doc, start, lower, first, previous)
    if len(lower) == 1 and lower not in ("a", "i"):
        return False  # letters: "x x", list labels
    if lower == "is":
        # "What it is is", "All it is is": grammatical after a fused relative.
        # The first "is" ends the fused relative when it follows the subject right after it:
        # "What it is is", "the problem is is"; not "What has helped games thrive is is".
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
        clause = text[sentence_start + 1 : start].lower().split()[-3:]
        return not any(word in ("what", "all", "thing", "problem", "point") for word in clause)
    if first[0].isupper() != second[0].isupper() and lower not in _FUNCTION_WORDS:
        return False  # "senior law lord Lord Bingham"
    if lower == "by":
        # "affected by by the strike": a passive's "by" is never left stranded before
        # another; only a particle doubles ("stood by by the door")
        return not _phrasal_verb(previous)
    if lower in _PARTICLES:
        # "logged in in London", "placed in in the past": a particle, then a preposition
        return not _phrasal_verb(previous)
    if lower == "do" and previous in ("i", "we", "you", "they"):
        # "I do do my best" is emphatic; "they do do not work" is not: no emphasis before "not"
        return _next_word(doc, start + 2 * len(first) + 1) == "not"
    return True


def _that_that_is_defect(doc: Document, end: int) -> bool:
    """`that that` is English when the second is a demonstrative (`said that that plan failed`,
    `know that that is true`); it is not before what a demonstrative cannot precede: a
    determiner, a subject pronoun, a preposition or the end of the clause (`optimistic that
    that the judges`, `an indication of that that.`)."""
    following = doc.next_word(end)[0]
    if not following or not doc.text[end : end + 2].strip()[:1].isalpha():
        return True
    return following.lower() in _NOT_AFTER_DEMONSTRATIVE


def _pronoun_then_determiner(doc: Document, start: int, end: int) -> bool:
    """`this this` is English when the first is a pronoun after a preposition and the second the
    determiner of what follows (`Add to this this new legislation`): the word after it is one a
    determiner can precede."""
    if _previous_word(doc, start) not in _PREPOSITIONS:
        return False
    following = doc.next_word(end)[0]
    return (
        bool(following)
        and doc.text[end : end + 2].strip()[:1].isalpha()
        and following.lower() not in _NOT_AFTER_DEMONSTRATIVE
    )


_DEMONSTRATIVES = words("this these those")
_PREPOSITIONS = function_words("Prepositions")
# What no demonstrative `that` precedes.
_NOT_AFTER_DEMONSTRATIVE = (
    function_words("Prepositions")
    | words("the a an this these those his her its their my our your")
    | words("i we you he she they")
) - words("that like as")


def _capitalised_is_defect(
    doc: Document, start: int, lower: str, first: str, previous: str
) -> bool:
    """A capitalised word written twice: a mistake unless it is a name or title that doubles
    ("Duran Duran", "Sirhan Sirhan", "Spend Spend Spend")."""
    if _next_word(doc, start + 2 * len(first) + 1) == lower or previous == lower:
        return False  # "Spend Spend Spend", "Turn, Turn Turn": a title
    if previous in _MAKES:
        return False  # "what makes Linux Linux": the object and its complement
    if first.isupper() and len(first) > 1:
        return True  # an acronym: "MSP MSP"
    lexicon = doc.lexicon
    if lexicon.zipf(lower) >= _COMMON_ZIPF and lexicon.proper_form(lower) is None:
        # A common word: "We We have", "the World World Bank", "White Hart Lane Lane"; the
        # names that double one ("Talk Talk") are written so each time the text names them.
        return _doubled_once(doc, first, lower)
    # A name that is doubled wherever it occurs is a name; one the text also writes alone was
    # written twice by mistake.
    if _written_alone(doc, first, lower):
        return True
    before = doc.previous_word(start)[0].rstrip(".")
    if before in _HONORIFICS or (before[:1].isupper() and doc.lexicon.is_given_name(before)):
        return True  # a surname written twice: "Mr Biden Biden", "Alan Hevesi Hevesi"
    if lexicon.is_given_name(lower) and len(lower) > 3:
        return True  # "Cyril Cyril Saulnier", "Travis Travis": no given name doubles itself
    if _CAMEL_CASE_RE.fullmatch(first):
        return True  # a brand in camel case: "PepsiCo PepsiCo"
    return _common_or_proper(doc, first)


def _written_alone(doc: Document, first: str, lower: str) -> bool:
    """Whether the text also writes ``first`` with neither neighbour the same word."""
    return any(
        _previous_word(doc, position) != lower and _next_word(doc, position + len(first)) != lower
        for position in doc.occurrences(first)
    )


def _doubled_once(doc: Document, first: str, lower: str) -> bool:
    """Whether the text writes ``first`` doubled at most once: a name that doubles a common
    word ("Talk Talk", "Sing Sing") comes back doubled when the text names it again."""
    doubled = sum(
        _next_word(doc, position + len(first)) == lower for position in doc.occurrences(first)
    )
    return doubled <= 1


def _common_noun(doc: Document, word: str) -> bool:
    """Whether a capitalised ``word`` is an ordinary English word, not a name or a title."""
    lexicon = doc.lexicon
    return (
        lexicon.zipf(word) >= _COMMON_ZIPF
        and lexicon.proper_form(word) is None
        and word.rstrip(".") not in _HONORIFICS
    )


def _stands_apart(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows punctuation, a quote or a line start."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or not (before[-1].isalnum() or before[-1] in "'’")


def _phrasal_verb(previous: str) -> bool:
    """Whether ``previous`` is a form of a verb that takes a particle (`logged in in London`)."""
    return previous in _PHRASAL_VERB_FORMS


def _phrase_is_defect(doc: Document, start: int, phrase: str) -> bool:
    words = phrase.split()
    lowered = [word.lower() for word in words]
    if len(words) == 2 and words[0].islower() and words[1][0].isupper():
        # A title that doubles a common noun round a function word ("for Measure for
        # Measure", "Step by Step"); a name is no such title: "from France from France".
        return not _common_noun(doc, words[1])
    if len(set(lowered)) == 1 and lowered[0] in _REDUPLICATED | _INTERJECTIONS:
        return False  # "no no no no"
    if len(lowered) == 2 and ("and" in lowered or "or" in lowered):
        other = lowered[0] if lowered[1] in ("and", "or") else lowered[1]
        if other in _GROWING or other.endswith("er") or other in _PARTICLES:
            return False  # "time and time and time", "more and more", "on and on and on"
        after = doc.text[start + 2 * len(phrase) + 1 : start + 2 * len(phrase) + 2 + len(other)]
        if _previous_word(doc, start) == other or after.strip().lower() == other:
            return False  # "shrunk and shrunk and shrunk", "burying, and burying and burying"
    if lowered[-1] in ("back", "to") and lowered[0] in ("to", "back"):
        return False  # "back to back"
    previous = _previous_word(doc, start)
    # "what makes a gadget a gadget"
    return not (lowered[0] in ("a", "an", "the") and previous in _MAKES)


_COMMON_ZIPF = 4.0
# A word with a capital inside after a lower-case letter: "PepsiCo", "KoGenDo", "iPhone".
_CAMEL_CASE_RE = re.compile(r"[A-Za-z]+[a-z][A-Z][\w'’]*")


def _next_word(doc: Document, end: int) -> str:
    return doc.next_word(end)[0].lower()


def _previous_word(doc: Document, start: int) -> str:
    return doc.previous_word(start)[0].lower()


_GROWING = words(
    """more less again over round through time times year years day days bit step side hand
    arm back forth away around further farther far long much many"""
)
_HONORIFICS = honorifics()
# What follows an existential "there" ("there is", "there will be") and never a comforting one.
_AFTER_THERE = words("is are was were will would has have had may might could should can must")
_MAKES = words("make makes made making call calls called consider considers considered")
# The commonest function words (of the shared list, lintnews.lexicon.function_words): doubled,
# one of these is a slip wherever it stands, so deleting the copy is safe. Rarer ones (upon,
# whom, shall) may double in quoted or old-fashioned text, and are left to a person.
_FUNCTION_WORDS = words(
    """the a an of to in on at for with from by and or but is are was were be been has have
    will would can could should this that these those it its their his her our my your as than
    into onto about"""
)
# Stems of verbs that take a particle (log in, turn on, hand over); inflections match too.
_PHRASAL_VERBS = words(
    """log check sign turn come came go went gone get got gotten set put take took give gave bring brought
    hand pass move stay sit sat stand stood call switch cash kick tune plug opt drop step rein
    lock fill phase zero build built pick back hold held keep kept cut run ran let make made
    break broke broken hang hung shut sold sell close closed wind wound wipe wiped lay laid
    weigh chip pitch settle join cave sink sank dial zoom carry press sneak burst walk drive
    drove fly flew rush fit tie catch caught hook dress sum key chime tuck slot lie count fall
    fell fallen pull push pay paid send sent fight fought play sign log kick throw threw"""
)


def _inflections(stem: str) -> set[str]:
    """The forms of a verb that take a particle: ``log`` gives logs, logged, logging; ``close``
    closes, closed, closing (and not "closest", nor "standards" from ``stand``)."""
    forms = {stem, stem + "s", stem + "es", stem + "ed", stem + "ing"}
    if stem.endswith("e"):
        forms |= {stem + "d", stem + "n", stem[:-1] + "ing"}  # closed, taken, closing
    if len(stem) <= 4 and stem[-1] not in "aeiouwy" and stem[-2:-1] in tuple("aeiou"):
        forms |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}  # logged, stopping
    return forms


_PHRASAL_VERB_FORMS = frozenset(form for stem in _PHRASAL_VERBS for form in _inflections(stem))
