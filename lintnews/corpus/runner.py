"""``lintnews corpus``: read datasets in shards, lint them in worker processes, write each shard
atomically, resume from finished shards, and total everything for the summary and the report.

Output of a run in ``DIR``::

    DIR/<input>.<shard>.<ext>            the records kept, with the lintnews_* fields added
    DIR/rejected/<input>.<shard>.<ext>   the records rejected, with lintnews_rejected (the why)
    DIR/errors.jsonl                     bad records and unreadable files (with --on-error skip)
    DIR/.lintnews/run.json               the settings, to refuse resuming a different run
    DIR/.lintnews/shards/<shard>.json    one per finished shard: its totals; written last

A shard depends only on its input, so the output is the same for any number of jobs.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from lintnews import __version__
from lintnews.cache import atomic_path, cache_directory
from lintnews.config import Config, ConfigError, check_settings, discover_config, load_config_file
from lintnews.corpus.formats import (
    COUNTS,
    FINDINGS,
    FIXES,
    OUTPUT_SUFFIX,
    PER_1K,
    REJECTED,
    WORDS,
    CorpusError,
    InputFile,
    Shard,
    discover,
    dumps,
    read_shards,
    write_records,
)
from lintnews.corpus.lint import close, get_linter, lint_one, text_line_hashes
from lintnews.corpus.progress import make_progress
from lintnews.corpus.report import print_summary, write_report
from lintnews.corpus.stats import NO_GROUP, Stats
from lintnews.corpus.types import CorpusOptions, RunResult
from lintnews.document import MIN_DOCUMENTS_FOR_CONTEXT, LineCounter, RunContext
from lintnews.engine import Linter
from lintnews.pattern_cache import install as install_pattern_cache
from lintnews.registry import SelectionError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STATE_DIR = ".lintnews"
ON_ERROR = ("stop", "skip")
OUTPUT_FORMATS = ("jsonl", "csv", "tsv", "parquet")


@dataclass(frozen=True)
class ShardSettings:
    """What a worker needs: picklable, the same for every shard of a run."""

    output: str
    config: Config
    text_field: str
    id_field: str
    fix: bool
    fixed_field: str | None
    reject: tuple[str, ...]
    max_per_1k: float | None
    output_format: str | None
    on_error: str
    group_field: str | None
    # Lines repeated across records are counted per value of this field (a site); None: run-wide.
    source_field: str | None = None


# One shard, in a worker ---------------------------------------------------------------------


# The cross-document evidence of a run: a context per source (the value of --source-field, or
# None for the whole run). A source with too few records to give evidence has none.
Contexts = dict[str | None, RunContext]


def _records(shard: Shard) -> Iterator[tuple[int, dict[str, Any] | None, str | None, Any]]:
    """(row, record or None, error or None, raw) for each record of the shard."""
    file = shard.file
    if file.kind == "parquet":
        for offset, record in enumerate(shard.payload.to_pylist()):
            yield shard.first_row + offset, record, None, record
        return
    for row, item in shard.payload:
        if file.kind != "jsonl":
            if None in item:
                yield row, None, "more fields than the header", item
            else:
                yield row, item, None, item
            continue
        try:
            record = json.loads(item)
        except UnicodeDecodeError as error:
            yield row, None, f"invalid UTF-8 at byte {error.start}", item
            continue
        except json.JSONDecodeError as error:
            yield row, None, f"malformed JSON ({error})", item
            continue
        if not isinstance(record, dict):
            yield row, None, f"not a JSON object but {type(record).__name__}", item
            continue
        yield row, record, None, item


def _raw_for_error(raw: Any) -> Any:
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "backslashreplace").rstrip("\r\n")
    return raw


def _reasons(counts: dict[str, int], per_1k: float, settings: ShardSettings) -> list[str]:
    reasons = [code for code in counts if any(code.startswith(s) for s in settings.reject)]
    if settings.max_per_1k is not None and per_1k > settings.max_per_1k:
        reasons.append("max-per-1k")
    return reasons


def output_paths(shard_id: str, file: InputFile, settings: ShardSettings) -> tuple[Path, Path]:
    kind = settings.output_format or file.kind
    suffix = OUTPUT_SUFFIX[kind]
    if kind != "parquet" and file.compression:
        suffix += "." + file.compression
    out = Path(settings.output)
    return out / f"{shard_id}{suffix}", out / "rejected" / f"{shard_id}{suffix}"


def summary_path(output: str | Path, shard_id: str) -> Path:
    return Path(output) / STATE_DIR / "shards" / f"{shard_id}.json"


def _texts(
    shard: Shard, settings: ShardSettings
) -> Iterator[tuple[int, dict[str, Any] | None, str | None, Any]]:
    """:func:`_records`, with a record whose text field is missing or not a string turned into
    a problem: (row, record or None, problem or None, raw)."""
    for row, record, problem, raw in _records(shard):
        if record is not None:
            text = record.get(settings.text_field)
            if settings.text_field not in record:
                problem = f"no text field {settings.text_field!r}"
            elif not isinstance(text, str):
                problem = (
                    f"text field {settings.text_field!r} is {type(text).__name__}, not a string"
                )
        yield row, record, problem, raw


def _source(record: dict[str, Any], settings: ShardSettings) -> str | None:
    """Which source's repeated lines a record is compared with (None: the whole run's)."""
    if settings.source_field is None:
        return None
    value = record.get(settings.source_field)
    return NO_GROUP if value is None or value == "" else str(value)


def count_shard(shard: Shard, settings: ShardSettings) -> dict[str | None, LineCounter]:
    """The first pass over one shard: the fingerprints of each good record's short lines,
    counted per source. Bad records are left to the second pass, which reports them."""
    counters: dict[str | None, LineCounter] = {}
    for _, record, problem, _ in _texts(shard, settings):
        if problem is None and record is not None:
            source = _source(record, settings)
            counter = counters.get(source)
            if counter is None:
                counter = counters[source] = LineCounter()
            counter.add(text_line_hashes(record[settings.text_field]))
    return counters


def needs_context(config: Config) -> bool:
    """Whether a selected rule compares documents (its examples name other documents of the run):
    without one, the first pass is not worth reading the input twice."""
    return any(
        example.others for rule in get_linter(config).rule_classes for example in rule.examples
    )


def process_shard(shard: Shard, settings: ShardSettings) -> dict[str, Any]:
    """Lint one shard, write its outputs and its summary (last). Returns the summary. What the
    first pass found repeated across the run's records is this process's :data:`_contexts`."""
    linter = get_linter(settings.config)
    contexts = _contexts
    file = shard.file
    stats = Stats()
    kept: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    text_bytes = 0
    word = file.position_word
    for row, record, problem, raw in _texts(shard, settings):
        if problem is not None or record is None:
            if settings.on_error == "stop":
                raise CorpusError(
                    f"{file.path}: {word} {row}: {problem}; "
                    "use --on-error skip to record bad records in errors.jsonl and go on"
                )
            errors.append(
                {"file": file.path, word: row, "error": problem, "record": _raw_for_error(raw)}
            )
            continue
        text = record[settings.text_field]
        text_bytes += len(text.encode("utf-8"))
        context = contexts.get(_source(record, settings)) if contexts else None
        result = lint_one(linter, text, fix=settings.fix, context=context)
        out = dict(record)
        final_text = text
        if settings.fix:
            final_text = result["fixed"]
            out[settings.fixed_field or settings.text_field] = final_text
            out[FIXES] = result["fixes"]
        out[FINDINGS] = result["findings"]
        out[COUNTS] = result["counts"]
        out[WORDS] = result["words"]
        out[PER_1K] = result["per_1k"]
        reasons = _reasons(result["counts"], result["per_1k"], settings)
        doc_id = record.get(settings.id_field)
        group = None
        if settings.group_field is not None:
            value = record.get(settings.group_field)
            group = NO_GROUP if value is None or value == "" else str(value)
        stats.add(
            final_text,
            result["findings"],
            result["words"],
            result["per_1k"],
            doc_id=f"{word} {row}" if doc_id is None else str(doc_id),
            group=group,
            rejected=reasons,
            fixes=result.get("fixes"),
            shard=shard.id,
            position=f"{word} {row}",
        )
        if reasons:
            out[REJECTED] = reasons
            rejected.append(out)
        else:
            kept.append(out)
    kind = settings.output_format or file.kind
    compression = file.compression if kind != "parquet" else None
    schema = shard.payload.schema if file.kind == "parquet" else None
    kept_path, rejected_path = output_paths(shard.id, file, settings)
    write_records(kept_path, kept, kind, compression, schema)
    if rejected:
        write_records(rejected_path, rejected, kind, compression, schema)
    summary = {
        "id": shard.id,
        "file": file.path,
        "file_index": shard.file_index,
        "index": shard.index,
        "records": len(kept) + len(rejected) + len(errors),
        "text_bytes": text_bytes,
        "errors": errors,
        "stats": stats.to_json(),
    }
    path = summary_path(settings.output, shard.id)
    with atomic_path(path) as temporary:
        temporary.write_text(dumps(summary), encoding="utf-8")
    return summary


# Worker processes ----------------------------------------------------------------------------


def _start_method() -> multiprocessing.context.BaseContext:
    """Fork where it is safe: a forked worker starts in milliseconds with the rules, the compiled
    patterns and the lexicon that this process has loaded (``needs_context`` built its linter),
    shared page by page until written, where a spawned one starts a new interpreter, imports
    everything and builds its own (a sixth of the CPU of a 5 MB run with two jobs: corpus mode
    scaled 1.71x on two cores). Forking copies only the calling thread, so it is safe only when
    this process runs no other thread: none of Python's, and no library's native pool (pyarrow,
    which reads Parquet input, keeps one). Otherwise, and where there is no fork, spawn."""
    if (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and "pyarrow" not in sys.modules
    ):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


_worker_settings: ShardSettings | None = None
# The first pass's contexts for the run in progress: set in each worker by its initializer, and
# in the main process for the run's duration (a module global, as the worker's settings are, so
# that process_shard takes a shard and the settings wherever it runs).
_contexts: Contexts | None = None


def _init_counter(settings: ShardSettings) -> None:
    """A worker of the first pass: it only reads records and counts their lines."""
    global _worker_settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    install_pattern_cache(cache_directory())
    _worker_settings = settings


def _count(shard: Shard) -> dict[str | None, LineCounter]:
    assert _worker_settings is not None
    return count_shard(shard, _worker_settings)


def _init_worker(settings: ShardSettings, contexts: Contexts | None = None) -> None:
    global _worker_settings, _contexts
    # Ctrl-C reaches the whole process group: the main process handles it, and lets the shards
    # in progress finish (each is written whole, then renamed) before it exits.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_on_terminate)
    install_pattern_cache(cache_directory())
    _worker_settings = settings
    _contexts = contexts
    if settings.config.uses_backends:
        atexit.register(close)
    get_linter(settings.config)  # load rules and lexicon once, before the first shard


def _work(shard: Shard) -> dict[str, Any]:
    """One shard in a worker, with a mark saying which shard this process is on: if the process
    is killed (as the out-of-memory killer does), the mark names the shard that was lost."""
    global _current_mark
    assert _worker_settings is not None
    mark = running_path(_worker_settings.output, shard.id)
    mark.write_text(str(os.getpid()), encoding="utf-8")
    _current_mark = mark
    try:
        return process_shard(shard, _worker_settings)
    finally:
        _current_mark = None
        with contextlib.suppress(FileNotFoundError):
            mark.unlink()


_current_mark: Path | None = None


def running_path(output: str | Path, shard_id: str) -> Path:
    return Path(output) / STATE_DIR / "running" / shard_id


def _stop_on_terminate(signum: int, frame: object) -> None:
    # The pool terminates the other workers when one dies: they take their marks with them, so
    # that only the dead worker's mark is left. They stop at once, as SIGTERM's default would.
    mark = _current_mark
    if mark is not None:
        with contextlib.suppress(OSError):
            mark.unlink()
    os._exit(128 + signum)


# The run -------------------------------------------------------------------------------------


def available_cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def resolve_config(options: CorpusOptions) -> Config:
    try:
        if options.config_path:
            base = load_config_file(Path(options.config_path))
        else:
            base = discover_config(Path(options.inputs[0]) if options.inputs else Path.cwd())
        if base.uses_backends:
            import lintnews.backends  # noqa: F401  (registers the checks of the backend settings)

            check_settings(base)
        config = base.with_overrides(select=options.select, ignore=options.ignore)
        Linter(config)  # reject unknown selectors now, not in a worker
    except (ConfigError, SelectionError) as error:
        raise CorpusError(str(error)) from None
    return config


def _validate(options: CorpusOptions) -> None:
    if not options.inputs:
        raise CorpusError("no input given")
    if options.on_error not in ON_ERROR:
        raise CorpusError(f"--on-error must be one of {', '.join(ON_ERROR)}")
    if options.output_format is not None and options.output_format not in OUTPUT_FORMATS:
        raise CorpusError(f"--output-format must be one of {', '.join(OUTPUT_FORMATS)}")
    if options.jobs is not None and options.jobs < 1:
        raise CorpusError("--jobs must be at least 1")
    if options.fixed_field and not options.fix:
        raise CorpusError("--fixed-field needs --fix")
    if options.shard_records < 1:
        raise CorpusError("--shard-size must be at least 1")


def _fingerprint(
    options: CorpusOptions, files: list[InputFile], settings: ShardSettings
) -> dict[str, Any]:
    inputs = []
    for file in files:
        stat = os.stat(file.path)
        inputs.append([os.path.abspath(file.path), stat.st_size, stat.st_mtime_ns])
    config = settings.config
    fingerprint = {
        "lintnews": __version__,
        "inputs": inputs,
        "rules": [rule.code for rule in get_linter(config).rule_classes],
        "settings": {
            key: value
            for key, value in asdict(settings).items()
            if key not in ("output", "config", "on_error")
        },
        "shard_records": options.shard_records,
        "shard_bytes": options.shard_bytes,
    }
    normalised: dict[str, Any] = json.loads(json.dumps(fingerprint))  # as read back from disk
    return normalised


def _prepare_output(output: Path, fingerprint: dict[str, Any], options: CorpusOptions) -> set[str]:
    """Create or check the output folder; the ids of the shards already finished."""
    state = output / STATE_DIR
    run_file = state / "run.json"
    if output.exists() and not output.is_dir():
        raise CorpusError(f"{output}: exists and is not a folder")
    if run_file.is_file():
        previous = json.loads(run_file.read_text(encoding="utf-8"))
        if previous.get("fingerprint") != fingerprint:
            raise CorpusError(
                f"{output}: holds the output of a run with other inputs or settings; "
                "choose a new --output folder"
            )
    elif output.is_dir() and any(output.iterdir()):
        raise CorpusError(f"{output}: folder is not empty and holds no lintnews run")
    (state / "shards").mkdir(parents=True, exist_ok=True)
    running = state / "running"
    running.mkdir(exist_ok=True)
    for mark in running.iterdir():  # left by a worker that was killed
        mark.unlink()
    _remove_half_written(output)
    record = {
        "fingerprint": fingerprint,
        "text_field": options.text_field,
        "id_field": options.id_field,
        "fixed_field": options.fixed_field if options.fix else None,
        "group_field": options.group_field,
    }
    with atomic_path(run_file) as temporary:
        temporary.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return {path.stem for path in (state / "shards").glob("*.json")}


def _remove_half_written(output: Path) -> None:
    """Delete the files a run that was interrupted left half-written (a worker stopped in the
    middle of an atomic write leaves its temporary file)."""
    for folder in (output, output / "rejected", output / STATE_DIR / "shards"):
        if folder.is_dir():
            for stale in folder.glob(".*.tmp"):
                with contextlib.suppress(FileNotFoundError):
                    stale.unlink()


def run_corpus(
    options: CorpusOptions, out: TextIO | None = None, err: TextIO | None = None
) -> tuple[int, RunResult | None]:
    """Run ``lintnews corpus``. Returns the exit code and the totals (None on error)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        result = _run(options, err)
    except CorpusError as error:
        err.write(f"lintnews: error: {error}\n")
        return EXIT_ERROR, None
    if not options.quiet:
        print_summary(result, options, out)
    if options.report:
        write_report(result.stats, Path(options.report), title=_title(options))
        if not options.quiet:
            out.write(f"Report: {options.report}\n")
    if options.exit_non_zero_on_findings and result.stats.findings:
        return EXIT_FINDINGS, result
    return EXIT_OK, result


