"""C002 lowercase-name: a name or proper adjective written in lowercase inside a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.lexicon import (
    Lexicon,
    function_words,
    honorifics,
    reporting_verbs,
    titles,
)
from lintnews.rule import Rule, bad, good
from lintnews.scan import word_alternation, words

from ._case_stats import Counts, case_stats, family_names, places

# A word the document writes in lowercase where it is a name elsewhere: with a capital inside a
# sentence, on a line of running text (not a Title Case heading).
_TITLECASE_MIN = 3
# Up to this Zipf frequency a word is rare enough in English that the document's own capitals
# decide; above it (bill, rose, turkey, china, smith) a lowercase spelling is usually the common
# word, so the rule asks for a list of names around it as well.
_RARE_ZIPF = 4.3
_STOP_ZIPF = 5.5
# Words before a noun that make it a common noun ("the aviator", "a bill").
_DETERMINERS = function_words("Determiners")
# Phrases English writes lowercase although they contain a nationality.
_LOWERCASE_PHRASES = frozenset(
    [
        "go dutch",
        "going dutch",
        "went dutch",
        "french polish",
        "french fries",
        "french fry",
        "french toast",
        "brussels sprouts",
        "brussels sprout",
        "swiss cheese",
        "swiss chard",
        "danish pastry",
        "danish pastries",
        "plaster of paris",
    ]
)
_NAME_ZIPF = 3.0
# Titles and offices before a capitalised word make it a person's name ("President Zelensky").
_TITLES = titles()
# Honorifics before a lowercase word make it a person's name ("Mr fuller"): an office may stand
# before a common noun ("the minister").
_PERSON_TITLES = honorifics()
_AFTER_TITLE_RE = re.compile(rf"{word_alternation(_PERSON_TITLES)} ([a-z]+)")
_POSSESSIVES = ("'s", "’s")
_DOTTED_RE = re.compile(r"[.@_]\w")
_PERSON_TITLE_TUPLE = tuple(_PERSON_TITLES)  # for str.endswith
_REPORTING = reporting_verbs()
_PLACE_PREPOSITIONS = words("""in near from to outside around towards toward into""")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
# What follows a word in a list of names: a comma, "and" or "or" (see _in_list_of_names).
_LIST_AFTER_RE = re.compile(r"[^\w\n]*(?:,|and|or)")
# Case statistics (rules/case/_case_stats.py; curves in benchmarks/results/detection-curves.md).
# A word clean news capitalises in this share of its uses, in this many articles, is a name
# written in lowercase here: alone when English rarely uses it as a word (below _STATS_ZIPF),
# beside a capitalised word of a pair clean news capitalises together otherwise (`Gordon brown`).
_STATS_RATIO = 0.95
_STATS_ARTICLES = 2
_STATS_ZIPF = 3.0
_PAIR_RATIO = 0.95
_PAIR_ARTICLES = 2
# A document that writes the word in lowercase this often means the common word (`windows`).
_STATS_MAX_LOWERS = 1
# A word this rare in English (most are unknown to it: `nieminen`) that the document capitalises
# inside a sentence elsewhere is a name, whatever stands around the capital.
_UNKNOWN_ZIPF = 1.5
# A word clean news capitalises (share _STATS_RATIO, in this many articles) that the document
# also writes with a capital standing alone inside a sentence is a name up to this Zipf
# frequency (`keegan`, `gerrard`, `microsoft`): two pieces of evidence where the statistics
# alone stop at _STATS_ZIPF (`frost` is David Frost in bbc-news, weather elsewhere).
_BOTH_ZIPF = 4.5
_BOTH_ARTICLES = 3
# A lowercase neighbour this rare in English marks a phrase of another language (`numerique
# terrestre`): the fix is then unsafe. (One wrong safe edit of fix_safety.py; safety only, no
# finding changes.)
_FOREIGN_ZIPF = 2.0
# Partners that make no name: their capital is the sentence's or the pronoun's (`The passion`,
# `World War I` beside `the war I`).
_NO_PARTNERS = function_words() | {"i"}
# Up to this Zipf frequency a word the document capitalises beside the same neighbour elsewhere
# is part of that name here too; commoner words (`president`, `disease`) name offices and
# things beside names (`the French president`, `Motor Neurone disease`).
_PAIR_DOCUMENT_ZIPF = 4.0
# A place of the gazetteer (rules/case/data/places.txt) this rare in English is a place wherever
# it stands (`luxor`); a commoner one up to _RARE_ZIPF only after a preposition of place
# (`held in barcelona`, not `a nice day`).
_PLACE_ZIPF = 3.0


# Neighbour evidence (_from_neighbours; curves in benchmarks/results/detection-curves.md, read
# on the tuning part with cross-fit statistics). A lowercase word, not in a compound or an
# address, beside a capitalised word of the same name.
# A maximal run of letters and digits (as ``str.isalnum`` has them) opening with an ASCII
# capital, and the run a phrase's word opens with.
_CAPITAL_RUN_RE = re.compile(r"(?<![^\W_])[A-Z][^\W_]*")
_LEADING_RUN_RE = re.compile(r"[^\W_]*")
_BEFORE_CAPITAL_RE = re.compile(r"(?<![\w'’.@/-])([a-z]+) (?=[A-Z])")
_AFTER_CAPITAL_RE = re.compile(r"(?<![\w'’])[A-Z][\w'’]*\.? (?=([a-z]+)(?:['’]s\b|(?![\w'’@/-])))")
# Up to this Zipf frequency a word before a capitalised one is a name's first word when the
# document writes the two with capitals elsewhere (`new York`) or it is a first name (`said
# peter Hemington`); commoner words (`best British act`, `the south Wales valleys`) are not.
_NEIGHBOUR_ZIPF = 5.0
# A first name before a capitalised word (`said peter Hemington`) up to this Zipf frequency:
# the commonest words of the list (`will`) stay out.
_GIVEN_ZIPF = 5.5
# After a person's honorific (`Mr. pavlyuk`, `Ms marharyta`) a lowercase word up to this Zipf
# frequency is a name (`Mr nice guy` is not, nor `Lord knows`).
_HONORIFIC_ZIPF = 4.0
# A family name of the US Census list (data/family_names.txt) after a capitalised first name
# (`Tim crawford`), up to this Zipf frequency: commoner ones are words (`Gordon brown`, which
# the case statistics of pairs decide).
_SURNAME_ZIPF = 4.3
# A family name of the list rarer than this is one after any capitalised word but a
# nationality (`Ian mccall`, whose first name the short US list lacks); at 3.5 plural nouns
# come in (`Two crooks`).
_RARE_SURNAME_ZIPF = 3.0
# A pair clean news capitalises together (share _NEIGHBOUR_PAIR_RATIO, in this many articles)
# names it: before a capitalised word two articles suffice (`labour Party`); after one, where
# lowercase head nouns of names are house style (`Golden Globe awards`, `PC Pro magazine`),
# three, and never after a nationality (`the European parliament`).
_NEIGHBOUR_PAIR_RATIO = 0.95
_BEFORE_PAIR_ARTICLES = 2
_AFTER_PAIR_ARTICLES = 3
# An acronym the document writes in capitals (`MPs`, `BAFTA`), lowercase elsewhere, up to this
# length and this Zipf frequency of the lowercase word (`aids` is a word; `us`, `who` are
# function words and never asked about), or above it when the document writes it once in
# lowercase and _ACRONYM_USES times in capitals (`the uk's needs` beside `UK` twice: wordfreq
# folds case, so an acronym's own frequency counts as the word's).
_ACRONYM_MAX = 6
_ACRONYM_ZIPF = 4.0
_ACRONYM_USES = 2
# A lowercase word between two capitalised ones, up to this Zipf frequency, is inside a name
# when the capitalised words after it end, within _HEAD_REACH words, in a word that heads an
# organisation's name (`the European central Bank`).
_INSIDE_ZIPF = 5.5
_HEAD_REACH = 3
_NAME_HEADS = words(
    """Academy Agency Administration Association Assembly Authority Bank Board Bureau Centre
    Center Chamber Club College Commission Committee Company Confederation Congress Corporation
    Council Court Department Directorate Division Federation Foundation Fund Group Institute
    Institution League Ministry Monopoly Museum Office Organisation Organization Parliament Party
    Service Society Trust Union University"""
)
# Particles of personal names that English writes in lowercase (`Ruud van Nistelrooy`).
_PARTICLES = words("""van von de der den da di du del della le la bin ibn al el ter ten""")
_NOT_NAME_WORDS = _NO_PARTNERS | _REPORTING | _PARTICLES


class LowercaseName(Rule):
    """Name or proper adjective in lowercase mid-sentence (`when russian troops`, `said fomin`).

    ## What it does
    Reports a word inside a sentence that is written in lowercase although it is a name:
    either a country, nationality, day or month from lintnews's name list (`russian`,
    `ukraine`, `tuesday`), or a word the document itself capitalises inside sentences
    elsewhere (`Fomin ... fomin`). Words that are also common lowercase words (`turkey`,
    `china`, `may`, `bill`) are reported only when the document capitalises them and the
    lowercase one stands in a list of names (`Britain, France, turkey and China`).

    It also reports a word that clean news text capitalises: alone when English rarely uses
    it as a word (`said hantuchova`), beside a capitalised word it forms a name with
    (`Gordon brown`, `tom Hanks`, `the European union`), a place of the GeoNames gazetteer
    (`in luxor`), or a word the document capitalises beside the same neighbour elsewhere.
    A rare word after a person's honorific is a name (`Mr. pavlyuk`), and so is a word
    inside a capitalised name that ends in an organisation's word (`the European central
    Bank`). A word beside a
    capitalised word of a multiword name is reported when the document
    writes the two with capitals elsewhere (`new York`), when it is a first name before a
    capitalised word (`said peter Hemington`), a family name after a first name (`Tim
    crawford`: a US Census surname, or a name clean news capitalises), or half of a pair
    clean news capitalises together. An acronym the document writes in capitals (`CBI`) is reported
    where it is written in lowercase (`the cbi said`).
    The statistics are counted on the tuning half of bbc-news
    (`benchmarks/build_case_stats.py`).

    ## Why is this bad?
    Machine translation from languages that write nationalities in lowercase (Spanish,
    French, Russian, Ukrainian) keeps their casing, and lowercasing pipelines lose capitals.
    Readers trip over it and name recognition misses the entity.

    ## Example
    ```
    It comes as russian troops struggled, Alexander Fomin said. Later fomin added more.
    ```

    ## Use instead
    ```
    It comes as Russian troops struggled, Alexander Fomin said. Later Fomin added more.
    ```
    The fix capitalises the word. It is safe when the document writes the word with a capital
    elsewhere and the word cannot be an ordinary English word where it stands (it is rare in
    English, or clean news capitalises it nearly always and no `a` or `an` stands before it);
    otherwise unsafe (`the scenic upper Yangtze`, `a yahoo`).
    """

    code = "C002"
    name = "lowercase-name"
    uses_lexicon = True
    examples = [
        bad(
            "It comes when russian troops bogged down. The Russian army said so.",
            fixed="It comes when Russian troops bogged down. The Russian army said so.",
        ),
        bad(
            "Alexander Fomin said so. Later, fomin said it was over.",
            fixed="Alexander Fomin said so. Later, Fomin said it was over.",
        ),
        bad("The talks resume on tuesday.", fixed="The talks resume on Tuesday."),
        bad(
            "Guarantors include Britain, France, turkey, China and Poland. Talks in Turkey went on.",
            fixed="Guarantors include Britain, France, Turkey, China and Poland. Talks in Turkey went on.",
        ),
        good("They ate turkey and fine china in May. Turkey and China were not invited."),
        good("Bill Gates spoke about the bill. Rose Smith said prices rose."),
        good("Diners may go dutch at the new restaurant."),
        good("Scorsese made The Aviator, a film about the aviator and tycoon."),
        # Case statistics: clean news capitalises the word, or the pair beside a capital.
        bad(
            "The match was won by hantuchova in straight sets.",
            fixed="The match was won by Hantuchova in straight sets.",
        ),
        bad(
            "He said Gordon brown had delivered a stable economy.",
            fixed="He said Gordon Brown had delivered a stable economy.",
        ),
        bad(
            "The firm bought Zephyr Works in May. Staff at zephyr Works were pleased.",
            fixed="The firm bought Zephyr Works in May. Staff at Zephyr Works were pleased.",
        ),
        good("The chef said brown rice is healthy, and Gordon Brown agreed."),
        # A multiword name with one word lowercased, beside a capitalised word of it.
        bad(
            "Prices rose in New York. Traders in new York sold.",
            fixed="Prices rose in New York. Traders in New York sold.",
        ),
        bad(
            "The results were good, said peter Hemington of the firm.",
            fixed="The results were good, said Peter Hemington of the firm.",
        ),
        good(
            "The award for best British act went to Joss Stone. Culture secretary Tessa Jowell spoke."
        ),
        good("Ruud van Nistelrooy scored. The director Theo van Gogh died."),
        bad(
            "It was the view of Mr. pavlyuk, the governor.",
            fixed="It was the view of Mr. Pavlyuk, the governor.",
        ),
        good("He played Mr nice guy. Lord knows why."),
        bad(
            "Rates were held by the European central Bank on Thursday.",
            fixed="Rates were held by the European Central Bank on Thursday.",
        ),
        good("Mr Blunkett entered Parliament in 1987. Yukos' owner Menatep Group sued."),
        bad(
            "The PwC report and the CBI survey agree, the cbi said.",
            fixed="The PwC report and the CBI survey agree, the CBI said.",
        ),
        good("Before the war I worked as a flight attendant. The Passion opened in May."),
        good("Different Muslims pray here. There are different views."),
        good(
            "Work on the Xiluodu Dam goes on; the Xiluodu dam is huge. Scorsese made The Aviator."
        ),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        lexicon = doc.lexicon
        counts = _word_counts(doc)
        reported: set[int] = set()
        for word in _present_names(lexicon, counts):
            proper = lexicon.proper_form(word) or word.capitalize()
            safe = None
            for start in doc.occurrences(word):
                end = start + len(word)
                if doc.opens_sentence(start) or doc.in_non_prose(start, end):
                    continue
                if _DOTTED_RE.match(text, end) or text[start - 1 : start] == ".":
                    continue  # part of a domain or identifier: "english.capital.gr"
                if _in_lowercase_phrase(doc, start, end):
                    continue
                if safe is None:
                    safe = any(
                        not doc.opens_sentence(position) for position in doc.occurrences(proper)
                    )
                reported.add(start)
                yield self._report(doc, start, word, proper, safe=safe)
        # Lower-cased words the document writes in Title Case somewhere: both passes read them.
        titled = set(map(str.lower, filter(str.istitle, counts.keys())))
        yield from self._from_document(doc, reported, titled)
        yield from self._from_statistics(doc, reported, titled)
        yield from self._from_neighbours(doc, reported)
        yield from self._from_acronyms(doc, reported)

    def _from_document(
        self, doc: Document, reported: set[int], titled_words: set[str]
    ) -> Iterator[Diagnostic]:
        """Words the document capitalises inside sentences but writes lowercase here."""
        text = doc.text
        counts = _word_counts(doc)
        lexicon = doc.lexicon
        keys = counts.keys()
        titled: set[str] | None = None
        for word in titled_words & keys:
            if len(word) < _TITLECASE_MIN or word in _DETERMINERS or not word.isalpha():
                continue
            proper = word.capitalize()
            zipf = lexicon.zipf(word)
            if zipf >= _STOP_ZIPF or lexicon.proper_form(word) is not None:
                continue
            capitals, lowers = counts[proper], counts[word]
            if zipf >= _RARE_ZIPF:
                tier = "common"
                wins = lowers <= 2
            elif zipf >= _NAME_ZIPF:
                tier = "ambiguous"  # putin, tobacco, airlines: the capitals must stand alone
                wins = capitals >= max(2, 2 * lowers)
            else:
                tier = "rare"  # fomin, zelensky, but also spyware, quangos: a name must win
                wins = capitals >= lowers
            # A common word is reported only after a person's title or in a list of names: when
            # none of its lowercase spellings stands so, the costly questions below are skipped.
            # (Without a win it has many lowercase spellings, and the one title scan of the text
            # below rules it out faster.)
            if wins and tier == "common" and not _may_report_common(doc, word):
                continue
            evidence = wins and _capitalised_in_prose(doc, proper, strict=tier == "ambiguous")
            # A surname lowercased once after a first name, the person named properly elsewhere:
            # "Charles clarke" beside "Mr Clarke" (and a word English rarely uses).
            full_name = lowers == 1 and zipf < _RARE_ZIPF
            if not evidence and not full_name:
                if titled is None:
                    titled = _lowercase_after_titles(text)
                if word not in titled:
                    continue  # no capital elsewhere that wins, and no "Mr fuller" either
            for start in doc.occurrences(word):
                end = start + len(word)
                if start in reported or doc.opens_sentence(start):
                    continue
                if doc.in_non_prose(start, end) or text[end : end + 1] == "-":
                    continue
                previous, gap = doc.previous_word(start)
                if _named_here(text, previous, gap, proper) or (
                    full_name and _after_first_name(doc, previous, gap, proper)
                ):
                    reported.add(start)
                    yield self._report(doc, start, word, proper, safe=True)
                    continue
                if not evidence:
                    continue
                if previous.lower() in _DETERMINERS or text[start - 1 : start] == "-":
                    continue  # "the aviator", "a bill", "anti-tobacco": the common noun
                if tier == "common" and not _in_list_of_names(doc, start, end):
                    continue
                reported.add(start)
                yield self._report(doc, start, word, proper, safe=True)

    def _from_statistics(
        self, doc: Document, reported: set[int], titled: set[str]
    ) -> Iterator[Diagnostic]:
        """Words clean news capitalises, alone or beside a capitalised partner, written in
        lowercase here."""
        stats = case_stats()
        counts = _word_counts(doc)
        lexicon = doc.lexicon
        text = doc.text
        keys = counts.keys()
        # Words the statistics know, and words the document also writes with a capital.
        gazetteer = places()
        in_stats = stats.known.intersection(counts)
        candidates = [
            word
            for word in in_stats.union(titled.intersection(counts))
            if counts[word] <= _STATS_MAX_LOWERS and word.islower() and word not in _NO_PARTNERS
        ]
        for word in sorted(candidates):
            if not word.isalpha():
                continue
            zipf = lexicon.zipf(word)
            proper = word.capitalize()
            alone = stats.words.get(word)
            alone_ok = (
                alone is not None
                and _strong(alone, _STATS_RATIO, _STATS_ARTICLES)
                and zipf < _STATS_ZIPF
                and lexicon.proper_form(word) is None
            ) or (zipf < _UNKNOWN_ZIPF and _capitalised_inside(doc, proper))
            # Both the statistics and the document's own capital, for a commoner word.
            # (A determiner does not make such a word a common noun: `the tories`.)
            both = (
                alone is not None
                and zipf < _BOTH_ZIPF
                and _strong(alone, _STATS_RATIO, _BOTH_ARTICLES)
                and lexicon.proper_form(word) is None
                and _capitalised_alone(doc, proper)
            )
            place = gazetteer.get(word)
            place_anywhere = place is not None and zipf < _PLACE_ZIPF
            after_preposition = place is not None and zipf < _RARE_ZIPF
            # Only a partner the document writes with a capital can stand beside it so, and only
            # a word clean news itself mostly capitalises (it is in the statistics alone): an
            # office or a noun beside a name is lowercase (`US president George W Bush`).
            partners = (
                stats.partners.get(word, frozenset()) & titled if alone is not None else frozenset()
            )
            in_document_pair = proper in keys and zipf < _PAIR_DOCUMENT_ZIPF
            if not (alone_ok or both or after_preposition or partners or in_document_pair):
                continue  # no evidence can hold at any of its uses
            proper = place or proper
            for start in doc.occurrences(word):
                end = start + len(word)
                if start in reported:
                    continue
                # A place of the gazetteer is reported where a name may end (not "in shaping
                # reforms", "a simmering row"), anywhere or after "in", "from" as it is rare.
                as_place = (
                    after_preposition
                    and _ends_a_name(doc, end)
                    and _not_after_determiner(doc, start, zipf)
                    and (place_anywhere or doc.previous_word(start)[0] in _PLACE_PREPOSITIONS)
                )
                if not (
                    (alone_ok and _not_after_determiner(doc, start, zipf))
                    or both
                    or as_place
                    or _in_capitalised_pair(doc, start, end, word, partners)
                    or (in_document_pair and _pair_in_document(doc, start, end, proper, zipf))
                ):
                    continue
                if doc.opens_sentence(start) or doc.in_non_prose(start, end):
                    continue
                if text[end : end + 1] == "-" or text[start - 1 : start] in ("-", "."):
                    continue  # part of a compound or an identifier: "uk-issued", "bbc.co.uk"
                if _DOTTED_RE.match(text, end):
                    continue
                reported.add(start)
                safe = _capitalised_inside(doc, proper) and not _in_foreign_phrase(doc, start, end)
                yield self._report(doc, start, word, proper, safe=safe)

    def _from_neighbours(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """Words of a multiword name written in lowercase beside a capitalised word of it:
        the document writes the two together with capitals elsewhere (`new York` beside `New
        York`), a first name before a capitalised word (`said peter Hemington`), a name clean
        news capitalises after a first name (`Michael howard`), or a pair clean news writes
        capitalised together (`the European union`)."""
        text = doc.text
        candidates = {m.start(1): m.group(1) for m in _BEFORE_CAPITAL_RE.finditer(text)}
        candidates.update((m.start(1), m.group(1)) for m in _AFTER_CAPITAL_RE.finditer(text))
        for start, word in sorted(candidates.items()):
            end = start + len(word)
            if start in reported:
                continue
            if word in _NOT_NAME_WORDS or word.capitalize() in _TITLES or len(word) < 2:
                continue  # a title stays lowercase before a name: `culture secretary John`
            evidence = _name_by_neighbours(doc, start, end, word)
            if not evidence:
                continue
            # After `Mr.` a sentence may open but certainly does not (`Mr. pavlyuk`).
            if doc.opens_sentence(start, certain=evidence == _AFTER_HONORIFIC):
                continue
            if doc.in_non_prose(start, end):
                continue
            if _DOTTED_RE.match(text, end) or _in_lowercase_phrase(doc, start, end):
                continue
            proper = word.capitalize()
            reported.add(start)
            safe = _capitalised_inside(doc, proper) and not _in_foreign_phrase(doc, start, end)
            yield self._report(doc, start, word, proper, safe=safe)

    def _from_acronyms(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """Acronyms the document writes in capitals elsewhere, written in lowercase here
        (`the cbi said` beside `CBI`, `mps` beside `MPs`). The fix is unsafe: a line
        in capitals may shout a word (`EEL SALE`)."""
        counts = _word_counts(doc)
        text = doc.text
        lowered = {}  # lowercase spelling -> the acronym's
        for key in counts:
            if key.isupper() and key.isalpha() and len(key) <= _ACRONYM_MAX:
                lowered[key.lower()] = key
            elif key[-1:] == "s" and key[:-1].isupper() and key[:-1].isalpha():
                lowered.setdefault(key.lower(), key)  # `MPs`; `MPS` itself wins
        for word in sorted(lowered.keys() & counts.keys()):
            proper = lowered[word]
            if word in _NOT_NAME_WORDS or counts[word] > counts[proper]:
                continue  # (a word the document mostly writes in lowercase is a word: `eel`)
            if doc.lexicon.zipf(word) >= _ACRONYM_ZIPF and not (
                counts[word] == 1 and counts[proper] >= _ACRONYM_USES
            ):
                continue  # a common word (`aids`), unless the capitals outnumber it (`uk's`)
            for start in doc.occurrences(word):
                end = start + len(word)
                if start in reported or doc.opens_sentence(start) or doc.in_non_prose(start, end):
                    continue
                if text[end : end + 1] == "-" or text[start - 1 : start] in ("-", "."):
                    continue
                if _DOTTED_RE.match(text, end):
                    continue
                reported.add(start)
                yield self.report(
                    start,
                    end,
                    f"Name '{proper}' is written in lowercase",
                    Fix.replace(start, end, proper, f"Write as '{proper}'", safe=False),
                )

    def _report(
        self, doc: Document, start: int, word: str, proper: str, *, safe: bool
    ) -> Diagnostic:
        safe = safe and _no_ordinary_word_here(doc, start, word)
        return self.report(
            start,
            start + len(word),
            f"Name '{proper}' is written in lowercase",
            Fix.replace(start, start + 1, proper[0], f"Capitalise as '{proper}'", safe=safe),
        )


