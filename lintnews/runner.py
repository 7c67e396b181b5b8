"""What ``lintnews check`` does, apart from parsing flags: find files, pick each file's
configuration, lint, fix, and report. Kept out of the CLI module so it can be tested directly.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from lintnews.config import Config, ConfigError, discover_config, load_config_file
from lintnews.document import RunContext
from lintnews.engine import Linter, LintResult, RuleError
from lintnews.registry import SelectionError
from lintnews.reporters import WRITERS, FileReport, write_statistics, write_summary
from lintnews.source import InputError, decode, read_source, write_atomically

EXIT_CLEAN, EXIT_DIAGNOSTICS, EXIT_ERROR = 0, 1, 2
# Lines repeated across files are evidence of page furniture only when there are enough files.
MIN_FILES_FOR_CONTEXT = 4
_SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"}
)


@dataclass
class CheckOptions:
    paths: list[str]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    statistics: bool = False
    exit_zero: bool = False
    quiet: bool = False
    config_path: str | None = None
    output_format: str = "full"
    stdin_filename: str | None = None
    jobs: int = 1  # threads for the Harper backend
    overrides: dict[str, object] = field(default_factory=dict)


class Runner:
    def __init__(self, options: CheckOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr):
        self.options = options
        self.out = out
        self.err = err
        self.errors = 0
        self._explicit_config: Config | None = None
        self._linters: dict[int, Linter] = {}

    def error(self, message: str) -> None:
        self.errors += 1
        self.err.write(f"lintnews: error: {message}\n")

    def warn(self, message: str) -> None:
        """A problem that does not stop the run (a grammar backend that is not there)."""
        self.err.write(f"lintnews: warning: {message}\n")

    # Configuration -----------------------------------------------------------------------------

    def config_for(self, path: Path) -> Config:
        options = self.options
        if options.config_path:
            if self._explicit_config is None:
                self._explicit_config = load_config_file(Path(options.config_path))
            base = self._explicit_config
        else:
            base = discover_config(path)
        config = base.with_overrides(
            select=options.select, ignore=options.ignore, **options.overrides
        )
        if options.extend_select:
            config = config.with_overrides(
                extend_select=(*config.extend_select, *options.extend_select)
            )
        return config

    def linter_for(self, config: Config) -> Linter:
        key = hash(
            (
                config.select,
                config.ignore,
                config.extend_select,
                config.source_file,
                tuple(sorted(config.per_file_ignores.items())),
                config.known_words,
                config.known_words_file,
            )
        )
        if key not in self._linters:
            self._linters[key] = Linter(config)
        return self._linters[key]

    # Inputs ------------------------------------------------------------------------------------

    def iter_paths(self) -> Iterator[Path | None]:
        """Files to check; None stands for standard input."""
        for name in self.options.paths:
            if name == "-":
                yield None
                continue
            path = Path(name)
            if not path.exists():
                self.error(f"{name}: no such file or directory")
                continue
            if not path.is_dir():
                yield path
                continue
            found = False
            for file in _walk(path):
                config = self.config_for(file)
                if config.is_included(str(file)) and not config.is_excluded(str(file)):
                    found = True
                    yield file
            if not found:
                config = self.config_for(path)
                patterns = ", ".join(config.include)
                self.error(f"{name}: directory has no files to check (looked for {patterns})")

    # Running -----------------------------------------------------------------------------------

    def run(self) -> int:
        options = self.options
        reports: list[FileReport] = []
        fixed_count = 0
        try:
            paths = list(self.iter_paths())
            context = run_context(paths)
            for path in paths:
                result = self.check_one(path, context)
                if result is None:
                    continue
                fixed_count += len(result.applied)
                if options.diff:
                    self.write_diff(result)
                elif options.fix:
                    self.write_fixed(path, result)
                reports.append(FileReport(result.doc, result.diagnostics))
        except (ConfigError, SelectionError) as error:
            self.error(str(error))
            return EXIT_ERROR
        finally:
            from lintnews.backends import close_backends

            close_backends()
        if options.diff:
            return EXIT_ERROR if self.errors else (EXIT_DIAGNOSTICS if fixed_count else EXIT_CLEAN)
        self.report(reports, fixed_count)
        if self.errors:
            return EXIT_ERROR
        remaining = sum(len(r.diagnostics) for r in reports)
        return EXIT_DIAGNOSTICS if remaining and not options.exit_zero else EXIT_CLEAN

    def check_one(self, path: Path | None, context: RunContext | None = None) -> LintResult | None:
        options = self.options
        try:
            if path is None:
                data = sys.stdin.buffer.read()
                source = decode(data, options.stdin_filename or "-")
                config = self.config_for(Path(options.stdin_filename or "stdin.txt"))
            else:
                source = read_source(path)
                config = self.config_for(path)
        except InputError as error:
            self.error(str(error))
            return None
        from lintnews.backends import lint_source

        linter = self.linter_for(config)
        try:
            return lint_source(
                linter,
                source,
                config,
                self.warn,
                fix=options.fix or options.diff,
                unsafe=options.unsafe_fixes,
                jobs=options.jobs,
                context=context,
            )
        except RuleError as error:
            self.error(str(error))
            return None

    def write_fixed(self, path: Path | None, result: LintResult) -> None:
        if path is None:  # fixing standard input prints the fixed text instead of a report
            self.out.write(result.fixed)
            return
        if result.changed:
            try:
                write_atomically(path, result.fixed)
            except OSError as error:
                self.error(f"{path}: cannot write fixed file ({error.strerror})")

    def write_diff(self, result: LintResult) -> None:
        if not result.changed:
            return
        diff = difflib.unified_diff(
            result.original.raw.splitlines(keepends=True),
            result.fixed.splitlines(keepends=True),
            fromfile=f"a/{result.path}",
            tofile=f"b/{result.path}",
        )
        for line in diff:
            self.out.write(
                line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            )

    def report(self, reports: list[FileReport], fixed_count: int) -> None:
        options = self.options
        # When standard input is fixed, standard output carries the fixed text.
        out = self.err if options.fix and "-" in options.paths else self.out
        fmt = options.output_format
        human = fmt in ("full", "concise")
        if options.statistics:
            write_statistics(reports, out)
        elif not (options.quiet and human):
            WRITERS[fmt](reports, out)
        if human and not options.quiet and (reports or not self.errors):
            write_summary(reports, fixed_count, out)


def run_context(paths: list[Path | None]) -> RunContext | None:
    """What the files of this run share (lines repeated across them), read in a first pass.
    Worth it from a handful of files on; unreadable files are skipped here and reported later."""
    files = [path for path in paths if path is not None]
    if len(files) < MIN_FILES_FOR_CONTEXT:
        return None

    def texts() -> Iterator[str]:
        for path in files:
            try:
                yield read_source(path).text
            except InputError:
                continue

    return RunContext.of(texts())


def _walk(root: Path) -> Iterator[Path]:
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames if d not in _SKIPPED_DIRS and not d.startswith(".")
        )
        for filename in sorted(filenames):
            yield Path(directory) / filename