def _title(options: CorpusOptions) -> str:
    return ", ".join(Path(path).name for path in options.inputs)


def _run(options: CorpusOptions, err: TextIO) -> RunResult:
    _validate(options)
    started = time.perf_counter()
    output = Path(options.output)
    config = resolve_config(options)
    files = discover(options.inputs, output)
    if not files:
        raise CorpusError("no input files found (.jsonl, .csv, .tsv, .parquet; .gz, .zst)")
    settings = ShardSettings(
        output=str(output),
        config=config,
        text_field=options.text_field,
        id_field=options.id_field,
        fix=options.fix,
        fixed_field=options.fixed_field,
        reject=tuple(options.reject),
        max_per_1k=options.max_per_1k,
        output_format=options.output_format,
        on_error=options.on_error,
        group_field=options.group_field,
        source_field=options.source_field,
    )
    fingerprint = _fingerprint(options, files, settings)
    done = _prepare_output(output, fingerprint, options)
    jobs = options.jobs or available_cores()
    total_disk = sum(os.path.getsize(file.path) for file in files)
    progress = make_progress(total_disk, options.progress, err, quiet=options.quiet)
    offsets = [0]
    for file in files:
        offsets.append(offsets[-1] + os.path.getsize(file.path))
    merger = _Merger(output)
    resumed = 0

    def finished(summary: dict[str, Any], disk: int) -> None:
        progress.advance(summary["records"], summary["text_bytes"], disk)
        merger.finished(summary)

    # Finished shards are not linted again, but their lines still count for the others.
    global _contexts
    contexts = collect_contexts(files, settings, options, jobs) if needs_context(config) else None
    _contexts = contexts
    executor: ProcessPoolExecutor | None = None
    pending: dict[Future[dict[str, Any]], int] = {}
    if jobs > 1:
        executor = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_start_method(),
            initializer=_init_worker,
            initargs=(settings, contexts),
        )

    def collect() -> None:
        finished_now, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in finished_now:
            disk = pending.pop(future)
            finished(future.result(), disk)

    try:
        for file_index, file in enumerate(files):
            shards = read_shards(file_index, file, options.shard_records, options.shard_bytes)
            try:
                for shard in shards:
                    merger.expect((shard.file_index, shard.index))
                    disk = offsets[file_index] + shard.disk_position
                    if shard.id in done:
                        path = summary_path(output, shard.id)
                        finished(json.loads(path.read_text(encoding="utf-8")), disk)
                        resumed += 1
                    elif executor is None:
                        finished(process_shard(shard, settings), disk)
                    else:
                        pending[executor.submit(_work, shard)] = disk
                        while len(pending) >= 2 * jobs:
                            collect()
            except CorpusError as error:
                if options.on_error == "stop":
                    raise
                merger.file_error({"file": file.path, "error": str(error)})
        while pending:
            collect()
        merger.close()
    except BrokenProcessPool:
        assert executor is not None
        executor.shutdown(wait=True, cancel_futures=True)  # the other workers are stopped
        _remove_half_written(output)  # what a stopped worker was writing
        lost = sorted(mark.name for mark in (output / STATE_DIR / "running").iterdir())
        which = f"shard {', '.join(lost)}" if lost else "a shard"
        kept = len(list((output / STATE_DIR / "shards").glob("*.json")))
        raise CorpusError(
            f"a worker process died while linting {which} (killed from outside, as the "
            f"out-of-memory killer does); {kept} finished shard{'s' if kept != 1 else ''} kept: "
            "run the same command again to resume"
        ) from None
    finally:
        _contexts = None
        if executor is None:
            close()
        progress.close()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        merger.discard()
    return RunResult(
        stats=merger.stats,
        errors=merger.errors,
        shards=merger.shards,
        resumed=resumed,
        seconds=time.perf_counter() - started,
        bytes_read=merger.text_bytes,
    )