def _no_ordinary_word_here(doc: Document, start: int, word: str) -> bool:
    """Whether the lowercase ``word`` cannot be an ordinary English word where it stands, so
    that capitalising it without a look is safe: a word English rarely writes (`fomin`), or one
    clean news capitalises nearly always (`tories`, `liverpool`) that no indefinite article
    makes a common noun (`the dictionary definition of a yahoo`). An adjective or noun such
    a name may also be (`the scenic upper Yangtze`, `interactive Bafta`) is left to a person."""
    if doc.lexicon.zipf(word) < _NAME_ZIPF:
        return True
    counts = case_stats().words.get(word)
    if counts is None or counts.ratio < _SAFE_RATIO:
        return False
    return doc.previous_word(start)[0].lower() not in ("a", "an")


# Clean news capitalises a word this often (of its uses inside sentences) for a safe fix.
_SAFE_RATIO = 0.9


_AFTER_HONORIFIC = "a name after an honorific"


def _name_by_neighbours(doc: Document, start: int, end: int, word: str) -> str:
    """Which evidence, if any, makes this lowercase word part of a name with a capitalised
    neighbour (see :meth:`LowercaseName._from_neighbours`); ``""`` for none."""
    lexicon = doc.lexicon
    zipf = lexicon.zipf(word)
    previous, gap = doc.previous_word(start)
    left = _partner(doc, previous, gap, start - len(gap) - len(previous))
    following, gap_after = doc.next_word(end)
    right = _partner(doc, following, gap_after, end + len(gap_after))
    if previous in _PERSON_TITLES and gap in (" ", ". ") and zipf < _HONORIFIC_ZIPF:
        return _AFTER_HONORIFIC
    stats = case_stats()
    if right:
        if zipf < _NEIGHBOUR_ZIPF and _name_in_prose(doc, f"{word.capitalize()} {following}"):
            return "the document writes the name with a capital"
        name = _capitalised_run(doc, end, 2)
        if name and _name_in_prose(doc, f"{word.capitalize()} {name}"):
            return "the document writes the longer name with capitals"
        if zipf < _GIVEN_ZIPF and lexicon.is_given_name(word):
            return "a first name before a capitalised word"
        if _strong_pair(stats.pairs.get((word, following.lower())), _BEFORE_PAIR_ARTICLES):
            return "clean news capitalises the pair"
    # A first name is one where a sentence opens too (`John mccain, a Republican`).
    first_name = (
        gap == " "
        and previous.istitle()
        and lexicon.is_given_name(previous)
        and lexicon.zipf(previous) < _GIVEN_ZIPF
    )
    alone = stats.words.get(word)
    if first_name and (
        zipf < _UNKNOWN_ZIPF
        or (zipf < _SURNAME_ZIPF and word in family_names())
        or (
            alone is not None
            and zipf < _RARE_ZIPF
            and _strong(alone, _STATS_RATIO, _STATS_ARTICLES)
        )
    ):
        return "a surname after a first name"
    if not left:
        return ""
    if right and zipf < _INSIDE_ZIPF and _name_head_follows(doc, end) and _after_the(doc, start):
        return "inside an organisation's name"
    if (
        zipf < _RARE_SURNAME_ZIPF
        and word in family_names()
        and not lexicon.is_nationality(previous)
    ):
        return "a rare surname after a capitalised word"
    if (
        zipf < _NEIGHBOUR_ZIPF
        and not lexicon.is_nationality(previous)
        and _strong_pair(stats.pairs.get((previous.lower(), word)), _AFTER_PAIR_ARTICLES)
    ):
        return "clean news capitalises the pair"
    return ""


