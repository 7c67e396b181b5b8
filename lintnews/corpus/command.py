"""The ``lintnews corpus`` and ``lintnews report`` commands. Only typer and the standard library
are imported here: everything else is imported when a command runs, so ``--help`` stays fast."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lintnews.options import comma_separated


def corpus_command(
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSONL (.gz, .zst), CSV, TSV or Parquet files, or folders of them."),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Folder for the output (resumed if it exists).")
    ],
    text_field: Annotated[str, typer.Option(help="The field holding the text.")] = "text",
    id_field: Annotated[
        str, typer.Option(help="The field naming a record (else its line or row number).")
    ] = "id",
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the text.")] = False,
    fixed_field: Annotated[
        str | None,
        typer.Option(help="With --fix: write the fixed text here, keeping the text field."),
    ] = None,
    reject: Annotated[
        list[str] | None,
        typer.Option(
            help="Move documents with findings of these codes (or prefixes) to rejected/."
        ),
    ] = None,
    max_per_1k: Annotated[
        float | None,
        typer.Option(
            "--max-per-1k", help="Move documents with more findings per 1k words to rejected/."
        ),
    ] = None,
    output_format: Annotated[
        str | None, typer.Option(help="jsonl, csv, tsv or parquet (default: as the input).")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")
    ] = None,
    on_error: Annotated[
        str, typer.Option(help="stop: stop at a bad record; skip: record it in errors.jsonl.")
    ] = "stop",
    report: Annotated[str | None, typer.Option(help="Write an HTML report to this file.")] = None,
    group_field: Annotated[
        str | None, typer.Option(help="Break the report down by this field (site, MT engine).")
    ] = None,
    source_field: Annotated[
        str | None,
        typer.Option(
            help="Count lines repeated across records (R012) per value of this field, such as "
            "the site (default: across the whole run)."
        ),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Only these rules: codes, prefixes or names.")
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip these rules.")] = None,
    config: Annotated[
        str | None, typer.Option("--config", help="Use this lintnews.toml or pyproject.toml.")
    ] = None,
    shard_size: Annotated[
        int, typer.Option(help="Records per shard: the unit of work, output files and resuming.")
    ] = 1000,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    exit_non_zero_on_findings: Annotated[
        bool,
        typer.Option(
            "--exit-non-zero-on-findings",
            help="Exit 1 when findings are left in the output (default: a finished run exits 0).",
        ),
    ] = False,
) -> None:
    """Lint, annotate, fix and filter whole datasets; write the records with their findings."""
    from lintnews.corpus.runner import run_corpus
    from lintnews.corpus.types import CorpusOptions

    options = CorpusOptions(
        inputs=list(inputs),
        output=output,
        text_field=text_field,
        id_field=id_field,
        fix=fix,
        fixed_field=fixed_field,
        reject=comma_separated(reject) or (),
        max_per_1k=max_per_1k,
        output_format=output_format,
        jobs=jobs,
        on_error=on_error,
        group_field=group_field,
        source_field=source_field,
        report=report,
        config_path=config,
        select=comma_separated(select) or None,
        ignore=comma_separated(ignore) or None,
        shard_records=shard_size,
        progress=progress,
        quiet=quiet,
        exit_non_zero_on_findings=exit_non_zero_on_findings,
    )
    code, _ = run_corpus(options)
    raise typer.Exit(code)


def report_command(
    output: Annotated[str, typer.Argument(help="The output folder of a `lintnews corpus` run.")],
    report: Annotated[
        str, typer.Option("--report", "-o", help="The HTML file to write.")
    ] = "report.html",
    group_field: Annotated[
        str | None, typer.Option(help="Break the report down by this field.")
    ] = None,
) -> None:
    """Write the HTML report of an existing `lintnews corpus` output folder."""
    from lintnews.corpus.formats import CorpusError
    from lintnews.corpus.report import stats_from_output, write_report

    try:
        stats = stats_from_output(Path(output), group_field)
    except CorpusError as error:
        typer.echo(f"lintnews: error: {error}", err=True)
        raise typer.Exit(2) from None
    write_report(stats, Path(report), title=Path(output).name)
    typer.echo(f"Report: {report}")
