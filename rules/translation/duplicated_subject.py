"""T001 duplicated-subject: a subject repeated by a pronoun (`Zelensky he said`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise, takewhile

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.lexicon import (
    Lexicon,
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

# The tokens before a candidate, nearest last: words and the punctuation that bounds a clause.
_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’-]|\.(?=\w))*|[,;:.!?\"“”()\n]")
_LONE_LINE_BREAK_RE = re.compile(r"(?<!\n)\n(?!\n)")
# A subject pronoun between two words or after a number (the cheap first pass: `Doom 3 he
# did`); any pronoun, as MT mixes up gender and number ("The ministry she said").
_PRONOUN_RE = re.compile(r"(?<=[^\W_]) (he|she|it|they) (?=[a-z])")
_SUBJECT_PRONOUNS = words("he she it they we i you")
_VERB_AFTER_RE = re.compile(r"([a-z]+)(?: ([\w'’]+))?")
_WORD_AFTER_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|\d+|[^\sA-Za-z0-9]")

_FUNCTION = function_words("Determiners", "Pronouns", "Prepositions", "Conjunctions", "Auxiliaries")
_PREPOSITIONS = function_words("Prepositions")
# `cannot` is written as one word: an auxiliary like `can not`.
_AUXILIARIES = function_words("Auxiliaries") | {"cannot"}
_REPORTING = reporting_verbs()
# Reporting verbs that take a clause but no person as object: "said the ministry it has".
_SAYS_THAT = word_set("reporting_verbs", "Verbs that take a clause but no person as object")
_HONORIFICS = frozenset(word.lower() for word in honorifics())
_TITLES = frozenset(title.lower() for title in titles()) | _HONORIFICS
# Capitalised or not, never the head of a subject: honorifics, days and months, sentence
# adverbs and words that open a fronted phrase ("Thanks to the deal they", "Due to").
_NEVER_HEAD = frozenset(word.lower() for word in honorifics() | days() | months()) | words(
    """not here there then now today yesterday tomorrow tonight meanwhile however also still
        instead later earlier finally indeed perhaps maybe thus hence even only just often
        sometimes again last next yes oh well please thanks due ago more less most least else
        sure too very much way ahead apart prior soon regardless owing contrary close therefore
        otherwise nevertheless nonetheless besides anyway moreover furthermore nowadays overall
        actually basically round down back home away abroad overseas together alone forward
        aside"""
)
# Fronted time phrases are adverbials, not subjects: "Last week he said", "The next day they".
_TIME_NOUNS = words(
    """day days week weeks month months year years time times morning mornings afternoon
    evening evenings night nights weekend weekends season seasons decade decades century hour
    hours minute minutes moment moments summer winter spring autumn period term half era"""
)
# Nouns for people and bodies, which a pronoun often follows in English too ("it forces"):
# the verb test below does not apply to them.
_AGENTS = words(
    """troops soldiers forces officials leaders ministers authorities police protesters rebels
    militants fighters investors analysts experts workers residents ministry government army
    company council court party"""
)
# Words that open the clause a subject stands at the head of. After a subordinator the
# subject's clause may end before the pronoun ("If the team loses they will"), so there only a
# name or a noun for people or a body counts as the subject.
_MAIN_OPENERS = words("but so yet that")
_SUBORDINATORS = words(
    "when while whilst because if although though once whereas unless whether until till"
)
# A pronoun that commonly follows (`they think`) or precedes (`said he`, `sometimes it`) a word
# marks it a verb or an adverb, not the noun a subject ends in (web bigrams, Zipf scale).
# The curves these four thresholds were read from (tuning part, recall and control alarms
# against each) are in benchmarks/results/detection-curves.md.
VERB_PAIR_ZIPF = 2.0
# Nouns come before a pronoun at a clause break ("in some cases they"), so only a pair as
# common as `sometimes it` marks an adverb.
ADVERB_PAIR_ZIPF = 3.0
_PAIR_PRONOUNS = ("he", "she", "it", "we", "they")
# A base form the web writes after a pronoun this often is a verb (`they want`, `we say`).
FINITE_PAIR_ZIPF = 2.5
# Finite verbs the pronoun may be subject of, besides auxiliaries, reporting verbs and the
# regular `-ed` and `-s` forms.
_IRREGULAR_PAST = words(
    """got made took went came won lost left saw gave told found kept held led met paid put ran
    set sent spent stood brought bought thought felt knew became began broke chose drove fell
    flew grew hit let meant rose sold spoke struck wrote built caught heard laid read sat shot
    shut sought taught threw understood withdrew fought beat drew wore swore stole forgot
    overcame dealt hung lent lit slid spun swept woke fed fled bent dug hid shook rode"""
)
# What ends the clause after the pronoun when looking for the main verb of a relative clause.
_CLAUSE_ENDS = words(
    """and but or that which who whom whose where when while because if although though
    whereas unless so"""
)
_WH_WORDS = words("what who which how why whether")
_MODALS = words("can cannot could will would may might must shall should do does did")
_OBJECT_PRONOUNS = words("him her them me us it you")
_PARTICLES = words("up down out off over back away")
_GAP_PREPOSITIONS = words("in at on for from with by during after before since to into about")
# How many words the phrase of a preposition between the gap and the second verb may hold
# ("The man he met in central Paris resigned").
PHRASE_REACH = 4
_PARTICIPLE_AUXILIARIES = words("is was are were be been has have had")
_ADVERBS = words(
    "also then now later never already again still just often initially always soon only even"
)

# Determiners (of the shared list) and numbers, which open a noun phrase.
_DETERMINERS = words(
    "the this these those its their his her our my a an every both each all some many"
)
_NOUN_PHRASE_STARTS = _DETERMINERS | words(
    "several few two three four five six seven eight nine ten dozens hundreds thousands millions"
)
# What a sentence-opening noun phrase may start with besides a determiner or a number.
_OPENING_STARTS = _NOUN_PHRASE_STARTS | words("most none one half much any")
_NOUN_PHRASE_PREPOSITIONS = words("of from with in at for on near across outside inside")
_FINITE_AUXILIARIES = _AUXILIARIES - words("be been being having need dare")
_NEVER_HEAD = _NEVER_HEAD | words(
    """nothing everything something anything everyone someone anyone nobody none"""
)


class DuplicatedSubject(Rule):
    """Subject followed by a redundant pronoun (`President Volodymyr Zelensky he said`).

    ## What it does
    Finds the subject that opens a clause -- a name (`Zelensky`), a title and a name, an
    institution (`the Defence Ministry`, `the government of Kenya`), a plural group (`Russian
    troops`) or a noun phrase with its determiner (`The survey`) -- followed directly by a
    subject pronoun (`he`, `she`, `it`, `they`, of any gender or number: translation mixes them
    up) and a finite verb: `Zelensky he said`, `The survey it showed`.

    The subject is found by its structure, not by lists of nouns: a run of words ending in a
    noun (a word that English does not write beside a subject pronoun, as verbs and adverbs
    are: `they think`, `said he`, `sometimes it`), possibly with a phrase of `of`, `from`,
    `with` ... inside, starting after what opens a clause (a sentence start, `but`, `that`,
    `said`). After a comma, `if`, `when` or `because` only a name or a word for people or a body counts,
    as that clause may end before the pronoun (`If the team loses they will`). A whole sentence
    opening (or what follows a fronted `In early December,`) is a subject too when it reads as a
    noun phrase: after a determiner or a possessive any word the web writes after an article
    (`China's exporting success he has made`, `The cover it is made of`), names inside it
    (`Ms Short`), `of` and `and` between nouns (`Sony and IBM they`), and a head that takes no
    clause (not `The government estimates it will`, `The fact she won`).

    What follows the pronoun's verb group tells a main clause from a relative one: an object or
    a complement (`it is made of cotton`, `he has questioned whether`) makes a main clause; a
    gap, then a finite verb (`The treatment they received was`, `The man he met in Paris
    resigned`, `the site it would lead users to could be`) a relative clause.

    The opening phrase is read as a noun phrase's structure: phrases hung from its noun (`Shares
    in Continental Airlines`), modifiers after a determiner (`The next Xbox console`), compounds
    the web writes as pairs (`search engine users`), a title before a name (`Second seed Andy
    Roddick`), with a sentence adverb before it, and a time adverbial or an adverb between it
    and the pronoun (`The High Court last month they ruled`, `Mr Brown pointedly they`), set
    aside. A proper name (capitalised inside a sentence and never lower case in the document)
    takes no restrictive relative clause, and a passive (`The prize they was presented`) leaves
    no object gap, so neither is read as one.

    Not reported: relative clauses (`The man he met was a spy`: a gap, then a second verb; `the man
    who he saw`), objects (`told reporters he would`), phrases after a preposition or a comma
    (`After the match he said`, `Asked about it, he said`, `Smith, a lawyer he hired, said`), fronted time phrases (`Last week he
    said`), and a pronoun after a verb (`When they arrived they said`, `Police believe he`).

    Also found: a plural subject opening the sentence, an aside between commas, then `they`
    (`The conversations, held in person or by video, they made no progress`).

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
    said`), unsafe otherwise: a rare relative clause reads the same.
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
        bad(
            "The annual survey it showed that sales fell.",
            fixed="The annual survey showed that sales fell.",
        ),
        bad(
            "A spokesman for the harbour board they said the port was shut.",
            fixed="A spokesman for the harbour board said the port was shut.",
        ),
        bad(
            "China's exporting success he has made the deficit soar.",
            fixed="China's exporting success has made the deficit soar.",
        ),
        bad(
            "In early December, the Kommersant newspaper it warned of a shortage.",
            fixed="In early December, the Kommersant newspaper warned of a shortage.",
        ),
        bad("The cover it is made of cotton.", fixed="The cover is made of cotton."),
        bad(
            "Some people they think the plan will fail.",
            fixed="Some people think the plan will fail.",
        ),
        bad("Ms Short he resigned in May.", fixed="Ms Short resigned in May."),
        good("The government estimates it will issue alerts. The fact she won mattered."),
        good("The site it would lead users to could be a fake."),
        good("The budget he will send on Feb. 7 will cut taxes."),
        good("It's the bravest move they have made yet, he said."),
        good("Zelensky, he said, was ready to talk."),
        good("That is what he said on Monday."),
        good("It was the day he said goodbye."),
        good("The minister told reporters he would resign."),
        good("She recognised the man he met in Paris."),
        good("The man he met was a spy."),
        good("The man who he saw left early. When they arrived they said little."),
        good("After the match he said he was happy. Asked about it, he said no."),
        good("Last week he said more. Critics fear it will fail. If the team loses it will go."),
        good("But he added that On Monday he said more. In Kyiv they said so."),
        good("The minister he appointed resigned."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        for match in _PRONOUN_RE.finditer(text):
            pronoun = match.group(1)
            verbs = _finite_after(doc.lexicon, text, match.end(), pronoun)
            if verbs is None:
                continue
            verb, rest = verbs
            subject = _subject_before(doc, match.start(), pronoun) or _opening_subject(
                doc, match.start()
            )
            if subject is None:
                continue
            phrase, is_name = subject
            # A proper name takes no restrictive relative clause: no gap to look for.
            proper = _proper_name(doc, phrase)
            if verb not in _AUXILIARIES and not proper and not _has_object(verb, rest):
                continue  # "The mother she never met.": the object is the noun before
            if not proper and _relative(doc.lexicon, verb, rest):
                continue  # "The man he met was a spy": a relative clause
            start, end = match.span(1)
            yield self.report(
                start,
                end,
                f"Subject '{phrase}' is repeated by the pronoun '{pronoun}'",
                Fix.delete(
                    start, end + 1, f"Remove '{pronoun}'", safe=is_name and verb in _REPORTING
                ),
            )
        yield from self._after_aside(doc, [m.start(1) for m in _AFTER_COMMA_RE.finditer(text)])

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

_AFTER_COMMA_RE = re.compile(r", (they) ")


def _proper_name(doc: Document, phrase: str) -> bool:
    """Whether the subject is a proper name (`Tony Blair`, `Mirza`, `world number one Peter
    Norfolk`), which takes no restrictive relative clause: "Mirza she broke serve" has no reading
    as "the Mirza that she broke". The phrase ends in capitalised words with no determiner of
    their own, and the document writes the last one with a capital inside a sentence (or it is
    a given name) and never in lower case."""
    parts = phrase.split(" ")
    name_start = len(parts)
    while name_start > 0 and parts[name_start - 1][0].isupper():
        name_start -= 1
    before = parts[name_start - 1].lower() if name_start else ""
    if name_start == len(parts) or before in _OPENING_STARTS or before in _FUNCTION:
        # no name; one with a determiner of its own ("the Smith he knew"); or one inside a
        # phrase hung from another noun, the head ("Shares in Continental Airlines")
        return False
    if parts[name_start].lower() in _NOUN_PHRASE_STARTS:
        return False  # "The Smith he knew"
    head = parts[-1]
    lower = head.lower()
    if doc.word_counts[lower]:
        return False  # the document writes it in lower case too: a common word
    return doc.capitalised_mid_sentence[lower] > 0 or doc.lexicon.is_given_name(head)


def _finite_after(
    lexicon: Lexicon, text: str, end: int, pronoun: str
) -> tuple[str, list[str]] | None:
    """The finite verb right after the pronoun (adverbs skipped) and the words after it, or
    None when no finite verb follows (`Will he win`, `it to be`)."""
    tokens = [token.group() for token in _WORD_AFTER_RE.finditer(text, end, end + 160)]
    index = 0
    while index < min(2, len(tokens) - 1) and _is_adverb(tokens[index]):
        index += 1
    if not tokens:
        return None
    after = tokens[index + 1 : index + 2]
    need = tokens[index] == "need" and bool(after) and after[0].islower()  # "they need to"
    if not need and not _is_finite(lexicon, tokens[index], pronoun):
        return None
    if tokens[index] in _AUXILIARIES and not (after and _continues_clause(after[0])):
        return None  # an auxiliary standing for its verb: "God forbid they have."
    return tokens[index], tokens[index + 1 : index + 15]


def _continues_clause(token: str) -> bool:
    """Whether a token after an auxiliary continues its clause: a word, a number, an amount or
    a quotation (`it was $55bn`, `she is "the most`), not a sentence's end."""
    return token[0].isalnum() or token in ("$", "£", "€", '"', "“")


def _has_object(verb: str, rest: list[str]) -> bool:
    """Whether something follows the verb in its clause: a word, a number, an amount (`made
    $1.6bn`), or after a reporting verb a quotation (`said: "We`)."""
    if not rest:
        return False
    first = rest[0]
    if verb in _REPORTING and first in (":", ",", '"', "“"):
        return True  # a quotation or an aside follows: 'said, "We', 'said, adding'
    return first[0].isalnum() or first in "$£€"


def _relative(lexicon: Lexicon, verb: str, rest: list[str]) -> bool:
    """Whether the pronoun and its verb are a relative clause of the noun before (`The man he
    met was a spy`). A verb of saying takes a clause with a verb of its own (`he said it was`),
    so after it only a finite verb right after its verb group marks the gap (`The problem
    they face is`)."""
    clause = list(takewhile(lambda word: word[0].isalnum() and word not in _CLAUSE_ENDS, rest))
    if any(
        word in _GAP_PREPOSITIONS and word != "to" and after in ("is", "was", "are", "were")
        for word, after in pairwise(clause)
    ):
        return True  # a stranded preposition, then the main verb: "than us in is the Cup"
    index = _verb_group_end(verb, rest)
    main_verb = rest[index - 1] if index else verb  # "has warned", "will say"
    if _says(lexicon, main_verb):
        if index < len(rest) and rest[index] in _GAP_PREPOSITIONS:
            # a phrase, not the subject of a clause: "The first songs he wrote for others were"
            return _gap_then_finite(lexicon, verb, rest)
        return index < len(rest) and _finite_word(lexicon, rest, index)
    return _gap_then_finite(lexicon, verb, rest)


def _says(lexicon: Lexicon, verb: str) -> bool:
    """A verb of saying or thinking, whose clause may follow (`he said the talks were`, `she
    say the market will`, `he feels the match will`): a reporting verb or its base form, or a
    verb the web writes before `that`."""
    if verb in _AUXILIARIES:
        return False
    return (
        verb in _REPORTING
        or f"{verb}s" in _REPORTING
        or lexicon.pair_zipf(verb, "that") >= VERB_PAIR_ZIPF
    )


def _is_adverb(word: str) -> bool:
    return word in _ADVERBS or (word.endswith("ly") and len(word) > 4)


def _is_finite(lexicon: Lexicon, word: str, pronoun: str) -> bool:
    """Whether ``word`` can be the finite verb of the pronoun: an auxiliary, a past or `-s`
    form, or a word the web writes after a subject pronoun (`he want`, `they think`:
    translation gets the agreement wrong as often as the pronoun). A base form after `they`
    may open a relative clause ("The problem they face is"), which the gap test tells."""
    if word in _FINITE_AUXILIARIES or word in _REPORTING or word in _IRREGULAR_PAST:
        return True
    if word in _FUNCTION:
        return False
    if len(word) >= 4 and (
        word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    ):
        return True
    return (
        pronoun in ("he", "she", "they", "it")
        and word not in _NEVER_HEAD
        and max(lexicon.pair_zipf(subject, word) for subject in _PAIR_PRONOUNS) >= FINITE_PAIR_ZIPF
    )


def _gap_then_finite(lexicon: Lexicon, verb: str, rest: list[str]) -> bool:
    """Whether the pronoun's verb group is followed by a gap and then a finite verb of its own
    (`The treatment they received was`, `The man he met in Paris resigned`, `Weapons it
    produces include`): the object is the noun before the pronoun, so the pronoun opens a
    relative clause. A verb group followed by its own object or complement (`The cover it is
    made of cotton`, `Analysts he have questioned whether`) is a main clause whatever comes
    later. Between the gap and the finite verb only an object pronoun, a particle or adverb
    and one short phrase of a preposition may stand (`the book she gave him was`)."""
    index = _verb_group_end(verb, rest)
    if _passive(verb, rest[:index]):
        # A passive has no object to leave a gap for: only a finite verb right after it, or
        # after a stranded preposition, ends a relative clause ("The house he was born in is").
        return index < len(rest) and (
            _finite_word(lexicon, rest, index) or _stranded(lexicon, rest, index)
        )
    if index < len(rest) and rest[index] in _OBJECT_PRONOUNS:
        index += 1
    if index < len(rest) and (rest[index] in _PARTICLES or _is_adverb(rest[index])):
        index += 1
    if index < len(rest) and rest[index] in _GAP_PREPOSITIONS:
        # a phrase of the preposition, up to where a finite verb may stand
        reach = index + 1 + PHRASE_REACH
        index += 1
        while not _finite_word(lexicon, rest, index) or _participle_after_noun(rest, index):
            if not rest[index][0].isalnum() and not _inside_phrase(rest, index):
                return rest[index] == "," and _auxiliary_next(rest, index)
            if rest[index] in _CLAUSE_ENDS or rest[index] in _WH_WORDS:
                return False  # the preposition's object is a clause: "about what they have"
            if rest[index] in ("being", "having"):
                return False  # a participle's clause: "result in offenders being tagged"
            index += 1
            if index >= min(len(rest), reach):
                return False
        return True
    if index >= len(rest):
        return False
    if rest[index] == ",":
        return _auxiliary_next(rest, index)  # "the issues it chews over, are calculated"
    return _finite_word(lexicon, rest, index) or _stranded(lexicon, rest, index)


def _participle_after_noun(rest: list[str], index: int) -> bool:
    """Whether an -ed word followed by a preposition is a participle of the phrase before it
    (`policies aimed at`, `a ceremony held in`) rather than the main verb after a relative
    clause (`The man he met in Paris resigned.`)."""
    word = rest[index]
    after = rest[index + 1 : index + 2]
    return (
        (word.endswith("ed") or word in _IRREGULAR_PAST)
        and bool(after)
        and (after[0] in _GAP_PREPOSITIONS or after[0] == "of")
    )


def _passive(verb: str, group: list[str]) -> bool:
    """Whether a verb group is a passive: a form of `be`, then a participle (`was presented`,
    `have been recorded`, `is said`)."""
    words_of = [verb, *group]
    for position, word in enumerate(words_of[:-1]):
        if word in _BE_FORMS:
            after = words_of[position + 1]
            if after in _IRREGULAR_PAST or after in _REPORTING or after.endswith(("ed", "en")):
                return True
    return False


_BE_FORMS = words("is are was were be been being am")


def _stranded(lexicon: Lexicon, rest: list[str], index: int) -> bool:
    """Whether the object of a preposition is the gap: a preposition right before a finite
    verb, within the clause (`the site it would lead users to could be a fake`)."""
    for position in range(index + 1, min(len(rest), index + 8)):
        word = rest[position - 1]
        if not word[0].isalpha() or word in _CLAUSE_ENDS:
            return False
        if word == "to" and _verb_base(rest[position]):
            continue  # an infinitive: "their appeal to have the case"
        if word in _GAP_PREPOSITIONS and _finite_word(lexicon, rest, position):
            return True
    return False


def _verb_group_end(verb: str, rest: list[str]) -> int:
    """Where the verb group that opens with ``verb`` ends in ``rest`` (`was pushing`, `had
    been made`, `will not be`, `could do`, `is said to have been`, `can become deformed`):
    after an auxiliary, `not`, `be`, `been` and participles belong to it; after a modal or
    `to`, a base form (`do`, `have` and `be` too); after a perfect's `has`, its participle."""
    index = 0
    chained = verb in _AUXILIARIES  # participles and `been` may follow
    wants_base = verb in _MODALS
    while index < len(rest):
        word = rest[index]
        if word == "not" or (_is_adverb(word) and (chained or wants_base)):
            index += 1
        elif wants_base and word.islower() and (word not in _FUNCTION or word in _BASE_AUXILIARIES):
            index += 1  # the base form after a modal or `to`: "could still win", "to be"
            wants_base = False
            chained = word in _BASE_AUXILIARIES or word in _COPULAS
        elif chained and (
            word in ("been", "being", "be", "have", "had")
            or word in _IRREGULAR_PAST
            or word in _REPORTING  # "has said", "had told"
            or word.endswith(("ing", "ed", "en"))
        ):
            index += 1
        elif (
            index == 0
            and verb in ("has", "have", "had")
            and word.islower()
            and word not in _FUNCTION
        ):
            index = 1  # the perfect's participle, whatever its form: "has come", "have run"
        elif word == "to" and index + 1 < len(rest) and _verb_base(rest[index + 1]):
            index += 1  # an infinitive belongs to the group: "will have to practise"
            wants_base = True
            chained = False
        else:
            break
    return index


# Base forms that are auxiliaries themselves (`could do`, `to have been`), and verbs that take
# a participle as their complement (`can become deformed`).
_BASE_AUXILIARIES = words("do have be need")
_COPULAS = words("become get seem remain look feel")


def _verb_base(word: str) -> bool:
    """Whether ``word`` after `to` is a verb's base form (`to practise`, `to put`, `to be`), not
    the noun of a phrase (`to Paris`, `to the`): lower case, no past or -ing form."""
    return (
        word.islower()
        and (word not in _FUNCTION or word in _BASE_AUXILIARIES)
        and not word.endswith(("ed", "ing"))
    )


def _inside_phrase(rest: list[str], index: int) -> bool:
    """Whether the mark at ``index`` stands inside a phrase: an apostrophe, or the full stop of
    an abbreviation (`on Feb. 7`)."""
    after = rest[index + 1 : index + 2]
    if rest[index] == ".":
        return bool(after) and (after[0][0].isdigit() or after[0][0].islower())
    return rest[index] in ("'", "’")


def _auxiliary_next(rest: list[str], index: int) -> bool:
    after = rest[index + 1 : index + 2]
    return bool(after) and after[0] in _FINITE_AUXILIARIES


def _finite_word(lexicon: Lexicon, rest: list[str], index: int) -> bool:
    """Whether ``rest[index]`` reads as a finite verb (an auxiliary, a reporting verb, a past
    form or a base form the web writes after `they`)."""
    word = rest[index]
    previous = rest[index - 1] if index else ""
    if previous.lower() in _DETERMINERS:
        return False  # a noun or an adjective of a noun phrase: "into a hit film"
    if (previous in _GAP_PREPOSITIONS or previous == "of") and word.endswith("ed"):
        return False  # an adjective: "in liberated towns", "the danger of prolonged use"
    if word in _FINITE_AUXILIARIES or word in _REPORTING or word in _IRREGULAR_PAST:
        return True
    if word.endswith("ed") and len(word) > 4 and word.islower():
        return True
    return _finite_base(lexicon, word, previous)


def _finite_base(lexicon: Lexicon, word: str, previous: str) -> bool:
    """A verb's base form standing as a finite verb (`include`): the web writes it after `they`
    or `we` more often than after `the` (not `use`, `start`), and it follows no `to`, auxiliary
    or `not` (`to start`, `will go` are no finite verbs)."""
    if not word.islower() or word in _FUNCTION or word in _NEVER_HEAD or _is_adverb(word):
        return False
    if word.endswith("ing"):
        return False  # an -ing form is finite only after an auxiliary: "about going"
    if previous in _AUXILIARIES or previous in ("to", "not", "never"):
        return False
    after_pronoun = max(lexicon.pair_zipf("they", word), lexicon.pair_zipf("we", word))
    return after_pronoun >= FINITE_PAIR_ZIPF and lexicon.pair_zipf("the", word) < after_pronoun


def _tokens_before(doc: Document, end: int) -> tuple[list[str], list[int], bool]:
    """The tokens of up to 120 characters before ``end``, their offsets, and whether the window
    reaches the start of the text."""
    text = doc.text
    window_start = max(0, end - 120)
    window = text[window_start:end]
    if doc.hard_wrapped and "\n" in window:
        # A line break inside a paragraph of fixed-width text is a space; a blank line is not
        # (the window keeps its length, so that its offsets stay the text's).
        window = _LONE_LINE_BREAK_RE.sub(" ", window)
    found = list(_TOKEN_RE.finditer(window))
    return [m.group() for m in found], [window_start + m.start() for m in found], window_start == 0


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _verb_or_adverb(lexicon: Lexicon, lower: str) -> bool:
    """Whether English writes a subject pronoun right after (`they think`) or before (`said
    he`, `sometimes it`) the word: the web's bigrams mark it a verb or an adverb."""
    after = max(lexicon.pair_zipf(pronoun, lower) for pronoun in _PAIR_PRONOUNS)
    before = max(lexicon.pair_zipf(lower, pronoun) for pronoun in _PAIR_PRONOUNS)
    return after >= VERB_PAIR_ZIPF or before >= ADVERB_PAIR_ZIPF


def _noun_like(lexicon: Lexicon, token: str) -> bool:
    """Whether ``token`` may stand in a subject's noun phrase (the head or a word before it)."""
    lower = token.lower()
    if lower in _AGENTS or lower in _TITLES:
        return True
    if lower in _FUNCTION or lower in _NEVER_HEAD or lower in _REPORTING:
        return False
    if lower.endswith(("wards", "n't", "n’t")) or (
        lower.endswith("ly") and not _ly_name(lexicon, token)
    ):
        return False  # "Afterwards he said", "isn't it clear", "Initially he said"
    if lower.endswith(("ing", "ed")) and token[0].islower():
        return False  # "speaking at the event he said", "asked about it"
    return not _verb_or_adverb(lexicon, lower)


def _ly_name(lexicon: Lexicon, token: str) -> bool:
    """A capitalised -ly word that the name lists know (`Kelly`, `Italy`): no adverb."""
    return token[0].isupper() and (
        lexicon.is_given_name(token) or lexicon.proper_form(token) is not None
    )


def _participle(lexicon: Lexicon, lower: str) -> bool:
    """Whether the web writes the word after an auxiliary (`was speaking`, `been asked`): a
    capitalised `Speaking` or `Asked` opening a sentence is a verb, `Beijing` is not."""
    return max(lexicon.pair_zipf(auxiliary, lower) for auxiliary in _PARTICIPLE_AUXILIARIES) > 0


def _takes_clause(lexicon: Lexicon, lower: str) -> bool:
    """Whether a word takes a clause (`concedes`, `insist`, `estimates`): the web writes it
    before `that`. After a noun it is most often the verb of a clause whose object is the
    pronoun's clause ("Radcliffe concedes she will", "ministers insist they are"); a noun that
    takes a clause ("the BBC report it said") is passed over with it."""
    return lexicon.pair_zipf(lower, "that") >= VERB_PAIR_ZIPF


def _subject_before(doc: Document, end: int, pronoun: str) -> tuple[str, bool] | None:
    """The subject phrase ending at ``end`` when it opens a clause, and whether it is a name."""
    tokens, starts, at_text_start = _tokens_before(doc, end)
    if not tokens or not _is_word(tokens[-1]):
        return None
    lexicon = doc.lexicon
    head = tokens[-1]
    if head.lower() in _TIME_NOUNS | _HONORIFICS or not _noun_like(lexicon, head):
        return None
    if head.endswith("ing") and not (len(tokens) > 1 and tokens[-2][0].isupper()):
        return None  # "Installing it proved": a gerund opening the sentence
    if (
        len(tokens) > 1
        and head.lower() not in _AGENTS
        and _is_word(tokens[-2])
        and tokens[-2].lower() not in _NOUN_PHRASE_STARTS
        # the verb agrees with the noun before it: "Radcliffe concedes", "ministers insist"
        and (head.endswith("s") or tokens[-2].endswith("s"))
        and _takes_clause(lexicon, head.lower())
    ):
        return None  # "The government estimates it will", "Radcliffe concedes she will"
    index = len(tokens) - 1
    attachments = 0
    while index > 0 and len(tokens) - index < 8:
        previous = tokens[index - 1]
        lower = previous.lower()
        if not _is_word(previous):
            break
        if lower in _NOUN_PHRASE_STARTS:
            index -= 1
            # Before a determiner only a phrase the noun phrase hangs from may stand
            # ("the deficit with the US"), never a verb ("Police believe the man he met").
            if not _attached(lexicon, tokens, index) or attachments == 2:
                break
            index -= 2
            attachments += 1
        elif (
            lower in _NOUN_PHRASE_PREPOSITIONS
            and attachments < 2
            and _attached(lexicon, tokens, index)
        ):
            index -= 2
            attachments += 1
        elif _noun_like(lexicon, previous):
            index -= 1
        else:
            break
    opening = _opening(doc, tokens, starts, index, at_text_start)
    if opening is None:
        return None
    phrase = tokens[index:]
    is_name = all(word[0].isupper() for word in phrase)
    if opening == "subordinate" and not (head[0].isupper() or head.lower() in _AGENTS):
        return None  # "If the team loses it will go": the subordinate clause ended
    return " ".join(phrase), is_name


# A noun phrase opening a sentence: words joined by single spaces, an opening quote allowed.
_OPENING_PHRASE_RE = re.compile(r"[\"“]?[\w][\w'’&.-]*(?: [\w][\w'’&.-]*){0,10}")
_POSSESSIVE_RE = re.compile(r"[\w.&-]+(?:['’]s|s['’])")
# Words that join the parts of one noun phrase: `and`, `or`, and the prepositions a phrase
# hangs from its noun by (`Shares in Continental Airlines`, `Relations between India and
# Pakistan`, `The building on George Street`). After one the words are a noun phrase's again.
_PHRASE_LINKS = words(
    """of and or for in on from with at by between among across against about over under
    through near within without into to"""
)
# Sentence adverbs and conjunctions a subject may follow with no comma (`Maybe the landlady`,
# `So Nestor`, `Occasionally some residents`).
_LEADING_ADVERBS = words("and but so maybe perhaps overall now then still also yet thus")


def _opening_subject(doc: Document, end: int) -> tuple[str, bool] | None:
    """The whole of a sentence up to ``end`` when it is a noun phrase, the subject the pronoun
    repeats (`China's exporting success he has made`, `Sony and IBM she want`, `The mattress
    cover it is made of`): every word may stand in a noun phrase (a determiner, a number, a
    possessive, `of` or `and` between nouns, a word English does not write beside a subject
    pronoun), and the last is a noun that is no time word (`Last week he`)."""
    text = doc.text
    floor = max(0, end - 100)
    start = doc.sentence_start(end, floor=floor)
    if start == floor and floor > 0:
        return None
    quoted = text.rfind(': "', start, end), text.rfind(": “", start, end)
    if max(quoted) >= 0:
        start = max(quoted) + 3  # a quotation opens a sentence: 'He said: "All my efforts'
    elif text.startswith(("- ", "• "), start):
        start += 2  # an item of a list
    fronted = _FRONTED_RE.match(text, start, end)
    if fronted is not None and _fronts(fronted.group(1)):
        start = fronted.end()  # "In early December, the Kommersant newspaper he warned"
    span = _OPENING_PHRASE_RE.fullmatch(text, start, end)
    if span is None:
        return None
    phrase = span.group().lstrip('"“').split(" ")
    while len(phrase) > 1 and (
        phrase[0].lower() in _LEADING_ADVERBS or _is_adverb(phrase[0].lower())
    ):
        phrase = phrase[1:]
    phrase = _without_time(phrase)
    while (
        len(phrase) > 1
        and _trailing_adverb(phrase[-1])
        and phrase[-2].lower() not in _OPENING_STARTS  # "The family"
    ):
        phrase = phrase[:-1]  # "Mr Brown pointedly they refused", "The BPI strongly she"
    if not phrase:
        return None
    lexicon = doc.lexicon
    first = phrase[0].lower()
    if (first in _FUNCTION and first not in _OPENING_STARTS) or first in _SUBORDINATORS:
        return None
    if any(_pronoun_contraction(word) for word in phrase):
        return None  # a clause of its own: "I'm sure they started", "it's not so bad"
    # After a determiner or a possessive the words are a noun phrase's, even those English
    # also writes as verbs ("The move it is", "the cover they is made of").
    determined = first in _OPENING_STARTS or _possessive(phrase[0])
    head = phrase[-1]
    lower = head.lower()
    # After a phrase's link the head is a noun phrase's too: "Star of the show"
    head_determined = determined or any(word in _PHRASE_LINKS for word in phrase[1:-1])
    if lower in _TIME_NOUNS or not (
        _in_noun_phrase(lexicon, phrase, len(phrase) - 1, head_determined)
        or (lower.endswith("ing") and _compound(lexicon, phrase, len(phrase) - 2))
        or (len(phrase) > 1 and phrase[-2].lower() in _DETERMINERS and _ly_noun(lexicon, lower))
    ):
        return None
    if len(phrase) > 1 and phrase[-2].lower() == "to":
        return None  # the head is a verb, the pronoun its object: "The only way to dispel it"
    if phrase[0].endswith("ing") and _participle(lexicon, phrase[0].lower()):
        return None  # a participle's phrase: "Speaking at the conference he said"
    if _clause_head(lexicon, phrase):
        return None
    linked = False
    for position, word in enumerate(phrase[:-1]):
        lower = word.lower()
        if lower in _OPENING_STARTS or word[0].isdigit() or _possessive(word):
            continue
        if position and lower in _PHRASE_LINKS:
            linked = True  # a phrase of its own follows: "The problems in Africa"
            continue
        modifier = lower in _NEVER_HEAD or _is_adverb(lower)
        if (determined or linked) and position and lower not in _FUNCTION and modifier:
            continue  # a modifier: "The next Xbox console", "The relatively low price"
        if _compound(lexicon, phrase, position):
            continue  # "Internet search engine users"
        if linked and phrase[position - 1].lower() == "to" and _verb_base(word):
            continue  # an infinitive after a noun: "Failure to comply with these measures"
        if _opens_name(doc, phrase, position):
            continue  # "Home Office Minister Hazel Blears", "June Carter Cash"
        if _before_name(phrase, position) and _in_noun_phrase(lexicon, phrase, position, True):
            continue  # a title or a job before the name, read as a noun's: "Second seed Andy"
        if not _in_noun_phrase(lexicon, phrase, position, determined or linked):
            return None
    return " ".join(phrase), all(word[0].isupper() for word in phrase)


def _before_name(phrase: list[str], position: int) -> bool:
    """Whether the words after ``position`` up to the phrase's end are a name of two
    capitalised words or more (`... seed Andy Roddick`)."""
    tail = phrase[position + 1 :]
    return len(tail) >= 2 and all(word[0].isupper() for word in tail)


_CONTRACTION_RE = re.compile(r"(\w+)['’](?:m|re|ve|ll|d|s)")


def _pronoun_contraction(word: str) -> bool:
    """`I'm`, `we're`, `it's`, `that's`: a pronoun and its verb, never a noun phrase's word."""
    match = _CONTRACTION_RE.fullmatch(word)
    return match is not None and match.group(1).lower() in _FUNCTION | _SUBJECT_PRONOUNS


def _trailing_adverb(word: str) -> bool:
    """An adverb or an emphatic reflexive between the subject and the pronoun (`pointedly`,
    `also`, `twice`, `earlier`, `Mr Blunkett himself it`)."""
    return word.islower() and (
        word in _ADVERBS
        or word in _MID_ADVERBS
        or word in _REFLEXIVES
        or word == "twice"
        or _is_adverb(word)
    )


_REFLEXIVES = words("himself herself itself themselves")
# Adverbs of time that stand between a subject and its verb ("Gordon Brown earlier backed").
_MID_ADVERBS = words("earlier later yesterday today tonight meanwhile instead together alone")


def _opens_name(doc: Document, phrase: list[str], position: int) -> bool:
    """Whether a capitalised word that is no function word is followed by another capitalised
    word: the first word of a name, whatever else it can be (`Meet The Fockers`, `June Carter
    Cash`). A word that also opens adverbials (`Home`, `Yesterday`) counts only when the
    document writes it with a capital inside a sentence too (`the Home Office`)."""
    word = phrase[position]
    lower = word.lower()
    if not (word[0].isupper() and position + 1 < len(phrase) and phrase[position + 1][0].isupper()):
        return False
    if lower in _FUNCTION or lower in _SUBORDINATORS or lower in _DAYS_AND_MONTHS:
        return False
    return lower not in _NEVER_HEAD or doc.capitalised_mid_sentence[lower] > 0


_TIME_OPENERS = words("this last next that every on at in during early late")
_DAYS_AND_MONTHS = frozenset(word.lower() for word in days() | months())


def _without_time(phrase: list[str]) -> list[str]:
    """The phrase without a time adverbial that ends it, between the subject and its verb (`The
    High Court last month`, `The Tories on Monday`, `Mr Blair this week`); nothing is left of
    `Last week` or `On Monday`, which are no subject."""
    lowered = [word.lower() for word in phrase]
    if lowered[-1] not in _TIME_NOUNS and lowered[-1] not in _DAYS_AND_MONTHS:
        return phrase
    cut = len(phrase) - 1
    if cut and lowered[cut - 1] == "the":
        cut -= 1
    if cut and lowered[cut - 1] in _TIME_OPENERS:
        cut -= 1
    elif lowered[-1] not in _DAYS_AND_MONTHS:
        return phrase  # `The second half`: the time word heads the phrase
    rest = phrase[:cut]
    return rest if rest and rest[-1].lower() not in _TIME_OPENERS | _TIME_NOUNS else []


# How often the web must write two words of a subject as a pair for the first to be read as
# the second's modifier (`search engine`); the curve is in benchmarks/results/detection-curves.md.
COMPOUND_PAIR_ZIPF = 2.0


def _compound(lexicon: Lexicon, phrase: list[str], position: int) -> bool:
    """Whether ``phrase[position]`` and the word after it are a compound noun the web writes as
    a pair (`search engine`, `engine users`, `defence spending`), the second a noun of the
    phrase: whatever else the first word can be, here it modifies the second."""
    if position < 0 or position + 1 >= len(phrase):
        return False
    word, after = phrase[position].lower(), phrase[position + 1].lower()
    if word in _FUNCTION or word in _REPORTING or after in _FUNCTION:
        return False
    noun_after = _noun_like(lexicon, after) or (
        after.endswith("ing") and position + 2 == len(phrase)
    )
    return noun_after and lexicon.pair_zipf(word, after) >= COMPOUND_PAIR_ZIPF


def _ly_noun(lexicon: Lexicon, lower: str) -> bool:
    """Whether an -ly word heading a determined phrase is a noun (`The family`, `the supply`):
    the web writes it after `the`; `The really` never ends a phrase."""
    return lower.endswith("ly") and lexicon.pair_zipf("the", lower) > 0


def _clause_head(lexicon: Lexicon, phrase: list[str]) -> bool:
    """Whether the phrase's last word takes the pronoun's clause rather than heading a subject:
    a verb after the subject (`The government estimates it will`) or a noun with its clause
    right after its determiner (`Mr Brown's insistence he was`, `The fact she won`).

    The web writes such a word before `that` at least as often as after `the`, but so it writes
    most plural nouns (`firms that`, `devices that`: a relative `that`), and `thing`. So the
    structure decides: an -s word is a verb when the web writes it after `he`, `she` or `it`
    or never after `the` (`believes`, `warns`), or after a singular noun it forms no pair with
    (`government estimates`; not `insurance companies`, `Greek firms`, `DRM solutions`); a
    singular word takes a clause only right after the determiner (not `The main thing`)."""
    head = phrase[-1].lower()
    if (
        len(phrase) > 1
        and phrase[-1].islower()
        and head.endswith("s")
        and phrase[-2][0].isupper()
        and lexicon.pair_zipf("the", head) == 0
    ):
        return True  # a name and its verb, never written after `the`: "MTV reckons it will"
    if not _takes_clause(lexicon, head) or lexicon.pair_zipf(head, "that") < lexicon.pair_zipf(
        "the", head
    ):
        return False  # `sales`, `figures`, `the survey`: written after `the`
    if len(phrase) == 1 or lexicon.pair_zipf("the", head) == 0:
        return True  # never written after `the`: a verb ("officials insist they")
    before = phrase[-2]
    lower = before.lower()
    if head.endswith("s") and not head.endswith("ss"):
        if any(lexicon.pair_zipf(pronoun, head) > 0 for pronoun in ("he", "she", "it")):
            return True  # a verb: "Harris concedes", "The firm believes"
        return not (
            lower in _OPENING_STARTS
            or _possessive(before)
            or before.isupper()
            or lower.endswith("s")
            or lexicon.is_nationality(before)
            or lexicon.pair_zipf(lower, head) > 0
        )
    # the noun of a clause, right after the determiner that opens the phrase: "The fact she won"
    return _possessive(before) or (len(phrase) == 2 and lower in _OPENING_STARTS)


# A phrase fronted before the subject, closed by the sentence's first comma.
_FRONTED_RE = re.compile(r"[\"“]?([A-Z][a-z]*)\b[^,.;:!?\"“”()\n]{0,80}, ")


def _fronts(word: str) -> bool:
    """Whether a sentence's first word opens a fronted adverbial (`In`, `However`, `When`,
    `Earlier`), after which the subject follows the comma."""
    lower = word.lower()
    return (
        lower in _PREPOSITIONS
        or lower in _SUBORDINATORS
        or lower in _NEVER_HEAD
        or lower == "according"
        or _is_adverb(lower)
    )


def _possessive(word: str) -> bool:
    """`China's`, `the Bank's`; not `It's`, `That's` (a pronoun and `is`)."""
    return _POSSESSIVE_RE.fullmatch(word) is not None and word[:-2].lower() not in _FUNCTION


def _in_noun_phrase(lexicon: Lexicon, phrase: list[str], position: int, determined: bool) -> bool:
    """Whether ``phrase[position]`` may stand in the noun phrase: a name or an acronym, a word
    English does not write beside a subject pronoun, or after a determiner any content word
    (`The move`, `China's exporting success`)."""
    word = phrase[position]
    if (len(word) > 1 and word.isupper()) or (
        position and word[0].isupper() and word.lower() not in _FUNCTION | _SUBORDINATORS
    ):
        return True  # an acronym, or a capital inside the phrase: a name (`Ms Short`)
    if _noun_like(lexicon, word) and not word.lower().endswith("ing"):
        return True
    lower = word.lower()
    if lower in _FUNCTION | _NEVER_HEAD | _REPORTING:
        return False
    if (
        position == len(phrase) - 1
        and lower.endswith("ed")
        and lexicon.pair_zipf("the", lower) == 0
    ):
        return False  # a verb, not a noun: "Some pretended it was" (but "the wounded")
    if not (determined and position > 0) and not (position == 0 and len(phrase) > 1):
        return False  # the first word of a longer phrase may be its adjective ("Big US firms")
    # ... a word the web writes after an article at least as often as after a pronoun (`the
    # move`, not `The government keeps it`).
    after_article = max(lexicon.pair_zipf("the", lower), lexicon.pair_zipf("a", lower))
    after_pronoun = max(lexicon.pair_zipf(pronoun, lower) for pronoun in _PAIR_PRONOUNS)
    return not _is_adverb(lower) and after_article >= after_pronoun


def _attached(lexicon: Lexicon, tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index - 1]`` is a preposition that hangs the phrase at ``index`` from a
    noun right before it (`The deficit with Japan`, `the government of Kenya`)."""
    return (
        index >= 2
        and tokens[index - 1].lower() in _NOUN_PHRASE_PREPOSITIONS
        and _is_word(tokens[index - 2])
        and tokens[index - 2].lower() not in _TIME_NOUNS
        and _noun_like(lexicon, tokens[index - 2])
        and not _participle(lexicon, tokens[index - 2].lower())
    )


def _opening(
    doc: Document, tokens: list[str], starts: list[int], index: int, at_text_start: bool
) -> str | None:
    """How the phrase starting at ``tokens[index]`` opens a clause: "main" at a sentence start
    or after `but`, `that` or a verb of saying, "subordinate" after `if`, `when` ...; None when
    it does not (after a preposition, a verb or a comma)."""
    if doc.opens_sentence(starts[index]):
        return "main"
    if index == 0:
        return "main" if at_text_start else None
    previous = tokens[index - 1]
    lower = previous.lower()
    if previous in (";", ":", "\n", ".", "!", "?"):
        return "main"
    if previous in ("“", '"'):
        return "main" if _quote_opens(tokens, index - 1) else None
    if previous in ("And", "Or") and doc.opens_sentence(starts[index - 1]):
        return "main"
    if lower in ("and", "or"):
        # "Russia and Ukraine they" is one subject; only ", and" opens a clause.
        return "main" if index >= 2 and tokens[index - 2] == "," else None
    if lower == "that":
        # "said that the budget he", not the determiner: "As part of that mission she used"
        first = tokens[index]
        return "main" if first[0].isupper() or first.lower() in _NOUN_PHRASE_STARTS else None
    if lower in ("so", "yet") and not (index >= 2 and tokens[index - 2] in (",", ";", ".")):
        return None  # "so despondent at our absence they pooped": an adverb of degree
    if lower in _MAIN_OPENERS:
        return "main"
    if lower in _SAYS_THAT:
        # "said the ministry it has"; not "declared bankrupt it will"
        first = tokens[index]
        return "main" if first[0].isupper() or first.lower() in _NOUN_PHRASE_STARTS else None
    # After a comma, a bracket or a subordinator the phrase may end a clause or an aside.
    return "subordinate" if lower in _SUBORDINATORS or previous in (",", "(") else None


def _quote_opens(tokens: list[str], index: int) -> bool:
    return index == 0 or tokens[index - 1] in (".", "!", "?", ":", ",", "\n")