def _name_head_follows(doc: Document, end: int) -> bool:
    """Whether the capitalised words after ``end`` end, within a few words, in a word that
    heads the name of an organisation or an institution (`central Bank`, `tobacco Monopoly
    Administration`)."""
    offset = end
    for _ in range(_HEAD_REACH):
        following, gap = doc.next_word(offset)
        if gap != " " or not following.istitle():
            return False
        if following in _NAME_HEADS:
            return True
        offset += len(gap) + len(following)
    return False


def _capitalised_run(doc: Document, end: int, length: int) -> str:
    """The ``length`` capitalised words right after ``end``, one space apart, or ``""``."""
    found = []
    offset = end
    for _ in range(length):
        following, gap = doc.next_word(offset)
        if gap != " " or not following.istitle() or following.lower() in _NO_PARTNERS:
            return ""
        found.append(following)
        offset += len(gap) + len(following)
    return " ".join(found)


def _after_the(doc: Document, start: int) -> bool:
    """Whether the capitalised words before ``start`` follow a determiner (`the European
    central Bank`), as the words of a name do and a subject before its verb does not (`Mr
    Blunkett entered Parliament`)."""
    offset = start
    for _ in range(_HEAD_REACH):
        previous, gap = doc.previous_word(offset)
        if previous.lower() in _DETERMINERS:
            return gap == " " and offset != start
        if gap != " " or not (previous.istitle() or previous.isupper()):
            return False
        offset -= len(gap) + len(previous)
    return False


