"""Harper through harper-py: an offline English grammar and spelling checker (a Rust wheel).

Building Harper's linter loads its dictionary (about a second), so one linter is built per thread
and kept for the run. Harper is slow on long inputs (about 0.16 MB/s), so it checks one paragraph
at a time, on ``jobs`` threads when allowed (harper-py releases the GIL while linting; a linter
must not be shared between threads).

Before each document the linter learns the words it must not call misspelled: the user's known
words and the document's own names (see :func:`lintnews.backends.document_words`).
"""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import harper

from lintnews.backends.settings import HARPER_PREFIX
from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document, Span

_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


class HarperBackend:
    def __init__(self, *, jobs: int = 1, dialect: str = "american") -> None:
        self.jobs = max(1, jobs)
        self.dialect = harper.Dialect[dialect.upper()]
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None

    def _linter(self, words: frozenset[str]) -> harper.Linter:
        """This thread's linter, knowing exactly ``words`` besides its dictionary."""
        local = self._local
        linter: harper.Linter | None = getattr(local, "linter", None)
        if linter is None:
            linter = harper.Linter(self.dialect)
            local.linter = linter
            local.words = frozenset()
        if local.words != words:
            linter.clear_words()
            if words:
                # Harper's dictionary has no possessive for an added word: add it too (it then
                # accepts both apostrophes, Villalba's and Villalba’s).
                linter.import_words(sorted({*words, *(f"{word}'s" for word in words)}))
            local.words = words
        return linter

    def check(self, doc: Document, words: frozenset[str]) -> list[Diagnostic]:
        paragraphs = doc.paragraphs
        language = "markdown" if doc.path.lower().endswith(".md") else "plaintext"

        def lint(paragraph: Span) -> list[Diagnostic]:
            return lint_paragraph(self._linter(words), doc, paragraph, language)

        if self.jobs == 1 or len(paragraphs) < 2:
            results = [lint(paragraph) for paragraph in paragraphs]
        else:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.jobs, thread_name_prefix="lintnews-harper")
            results = list(self._pool.map(lint, paragraphs))
        return [diagnostic for found in results for diagnostic in found]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def lint_paragraph(
    linter: harper.Linter, doc: Document, paragraph: Span, language: str
) -> list[Diagnostic]:
    """Harper's lints on one paragraph as diagnostics with document offsets. Lints are grouped
    by Harper's rule so each diagnostic can be named after the rule that made it."""
    found: list[Diagnostic] = []
    organised = linter.organized_lints(paragraph.text, language=language)
    for rule, lints in organised.items():
        for lint in lints:
            diagnostic = to_diagnostic(doc, paragraph, rule, lint)
            if diagnostic is not None:
                found.append(diagnostic)
    return found


def to_diagnostic(
    doc: Document, paragraph: Span, rule: str, lint: harper.Lint
) -> Diagnostic | None:
    """One Harper lint as a diagnostic: code ``HP:<kind>`` (``HP:Spelling``), named after the
    Harper rule (``harper-spell-check``), its first suggestion as an unsafe fix."""
    start = paragraph.start + lint.span.start
    end = paragraph.start + lint.span.end
    if not paragraph.start <= start <= end <= paragraph.end:
        return None
    if doc.in_non_prose(start, max(end, start + 1)):
        return None  # URLs, addresses, handles: not prose
    fix = None
    if lint.suggestions:
        suggestion = lint.suggestions[0]
        text = suggestion.replacement_text
        if suggestion.kind == harper.SuggestionKind.REMOVE:
            fix = Fix.delete(start, end, f"Remove '{doc.text[start:end]}'", safe=False)
        elif suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            fix = Fix.replace(end, end, text, f"Insert '{text}'", safe=False)
        elif text != doc.text[start:end]:
            fix = Fix.replace(start, end, text, f"Replace with '{text}'", safe=False)
    return Diagnostic(
        code=f"{HARPER_PREFIX}:{lint.lint_kind}",
        name="harper-" + _CAMEL_RE.sub("-", rule).lower(),
        message=lint.message,
        start=start,
        end=end,
        fix=fix,
        native=False,
    )
