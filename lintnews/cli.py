"""The ``lintnews`` command, on the standard library's argparse: a CLI framework cost a sixth of
the start-up of every ``check`` (issue 16), which a pre-commit hook and every worker pay. Heavy
modules are imported inside commands, so ``--help`` is fast."""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from lintnews import __version__
from lintnews.options import EXIT_ERROR, comma_separated, fail, missing_extra

# The modules of each extra; a ModuleNotFoundError naming one means the extra is not installed.
EXTRA_OF = {
    "pyarrow": "corpus",
    "zstandard": "corpus",
    "matplotlib": "corpus",
    "datatrove": "datatrove",
    "orjson": "datatrove",
    "pygls": "server",
    "lsprotocol": "server",
    "language_tool_python": "languagetool",
    "harper": "harper",
}


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line naming the help to read, not argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        fail(f"{message} (see '{self.prog} --help')")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is below the minimum of 1")
    return value


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("paths", nargs="*", help="Files or folders to check; '-' reads standard input.")
    add(
        "--select",
        metavar="CODES",
        action="append",
        help="Only these rules: codes, prefixes or names, comma-separated.",
    )
    add("--ignore", metavar="CODES", action="append", help="Skip these rules.")
    add("--extend-select", metavar="CODES", action="append", help="Add rules to the selection.")
    add(
        "--extend-ignore",
        metavar="CODES",
        action="append",
        help="Skip these rules too, keeping the configured ignore.",
    )
    add("--fix", action="store_true", help="Apply safe fixes and write the files.")
    add(
        "--unsafe-fixes", action="store_true", help="Apply unsafe fixes too (with --fix or --diff)."
    )
    add(
        "--fix-only",
        action="store_true",
        help="Apply fixes (implies --fix), and neither report nor fail on what is left.",
    )
    add(
        "--exit-non-zero-on-fix",
        action="store_true",
        help="Exit 1 when fixes were applied, even if no problem is left.",
    )
    add("--show-fixes", action="store_true", help="List the fixes applied, per file and rule.")
    add("--diff", action="store_true", help="Print the fixes as a unified diff; write nothing.")
    add(
        "--add-noqa",
        action="store_true",
        help="Add a suppression marker to the line of every current finding.",
    )
    add("--statistics", action="store_true", help="Print counts per rule instead of each report.")
    add("--exit-zero", action="store_true", help="Exit 0 even when problems remain.")
    add("--quiet", "-q", action="store_true", help="Print nothing but errors.")
    add(
        "--config",
        action="append",
        metavar="PATH | KEY=VALUE",
        help="Use this lintnews.toml or pyproject.toml, or override one setting in TOML "
        "(--config 'ignore = [\"R003\"]'; repeatable).",
    )
    add("--show-settings", action="store_true", help="Print the settings for the first file.")
    add("--show-files", action="store_true", help="Print the files that would be checked.")
    add(
        "--extend-exclude",
        action="append",
        metavar="PATTERNS",
        help="Exclude these globs too, comma-separated, keeping the configured exclude.",
    )
    add(
        "--force-exclude",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="Apply the exclusions to files named on the command line too (for pre-commit).",
    )
    add(
        "--respect-gitignore",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="Leave out what .gitignore files ignore when searching folders (default: on).",
    )
    add(
        "--output-format",
        metavar="FORMAT",
        default="full",
        help="full, concise, json, json-lines, github, sarif, gitlab or junit.",
    )
    add("--stdin-filename", metavar="NAME", help="The name to report for standard input.")
    add(
        "--known-words",
        metavar="WORDS",
        action="append",
        help="Words the lexicon lacks (names), comma-separated.",
    )
    add(
        "--languagetool",
        metavar="URL",
        help="Add LanguageTool's reports: a server URL, or 'local' (LTP_PATH).",
    )
    add(
        "--grammar",
        metavar="NAME",
        help="Add an offline grammar checker: 'harper' or 'harper:british'.",
    )
    add(
        "--jobs",
        metavar="N",
        type=_positive_int,
        help="Worker processes for many files (default: one per core from a few hundred "
        "files on); with --grammar harper, its threads.",
    )
    add(
        "--max-file-size",
        metavar="SIZE",
        help="The largest file or standard input to check, e.g. 200MB or 1GiB (default 64MiB).",
    )


