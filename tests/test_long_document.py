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


def _ends_before_whole(text: str, offset: int, word: str) -> bool:
    """document._ends_before as it was, reading a copy of all the text before the line."""
    line_start = text.rfind("\n", 0, offset) + 1
    on_line = document_module._OPENERS_RE.sub("", text[line_start:offset]).strip()
    if on_line:
        if document_module._LIST_MARKER_RE.fullmatch(on_line):
            return False
        return document_module._ends_sentence(on_line, word, text[offset : offset + 60])
    before = text[:line_start].rstrip()
    if not before:
        return True
    return document_module._ends_sentence(before, word, text[offset : offset + 60])


def test_a_line_start_is_judged_on_the_end_of_the_text_before_it() -> None:
    pieces = [
        *_PIECES,
        "U.S.",
        "Mr.",
        "e.g.",
        "J.",
        "said.",
        "Stop!",
        "why?",
        "”",
        ")",
        "...",
        "…",
        ",",
        ":",
        "1.",
        "-",
        "Mamma Mia!",
        '"',
        "'",
    ]
    for seed in range(60):
        chooser = random.Random(seed)
        text = "".join(
            chooser.choice(pieces) + chooser.choice([" ", "\n", "\n\n", " \n", "", "\t"])
            for _ in range(80)
        )
        for match in document_module._OPENING_WORD_RE.finditer(text):
            offset, word = match.start(), match.group()
            expected = _ends_before_whole(text, offset, word)
            assert document_module._ends_before(text, offset, word) == expected, (seed, offset)


def _may_open_whole(doc: Document, start: int) -> bool:
    """Document.opens_sentence(start) as it was, reading a copy of the text before a line."""
    text = doc.text
    position = start - 1
    while position >= 0 and text[position] in document_module._OPENING:
        position -= 1
    if position < 0:
        return True
    if text[position] == "\n":
        before = text[:position].rstrip(" \t")
        if not before or before.endswith("\n") or not doc.hard_wrapped:
            return True
        return before.rstrip(document_module._CLOSING).endswith(document_module._SENTENCE_ENDS)
    while position >= 0 and text[position] in document_module._CLOSING:
        position -= 1
    return position < 0 or text[position] in document_module._SENTENCE_ENDS


def test_a_sentence_may_open_after_a_line_break_read_from_the_break_back() -> None:
    pieces = [*_PIECES, "said.", "Stop!", "”", ")", "…", ",", '"', "(", "the end of a line"]
    for seed in range(60):
        chooser = random.Random(seed)
        # Short lines that end open are hard-wrapped text; the other half is not.
        gaps = ["\n", " \n", "\t\n", "\n\n", " "] if seed % 2 else [" ", "\n", "\n\n"]
        text = "".join(chooser.choice(pieces) + chooser.choice(gaps) for _ in range(80))
        doc = Document.from_text(text)
        for start in range(len(text)):
            assert doc.opens_sentence(start) == _may_open_whole(doc, start), (seed, start)


def _hard_wrapped_whole(text: str) -> bool:
    """Document.hard_wrapped as it was, on a list of every line."""
    lines = text.split("\n")
    if max(map(len, lines)) > 100 and any(
        len(line.rstrip()) > 100 for line in lines if len(line) > 100
    ):
        return False
    content = [line.rstrip() for line in lines if line.strip()]
    if len(content) < 4:
        return False
    open_ended = sum(1 for line in content if line[-1].isalnum() or line[-1] in ",;")
    longest = max(len(line) for line in content)
    return longest <= 100 and open_ended / len(content) > 0.5


def test_hard_wrapped_is_read_line_by_line() -> None:
    for seed in range(200):
        chooser = random.Random(seed)
        words = chooser.randrange(3, 60)
        gaps = [" ", "\n", " \n", "\n\n", ". ", ".\n", ",\n", "\t"]
        text = "".join(chooser.choice(_PIECES) + chooser.choice(gaps) for _ in range(words))
        if seed % 5 == 0:
            text += "x" * chooser.choice([99, 100, 101]) + chooser.choice(["", " ", "\n"])
        assert Document.from_text(text).hard_wrapped == _hard_wrapped_whole(text), seed
