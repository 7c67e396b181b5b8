"""Corpus mode: lint, annotate, fix and filter whole datasets.

``lint_texts(texts, config)`` is the library function for engines and notebooks;
``run_corpus(CorpusOptions(...))`` is what ``lintnews corpus`` runs. Imports stay lazy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lintnews.corpus.lint import lint_texts
    from lintnews.corpus.runner import run_corpus
    from lintnews.corpus.types import CorpusOptions

__all__ = ["CorpusOptions", "lint_texts", "run_corpus"]


def __getattr__(name: str) -> Any:
    if name == "lint_texts":
        from lintnews.corpus.lint import lint_texts

        return lint_texts
    if name == "CorpusOptions":
        from lintnews.corpus.types import CorpusOptions

        return CorpusOptions
    if name == "run_corpus":
        from lintnews.corpus.runner import run_corpus

        return run_corpus
    raise AttributeError(name)