def _strong_pair(counts: Counts | None, articles: int) -> bool:
    return counts is not None and _strong(counts, _NEIGHBOUR_PAIR_RATIO, articles)


def _name_in_prose(doc: Document, phrase: str) -> bool:
    """Whether the document writes ``phrase`` as whole words inside a sentence of running
    text (not where a sentence may open, not in a Title Case heading)."""
    text = doc.text
    for position in _whole_phrase_candidates(doc, phrase):
        after = position + len(phrase)
        whole = (position == 0 or not text[position - 1].isalnum()) and not text[
            after : after + 1
        ].isalnum()
        if whole and not doc.opens_sentence(position) and not _in_heading(doc, position):
            return True
    return False


def _word_counts(doc: Document) -> Counter[str]:
    """The document's word counts with a possessive counted as its word (`Liverpool's` as
    `Liverpool`), as :meth:`Document.occurrences` finds it."""
    return doc.shared(_count_possessives_as_words)


def _count_possessives_as_words(doc: Document) -> Counter[str]:
    counts = doc.word_counts
    possessives = [key for key in counts if key[-2:] in _POSSESSIVES]
    if not possessives:
        return counts
    merged = counts.copy()
    for key in possessives:
        merged[key[:-2]] += merged.pop(key)
    return merged


def _capitalised_alone(doc: Document, proper: str) -> bool:
    """Whether the document writes ``proper`` with a capital inside a sentence and outside a
    longer capitalised name (`Gerrard scored`, not `Frost Report`)."""
    text = doc.text
    for start in doc.occurrences(proper):
        if doc.opens_sentence(start) or _in_heading(doc, start):
            continue
        previous, gap = doc.previous_word(start)
        following, gap_after = doc.next_word(start + len(proper))
        if (gap == " " and previous.istitle()) or (gap_after == " " and following.istitle()):
            continue
        if "-" not in (
            text[start - 1 : start],
            text[start + len(proper) : start + len(proper) + 1],
        ):
            return True  # (not part of a compound: `Spider-Man`)
    return False


