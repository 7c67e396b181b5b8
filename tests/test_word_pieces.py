"""Words read piece by piece (bounded memory on a large document) are the words of the whole:
the word counts, and the doubled words T002 finds, with pieces a few words long."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

import pytest

import lintnews
from lintnews import document, scan
from lintnews.document import count_words
from lintnews.rules.translation import doubled_word
from tests.conftest import ROOT

SEED = (ROOT / "fixtures" / "seeds" / "mt_article.txt").read_text(encoding="utf-8")
TEXTS = [
    SEED,
    SEED.encode("ascii", "ignore").decode(),  # the ASCII path
    "He said the the talks at the at the border failed, and and the the deal too. " * 9,
]


@pytest.mark.parametrize("size", [1, 7, 23])
def test_chunks_cover_the_text_and_cut_no_word(size: int) -> None:
    for text in TEXTS:
        spans = list(scan.chunks(text, size))
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(left[1] == right[0] for left, right in pairwise(spans))
        assert all(end == len(text) or text[end].isspace() for _, end in spans)


@pytest.mark.parametrize("size", [1, 7, 23])
def test_words_counted_in_small_pieces_are_the_words_of_the_whole(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = [count_words(text) for text in TEXTS]
    assert all(sum(counts.values()) > 100 for counts in whole)
    monkeypatch.setattr(document, "chunks", partial(scan.chunks, size=size))
    assert [count_words(text) for text in TEXTS] == whole


@pytest.mark.parametrize("size", [1, 7, 23])
def test_doubles_found_in_small_pieces_are_those_of_the_whole(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def doubles(text: str) -> list[tuple[int, int]]:
        return [(d.start, d.end) for d in lintnews.lint_text(text) if d.code == "T002"]

    whole = [doubles(text) for text in TEXTS]
    assert len(whole[2]) == 9 * 4
    monkeypatch.setattr(doubled_word, "_PIECE_CHARACTERS", size)
    assert [doubles(text) for text in TEXTS] == whole
