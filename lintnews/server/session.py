"""The lintnews side of the server: configuration, linting and fixing of open documents.

Everything here runs on the server's one lint thread, one job at a time, so the caches (the
runner's configurations and linters, the configuration discovery cache, the backends) are never
used by two threads at once. Nothing here knows the protocol.

Configuration is found exactly as ``check`` finds it, by a :class:`lintnews.runner.Runner`
without flags: the closest ``lintnews.toml`` or ``pyproject.toml`` above the file. A new runner
(and a cleared discovery cache) after a configuration change makes every document read it anew.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lintnews.backends import close_backends, lint_source
from lintnews.config import CONFIG_FILES, Config, ConfigError

# config.py caches discovery per folder for the length of a run; a server outlives many runs
# and must forget it when a configuration file changes.
from lintnews.config import _config_in as _discovery_cache
from lintnews.diagnostics import Diagnostic
from lintnews.engine import LintResult, RuleError
from lintnews.registry import SelectionError
from lintnews.runner import CheckOptions, Runner
from lintnews.server.known_words import add_known_word, target_file
from lintnews.source import Source

# Language identifiers of plain text and Markdown; Neovim sends its filetype, "text".
LANGUAGES = frozenset({"plaintext", "text", "markdown"})
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Families whose findings are about one word the user may know better: a name merged, split or
# written in lowercase (M, C). Adding such a word to known-words is offered when it silences
# the finding.
WORD_FAMILIES = ("M", "C")
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class DocumentInput:
    """What the lint thread gets of an open document: a snapshot, never the live object."""

    uri: str
    version: int | None
    text: str
    language_id: str | None
    path: Path | None  # on disk; None for an untitled buffer
    folder: Path | None  # the workspace folder holding it

    @property
    def name(self) -> str:
        """The path reported and matched by per-file ignores."""
        return str(self.path) if self.path is not None else self.uri

    @property
    def is_markdown(self) -> bool:
        if self.language_id == "markdown":
            return True
        return self.path is not None and self.path.suffix.lower() in MARKDOWN_SUFFIXES

    @property
    def config_anchor(self) -> Path:
        """Where configuration discovery starts: the file, or a file in the workspace folder for
        an untitled buffer (the runner looks in the folder of the path it is given)."""
        if self.path is not None:
            return self.path
        return (self.folder or Path.cwd()) / "untitled.txt"


@dataclass
class LintOutcome:
    """One lint of one snapshot."""

    document: DocumentInput
    source: Source
    diagnostics: list[Diagnostic] = field(default_factory=list)
    config: Config | None = None
    # Not linted: neither plain text nor Markdown, or excluded by the configuration.
    skipped: bool = False
    error: str | None = None  # a configuration or rule error, one line for the user
    warnings: list[str] = field(default_factory=list)

    @property
    def has_safe_fix(self) -> bool:
        return any(d.fix is not None and d.fix.is_safe for d in self.diagnostics)


def candidate_word(outcome: LintOutcome, diagnostic: Diagnostic) -> str | None:
    """The word a finding is about, when adding it to known-words could be the answer."""
    if not diagnostic.native or not diagnostic.code.startswith(WORD_FAMILIES):
        return None
    text = outcome.source.text[diagnostic.start : diagnostic.end]
    return text if _WORD_RE.fullmatch(text) else None


class Session:
    """Configurations, linters and backends for the open documents of one server."""

    def __init__(self) -> None:
        self._runner = Runner(CheckOptions(paths=[]))
        self._known_files: set[Path] = set()

    def reload(self) -> None:
        """Forget every configuration: the next lint reads them from disk again."""
        _discovery_cache.cache_clear()
        self._runner = Runner(CheckOptions(paths=[]))
        self._known_files.clear()

    def close(self) -> None:
        close_backends()

    def config_for(self, document: DocumentInput) -> Config:
        config = self._runner.config_for(document.config_anchor)
        if config.source_file:
            self._known_files.add(Path(config.source_file).resolve())
        if config.known_words_file:
            self._known_files.add(target_file(config, Path.cwd()).resolve())
        return config

    def reload_if_configuration(self, paths: list[Path]) -> bool:
        """Reload when a change to one of ``paths`` can change some document's configuration:
        a configuration file (a new one too) or a known-words file in use."""
        if any(path.name in CONFIG_FILES or path.resolve() in self._known_files for path in paths):
            self.reload()
            return True
        return False

    def lint(self, document: DocumentInput) -> LintOutcome:
        return self._lint(document, fix=False)[0]

    def fix_all(self, document: DocumentInput) -> str | None:
        """The text ``lintnews check --fix`` would write for this document (safe fixes,
        repeated until none applies); None when the document is not linted."""
        _, result = self._lint(document, fix=True)
        return None if result is None else result.fixed

    def word_silences(self, document: DocumentInput, diagnostic: Diagnostic, word: str) -> bool:
        """Whether adding ``word`` to known-words makes ``diagnostic`` go away."""
        try:
            config = self.config_for(document)
            widened = config.with_overrides(known_words=(*config.known_words, word))
            linter = self._runner.linter_for(widened)
            source = Source.from_text(document.text, document.name)
            found = linter.lint_source(source).diagnostics
        except (ConfigError, SelectionError, RuleError):
            return False
        return not any(
            d.code == diagnostic.code and d.start == diagnostic.start and d.end == diagnostic.end
            for d in found
        )

    def add_word(self, document: DocumentInput, word: str) -> Path:
        """Add ``word`` to the known words of the document's configuration; returns the file
        written. Raises KnownWordsError or ConfigError with a message for the user."""
        config = self.config_for(document)
        folder = document.folder or document.config_anchor.parent
        path = add_known_word(config, word, folder)
        self.reload()
        return path

    def _lint(self, document: DocumentInput, *, fix: bool) -> tuple[LintOutcome, LintResult | None]:
        source = Source.from_text(document.text, document.name)
        outcome = LintOutcome(document, source)
        try:
            config = outcome.config = self.config_for(document)
            name = str(document.config_anchor)
            wanted = document.language_id in LANGUAGES or (
                document.path is not None and config.is_included(name)
            )
            if not wanted or (document.path is not None and config.is_excluded(name)):
                outcome.skipped = True
                return outcome, None
            linter = self._runner.linter_for(config)
            result = lint_source(linter, source, config, outcome.warnings.append, fix=fix)
        except (ConfigError, SelectionError, RuleError) as error:
            outcome.error = str(error)
            return outcome, None
        outcome.diagnostics = result.diagnostics
        return outcome, result
