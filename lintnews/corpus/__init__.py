"""Corpus mode: lint, annotate, fix and filter whole datasets.

``lint_texts(texts, config)`` is the library function for engines and notebooks;
``run_corpus(CorpusOptions(...))`` is what ``lintnews corpus`` runs. Imports stay lazy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lintnews.corpus.lint import lint_texts
    from lintnews.corpus.runner import CorpusOptions, run_corpus

__all__ = ["CorpusOptions", "lint_texts", "run_corpus"]


def __getattr__(name: str) -> Any:
    if name == "lint_texts":
        from lintnews.corpus.lint import lint_texts

        return lint_texts
    if name in ("CorpusOptions", "run_corpus"):
        from lintnews.corpus import runner

        return getattr(runner, name)
    raise AttributeError(name)
