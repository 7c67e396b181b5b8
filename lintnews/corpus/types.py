"""What a corpus run is asked to do and what it found: the types both the runner, which makes
them, and the report, which reads them, import (so that neither imports the other for them)."""

from __future__ import annotations

from dataclasses import dataclass

from lintnews.corpus.stats import Stats


@dataclass
class CorpusOptions:
    inputs: list[str]
    output: str
    text_field: str = "text"
    id_field: str = "id"
    fix: bool = False
    fixed_field: str | None = None
    reject: tuple[str, ...] = ()
    max_per_1k: float | None = None
    output_format: str | None = None
    jobs: int | None = None
    on_error: str = "stop"
    group_field: str | None = None
    # Lines repeated across records count per value of this field (R012); None: across the run.
    source_field: str | None = None
    report: str | None = None
    config_path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    shard_records: int = 1000
    shard_bytes: int = 8 * 2**20
    progress: bool | None = None  # None: a bar on a terminal, plain lines otherwise
    quiet: bool = False
    # Exit 1 when findings are left in the output (by default a finished run exits 0).
    exit_non_zero_on_findings: bool = False


@dataclass
class RunResult:
    stats: Stats
    errors: int = 0  # bad records and unreadable files, in errors.jsonl
    shards: int = 0
    resumed: int = 0
    seconds: float = 0.0
    bytes_read: int = 0
