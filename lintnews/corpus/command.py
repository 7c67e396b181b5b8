"""The ``lintnews corpus`` and ``lintnews report`` commands. Only the standard library is
imported here: everything else is imported when a command runs, so ``--help`` stays fast."""

from __future__ import annotations

import argparse
from importlib.util import find_spec
from pathlib import Path

from lintnews.options import comma_separated, fail, missing_extra


def _needs_report_extra(what: str) -> None:
    """Stop with one line before any work when the report's charts cannot be drawn."""
    if find_spec("matplotlib") is None:
        fail(missing_extra(what, "corpus"))


def corpus_arguments(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add(
        "inputs",
        nargs="+",
        help="JSONL (.gz, .zst), CSV, TSV or Parquet files, or folders of them.",
    )
    add("--output", "-o", required=True, help="Folder for the output (resumed if it exists).")
    add("--text-field", default="text", help="The field holding the text.")
    add("--id-field", default="id", help="The field naming a record (else its line or row number).")
    add("--fix", action="store_true", help="Apply safe fixes to the text.")
    add("--fixed-field", help="With --fix: write the fixed text here, keeping the text field.")
    add(
        "--reject",
        action="append",
        help="Move documents with findings of these codes (or prefixes) to rejected/.",
    )
    add(
        "--max-per-1k",
        type=float,
        help="Move documents with more findings per 1k words to rejected/.",
    )
    add("--output-format", help="jsonl, csv, tsv or parquet (default: as the input).")
    add("--jobs", "-j", type=int, help="Worker processes (default: all cores).")
    add(
        "--on-error",
        default="stop",
        help="stop: stop at a bad record; skip: record it in errors.jsonl.",
    )
    add("--report", help="Write an HTML report to this file.")
    add("--group-field", help="Break the report down by this field (site, MT engine).")
    add("--select", action="append", help="Only these rules: codes, prefixes or names.")
    add("--ignore", action="append", help="Skip these rules.")
    add("--config", help="Use this lintnews.toml or pyproject.toml.")
    add(
        "--shard-size",
        type=int,
        default=1000,
        help="Records per shard: the unit of work, output files and resuming.",
    )
    add(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="Progress bar (default: on a terminal).",
    )
    add("--quiet", "-q", action="store_true", help="Print nothing but errors.")
    add(
        "--exit-non-zero-on-findings",
        action="store_true",
        help="Exit 1 when findings are left in the output (default: a finished run exits 0).",
    )


def corpus_command(args: argparse.Namespace) -> int:
    """Lint, annotate, fix and filter whole datasets; write the records with their findings."""
    if args.report is not None:
        _needs_report_extra("lintnews corpus --report")
    from lintnews.corpus.runner import run_corpus
    from lintnews.corpus.types import CorpusOptions

    options = CorpusOptions(
        inputs=list(args.inputs),
        output=args.output,
        text_field=args.text_field,
        id_field=args.id_field,
        fix=args.fix,
        fixed_field=args.fixed_field,
        reject=comma_separated(args.reject) or (),
        max_per_1k=args.max_per_1k,
        output_format=args.output_format,
        jobs=args.jobs,
        on_error=args.on_error,
        group_field=args.group_field,
        report=args.report,
        config_path=args.config,
        select=comma_separated(args.select) or None,
        ignore=comma_separated(args.ignore) or None,
        shard_records=args.shard_size,
        progress=args.progress,
        quiet=args.quiet,
        exit_non_zero_on_findings=args.exit_non_zero_on_findings,
    )
    code, _ = run_corpus(options)
    return code


def report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", help="The output folder of a `lintnews corpus` run.")
    parser.add_argument("--report", "-o", default="report.html", help="The HTML file to write.")
    parser.add_argument("--group-field", help="Break the report down by this field.")


def report_command(args: argparse.Namespace) -> int:
    """Write the HTML report of an existing `lintnews corpus` output folder."""
    _needs_report_extra("lintnews report")
    from lintnews.corpus.formats import CorpusError
    from lintnews.corpus.report import stats_from_output, write_report

    try:
        stats = stats_from_output(Path(args.output), args.group_field)
    except CorpusError as error:
        fail(str(error))
    write_report(stats, Path(args.report), title=Path(args.output).name)
    print(f"Report: {args.report}")
    return 0
