"""The memory-mapped word table gives exactly the answers of the sorted in-memory list, and a
damaged or foreign table is refused (the list is then decoded again)."""

from __future__ import annotations

import mmap
from array import array
from pathlib import Path

import pytest

from lintnews import wordlist
from lintnews.wordlist import MappedWordList, WordList

# Enough words that the hash slots collide (64 slots for 30 words), with non-ASCII, apostrophes
# and a word that is a prefix of another.
WORDS = sorted(
    {"a", "an", "and", "café", "don't", "émigré", "kyiv", "the", "theatre", "über", "日本"}
    | {f"w{number}" for number in range(20)}
)
RANKS = array("H", [(index * 37) % 700 for index in range(len(WORDS))])
ABSENT = ["", "A", "The", "th", "thee", "cafe", "w20", "the\n", "\ud800", "日", "don’t"]


def mapped(tmp_path: Path, data: bytes) -> MappedWordList:
    path = tmp_path / "words.table"
    path.write_bytes(data)
    with open(path, "rb") as stream:
        return MappedWordList(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ))


def test_table_answers_as_the_sorted_list(tmp_path: Path) -> None:
    table = mapped(tmp_path, wordlist._table_bytes(WORDS, RANKS))
    memory = WordList(WORDS, RANKS)
    assert len(table) == len(memory) and list(table) == WORDS
    for word in WORDS + ABSENT:
        assert table.zipf(word) == memory.zipf(word), word
        assert (word in table) == (word in memory), word
    assert 42 not in table
    for zipf in (9.0, 7.5, 5.0, 3.0):
        assert sorted(table.words_at_least(zipf)) == sorted(memory.words_at_least(zipf))


@pytest.mark.parametrize("cut", [1, 9, 100])
def test_damaged_table_is_refused(tmp_path: Path, cut: int) -> None:
    data = wordlist._table_bytes(WORDS, RANKS)
    with pytest.raises(ValueError):
        mapped(tmp_path, data[:-cut])
    with pytest.raises(ValueError):
        mapped(tmp_path, b"lnwords2" + data[8:])  # another version's file


def test_english_from_the_table_is_the_decoded_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    wordlist.load_word_list.cache_clear()
    try:
        wordlist.load_word_list("en")  # decoded, table written
        wordlist.load_word_list.cache_clear()
        table = wordlist.load_word_list("en")
        assert isinstance(table, MappedWordList)
        words, ranks = wordlist._decode(wordlist._data_file("en"), None)
        memory = WordList(words, ranks)
        assert len(table) == len(memory)
        for word in [*words[::97], "Kyiv", "chernihivalthough", "naïveté"]:
            assert table.zipf(word) == memory.zipf(word), word
        # A table cut short (a full disk) is rebuilt, not read.
        path = next(tmp_path.glob("*.table"))
        path.write_bytes(path.read_bytes()[:1000])
        wordlist.load_word_list.cache_clear()
        assert wordlist.load_word_list("en").zipf("the") == memory.zipf("the")
        assert path.stat().st_size > 1000
    finally:
        wordlist.load_word_list.cache_clear()
