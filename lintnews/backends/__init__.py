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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from lintnews.diagnostics import Diagnostic
from lintnews.registry import code_selected

if TYPE_CHECKING:
    from lintnews.config import Config
    from lintnews.document import Document, RunContext
    from lintnews.engine import Linter, LintResult
    from lintnews.source import Source

Warn = Callable[[str], None]

# Values of `--grammar` / `grammar = ...`: `harper`, or `harper:<dialect>` (American by default;
# British-edited news wants `harper:british`, or Harper calls 'programme' and 'labour' misspelled).
GRAMMAR_BACKENDS = ("harper",)
HARPER_DIALECTS = ("american", "british", "australian", "canadian", "indian")
LANGUAGETOOL_PREFIX = "LT"
HARPER_PREFIX = "HP"


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
    return bool(config.languagetool or config.grammar)


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


def setting_error(key: str, value: str) -> str | None:
    """Why a ``languagetool`` or ``grammar`` value cannot work, in one line; None when it can.
    For the command line and the configuration to reject a typo as a usage error up front."""
    text = value.strip()
    if key == "languagetool":
        if text == "local" or text.startswith(("http://", "https://")):
            return None
        return f"languagetool {value!r} is neither a server URL (http://host:port) nor 'local'"
    choice, _, dialect = text.lower().partition(":")
    if choice in GRAMMAR_BACKENDS and (dialect.strip() or HARPER_DIALECTS[0]) in HARPER_DIALECTS:
        return None
    known = ", ".join([*GRAMMAR_BACKENDS, *(f"harper:{d}" for d in HARPER_DIALECTS)])
    return f"unknown grammar backend {value!r} (known: {known})"


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


# The document's own names ----------------------------------------------------------------------

_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
# A remainder that makes a capitalised word look like a name merged with the next word
# ('Chernihivalthough' = 'Chernihiv' + 'although'): such words are damage, not names.
_MERGE_REMAINDER_ZIPF = 4.5


def document_words(doc: Document, config: Config) -> frozenset[str]:
    """Words a backend must not call misspelled: the user's known words, and the names this
    document uses (words it capitalises inside a sentence), as the document spells them.

    A name is taken when the lexicon knows it (wordfreq lists news names: Fomin, Chernihiv,
    Guterres) or the document uses it more than once. So a capitalised one-off the lexicon has
    never seen (``Belarusao``, damage from 'Belarus or') stays a backend finding, and so does a
    name merged with a common word (``Chernihivalthough``, ``Ukrainethey``), which would otherwise
    hide the defect whenever the native rule for it is not selected."""
    capitalised = doc.capitalised_mid_sentence
    lower_counts = doc.lower_counts
    spelled: dict[str, str] = {}
    for word in doc.word_counts:
        if not word[:1].isupper():
            continue
        base = _POSSESSIVE_RE.sub("", word)
        if base.lower() in capitalised or word.lower() in capitalised:
            spelled.setdefault(base.lower(), base)
    zipf = doc.lexicon.zipf
    names = set(spelled)
    kept = {
        spelling
        for lower, spelling in spelled.items()
        if (zipf(lower) > 0 or lower_counts.get(lower, 0) > 1)
        and not _looks_merged(lower, names, zipf)
    }
    return frozenset(kept | set(config.known_words_key))


def _looks_merged(lower: str, names: Iterable[str], zipf: Callable[[str], float]) -> bool:
    for name in names:
        if len(name) >= 3 and len(lower) > len(name) and lower.startswith(name):
            rest = lower[len(name) :]
            if rest == "a" or (len(rest) >= 2 and zipf(rest) >= _MERGE_REMAINDER_ZIPF):
                return True
    return False


def is_known(word: str, lowered: frozenset[str]) -> bool:
    """Whether ``word`` (a backend's flagged text) is one of ``lowered`` (lower-cased words),
    ignoring case and a possessive ending."""
    return word.lower() in lowered or _POSSESSIVE_RE.sub("", word).lower() in lowered
