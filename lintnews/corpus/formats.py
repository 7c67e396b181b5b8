"""Finding input files, reading them in shards, and writing shard files atomically.

Formats: JSONL (``.jsonl``, ``.ndjson``, ``.json`` with one object per line), CSV, TSV (each also
``.gz`` or ``.zst``) and Parquet. Reading streams: a shard holds at most ``records`` records or
``max_bytes`` bytes, so memory does not grow with the input.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lintnews.cache import atomic_path

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "tsv"}
COMPRESSIONS = {".gz": "gz", ".zst": "zst", ".zstd": "zst"}
OUTPUT_SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv", "parquet": ".parquet"}
# The fields corpus mode adds to each record.
FINDINGS, COUNTS, WORDS, PER_1K, FIXES, REJECTED = (
    "lintnews_findings",
    "lintnews_counts",
    "lintnews_words",
    "lintnews_per_1k",
    "lintnews_fixes",
    "lintnews_rejected",
)
NESTED_FIELDS = (FINDINGS, COUNTS, FIXES, REJECTED)
_SKIPPED_DIRS = {".git", ".lintnews", "__pycache__", "rejected"}


class CorpusError(Exception):
    """Bad input or a bad option. The message is one line naming the file and the line or row."""


@dataclass(frozen=True)
class InputFile:
    path: str
    name: str  # the base name of its output shards, unique among the inputs
    kind: str  # jsonl, csv, tsv or parquet
    compression: str | None  # gz, zst or None

    @property
    def position_word(self) -> str:
        return "line" if self.kind == "jsonl" else "row"


def classify(path: Path) -> tuple[str, str | None] | None:
    suffixes = [s.lower() for s in path.suffixes]
    compression = None
    if suffixes and suffixes[-1] in COMPRESSIONS:
        compression = COMPRESSIONS[suffixes.pop()]
    if not suffixes:
        return None
    last = suffixes[-1]
    if last == ".parquet" and compression is None:
        return "parquet", None
    if last in FORMATS:
        return FORMATS[last], compression
    return None


def _stem(path: Path) -> str:
    name = path.name
    while True:
        suffix = Path(name).suffix.lower()
        if suffix in COMPRESSIONS or suffix in FORMATS or suffix == ".parquet":
            name = name[: -len(suffix)]
        else:
            return name


def discover(paths: list[str], output: Path | None = None) -> list[InputFile]:
    """The input files named or found in the folders named, in a stable order."""
    found: list[tuple[Path, Path]] = []  # (file, the folder its output name is relative to)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for directory, dirs, files in os.walk(path):
                here = Path(directory)
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if d not in _SKIPPED_DIRS
                    and not d.startswith(".")
                    and not (here / d / ".lintnews").is_dir()
                    and (output is None or (here / d).resolve() != output.resolve())
                )
                for name in sorted(files):
                    if not name.startswith(".") and classify(here / name):
                        found.append((here / name, path))
        elif path.is_file():
            if classify(path) is None:
                raise CorpusError(
                    f"{given}: unknown format (expected .jsonl, .csv, .tsv, .parquet, "
                    "optionally .gz or .zst)"
                )
            found.append((path, path.parent))
        else:
            raise CorpusError(f"{given}: no such file or directory")
    unique: dict[Path, tuple[Path, Path]] = {}
    for file, root in found:  # a file named twice (or inside a folder named too) is read once
        unique.setdefault(file.resolve(), (file, root))
    found = list(unique.values())
    inputs: list[InputFile] = []
    names: list[tuple[str, str]] = []
    for file, root in found:
        relative = file.relative_to(root) if file != root else Path(file.name)
        parents = relative.parent.parts
        names.append(
            ("__".join((*parents, _stem(file))), "__".join((*parents, file.name.replace(".", "-"))))
        )
    counts = Counter(short for short, _ in names)
    for (file, _), (short, long) in zip(found, names, strict=True):
        kind, compression = classify(file) or ("jsonl", None)
        # Inputs differing only in format (news.csv, news.parquet) keep their suffixes apart.
        inputs.append(
            InputFile(str(file), short if counts[short] == 1 else long, kind, compression)
        )
    return inputs


# Reading ---------------------------------------------------------------------------------------


@dataclass
class Shard:
    """A slice of one input file: the unit of work, of output and of resuming."""

    file_index: int
    file: InputFile
    index: int
    # jsonl: (line number, raw bytes); csv/tsv: (row number, dict); parquet: an Arrow RecordBatch
    payload: Any
    first_row: int
    disk_position: int  # bytes of the input file read so far, for the progress bar

    @property
    def id(self) -> str:
        return f"{self.file.name}.{self.index:05d}"


class _Counting(io.RawIOBase):
    """A raw file that reports how far it has been read (compressed files read through it)."""

    def __init__(self, raw: IO[bytes]):
        self.raw = raw
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def _open_binary(file: InputFile) -> tuple[IO[bytes], _Counting]:
    counting = _Counting(open(file.path, "rb"))  # noqa: SIM115 - closed by the caller
    raw: IO[bytes] = io.BufferedReader(counting, 1 << 20)
    if file.compression == "gz":
        raw = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
    elif file.compression == "zst":
        try:
            import zstandard
        except ImportError:
            raise CorpusError(
                f"{file.path}: reading .zst needs zstandard: pip install 'lintnews[corpus]'"
            ) from None
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        raw = io.BufferedReader(reader, 1 << 20)
    return raw, counting


def _read_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, EOFError, zlib.error, UnicodeDecodeError]
    with contextlib.suppress(ImportError):
        import zstandard

        errors.append(zstandard.ZstdError)
    return tuple(errors)


def read_shards(file_index: int, file: InputFile, records: int, max_bytes: int) -> Iterator[Shard]:
    """The shards of one file, in order. A file that cannot be read raises :class:`CorpusError`
    naming the line or row reached (after yielding the shards read before it)."""
    if file.kind == "parquet":
        yield from _parquet_shards(file_index, file, records)
        return
    errors = _read_errors()
    position = 0
    try:
        stream, counting = _open_binary(file)
    except OSError as error:
        raise CorpusError(f"{file.path}: cannot read ({error})") from None
    index = 0
    batch: list[tuple[int, Any]] = []
    size = 0
    first = 1
    try:
        rows: Iterator[tuple[int, Any]]
        if file.kind == "jsonl":
            rows = _jsonl_lines(stream)
        else:
            rows = _csv_rows(stream, "\t" if file.kind == "tsv" else ",")
        try:
            for position, item in rows:
                if not batch:
                    first = position
                batch.append((position, item))
                size += len(item) if isinstance(item, bytes) else 1000
                if len(batch) >= records or size >= max_bytes:
                    yield Shard(file_index, file, index, batch, first, counting.position)
                    index += 1
                    batch, size = [], 0
        except errors as error:
            if batch:
                yield Shard(file_index, file, index, batch, first, counting.position)
                batch = []
            word = file.position_word
            raise CorpusError(
                f"{file.path}: cannot read after {word} {position} "
                f"({type(error).__name__}: {error})"
            ) from None
        except csv.Error as error:
            if batch:
                yield Shard(file_index, file, index, batch, first, counting.position)
                batch = []
            raise CorpusError(f"{file.path}: row {position + 1}: malformed CSV ({error})") from None
        if batch or index == 0:
            yield Shard(file_index, file, index, batch, first, counting.position)
    finally:
        stream.close()


def _jsonl_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(stream, 1):
        if line.strip():
            yield number, line


def _csv_rows(stream: IO[bytes], delimiter: str) -> Iterator[tuple[int, dict[str, Any]]]:
    csv.field_size_limit(sys.maxsize)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    yield from enumerate(reader, 1)


def _parquet_shards(file_index: int, file: InputFile, records: int) -> Iterator[Shard]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError(
            f"{file.path}: reading Parquet needs pyarrow: pip install 'lintnews[corpus]'"
        ) from None
    row = 0
    index = 0
    try:
        parquet = pq.ParquetFile(file.path)
        size = max(1, os.path.getsize(file.path))
        total = max(1, parquet.metadata.num_rows)
        for batch in parquet.iter_batches(batch_size=records):
            yield Shard(
                file_index, file, index, batch, row + 1, size * (row + batch.num_rows) // total
            )
            row += batch.num_rows
            index += 1
        if index == 0:
            empty = pa.RecordBatch.from_pylist([], schema=parquet.schema_arrow)
            yield Shard(file_index, file, 0, empty, 1, size)
    except (OSError, pa.ArrowException) as error:
        raise CorpusError(
            f"{file.path}: cannot read Parquet after row {row} ({type(error).__name__}: {error})"
        ) from None


# Writing ---------------------------------------------------------------------------------------


def _open_output(path: Path, compression: str | None) -> IO[bytes]:
    raw = open(path, "wb")  # noqa: SIM115 - closed with the returned stream
    if compression == "gz":
        # No name and no time in the header: the same records give the same bytes.
        return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0)  # type: ignore[return-value]
    if compression == "zst":
        import zstandard

        return zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=True)
    return raw


def json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return str(value)


def dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, default=json_default)


def write_records(
    path: Path,
    records: list[dict[str, Any]],
    kind: str,
    compression: str | None,
    schema: Any = None,
) -> None:
    """Write ``records`` to ``path`` atomically in format ``kind``."""
    with atomic_path(path) as temporary:
        if kind == "parquet":
            _write_parquet(temporary, records, schema)
            return
        stream = _open_output(temporary, compression)
        try:
            if kind == "jsonl":
                for record in records:
                    stream.write(dumps(record).encode("utf-8") + b"\n")
            else:
                _write_csv(stream, records, "\t" if kind == "tsv" else ",")
        finally:
            stream.close()


def _write_csv(stream: IO[bytes], records: list[dict[str, Any]], delimiter: str) -> None:
    fields: dict[str, None] = {}
    for record in records:
        fields.update(dict.fromkeys(record))
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, list(fields), delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                key: dumps(value)
                if key in NESTED_FIELDS or isinstance(value, (dict, list))
                else value
                for key, value in record.items()
            }
        )
    text.flush()
    text.detach()


def _lintnews_types() -> dict[str, Any]:
    import pyarrow as pa

    edit = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("content", pa.string())])
    fix = pa.struct(
        [("applicability", pa.string()), ("message", pa.string()), ("edits", pa.list_(edit))]
    )
    finding = pa.struct(
        [
            ("code", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("message", pa.string()),
            ("fix", fix),
        ]
    )
    return {
        FINDINGS: pa.list_(finding),
        COUNTS: pa.map_(pa.string(), pa.int64()),
        WORDS: pa.int64(),
        PER_1K: pa.float64(),
        FIXES: pa.map_(pa.string(), pa.int64()),
        REJECTED: pa.list_(pa.string()),
    }


def _write_parquet(path: Path, records: list[dict[str, Any]], schema: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = _lintnews_types()
    names: dict[str, None] = {}
    for record in records:
        names.update(dict.fromkeys(record))
    fields = []
    for name in names:
        if name in types:
            fields.append(pa.field(name, types[name]))
        elif schema is not None and name in schema.names:
            fields.append(schema.field(name))
        else:
            column = pa.array([record.get(name) for record in records])
            fields.append(pa.field(name, column.type))
    table = pa.Table.from_pylist(records, schema=pa.schema(fields))
    pq.write_table(table, path, compression="zstd")


def read_output(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one output file (for ``lintnews report``), nested fields decoded."""
    classified = classify(path)
    if classified is None:
        return
    kind, compression = classified
    if kind == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                for key in (COUNTS, FIXES):
                    if isinstance(row.get(key), list):
                        row[key] = dict(row[key])
                yield row
        return
    file = InputFile(str(path), path.name, kind, compression)
    stream, _ = _open_binary(file)
    with stream:
        if kind == "jsonl":
            for _, line in _jsonl_lines(stream):
                yield json.loads(line)
        else:
            for _, row in _csv_rows(stream, "\t" if kind == "tsv" else ","):
                record: dict[str, Any] = dict(row)
                for key in NESTED_FIELDS:
                    if record.get(key):
                        record[key] = json.loads(record[key])
                for key, cast in ((WORDS, int), (PER_1K, float)):
                    if record.get(key) not in (None, ""):
                        record[key] = cast(record[key])
                yield record