def _capitalised_inside(doc: Document, proper: str) -> bool:
    """Whether the document writes ``proper`` with a capital where no sentence opens."""
    return any(not doc.opens_sentence(start) for start in doc.occurrences(proper))


def _in_foreign_phrase(doc: Document, start: int, end: int) -> bool:
    """Whether a lowercase word English hardly writes stands right beside it: a phrase of another
    language, whose capitals follow that language's rules (`TV numerique terrestre` beside
    `Television Numerique pour Tous`), so the document's own capital elsewhere is no safe
    evidence."""
    for neighbour, gap in (doc.previous_word(start), doc.next_word(end)):
        if gap == " " and neighbour.islower() and doc.lexicon.zipf(neighbour) < _FOREIGN_ZIPF:
            return True
    return False


def _strong(counts: Counts, ratio: float, articles: int) -> bool:
    return counts.ratio >= ratio and counts.articles >= articles


def _in_capitalised_pair(
    doc: Document, start: int, end: int, word: str, partners: frozenset[str]
) -> bool:
    """Whether a capitalised neighbour, one space away, makes a pair with ``word`` that clean
    news capitalises together (`Gordon brown`, `tom Hanks`, `the European union`)."""
    if not partners:
        return False
    pairs = case_stats().pairs
    previous, gap = doc.previous_word(start)
    if _partner(doc, previous, gap, start - len(gap) - len(previous)):
        counts = pairs.get((previous.lower(), word))
        if counts is not None and _strong(counts, _PAIR_RATIO, _PAIR_ARTICLES):
            return True
    following, gap_after = doc.next_word(end)
    if _partner(doc, following, gap_after, end + len(gap_after)):
        counts = pairs.get((word, following.lower()))
        if counts is not None and _strong(counts, _PAIR_RATIO, _PAIR_ARTICLES):
            return True
    return False


