"""Shared helpers of the translation rules: cheap tests that let a rule skip a document.

This module defines no rule; the registry imports it and finds nothing to register.
"""

from __future__ import annotations

from collections.abc import Set

from lintnews.document import Document


def writes_any(doc: Document, words: Set[str]) -> bool:
    """Whether the document writes any of ``words`` as a whole word, in exactly that spelling.

    The document's word counts are built once and shared by several rule families, so asking
    them costs a few dictionary look-ups where a scan of the text costs a pass over every
    character. A pattern that matches one of ``words`` only between non-word characters can
    match nothing in a document for which this is False.
    """
    return not doc.word_counts.keys().isdisjoint(words)
