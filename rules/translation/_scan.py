"""Shared helpers of the translation rules: cheap tests that let a rule skip a document.

This module defines no rule; the registry imports it and finds nothing to register.
"""

from __future__ import annotations

from collections.abc import Set

from lintnews.document import Document


def lowered(doc: Document) -> str:
    """The document's text in lower case, offset for offset (a character whose lower case is
    longer, such as `İ`, is kept as it is). Several rules of the family scan it; it is made
    once per document."""
    return doc.shared(_lowered)


def _lowered(doc: Document) -> str:
    text = doc.text.lower()
    if len(text) != len(doc.text):
        text = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in doc.text)
    return text


def writes_any(doc: Document, words: Set[str]) -> bool:
    """Whether the document writes any of ``words`` as a whole word, in exactly that spelling.

    The document's word counts are built once and shared by several rule families, so asking
    them costs a few dictionary look-ups where a scan of the text costs a pass over every
    character. A pattern that matches one of ``words`` only between non-word characters can
    match nothing in a document for which this is False.
    """
    return not doc.word_counts.keys().isdisjoint(words)