def _ends_a_name(doc: Document, end: int) -> bool:
    """Whether what follows may follow a name: punctuation, a capital or a function word (`in
    luxor.`, `in barcelona, the capital`), not the noun a modifier goes with (`a simmering
    row`)."""
    following, gap = doc.next_word(end)
    return not following[:1].islower() or bool(gap.strip()) or following in _NO_PARTNERS


def _partner(doc: Document, word: str, gap: str, start: int) -> bool:
    """Whether ``word``, ``gap`` away, is a capitalised word that may be part of a name: not a
    function word, and not a common word whose capital a sentence opening explains."""
    if gap != " " or not word.istitle() or word.lower() in _NO_PARTNERS:
        return False
    return not doc.opens_sentence(start) or doc.lexicon.zipf(word) < _RARE_ZIPF


def _not_after_determiner(doc: Document, start: int, zipf: float) -> bool:
    """Whether no determiner makes an English word a common noun here (`the aviator` beside
    `The Aviator`); a word English does not know is a name after one too."""
    return zipf < _UNKNOWN_ZIPF or doc.previous_word(start)[0].lower() not in _DETERMINERS


def _pair_in_document(doc: Document, start: int, end: int, proper: str, zipf: float) -> bool:
    """Whether the document writes this word with a capital beside the same capitalised
    neighbour elsewhere, inside a sentence of running text (`National Highway ... national
    Highway`; not `Different Muslims` opening a sentence or a Title Case headline). A word
    after the name, as common as `dam` or `electronics`, may be the thing the name qualifies
    (`the Xiluodu dam`): only a rare one counts there."""
    previous, gap = doc.previous_word(start)
    if (
        zipf < _STATS_ZIPF
        and _partner(doc, previous, gap, start - len(gap) - len(previous))
        and _written_in_prose(doc, f"{previous} {proper}")
    ):
        return True
    following, gap_after = doc.next_word(end)
    return _partner(doc, following, gap_after, end + len(gap_after)) and _written_in_prose(
        doc, f"{proper} {following}"
    )


