"""Where a word stands in the text: its whole-token occurrences, and whether it opens a
sentence.

Both are moved here unchanged from the engine's former ``lintnews/wordsplit.py``. The sentence
starts of lintnews are being reconciled into one definition on ``Document`` (issue 13); a later
step switches the M rules over to it, so until then these are kept exactly as they were: any
change here would move M findings.
"""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.document import Document


# Kept unchanged until the M rules ask the document for a word's occurrences (issue 13).
def occurrences(doc: Document, word: str) -> Iterator[int]:
    """Start offsets where ``word`` stands as a whole token of the document."""
    text = doc.text
    size = len(word)
    position = text.find(word)
    while position != -1:
        end = position + size
        before = text[position - 1] if position else " "
        after = text[end] if end < len(text) else " "
        inner_before = before in "'’" and position >= 2 and _is_word_char(text[position - 2])
        inner_after = (
            after in "'’"
            and end + 1 < len(text)
            and _is_word_char(text[end + 1])
            and not _possessive(text, end + 1)
        )
        if not (_is_word_char(before) or _is_word_char(after) or inner_before or inner_after):
            yield position
        position = text.find(word, position + 1)


def _possessive(text: str, position: int) -> bool:
    """Whether ``text[position:]`` opens with the "s" of a possessive "'s"."""
    return text[position] == "s" and (position + 1 == len(text) or not text[position + 1].isalnum())


def _is_word_char(char: str) -> bool:
    return char.isalnum()


_OPENERS = frozenset("\n.!?…\"“”'‘’([{-–—•*>")


# Kept unchanged until the M rules use the one sentence-start definition of Document, which
# another step reconciles with this one (issue 13).
def opens_sentence(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation, where English
    capitalises any word. A cheap look-back, so the rules need not segment sentences."""
    text = doc.text
    position = start - 1
    while position >= 0 and text[position] in " \t\u00a0":
        position -= 1
    if position < 0:
        return True
    char = text[position]
    if char in "'’\"”" and position > 0 and not text[position - 1].isspace():
        return False  # a closing quote or a possessive: PBS' Jacoba
    return char in _OPENERS