def collect_contexts(
    files: list[InputFile], settings: ShardSettings, options: CorpusOptions, jobs: int
) -> Contexts:
    """The first pass: count in how many records of the run (or of each source) every short
    line occurs, shard by shard, in ``jobs`` processes. Only 64-bit fingerprints of the lines are
    held. A file that cannot be read is left to the second pass, which reports it."""
    total: dict[str | None, LineCounter] = {}

    def add(counters: dict[str | None, LineCounter]) -> None:
        for source, counter in counters.items():
            total.setdefault(source, LineCounter()).merge(counter)

    def shards() -> Iterator[Shard]:
        for file_index, file in enumerate(files):
            with contextlib.suppress(CorpusError):
                yield from read_shards(file_index, file, options.shard_records, options.shard_bytes)

    if jobs == 1:
        for shard in shards():
            add(count_shard(shard, settings))
    else:
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_start_method(),
            initializer=_init_counter,
            initargs=(settings,),
        ) as pool:
            pending: set[Future[dict[str | None, LineCounter]]] = set()
            for shard in shards():
                pending.add(pool.submit(_count, shard))
                while len(pending) >= 2 * jobs:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        add(future.result())
            for future in pending:
                add(future.result())
    return {
        source: counter.context()
        for source, counter in total.items()
        if counter.documents >= MIN_DOCUMENTS_FOR_CONTEXT
    }


