"""The ``lintnews`` command. Heavy modules are imported inside commands, so ``--help`` is fast."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from lintnews import __version__
from lintnews.options import comma_separated

app = typer.Typer(
    name="lintnews",
    help="A linter for scraped and machine-translated news text.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lintnews {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """A linter for scraped and machine-translated news text."""


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or folders to check; '-' reads standard input."),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(help="Only these rules: codes, prefixes or names, comma-separated."),
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip these rules.")] = None,
    extend_select: Annotated[
        list[str] | None, typer.Option(help="Add rules to the selection.")
    ] = None,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply safe fixes and write the files.")
    ] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="Apply unsafe fixes too (with --fix or --diff).")
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the fixes as a unified diff; write nothing.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per rule instead of each report.")
    ] = False,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when problems remain.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    config: Annotated[
        str | None, typer.Option("--config", help="Use this lintnews.toml or pyproject.toml.")
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--output-format",
            help="full, concise, json, json-lines, github, sarif, gitlab or junit.",
        ),
    ] = "full",
    stdin_filename: Annotated[
        str | None, typer.Option(help="The name to report for standard input.")
    ] = None,
    known_words: Annotated[
        list[str] | None, typer.Option(help="Words the lexicon lacks (names), comma-separated.")
    ] = None,
    languagetool: Annotated[
        str | None,
        typer.Option(help="Add LanguageTool's reports: a server URL, or 'local' (LTP_PATH)."),
    ] = None,
    grammar: Annotated[
        str | None,
        typer.Option(help="Add an offline grammar checker: 'harper' or 'harper:british'."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            help="Worker processes for many files (default: one per core from a few hundred "
            "files on); with --grammar harper, its threads.",
            min=1,
        ),
    ] = None,
    max_file_size: Annotated[
        str | None,
        typer.Option(
            help="The largest file or standard input to check, e.g. 200MB or 1GiB (default 64MiB).",
        ),
    ] = None,
) -> None:
    """Check news text files for scraping and translation defects."""
    from lintnews.reporters import FORMATS
    from lintnews.runner import EXIT_ERROR, CheckOptions, Runner

    if output_format not in FORMATS:
        typer.echo(
            f"lintnews: error: unknown output format {output_format!r} "
            f"(choose from {', '.join(FORMATS)})",
            err=True,
        )
        raise typer.Exit(EXIT_ERROR)
    if not paths:
        typer.echo("lintnews: error: no paths given (use '-' for standard input)", err=True)
        raise typer.Exit(EXIT_ERROR)
    overrides: dict[str, object] = {}
    if max_file_size is not None:
        from lintnews.config import parse_size

        try:
            overrides["max_file_size"] = parse_size(max_file_size)
        except ValueError:
            typer.echo(
                f"lintnews: error: --max-file-size {max_file_size!r} is not a size "
                "(use bytes, or a unit: 200MB, 1GiB)",
                err=True,
            )
            raise typer.Exit(EXIT_ERROR) from None
    words = comma_separated(known_words)
    if words:
        overrides["known_words"] = words
    for key, value in (("languagetool", languagetool), ("grammar", grammar)):
        if value is not None:
            from lintnews.backends import setting_error

            problem = setting_error(key, value)
            if problem is not None:
                typer.echo(f"lintnews: error: {problem}", err=True)
                raise typer.Exit(EXIT_ERROR)
            overrides[key] = value
    options = CheckOptions(
        paths=list(paths),
        select=comma_separated(select),
        ignore=comma_separated(ignore),
        extend_select=comma_separated(extend_select),
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        statistics=statistics,
        exit_zero=exit_zero,
        quiet=quiet,
        config_path=config,
        output_format=output_format,
        stdin_filename=stdin_filename,
        jobs=jobs or 1,
        processes=jobs,
        overrides=overrides,
    )
    raise typer.Exit(Runner(options).run())


@app.command()
def rule(
    code: Annotated[str | None, typer.Argument(help="A rule code or name, e.g. M001.")] = None,
    all_rules: Annotated[bool, typer.Option("--all", help="List every rule.")] = False,
) -> None:
    """Explain a rule: what it catches, why, examples and the fix."""
    from lintnews.docs import explain_rule, rule_table

    if all_rules or code is None:
        typer.echo(rule_table())
        return
    text = explain_rule(code)
    if text is None:
        typer.echo(f"lintnews: error: unknown rule {code!r} (see `lintnews rule --all`)", err=True)
        raise typer.Exit(2)
    typer.echo(text)


@app.command()
def server(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio",
            help="Talk over standard input and output: the only transport, accepted because "
            "editors' LSP clients pass it.",
        ),
    ] = False,
) -> None:
    """Run the language server for editors (LSP over standard input and output)."""
    from lintnews.server import INSTALL_HINT, is_missing_extra

    try:
        from lintnews.server.app import serve
    except ImportError as error:
        if not is_missing_extra(error):
            raise
        typer.echo(f"lintnews: error: {INSTALL_HINT}", err=True)
        raise typer.Exit(2) from None
    serve()


from lintnews.corpus.command import corpus_command, report_command  # noqa: E402

app.command("corpus")(corpus_command)
app.command("report")(report_command)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("lintnews: interrupted\n")
        sys.exit(130)
    except Exception as error:
        # A bug, not a user error: one line, unless the developer asks for the traceback.
        if os.environ.get("LINTNEWS_DEBUG"):
            raise
        sys.stderr.write(
            f"lintnews: internal error: {type(error).__name__}: {error} "
            "(set LINTNEWS_DEBUG=1 for the traceback)\n"
        )
        sys.exit(2)


if __name__ == "__main__":
    main()
