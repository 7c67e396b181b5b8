"""The by-rank cache file: the common words of a threshold read as a prefix, exactly the words
a scan of the whole list finds, and a damaged file falls back to the scan."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from lintnews import wordlist
from lintnews.wordlist import WordList

WORDS = ["apple", "bee", "café", "dog", "émigré", "fox", "the"]
RANKS = array("H", [350, 420, 500, 350, 610, 900, 127])


def scanned(zipf: float) -> list[str]:
    limit = round((9.0 - zipf) * 100)
    return sorted(word for word, rank in zip(WORDS, RANKS, strict=True) if rank <= limit)


@pytest.mark.parametrize("zipf", [10.0, 7.73, 5.5, 5.0, 4.0, 3.9, 0.0, -2.0])
def test_prefix_is_the_scan(tmp_path: Path, zipf: float) -> None:
    path = tmp_path / "list.byrank"
    path.write_bytes(wordlist._by_rank_bytes(WORDS, RANKS))
    assert sorted(WordList(WORDS, RANKS, by_rank=path).words_at_least(zipf)) == scanned(zipf)


def test_damaged_or_missing_file_falls_back_to_the_scan(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.byrank"
    damaged.write_bytes(wordlist._by_rank_bytes(WORDS, RANKS)[:-9])  # a cut-off write
    for path in (damaged, tmp_path / "missing.byrank"):
        assert sorted(WordList(WORDS, RANKS, by_rank=path).words_at_least(5.0)) == scanned(5.0)


def test_english_common_words_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    wordlist.load_word_list.cache_clear()
    try:
        built = wordlist.load_word_list("en")  # decoded, cache written
        wordlist.load_word_list.cache_clear()
        cached = wordlist.load_word_list("en")
        assert any(tmp_path.glob("*.byrank"))
        whole = dict(zip(built, (built.zipf(word) for word in built), strict=True))
        expected = {word for word, zipf in whole.items() if zipf is not None and zipf >= 3.5}
        assert set(cached.words_at_least(3.5)) == expected
        assert len(expected) > 10_000
    finally:
        wordlist.load_word_list.cache_clear()