def _written_in_prose(doc: Document, phrase: str) -> bool:
    return any(
        not doc.opens_sentence(position) and not _in_heading(doc, position)
        for position in _phrase_starts(doc, phrase)
    )


def _phrase_starts(doc: Document, phrase: str) -> Iterator[int]:
    """Every offset where ``phrase`` stands in the text, in text order, as ``str.find`` finds
    it (a plain substring, no word boundaries asked).

    A phrase whose last word opens with an ASCII capital is looked for only where the
    document's index of capitalised runs has a run that opens with that word: a search of the
    whole text for each phrase made a long document's cost grow with the square of its size."""
    head, space, tail = phrase.rpartition(" ")
    if not space or not ("A" <= tail[:1] <= "Z"):
        yield from _found(doc.text, phrase)
        return
    text = doc.text
    offset = len(head) + 1
    runs = doc.shared(_CapitalRuns)
    lead = _LEADING_RUN_RE.match(tail).group()  # type: ignore[union-attr]
    found = [
        start - offset
        for starts in runs.opening_with(lead)
        for start in starts
        if start >= offset and text.startswith(phrase, start - offset)
    ]
    yield from sorted(found)


def _whole_phrase_candidates(doc: Document, phrase: str) -> Iterable[int]:
    """Offsets, in text order, that hold every place where ``phrase`` stands with no letter or
    digit before it (and perhaps others). When its first word is a run of letters and digits
    that opens with an ASCII capital and a space follows it, such a place opens that very run
    (the space ends it): the index has them."""
    first, space, _ = phrase.partition(" ")
    if space and "A" <= first[:1] <= "Z" and _CAPITAL_RUN_RE.fullmatch(first):
        text = doc.text
        starts = doc.shared(_CapitalRuns).starts.get(first, ())
        return [start for start in starts if text.startswith(phrase, start)]
    return _found(doc.text, phrase)


def _found(text: str, phrase: str) -> Iterator[int]:
    position = text.find(phrase)
    while position != -1:
        yield position
        position = text.find(phrase, position + 1)


class _CapitalRuns:
    """Where each run of letters and digits that opens with an ASCII capital starts, for one
    document: every maximal run, by what it reads. A phrase's last word after a space opens
    such a run (a space is no letter), and the run begins with the word's own letters."""

    def __init__(self, doc: Document) -> None:
        starts: dict[str, list[int]] = {}
        for match in _CAPITAL_RUN_RE.finditer(doc.text):
            starts.setdefault(match.group(), []).append(match.start())
        self.starts = starts
        self.runs = sorted(starts)

    def opening_with(self, prefix: str) -> Iterator[list[int]]:
        """The starts of every run that begins with ``prefix``."""
        runs = self.runs
        index = bisect_left(runs, prefix)
        while index < len(runs) and runs[index].startswith(prefix):
            yield self.starts[runs[index]]
            index += 1


