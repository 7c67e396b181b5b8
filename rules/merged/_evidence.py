"""What the lexicon and the document say about pieces of words, for one document.

Evidence comes from three places, strongest first: the user's known words, the document's own
vocabulary (a name written on its own elsewhere in the article), and the wordfreq lexicon.
"""

from __future__ import annotations

from lintnews.document import Document

from ._thresholds import THRESHOLDS
from ._words import FUNCTION_WORDS, SHORT_WORDS


class Evidence:
    """What the lexicon and the document say about pieces of words, for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = doc.lexicon
        self.words = doc.word_counts
        self._lower_text: str | None = None
        self._user = bool(self.lexicon.known_words)

    def zipf(self, piece: str) -> float:
        return self.lexicon.zipf(piece)

    def in_document(self, piece: str) -> bool:
        """The document writes ``piece`` as a word of its own (any case)."""
        words = self.words
        return (
            piece in words
            or piece.lower() in words
            or piece.capitalize() in words
            or piece.upper() in words
            or (self._user and self.lexicon.is_user_known(piece))
        )

    def written_as(self, piece: str) -> bool:
        """The document writes ``piece`` on its own with exactly this spelling (a name)."""
        words = self.words
        return (
            piece in words
            or piece + "'s" in words
            or piece + "’s" in words
            or (self._user and self.lexicon.is_user_known(piece))
        )

    def is_name(self, piece: str) -> bool:
        """Evidence that a capitalised piece is a name: the document writes it so, or English
        always capitalises it."""
        return self.written_as(piece) or self.lexicon.proper_form(piece) is not None

    def is_word(self, piece: str) -> bool:
        """Whether a piece can stand as a word of English or of this document."""
        if len(piece) <= 2:
            return piece.lower() in SHORT_WORDS
        zipf = self.zipf(piece)
        if len(piece) == 3:
            return zipf >= THRESHOLDS.short_part_zipf or (
                zipf >= THRESHOLDS.part_zipf and self.in_document(piece)
            )
        if len(piece) == 4:
            return zipf >= THRESHOLDS.four_letter_part_zipf or self.in_document(piece)
        if (
            len(piece) >= THRESHOLDS.long_piece
            and zipf >= THRESHOLDS.long_part_zipf
            and piece.endswith("ing")
        ):
            return True  # a long participle, even a rare one: sputtering, breaching
        return zipf >= THRESHOLDS.part_zipf or self.in_document(piece)

    def strength(self, piece: str) -> float:
        """How well supported a piece is, on the Zipf scale; document words count as common."""
        zipf = self.zipf(piece)
        if self.in_document(piece) and len(piece) > 3:
            zipf = max(zipf, THRESHOLDS.safe_part_zipf)
        return zipf

    def pair_in_text(self, left: str, right: str) -> bool:
        """The document writes the two pieces apart, as a phrase, elsewhere."""
        phrase = f"{left.lower()} {right.lower()}"
        # Each answer costs a search of the whole text, and the M rules ask again about the
        # same pieces (at each use of a token, from each rule): they share the answers.
        answers = self.doc.shared(_pair_answers)
        found = answers.get(phrase)
        if found is None:
            if self._lower_text is None:
                self._lower_text = self.doc.lower
            found = answers[phrase] = phrase in self._lower_text
        return found


def _pair_answers(doc: Document) -> dict[str, bool]:
    """:meth:`Evidence.pair_in_text`'s answers so far for one document, by the phrase asked."""
    return {}


def is_function(piece: str) -> bool:
    """Whether ``piece`` (any case) is a function word (the, with, although)."""
    return piece.lower() in FUNCTION_WORDS
