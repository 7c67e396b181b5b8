"""The shared lexicon: how common a word is in English, and which words are names.

Word frequencies come from wordfreq, which ships its lists inside the package (no download) and
covers news names such as Kyiv and Belarus (see ``lintnews.wordlist`` for how they are read fast).
The lexicon is loaded on first use, once per process, so a run whose selected rules never ask for
it never pays for it.

The word lists that several rule families share (names, days and months, titles, reporting
verbs, function words, abbreviations) are data files in ``lintnews/data``, each with a header
that says where its words came from, read here by one loader (:func:`word_set`).
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path

from lintnews import wordlist
from lintnews.wordlist import WordList, load_pair_list, load_word_list, word_list_source

# Zipf scale: log10 of occurrences per billion words. 3 is about once per million words.
ZIPF_UNKNOWN = 0.0
# User-supplied known words count as moderately common names.
ZIPF_KNOWN_WORD = 3.5
# Other languages are asked only whether a word is common there: rarer words read as unknown.
FOREIGN_MIN_ZIPF = 3.0
# Look-ups are remembered: the same words recur in every article. Bounded for huge corpora.
_MEMO_LIMIT = 500_000


class Lexicon:
    """Read-only word knowledge, shared by all documents with the same ``known_words``."""

    def __init__(self, known_words: frozenset[str] = frozenset()) -> None:
        self.known_words = known_words
        self._known_lower = frozenset(_normalise(word) for word in known_words)
        self._memo: dict[str, float] = {}

    @cached_property
    def _english(self) -> WordList:
        return load_word_list("en")

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (case-insensitive) in English; 0 when unknown. A user's
        known word counts as at least moderately common."""
        found = self._memo.get(word)
        if found is not None:
            return found
        lower = _normalise(word)
        zipf = self._english.zipf(lower)
        if lower in self._known_lower:
            found = max(zipf or 0.0, ZIPF_KNOWN_WORD)
        else:
            found = ZIPF_UNKNOWN if zipf is None else zipf
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        self._memo[word] = found
        return found

    def common_words(self, min_zipf: float) -> frozenset[str]:
        """The English words (lower case) at least this frequent, for set operations against a
        document's vocabulary. Cached per threshold."""
        cached = self._common.get(min_zipf)
        if cached is None:
            cached = self._common[min_zipf] = frozenset(self._english.words_at_least(min_zipf))
        return cached

    @cached_property
    def _common(self) -> dict[float, frozenset[str]]:
        return {}

    def is_known(self, word: str) -> bool:
        lower = _normalise(word)
        return lower in self._known_lower or lower in self._english

    def is_user_known(self, word: str) -> bool:
        return _normalise(word) in self._known_lower

    def zipf_in(self, word: str, language: str) -> float:
        """Zipf frequency of ``word`` in another language that wordfreq ships; 0 when unknown or
        rarer than ``FOREIGN_MIN_ZIPF``."""
        zipf = load_word_list(language, FOREIGN_MIN_ZIPF).zipf(_normalise(word))
        return 0.0 if zipf is None else zipf

    @cached_property
    def names(self) -> dict[str, str]:
        """Lower-cased name -> proper spelling: countries, nationalities, days, months."""
        return _load_names()

    def proper_form(self, word: str) -> str | None:
        """The capitalised spelling of a word that English always capitalises, if it is one."""
        return self.names.get(word.lower())

    def is_nationality(self, word: str) -> bool:
        """Whether ``word`` is a nationality or proper adjective (Chinese, European), which
        English writes apart from the noun after it."""
        return word.lower() in _load_nationalities()

    def pair_zipf(self, left: str, right: str) -> float:
        """How often English writes ``left right`` as two words, on the Zipf scale; 0 unless
        the pair is among the commonest of the web (Google's n-gram counts as wordsegment
        ships them: 258k pairs seen 100k times or more in a trillion words, Zipf 2 and up).
        The evidence that tells a glued pair (boxoffice, taxlaws) from a solid compound
        (carmaking, beermaker), which the web does not write apart."""
        return self._pairs.zipf(f"{_normalise(left)} {_normalise(right)}") or ZIPF_UNKNOWN

    @cached_property
    def _pairs(self) -> WordList:
        return load_pair_list()

    def is_given_name(self, word: str) -> bool:
        """Whether ``word`` is a common first name (Tony, Laura), from the US Census list."""
        return word.capitalize() in _load_given_names()