def _lowercase_after_titles(text: str) -> set[str]:
    """Lowercase words written right after a title: `Mr fuller`."""
    return {
        match.group(1)
        for match in _AFTER_TITLE_RE.finditer(text)
        if match.start() == 0 or not text[match.start() - 1].isalnum()
    }


def _named_here(text: str, previous: str, gap: str, proper: str) -> bool:
    """Whether a title before it makes this word a name (`Mr fuller`) that the document
    capitalises elsewhere."""
    return gap == " " and previous in _PERSON_TITLES and proper in text


def _after_first_name(doc: Document, previous: str, gap: str, proper: str) -> bool:
    """Whether the capitalised word before is a first name and the document writes the surname
    as a person's after a title elsewhere (`Mr Clarke`). (The full name alone is no evidence:
    `Consumer Electronics` beside `Consumer electronics`.)"""
    if gap != " " or not previous[:1].isupper() or doc.lexicon.zipf(previous) >= _STOP_ZIPF:
        return False
    return any(
        next(_phrase_starts(doc, f"{title} {proper}"), None) is not None for title in _PERSON_TITLES
    )


def _may_report_common(doc: Document, word: str) -> bool:
    """Whether some lowercase spelling of a common word might be reported: only one right after
    a person's title (`Mr bill`, as in :func:`_named_here`) or with a comma, `and` or `or` after
    it (needed by :func:`_in_list_of_names`) can be. A quick test of the characters around it."""
    text = doc.text
    for start in doc.occurrences(word):
        if text[start - 1 : start] == " " and text.endswith(_PERSON_TITLE_TUPLE, 0, start - 1):
            return True
        if _LIST_AFTER_RE.match(text, start + len(word)):
            return True
    return False


def _in_lowercase_phrase(doc: Document, start: int, end: int) -> bool:
    previous, _ = doc.previous_word(start)
    following, _ = doc.next_word(end)
    text = doc.text
    word = text[start:end]
    before = text[max(0, start - 40) : start].split()[-2:]
    return (
        f"{previous} {word}".lower() in _LOWERCASE_PHRASES
        or f"{word} {following}".lower() in _LOWERCASE_PHRASES
        or " ".join([*before, word]).lower() in _LOWERCASE_PHRASES
    )


def _in_list_of_names(doc: Document, start: int, end: int) -> bool:
    """`France, turkey, China`, `turkey and China`: a capitalised neighbour joined by a comma
    or a conjunction on either side."""
    previous, gap = doc.previous_word(start)
    following, gap_after = doc.next_word(end)
    before_ok = previous[:1].isupper() and gap.strip() == ","
    if previous in ("and", "or") and not gap.strip():
        before_word, before_gap = doc.previous_word(start - len(previous) - len(gap))
        before_ok = before_word[:1].isupper() and before_gap.strip() in ("", ",")
    after_ok = following[:1].isupper() and gap_after.strip() == ","
    if following in ("and", "or") and not gap_after.strip():
        after_word, after_gap = doc.next_word(end + len(gap_after) + len(following))
        after_ok = after_word[:1].isupper() and not after_gap.strip()
    return before_ok and after_ok


def _present_names(lexicon: Lexicon, counts: Counter[str]) -> list[str]:
    return sorted(_name_set(lexicon).intersection(counts))


@cache
def _name_set(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's names as a frozenset, which intersects a document's word counts by looking
    up each word (no set is built from them): about twice as fast as ``names.keys() & keys``."""
    return frozenset(lexicon.names)


def _in_heading(doc: Document, start: int) -> bool:
    """Whether the words around ``start`` on its line are in Title Case (a heading)."""
    line = doc.line_span(start)
    window = doc.text[max(line.start, start - 80) : min(line.end, start + 80)]
    words = _LETTERS_RE.findall(window)
    lower = sum(1 for word in words if word[0].islower())
    return len(words) < 6 or lower < 0.4 * len(words)


def _capitalised_in_prose(doc: Document, proper: str, *, strict: bool = False) -> bool:
    """Whether the document writes ``proper`` as the name of a person or place inside a
    sentence of running text: after a title (`Mr Fomin`, `President Zelensky`), before a
    reporting verb (`Alexander Fomin said`), or, unless ``strict``, after a preposition of place
    (`near Chernihiv`). With ``strict``, twice and not after a preposition."""
    text = doc.text
    found = 0
    for start in doc.occurrences(proper):
        if doc.opens_sentence(start):
            continue
        following, gap_after = doc.next_word(start + len(proper))
        if following[:1].isupper() and not gap_after.strip():
            continue  # inside a longer name: "the Spyware Coalition"
        # A title or preposition counts only when white space alone separates it from the name.
        previous, gap = doc.previous_word(start)
        if not gap.isspace():
            previous = ""
        person = previous in _TITLES or (
            following.lower() in _REPORTING and gap_after.strip() in ("", ",")
        )
        if text.startswith(("'s", "’s"), start + len(proper)):
            person = True
        place = not strict and previous in _PLACE_PREPOSITIONS
        if (person or place) and not _in_heading(doc, start):
            found += 1
            if found >= (2 if strict else 1):
                return True
    return False
