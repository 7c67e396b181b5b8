"""A long document costs what its text costs: the shortcuts that keep the cost linear in the
document's size find exactly what the plain ways find."""

from __future__ import annotations

import random

import pytest

from lintnews import document as document_module
from lintnews.document import Document, lower_case
from lintnews.scan import CHUNK_CHARACTERS

# Words, pieces of words and the characters that decide a whole word: apostrophes, underscores,
# hyphens, letters outside ASCII.
_PIECES = [
    "Russia",
    "Russia's",
    "'Russia'",
    "don't",
    "don",
    "O'Brien",
    "Brien",
    "students'",
    "snake_case",
    "case",
    "Zürich",
    "ÇA",
    "x",
    "the",
    "a-b",
    "’s",
    "2024",
    "ΣΟΦΟΣ",
]
_GAPS = [" ", " ", " ", "\n", ", ", ". ", "'", "’", "-", "", "_", "\t"]


def _random_text(seed: int, words: int) -> str:
    chooser = random.Random(seed)
    return "".join(chooser.choice(_PIECES) + chooser.choice(_GAPS) for _ in range(words))


def _searched(doc: Document, word: str) -> list[int]:
    """Occurrences found by searching the text (the index not yet built)."""
    return list(doc._whole_words(word, None))


@pytest.mark.parametrize("indexed_at_most", [64, 2])
def test_occurrences_from_the_index_are_those_a_search_finds(
    indexed_at_most: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With a low limit most runs are frequent ones, searched for rather than indexed.
    monkeypatch.setattr(document_module, "_INDEXED_AT_MOST", indexed_at_most)
    asked = [*_PIECES, "Russ", "ia", "s", "'s", "Brien's", "case_", "_", "", " the", "the x"]
    for seed in range(40):
        doc = Document.from_text(_random_text(seed, 300))
        expected = {word: _searched(doc, word) for word in asked}
        # Past the searches a document makes before it indexes its words.
        for _ in range(document_module._SEARCHES_BEFORE_INDEX + 1):
            list(doc.occurrences("the"))
        assert doc._runs is not None
        for word in asked:
            assert list(doc.occurrences(word)) == expected[word], (seed, word)


def test_a_short_document_is_searched_and_never_indexed() -> None:
    doc = Document.from_text("The talks in Kyiv ended. The talks went on.")
    for _ in range(document_module._SEARCHES_BEFORE_INDEX):
        assert list(doc.occurrences("talks")) == [4, 29]
    assert doc._runs is None


def test_lower_case_is_str_lower_across_pieces() -> None:
    # Pieces end at white space; a final sigma beside a cut reads the same as in the whole.
    text = _random_text(7, 3 * CHUNK_CHARACTERS // 6) + " ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ İstanbul"
    assert len(text) > 2 * CHUNK_CHARACTERS
    assert lower_case(text) == text.lower()
    sigmas = ("ΣΟΦΟΣ " * (CHUNK_CHARACTERS // 3))[:-1]
    assert lower_case(sigmas) == sigmas.lower()


def test_lowered_keeps_offsets_when_a_lower_case_is_longer() -> None:
    text = ("İstanbul ΣΟΦΟΣ " * (CHUNK_CHARACTERS // 8)).strip()
    doc = Document.from_text(text)
    assert len(doc.lowered) == len(text)
    assert doc.lowered == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    assert doc.lower == text.lower()
