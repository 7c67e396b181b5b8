"""The shared lexicon: how common a word is in English, and which words are names.

Word frequencies come from wordfreq, which ships its lists inside the package (no download) and
covers news names such as Kyiv and Belarus (see ``lintnews.wordlist`` for how they are read fast).
The lexicon is loaded on first use, once per process, so a run whose selected rules never ask for
it never pays for it.
"""

from __future__ import annotations

from functools import cache, cached_property
from importlib import resources

from lintnews.wordlist import WordList, load_pair_list, load_word_list

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


def _data_lines(name: str) -> list[str]:
    """The lines of a shipped data file, stripped, with blank lines dropped ('#' lines kept:
    in names.txt they head sections)."""
    data = resources.files("lintnews").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in data.splitlines() if line.strip()]


@cache
def _names_by_section() -> dict[str, list[str]]:
    """names.txt read once: each section's heading (a '#' line opening a run of names) ->
    its names, in their proper spelling."""
    sections: dict[str, list[str]] = {}
    heading = ""
    for line in _data_lines("names.txt"):
        if line.startswith("#"):
            heading = line
            continue
        sections.setdefault(heading, []).append(line.split("#", 1)[0].strip())
    return sections


@cache
def _load_names() -> dict[str, str]:
    return {name.lower(): name for names in _names_by_section().values() for name in names}


@cache
def _load_nationalities() -> frozenset[str]:
    """The lower-cased words of names.txt's "Nationalities" section."""
    return frozenset(
        name.lower()
        for heading, names in _names_by_section().items()
        if heading.startswith("# Nationalities")
        for name in names
    )


@cache
def _load_given_names() -> frozenset[str]:
    return frozenset(line for line in _data_lines("given_names.txt") if not line.startswith("#"))


@cache
def get_lexicon(known_words: frozenset[str] = frozenset()) -> Lexicon:
    return Lexicon(known_words)