def _normalise(word: str) -> str:
    """wordfreq's keys are lower-case with straight apostrophes."""
    return word.lower().replace("’", "'")


# Shared evidence: the word lists in lintnews/data ------------------------------------------------
#
# Each file opens with a header that says what it holds and where the words came from. A line
# "## Title" opens a section; other "#" lines are comments; words are separated by white space.
# Every file is read once, by section, on first use; the accessors below give frozensets.

# The files sit beside this module in the installed package (a wheel or an editable install).
# Read by path: importlib.resources.files() costs 20 ms in an editable install, a tenth of
# `lintnews check` on one article, for the same bytes.
_DATA = Path(__file__).resolve().parent / "data"


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    """``data/<name>.txt`` read once: each section's title -> its words, in file order (the
    words before any section under "")."""
    data = (_DATA / f"{name}.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {"": []}
    title = ""
    for line in data.splitlines():
        if line.startswith("## "):
            title = line[3:].strip()
            sections[title] = []
        elif not line.startswith("#"):
            sections[title].extend(line.split())
    return {title: tuple(found) for title, found in sections.items()}


@cache
def word_set(name: str, *sections: str) -> frozenset[str]:
    """The words of the named sections of ``data/<name>.txt``, or of the whole file when no
    section is named (each set built once). An unknown section is an error, not an empty
    set."""
    found = _sections(name)
    if not sections:
        return frozenset(word for words in found.values() for word in words)
    return frozenset(word for section in sections for word in found[section])


def days() -> frozenset[str]:
    """Monday ... Sunday (calendar.txt)."""
    return word_set("calendar", "Days")


def months() -> frozenset[str]:
    """January ... December (calendar.txt)."""
    return word_set("calendar", "Months")


def calendar_abbreviations() -> frozenset[str]:
    """mon, tues, sept, dec ... in lower case (calendar.txt)."""
    return word_set("calendar", "Day abbreviations", "Month abbreviations")


def honorifics() -> frozenset[str]:
    """Mr, Mrs, Dame ...: titles written before a person's name only (titles.txt)."""
    return word_set("titles", "Honorifics")


def offices() -> frozenset[str]:
    """President, Minister, Coach ...: titles that are also nouns (titles.txt)."""
    return word_set("titles", "Offices")


@cache
def titles() -> frozenset[str]:
    """Honorifics and offices (titles.txt), capitalised."""
    return honorifics() | offices()


def reporting_verbs() -> frozenset[str]:
    """said, added, told ... (reporting_verbs.txt)."""
    return word_set("reporting_verbs")


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations written with a full stop after which a sentence goes on, lower case and
    without the stop (abbreviations.txt and the calendar's)."""
    return word_set("abbreviations") | calendar_abbreviations()


def function_words(*classes: str) -> frozenset[str]:
    """English function words of the named classes (function_words.txt: Determiners,
    Pronouns, Prepositions, Conjunctions, Auxiliaries), or of all of them."""
    return word_set("function_words", *classes)


@cache
def _load_names() -> dict[str, str]:
    """Lower-cased name -> proper spelling: names.txt, the days, and the months that are no
    ordinary words."""
    ordinary = word_set("calendar", "Months that are ordinary words too")
    calendar = [*_sections("calendar")["Days"], *_sections("calendar")["Months"]]
    names = [name for name in calendar if name not in ordinary]
    names += (name for section in _sections("names").values() for name in section)
    return {name.lower(): name for name in names}


@cache
def _load_nationalities() -> frozenset[str]:
    """The lower-cased words of names.txt's "Nationalities" section."""
    return frozenset(
        name.lower() for name in word_set("names", "Nationalities and proper adjectives")
    )


@cache
def _load_given_names() -> frozenset[str]:
    return word_set("given_names")


def lexicon_sources() -> list[Path]:
    """The files a lexicon's English answers come from, code and data: what a cache of
    something built from them is keyed by."""
    return [Path(__file__), Path(wordlist.__file__), word_list_source("en")]


@cache
def get_lexicon(known_words: frozenset[str] = frozenset()) -> Lexicon:
    return Lexicon(known_words)
