"""What ``lintnews check`` does, apart from parsing flags: find files, pick each file's
configuration, lint, fix, and report. Kept out of the CLI module so it can be tested directly.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from lintnews.config import Config, ConfigError, check_settings, discover_config, load_config_file
from lintnews.diagnostics import Diagnostic
from lintnews.document import MIN_DOCUMENTS_FOR_CONTEXT, Document, RunContext
from lintnews.engine import Linter, LintResult, RuleError
from lintnews.registry import SelectionError
from lintnews.reporters import WRITERS, FileReport, write_statistics, write_summary
from lintnews.source import (
    FileChanged,
    InputError,
    Source,
    read_source,
    read_stdin,
    special_file,
    write_atomically,
)

if TYPE_CHECKING:
    from lintnews.gitignore import GitIgnore

EXIT_CLEAN, EXIT_DIAGNOSTICS, EXIT_ERROR = 0, 1, 2
_ERROR_PREFIX = "lintnews: error: "
# Automatic parallelism starts one worker process per this many files (and per core at most).
FILES_PER_PROCESS = 200
MIN_FILES_FOR_CONTEXT = MIN_DOCUMENTS_FOR_CONTEXT
# The cross-file pass keeps the sources it read, up to this many characters in all, so that a
# run in one process reads each file once; past it, files are read again. The report holds every
# file's text to the end of the run anyway, so keeping them earlier raises no peak.
KEPT_SOURCE_CHARS = 32_000_000
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
    processes: int | None = None  # worker processes for files; None: automatic
    # Settings given as flags (Config fields), applied over the configuration file's.
    overrides: dict[str, object] = field(default_factory=dict)
    # `--config KEY=VALUE` settings: over the file's, under the flags.
    settings: dict[str, object] = field(default_factory=dict)
    extend_ignore: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] | None = None
    show_files: bool = False
    show_settings: bool = False
    show_fixes: bool = False
    fix_only: bool = False  # fix, and neither report nor fail on what is left
    exit_non_zero_on_fix: bool = False
    add_noqa: bool = False


class Runner:
    def __init__(self, options: CheckOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr):
        self.options = options
        self.out = out
        self.err = err
        self.errors = 0
        # Files whose fixes could not be written (changed meanwhile, or not writable).
        self.unwritten = 0
        self._explicit_config: Config | None = None
        self._linters: dict[int, Linter] = {}
        self._configs: dict[Path, Config] = {}
        self._backends_used = False  # whether there are backends to close at the end

    def error(self, message: str) -> None:
        self.errors += 1
        self.err.write(f"{_ERROR_PREFIX}{message}\n")

    def warn(self, message: str) -> None:
        """A problem that does not stop the run (a grammar backend that is not there)."""
        self.err.write(f"lintnews: warning: {message}\n")

    # Configuration -----------------------------------------------------------------------------

    def config_for(self, path: Path) -> Config:
        """The configuration for a file: the one found above it, with the flags applied. Files
        of one folder share it, so it is worked out once per folder."""
        folder = path.parent
        config = self._configs.get(folder)
        if config is None:
            config = self._configs[folder] = self._config_for(path)
        return config

    def _config_for(self, path: Path) -> Config:
        options = self.options
        if options.config_path:
            if self._explicit_config is None:
                self._explicit_config = load_config_file(Path(options.config_path))
            base = self._explicit_config
        else:
            base = discover_config(path)
        config = base.with_overrides(**options.settings).with_overrides(
            select=options.select, ignore=options.ignore, **options.overrides
        )
        if config.uses_backends:
            _check_backend_settings(config)
        if options.extend_select:
            config = config.with_overrides(
                extend_select=(*config.extend_select, *options.extend_select)
            )
        if options.extend_ignore:
            config = config.with_overrides(ignore=(*config.ignore, *options.extend_ignore))
        if options.extend_exclude:
            config = config.with_overrides(
                extend_exclude=(*config.extend_exclude, *options.extend_exclude)
            )
        return config

    def folder_config(self, folder: Path) -> Config:
        """The configuration of the files directly in ``folder`` (any name stands for them)."""
        return self.config_for(folder / "*")

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
                if not self.stdin_excluded():
                    yield None
                continue
            path = Path(name)
            if not path.exists():
                self.error(f"{name}: no such file or directory")
                continue
            if not path.is_dir():
                config = self.config_for(path)
                # As ruff's: pre-commit names every staged file, and `exclude` should hold.
                if not (config.force_exclude and config.is_excluded(str(path))):
                    yield path
                continue
            found = False
            gitignore = None
            if self.folder_config(path).respect_gitignore:
                from lintnews.gitignore import GitIgnore

                gitignore = GitIgnore(path)
            for file in _walk(path, gitignore):
                config = self.config_for(file)
                if config.is_included(str(file)) and not config.is_excluded(str(file)):
                    kind = special_file(file)
                    if kind is not None:  # never opened: a pipe would block the run
                        self.warn(f"{file}: skipped, it is {kind}, not a regular file")
                        continue
                    found = True
                    yield file
            if not found:
                config = self._config_for(path)
                patterns = ", ".join(config.include)
                self.error(f"{name}: directory has no files to check (looked for {patterns})")

    def stdin_excluded(self) -> bool:
        """Whether --force-exclude leaves out standard input, by the name --stdin-filename gives
        it. Fixing then passes the text through unchanged, as ruff does: an editor that pipes a
        buffer through ``--fix`` must get it back, not an empty one."""
        name = self.options.stdin_filename
        if name is None:
            return False
        config = self.config_for(Path(name))
        if not (config.force_exclude and config.is_excluded(name)):
            return False
        if self.fixing:
            self.out.flush()
            binary = getattr(self.out, "buffer", None)
            data = sys.stdin.buffer.read()
            if binary is None:
                self.out.write(data.decode("utf-8", errors="surrogateescape"))
            else:
                binary.write(data)
                binary.flush()
        return True

    # Running -----------------------------------------------------------------------------------

    def run(self) -> int:
        options = self.options
        reports: list[FileReport] = []
        fixed: list[LintResult] = []  # the results that had fixes applied, for --show-fixes
        fixed_count = 0
        try:
            paths = list(self.iter_paths())
            if options.show_files:
                return self.show_files(paths)
            if options.show_settings:
                return self.show_settings(paths)
            if options.add_noqa:
                return self.add_noqa(paths)
            processes = self.processes_for(paths)
            # Workers read their own files: sending the texts to them would cost more than
            # reading them from the page cache again.
            kept: dict[Path, Source] | None = {} if processes == 1 else None
            context = run_context(
                paths, lambda path: self.config_for(path).max_file_size, keep=kept
            )
            if processes > 1:
                results = self.check_in_processes(paths, context, processes)
            else:
                results = (
                    self.check_one(path, context, kept.pop(path, None) if kept and path else None)
                    for path in paths
                )
            for path, checked in zip(paths, results, strict=True):
                if checked is None:
                    continue
                result = checked
                if options.diff:
                    self.write_diff(result)
                elif self.fixing and not self.write_fixed(path, result):
                    # Nothing was written: the file's problems are those of the text as read.
                    result = self.check_unfixed(result, context)
                fixed_count += len(result.applied)
                if result.applied:
                    fixed.append(result)
                # The report needs the text, not the analysis cached on the document (word
                # counts, line index...): a bare document keeps memory flat over many files.
                bare = Document(result.doc.source, result.doc.config)
                reports.append(FileReport(bare, result.diagnostics))
        except (ConfigError, SelectionError) as error:
            self.error(str(error))
            return EXIT_ERROR
        finally:
            if self._backends_used:
                from lintnews.backends import close_backends

                close_backends()
        if options.diff:
            return EXIT_ERROR if self.errors else (EXIT_DIAGNOSTICS if fixed_count else EXIT_CLEAN)
        self.report(reports, fixed_count)
        if options.show_fixes:
            self.write_fixes(fixed)
        if self.errors:
            return EXIT_ERROR
        if self.unwritten:  # fixes that were asked for and are not in the files
            return EXIT_DIAGNOSTICS
        if fixed_count and options.exit_non_zero_on_fix:
            return EXIT_DIAGNOSTICS
        if options.fix_only:
            return EXIT_CLEAN
        remaining = sum(len(r.diagnostics) for r in reports)
        return EXIT_DIAGNOSTICS if remaining and not options.exit_zero else EXIT_CLEAN

    @property
    def fixing(self) -> bool:
        return self.options.fix or self.options.fix_only

    # What a run would do, without doing it -------------------------------------------------------

    def show_files(self, paths: list[Path | None]) -> int:
        """--show-files: the files a check would read, one a line."""
        for path in paths:
            self.out.write(f"{'-' if path is None else path}\n")
        return EXIT_ERROR if self.errors else EXIT_CLEAN

    def show_settings(self, paths: list[Path | None]) -> int:
        """--show-settings: the settings that apply to the first file, after flags, and the
        rules they select."""
        if self.errors:
            return EXIT_ERROR
        if not paths:
            self.error("--show-settings needs a file to show the settings of")
            return EXIT_ERROR
        first = paths[0]
        path = Path(self.options.stdin_filename or "stdin.txt") if first is None else first
        config = self.config_for(path)
        codes = [rule.code for rule in self.linter_for(config).rule_classes]
        from lintnews.config import settings_table

        self.out.write(f"Resolved settings for: {path}\n")
        self.out.write(f"Settings path: {config.source_file or '(none: the defaults)'}\n\n")
        for key, value in settings_table(config):
            # An unset setting (no grammar backend, the default size limit) as a comment.
            line = f"# {key} is not set" if value is None else f"{key} = {_toml_value(value)}"
            self.out.write(line + "\n")
        self.out.write(f"\n# the rules these settings select\nrules = {_toml_value(codes)}\n")
        return EXIT_CLEAN

    def add_noqa(self, paths: list[Path | None]) -> int:
        """--add-noqa: put a suppression marker on the line of every current finding, so that a
        rule can be turned on for an archive and gate only new text."""
        if None in paths:
            self.error("--add-noqa writes files: it cannot take standard input")
            return EXIT_ERROR
        from lintnews.markers import with_markers

        added = files = 0
        # The lines repeated across files (R012) are findings of a check of these files too.
        context = run_context(paths, lambda path: self.config_for(path).max_file_size)
        for path in paths:
            assert path is not None
            result = self.check_one(path, context)
            if result is None or not result.diagnostics:
                continue
            raw, count = with_markers(result.original, result.diagnostics)
            if not count:
                continue
            try:
                write_atomically(
                    path,
                    raw,
                    encoding=result.original.encoding,
                    unchanged_since=result.original.stamp,
                )
            except FileChanged:
                self.error(
                    f"{path}: changed by another process while it was checked; no marker added"
                )
                continue
            except OSError as error:
                self.error(f"{path}: cannot write the file ({error.strerror}); no marker added")
                continue
            added += count
            files += 1
        if not self.options.quiet:
            self.out.write(
                f"Added {added} suppression marker{'s' if added != 1 else ''}"
                f" to {files} file{'s' if files != 1 else ''}.\n"
            )
        return EXIT_ERROR if self.errors else EXIT_CLEAN

    def write_fixes(self, fixed: list[LintResult]) -> None:
        """--show-fixes: the fixes applied, counted per file and rule, as ruff lists them."""
        if self.options.quiet or self.options.output_format not in ("full", "concise"):
            return
        out = self.err if self.fixing and "-" in self.options.paths else self.out
        total = sum(len(result.applied) for result in fixed)
        if not total:
            return
        out.write(f"\nFixed {total} problem{'s' if total != 1 else ''}:\n")
        for result in fixed:
            out.write(f"- {result.path}:\n")
            counts = Counter((d.code, d.name) for d in result.applied)
            for (code, name), count in sorted(counts.items()):
                out.write(f"    {count} \u00d7 {code} ({name})\n")

    def processes_for(self, paths: list[Path | None]) -> int:
        """Worker processes for this run. Each costs about 0.2 s to start (imports, word lists),
        so they pay only on many files; grammar backends keep their own threads instead."""
        requested = self.options.processes
        given = {**self.options.settings, **self.options.overrides}
        if None in paths or given.get("languagetool") or given.get("grammar"):
            return 1
        if requested is None:  # automatic: one process per core from a few hundred files on
            requested = min(os.cpu_count() or 1, len(paths) // FILES_PER_PROCESS)
        return max(1, min(requested, len(paths)))

    def check_in_processes(
        self, paths: list[Path | None], context: RunContext | None, processes: int
    ) -> Iterator[LintResult | None]:
        """Results in the order of ``paths``, computed by worker processes, so that the output
        is the same for any number of processes."""
        # Imported when there are processes to start: it costs start-up time on every check.
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, len(paths) // (processes * 8))
        with ProcessPoolExecutor(
            processes, initializer=_start_worker, initargs=(self.options, context)
        ) as pool:
            for outcome in pool.map(_check_in_worker, paths, chunksize=chunk):
                for line in outcome.messages:
                    if line.startswith(_ERROR_PREFIX):
                        self.error(line.removeprefix(_ERROR_PREFIX))
                    else:  # a warning: printed, not counted
                        self.err.write(line + "\n")
                yield outcome.result()

    def check_one(
        self, path: Path | None, context: RunContext | None = None, read: Source | None = None
    ) -> LintResult | None:
        """Lint one file (``read``: its source as the cross-file pass read it), or standard
        input when ``path`` is None."""
        options = self.options
        try:
            if path is not None and read is not None:
                config = self.config_for(path)
                source = read
            elif path is None:
                config = self.config_for(Path(options.stdin_filename or "stdin.txt"))
                name = options.stdin_filename or "-"
                source = read_stdin(sys.stdin.buffer, name, config.max_file_size)
            else:
                config = self.config_for(path)
                source = read_source(path, config.max_file_size)
        except InputError as error:
            self.error(str(error))
            return None
        try:
            return self.lint(source, config, context, fix=self.fixing or options.diff)
        except RuleError as error:
            self.error(str(error))
            return None

    def lint(
        self, source: Source, config: Config, context: RunContext | None, *, fix: bool
    ) -> LintResult:
        linter = self.linter_for(config)
        options = self.options
        if not config.uses_backends:  # the core path: the engine alone
            return linter.lint_source(source, fix=fix, unsafe=options.unsafe_fixes, context=context)
        # Imported only when configured: the backends stay out of every other run.
        from lintnews.backends import lint_source

        self._backends_used = True
        return lint_source(
            linter,
            source,
            config,
            self.warn,
            fix=fix,
            unsafe=options.unsafe_fixes,
            jobs=options.jobs,
            context=context,
        )

    def write_fixed(self, path: Path | None, result: LintResult) -> bool:
        """Write the fixed text; False, after one line saying why, when it was not written."""
        if path is None:  # fixing standard input prints the fixed text instead of a report
            self.write_stdout(result.fixed, result.original.encoding)
            return True
        if not result.changed:
            return True
        fixes = len(result.applied)
        left = f"left as it is, its {fixes} fix{'es' if fixes != 1 else ''} not written"
        original = result.original
        try:
            write_atomically(
                path, result.fixed, encoding=original.encoding, unchanged_since=original.stamp
            )
        except FileChanged:
            reason = "changed by another process while it was checked"
        except OSError as error:
            reason = f"cannot write the fixed file ({error.strerror})"
        else:
            return True
        self.unwritten += 1
        self.err.write(f"{_ERROR_PREFIX}{path}: {reason}; {left}\n")
        return False

    def write_stdout(self, text: str, encoding: str) -> None:
        """Fixed standard input, in the encoding it came in (UTF-16 in, UTF-16 out)."""
        binary = getattr(self.out, "buffer", None)
        if encoding == "utf-8" or binary is None:
            self.out.write(text)
            return
        self.out.flush()
        binary.write(text.encode(encoding))
        binary.flush()

    def check_unfixed(self, result: LintResult, context: RunContext | None) -> LintResult:
        """The report for a file whose fixes were not written: the problems of its text as read."""
        config = self.config_for(Path(result.path))
        return self.lint(result.original, config, context, fix=False)

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
        out = self.err if self.fixing and "-" in options.paths else self.out
        fmt = options.output_format
        human = fmt in ("full", "concise")
        if options.fix_only:  # what is left is not this run's business
            if human and not options.quiet:
                write_summary([], fixed_count, out)
            return
        if options.statistics:
            write_statistics(reports, out)
        elif not (options.quiet and human):
            WRITERS[fmt](reports, out)
        if human and not options.quiet and (reports or not self.errors):
            write_summary(reports, fixed_count, out)


@dataclass
class _WorkerOutcome:
    """What a worker process sends back for one file: only plain data (the fixed text, not the
    analysed document), and the error and warning lines it would have printed."""

    original: Source | None
    final_raw: str | None
    diagnostics: list[Diagnostic]
    applied: list[Diagnostic]
    messages: list[str]

    def result(self) -> LintResult | None:
        if self.original is None or self.final_raw is None:
            return None
        final = Source(self.original.path, self.final_raw, has_bom=self.original.has_bom)
        return LintResult(self.original, Document(final), self.diagnostics, self.applied)


_WORKER: Runner | None = None
_WORKER_CONTEXT: RunContext | None = None


def _start_worker(options: CheckOptions, context: RunContext | None) -> None:
    global _WORKER, _WORKER_CONTEXT
    _WORKER = Runner(options, out=io.StringIO(), err=io.StringIO())
    _WORKER_CONTEXT = context


def _check_in_worker(path: Path | None) -> _WorkerOutcome:
    runner = _WORKER
    assert runner is not None, "worker not started"
    stream = io.StringIO()
    runner.err = stream
    result = runner.check_one(path, _WORKER_CONTEXT)
    lines = stream.getvalue().splitlines()
    if result is None:
        return _WorkerOutcome(None, None, [], [], lines)
    return _WorkerOutcome(result.original, result.fixed, result.diagnostics, result.applied, lines)


def _check_backend_settings(config: Config) -> None:
    """Reject a backend setting the configuration file could not check, as reading it would have
    had the backends been imported: they register their checks when imported."""
    import lintnews.backends  # noqa: F401  (registers the checks of the backend settings)

    check_settings(config)


def run_context(
    paths: list[Path | None],
    limit_for: Callable[[Path], int | None] = lambda path: None,
    keep: dict[Path, Source] | None = None,
) -> RunContext | None:
    """What the files of this run share (lines repeated across them), read in a first pass.
    Worth it from a handful of files on; unreadable files are skipped here and reported later.
    ``limit_for`` gives a file's size limit (its configuration's). With ``keep``, the sources
    read go into it, up to :data:`KEPT_SOURCE_CHARS` characters, for the lint pass."""
    files = [path for path in paths if path is not None]
    if len(files) < MIN_FILES_FOR_CONTEXT:
        return None
    kept_chars = 0

    def texts() -> Iterator[str]:
        nonlocal kept_chars
        for path in files:
            try:
                source = read_source(path, limit_for(path))
            except InputError:
                continue
            if keep is not None and kept_chars + len(source.raw) <= KEPT_SOURCE_CHARS:
                keep[path] = source
                kept_chars += len(source.raw)
            yield source.text

    return RunContext.of(texts())


def _walk(root: Path, gitignore: GitIgnore | None) -> Iterator[Path]:
    for directory, dirnames, filenames in os.walk(root):
        here = Path(directory)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if d not in _SKIPPED_DIRS
            and not d.startswith(".")
            and not (gitignore and gitignore.ignored(here / d, is_dir=True))
        )
        for filename in sorted(filenames):
            file = here / filename
            if gitignore is None or not gitignore.ignored(file, is_dir=False):
                yield file


def _toml_value(value: object) -> str:
    """A setting's value as TOML writes it (for --show-settings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        pairs = ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items())
        return f"{{ {pairs} }}" if pairs else "{}"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