def check(args: argparse.Namespace) -> int:
    """Check news text files for scraping and translation defects."""
    from lintnews.config import ConfigError, is_override, parse_overrides
    from lintnews.reporters import FORMATS
    from lintnews.runner import CheckOptions, Runner

    if args.output_format not in FORMATS:
        fail(f"unknown output format {args.output_format!r} (choose from {', '.join(FORMATS)})")
    if not args.paths:
        fail("no paths given (use '-' for standard input)")
    if args.add_noqa and (args.fix or args.fix_only or args.diff):
        fail("--add-noqa cannot be combined with --fix, --fix-only or --diff")
    config_paths = [value for value in args.config or () if not is_override(value)]
    if len(config_paths) > 1:
        fail("--config names more than one configuration file")
    try:
        settings = parse_overrides([value for value in args.config or () if is_override(value)])
    except ConfigError as error:
        fail(str(error))
    overrides: dict[str, object] = {}
    if args.max_file_size is not None:
        from lintnews.config import parse_size

        try:
            overrides["max_file_size"] = parse_size(args.max_file_size)
        except ValueError:
            fail(
                f"--max-file-size {args.max_file_size!r} is not a size "
                "(use bytes, or a unit: 200MB, 1GiB)"
            )
    words = comma_separated(args.known_words)
    if words:
        overrides["known_words"] = words
    for key in ("force_exclude", "respect_gitignore"):
        if getattr(args, key) is not None:
            overrides[key] = getattr(args, key)
    for key in ("languagetool", "grammar"):
        value = getattr(args, key)
        if value is not None:
            from lintnews.backends import setting_error

            problem = setting_error(key, value)
            if problem is not None:
                fail(problem)
            overrides[key] = value
    options = CheckOptions(
        paths=list(args.paths),
        select=comma_separated(args.select),
        ignore=comma_separated(args.ignore),
        extend_select=comma_separated(args.extend_select),
        extend_ignore=comma_separated(args.extend_ignore),
        extend_exclude=comma_separated(args.extend_exclude),
        fix=args.fix or args.fix_only,
        fix_only=args.fix_only,
        exit_non_zero_on_fix=args.exit_non_zero_on_fix,
        show_fixes=args.show_fixes,
        add_noqa=args.add_noqa,
        show_files=args.show_files,
        show_settings=args.show_settings,
        unsafe_fixes=args.unsafe_fixes,
        diff=args.diff,
        statistics=args.statistics,
        exit_zero=args.exit_zero,
        quiet=args.quiet,
        config_path=config_paths[0] if config_paths else None,
        output_format=args.output_format,
        stdin_filename=args.stdin_filename,
        jobs=args.jobs or 1,
        processes=args.jobs,
        overrides=overrides,
        settings=settings,
    )
    return Runner(options).run()


def _rule_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("code", nargs="?", help="A rule code or name, e.g. M001.")
    parser.add_argument("--all", action="store_true", dest="all_rules", help="List every rule.")


def rule(args: argparse.Namespace) -> int:
    """Explain a rule: what it catches, why, examples and the fix."""
    from lintnews.docs import explain_rule, rule_table

    if args.all_rules or args.code is None:
        print(rule_table())
        return 0
    text = explain_rule(args.code)
    if text is None:
        fail(f"unknown rule {args.code!r} (see `lintnews rule --all`)")
    print(text)
    return 0


def _server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stdio",
        action="store_true",
        help="Talk over standard input and output: the only transport, accepted because "
        "editors' LSP clients pass it.",
    )


def server(args: argparse.Namespace) -> int:
    """Run the language server for editors (LSP over standard input and output)."""
    from lintnews.server import INSTALL_HINT, is_missing_extra

    try:
        from lintnews.server.app import serve
    except ImportError as error:
        if not is_missing_extra(error):
            raise
        fail(INSTALL_HINT)
    serve()
    return 0


Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


COMMANDS = ("check", "rule", "server", "corpus", "report")


