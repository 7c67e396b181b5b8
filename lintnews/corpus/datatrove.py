"""datatrove pipeline steps (``pip install 'lintnews[datatrove]'``).

- :class:`LintnewsFormatter` applies lintnews's safe fixes to ``doc.text``;
- :class:`LintnewsAnnotator` writes the findings into ``doc.metadata`` and counts per rule into
  datatrove's stats;
- :class:`LintnewsFilter` drops documents with findings of given codes, or too many findings per
  1k words, returning ``(False, "<CODE>")`` so that datatrove's ``dropped_<CODE>`` counts and its
  exclusion writer carry lintnews codes.

Used in this order (formatter, annotator, filter) the steps give what
``lintnews corpus --fix --reject ... --max-per-1k ...`` gives. They run unchanged on datatrove's
local, Slurm and Ray executors: each worker process builds its own Linter once, lazily.

A step sees each document once, as it streams past, so it cannot count what the documents share
(R012's lines repeated across a run) before linting the first one. Each step takes a ``context``
built beforehand, by :func:`lintnews.corpus.lint.run_context` over the texts (or a sample of
them) in a pass of your own; without one, R012 has no evidence, as for a single file.
`lintnews corpus` makes that first pass itself (per ``--source-field`` value if given).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.filters.base_filter import BaseFilter
except ImportError as error:  # pragma: no cover - depends on the installation
    raise ImportError(
        "lintnews.corpus.datatrove needs datatrove: pip install 'lintnews[datatrove]'"
    ) from error

from lintnews.corpus.formats import COUNTS, FINDINGS, FIXES, PER_1K, REJECTED, WORDS
from lintnews.corpus.lint import get_linter, lint_one

if TYPE_CHECKING:
    from lintnews.config import Config
    from lintnews.document import RunContext

__all__ = ["LintnewsAnnotator", "LintnewsFilter", "LintnewsFormatter"]


class LintnewsFormatter(PipelineStep):  # type: ignore[misc]
    """Apply safe fixes to ``doc.text``; the fixes applied per code go to
    ``doc.metadata["lintnews_fixes"]`` and to the stats as ``fixed_<CODE>``."""

    name = "lintnews fix"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, context: RunContext | None = None):
        super().__init__()
        self.config = config
        self.context = context

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        linter = get_linter(self.config)
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                result = lint_one(linter, doc.text, fix=True, context=self.context)
            doc.text = result["fixed"]
            doc.metadata[FIXES] = result["fixes"]
            for code, count in result["fixes"].items():
                self.stat_update(f"fixed_{code}", value=count)
            yield doc


class LintnewsAnnotator(PipelineStep):  # type: ignore[misc]
    """Write lintnews findings into ``doc.metadata`` (``lintnews_findings``, ``lintnews_counts``,
    ``lintnews_words``, ``lintnews_per_1k``) and findings per rule into the stats."""

    name = "lintnews annotate"
    type = "📊 - STATS"

    def __init__(self, config: Config | None = None, context: RunContext | None = None):
        super().__init__()
        self.config = config
        self.context = context

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        linter = get_linter(self.config)
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                annotate(doc, lint_one(linter, doc.text, context=self.context))
            counts = doc.metadata[COUNTS]
            for code, count in counts.items():
                self.stat_update(code, value=count)
            self.stat_update("findings", value=sum(counts.values()))
            if counts:
                self.stat_update("documents_with_findings")
            yield doc


def annotate(doc: Document, result: dict[str, Any]) -> None:
    doc.metadata[FINDINGS] = result["findings"]
    doc.metadata[COUNTS] = result["counts"]
    doc.metadata[WORDS] = result["words"]
    doc.metadata[PER_1K] = result["per_1k"]


class LintnewsFilter(BaseFilter):  # type: ignore[misc]
    """Drop documents with findings of the ``reject`` codes (or code prefixes) or with more than
    ``max_per_1k`` findings per 1k words. The reason is the first such code (in the order of
    ``lintnews_counts``, i.e. sorted) or ``max-per-1k``; all reasons go to
    ``doc.metadata["lintnews_rejected"]``. Uses the annotator's findings when present."""

    name = "lintnews filter"

    def __init__(
        self,
        reject: tuple[str, ...] | list[str] = (),
        max_per_1k: float | None = None,
        config: Config | None = None,
        exclusion_writer: Any = None,
        context: RunContext | None = None,
    ):
        super().__init__(exclusion_writer)
        self.reject = tuple(reject)
        self.max_per_1k = max_per_1k
        self.config = config
        self.context = context

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if COUNTS not in doc.metadata:
            annotate(doc, lint_one(get_linter(self.config), doc.text, context=self.context))
        counts: dict[str, int] = doc.metadata[COUNTS]
        reasons = [code for code in counts if any(code.startswith(s) for s in self.reject)]
        if self.max_per_1k is not None and doc.metadata[PER_1K] > self.max_per_1k:
            reasons.append("max-per-1k")
        if not reasons:
            return True
        doc.metadata[REJECTED] = reasons
        return False, reasons[0]