class _Merger:
    """Sums shard totals and writes errors.jsonl in input order, whatever order shards finish
    in, holding only the summaries that arrived ahead of an unfinished one."""

    def __init__(self, output: Path):
        self.stats = Stats()
        self.errors = 0
        self.shards = 0
        self.text_bytes = 0
        self.order: deque[tuple[int, int] | dict[str, Any]] = deque()
        self.waiting: dict[tuple[int, int], dict[str, Any]] = {}
        self.path = output / "errors.jsonl"
        self.temporary = self.path.with_name(f".errors.jsonl.{os.getpid()}.tmp")
        self.stream: TextIO | None = None

    def expect(self, key: tuple[int, int]) -> None:
        self.order.append(key)

    def finished(self, summary: dict[str, Any]) -> None:
        self.waiting[(summary["file_index"], summary["index"])] = summary
        self._drain()

    def file_error(self, error: dict[str, Any]) -> None:
        self.order.append(error)
        self._drain()

    def _drain(self) -> None:
        while self.order:
            head = self.order[0]
            if isinstance(head, dict):
                self._error(head)
            elif head in self.waiting:
                summary = self.waiting.pop(head)
                self.stats.merge(Stats.from_json(summary["stats"]))
                self.shards += 1
                self.text_bytes += summary["text_bytes"]
                for error in summary["errors"]:
                    self._error(error)
            else:
                return
            self.order.popleft()

    def _error(self, error: dict[str, Any]) -> None:
        if self.stream is None:
            self.stream = open(self.temporary, "w", encoding="utf-8")  # noqa: SIM115
        self.stream.write(dumps(error) + "\n")
        self.errors += 1

    def close(self) -> None:
        """All shards are in: put errors.jsonl in place (or remove an old one)."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
            os.replace(self.temporary, self.path)
        elif self.path.exists():
            self.path.unlink()

    def discard(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temporary)