def _commands() -> dict[str, Command]:
    from lintnews.corpus.command import (
        corpus_arguments,
        corpus_command,
        report_arguments,
        report_command,
    )

    return {
        "check": (_check_arguments, check),
        "rule": (_rule_arguments, rule),
        "server": (_server_arguments, server),
        "corpus": (corpus_arguments, corpus_command),
        "report": (report_arguments, report_command),
    }


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command``, only that command's options are added (each
    option costs argparse a help formatter: building them all is a few ms of every start)."""
    top = _Parser(
        prog="lintnews",
        description="A linter for scraped and machine-translated news text.",
        allow_abbrev=False,
        formatter_class=_Formatter,
    )
    top.add_argument("--version", action="version", version=f"lintnews {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    for name, (arguments, run) in _commands().items():
        summary = (run.__doc__ or "").strip().splitlines()[0]
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            allow_abbrev=False,
            prog=f"lintnews {name}",
            formatter_class=_Formatter,
        )
        if command in (None, name):
            arguments(sub)
        sub.set_defaults(run=run)
    return top


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with the terminal's width read without importing shutil (and through
    it zlib, bz2 and lzma) for every option added."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_width() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_width() -> int:
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, OSError, ValueError):
        return 80


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` (the process's arguments by default) and run the command; the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    first = next((arg for arg in arguments if not arg.startswith("-")), None)
    top = parser(first if first in COMMANDS else None)
    args, unknown = top.parse_known_args(arguments)
    if unknown:  # named here, so that the hint names the command's own help
        where = f"lintnews {args.command}" if args.command else "lintnews"
        fail(f"unrecognized arguments: {' '.join(unknown)} (see '{where} --help')")
    if args.command is None:
        top.print_help()
        return EXIT_ERROR
    # Before the rules are imported: their patterns then come compiled from the cache.
    from lintnews.cache import cache_directory
    from lintnews.pattern_cache import install

    install(cache_directory())
    # Loading the rules and the lexicon allocates tens of thousands of objects that live as long
    # as the process, and the default threshold (700) ran 55 young-generation collections over
    # them: 18 ms, a tenth of `check` on one article. lintnews makes few reference cycles, so
    # collecting less often holds little more memory.
    gc.set_threshold(50_000, 10, 10)
    code: int = args.run(args)
    return code


def main(argv: Sequence[str] | None = None) -> NoReturn:
    try:
        code = run(argv)
        if argv is None:
            # The process ends here: move every object out of the collector's sight, so that
            # the collections of the interpreter's shutdown do not walk the rules, the lexicon
            # and the word sets once more (a quarter of the CPU of `check` on one article,
            # issue 16). Only for the program itself: a caller's objects are left alone.
            gc.freeze()
    except KeyboardInterrupt:
        sys.stderr.write("lintnews: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (`lintnews check ... | head`): not an error of ours. Point stdout
        # at /dev/null so that the interpreter's final flush does not fail again (Python's
        # documented recipe for SIGPIPE), and exit as a closed pipe does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(141)
    except ModuleNotFoundError as error:
        # An optional part that is not installed: say which extra brings it.
        extra = EXTRA_OF.get((error.name or "").partition(".")[0])
        if extra is None:
            _internal_error(error)
        fail(missing_extra(f"this command ({error.name} is not installed)", extra))
    except Exception as error:
        _internal_error(error)
    sys.exit(code)


def _internal_error(error: Exception) -> NoReturn:
    # A bug, not a user error: one line, unless the developer asks for the traceback.
    if os.environ.get("LINTNEWS_DEBUG"):
        raise error
    sys.stderr.write(
        f"lintnews: internal error: {type(error).__name__}: {error} "
        "(set LINTNEWS_DEBUG=1 for the traceback)\n"
    )
    sys.exit(2)


def console_main() -> NoReturn:
    """The ``lintnews`` command itself: :func:`main`, then an end without the interpreter's
    teardown, which frees every object one by one (the rules, the lexicon, the word sets): 0.92x
    the CPU on one small article (issue 16, benchmarks/results/speed.md). The exit handlers (the
    pattern cache, temporary files, worker pools) run and the output is flushed first, so
    nothing a normal exit does is lost. ``main`` stays an ordinary function for callers
    in-process; a process with threads still running (the language server) ends normally, as
    the interpreter would wait for them."""
    try:
        main()
    except SystemExit as done:
        if _other_threads_running():
            raise
        status = _exit_status(done.code)
    # The interpreter's own exit runs these same handlers; atexit has no public call for it.
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        status = 141
    os._exit(status)


def _other_threads_running() -> bool:
    threading = sys.modules.get("threading")
    if threading is None:
        return False
    main_thread = threading.main_thread()
    return any(
        thread is not main_thread and not thread.daemon and thread.is_alive()
        for thread in threading.enumerate()
    )


def _exit_status(code: object) -> int:
    # What the interpreter makes of a SystemExit's code: None is 0, an int itself, anything
    # else is printed to stderr and exits 1.
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


if __name__ == "__main__":
    main()
