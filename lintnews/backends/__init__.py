"""Optional grammar backends (LanguageTool, Harper) whose findings join lintnews's report.

Both are optional and neither is imported unless configured: :func:`backend_diagnostics` returns
``[]`` at once when ``config.languagetool`` and ``config.grammar`` are both unset.

- LanguageTool (``--languagetool URL`` or ``local``; config ``languagetool = "http://..."``) runs
  through language-tool-python. Codes are ``LT:<RULE_ID>`` (``LT:MORFOLOGIK_RULE_EN_US``).
- Harper (``--grammar harper``, or ``harper:british`` and other dialects; config
  ``grammar = "harper"``) runs through harper-py, offline. Codes are ``HP:<kind>``
  (``HP:Spelling``, ``HP:Capitalization``).

Backend reports are created with ``native=False``: the engine's de-duplication drops one that
overlaps a report of a native rule. Selection (``--select``/``--ignore``/per-file ignores) is
applied here, with :func:`lintnews.registry.code_selected`. Problems with a backend (not
installed, server down, slow, answering errors) are reported once through ``warn`` and linting
goes on with the native rules.

The backends are kept for the whole run (Harper's dictionary takes about a second to build, a
local LanguageTool server longer); call :func:`close_backends` at the end of the run.

``settings`` names the backends and checks their settings (importing the package registers those
checks with :mod:`lintnews.config`); ``words`` works out the words a backend must not flag. Both
are light, so each backend module imports them rather than this package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from lintnews.backends.settings import (
    GRAMMAR_BACKENDS,
    HARPER_DIALECTS,
    HARPER_PREFIX,
    LANGUAGETOOL_PREFIX,
    setting_error,
)
from lintnews.backends.words import document_words, is_known
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.document import Document, RunContext
from lintnews.engine import Linter, LintResult
from lintnews.registry import code_selected
from lintnews.source import Source

__all__ = [
    "GRAMMAR_BACKENDS",
    "HARPER_DIALECTS",
    "HARPER_PREFIX",
    "LANGUAGETOOL_PREFIX",
    "Backend",
    "Warn",
    "backend_diagnostics",
    "backends_configured",
    "close_backends",
    "document_words",
    "is_known",
    "lint_source",
    "setting_error",
]

Warn = Callable[[str], None]


class Backend(Protocol):
    def check(self, doc: Document, words: frozenset[str]) -> list[Diagnostic]: ...

    def close(self) -> None: ...


class _Once:
    """Warnings said once per run, whichever document or backend instance meets the problem."""

    def __init__(self) -> None:
        self.said: set[str] = set()

    def __call__(self, warn: Warn, key: str, message: str) -> None:
        if key not in self.said:
            self.said.add(key)
            warn(message)


_ONCE = _Once()
_BACKENDS: dict[tuple[str, ...], Backend | None] = {}
# The warn callable of the current call: backends are kept across calls, their warnings go to
# whoever is asking now.
_WARN: list[Warn] = []


def _forward(message: str) -> None:
    if _WARN:
        _ONCE(_WARN[0], message, message)


def backends_configured(config: Config) -> bool:
    return config.uses_backends


def backend_diagnostics(
    doc: Document, config: Config, warn: Warn, *, jobs: int = 1
) -> list[Diagnostic]:
    """Reports of the configured grammar backends for ``doc`` (``native=False``), selected by
    the configuration's select/ignore. Pass them to :meth:`lintnews.engine.Linter.extend`.

    ``warn`` receives one line per problem, once per run. ``jobs`` lets Harper check paragraphs
    on that many threads."""
    if not backends_configured(config):
        return []
    _WARN[:] = [warn]
    select = config.select
    if select is not None:
        select = (*select, *config.extend_select)
    ignore = config.ignored_for(doc.path)

    def wanted(prefix: str) -> bool:
        # Skip a backend whose codes are all ignored or none selected: saves its whole cost.
        if code_selected(prefix + ":", select, ignore):
            return True
        return any(s.strip().upper().startswith(prefix + ":") for s in select or ())

    found: list[Diagnostic] = []
    words: frozenset[str] | None = None
    if config.languagetool and wanted(LANGUAGETOOL_PREFIX):
        backend = _languagetool(config.languagetool, warn)
        if backend is not None:
            words = document_words(doc, config)
            found.extend(backend.check(doc, words))
    if config.grammar and wanted(HARPER_PREFIX):
        backend = _grammar(config.grammar, warn, jobs)
        if backend is not None:
            words = words if words is not None else document_words(doc, config)
            found.extend(backend.check(doc, words))
    return [d for d in found if code_selected(d.code, select, ignore)]


def lint_source(
    linter: Linter,
    source: Source,
    config: Config,
    warn: Warn,
    *,
    fix: bool = False,
    unsafe: bool = False,
    jobs: int = 1,
    context: RunContext | None = None,
) -> LintResult:
    """:meth:`Linter.lint_source` with the configured backends' reports merged in (their fixes,
    all unsafe, only with ``unsafe``). Without backends it is exactly ``linter.lint_source``."""
    if not backends_configured(config):
        return linter.lint_source(source, fix=fix, unsafe=unsafe, context=context)

    def extra(doc: Document) -> list[Diagnostic]:
        return backend_diagnostics(doc, config, warn, jobs=jobs)

    return linter.lint_source(source, fix=fix, unsafe=unsafe, extra=extra, context=context)


def close_backends() -> None:
    """Stop what the backends started (a local LanguageTool server) and forget them."""
    for backend in _BACKENDS.values():
        if backend is not None:
            backend.close()
    _BACKENDS.clear()
    _ONCE.said.clear()


def _languagetool(setting: str, warn: Warn) -> Backend | None:
    key = ("languagetool", setting)
    if key not in _BACKENDS:
        try:
            from lintnews.backends.languagetool import LanguageToolBackend
        except ImportError:
            _ONCE(
                warn,
                "languagetool-import",
                "LanguageTool needs language-tool-python: pip install 'lintnews[languagetool]'; "
                "continuing with lintnews's own rules",
            )
            _BACKENDS[key] = None
        else:
            _BACKENDS[key] = LanguageToolBackend(setting, _forward)
    return _BACKENDS[key]


def _grammar(name: str, warn: Warn, jobs: int) -> Backend | None:
    problem = setting_error("grammar", name)
    if problem is not None:
        _ONCE(warn, f"grammar-{name}", f"{problem}; continuing with lintnews's own rules")
        return None
    dialect = name.strip().lower().partition(":")[2].strip() or HARPER_DIALECTS[0]
    key = ("harper", dialect, str(max(1, jobs)))
    if key not in _BACKENDS:
        try:
            from lintnews.backends.harper import HarperBackend
        except ImportError:
            _ONCE(
                warn,
                "harper-import",
                "--grammar harper needs harper-py: pip install 'lintnews[harper]'; "
                "continuing with lintnews's own rules",
            )
            _BACKENDS[key] = None
        else:
            _BACKENDS[key] = HarperBackend(jobs=max(1, jobs), dialect=dialect)
    return _BACKENDS[key]
