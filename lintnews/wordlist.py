"""Fast read-only access to wordfreq's word lists.

wordfreq ships its lists as gzipped msgpack files ("cBpack": a header, then one list of words per
centibel of frequency). Decoding one and building a dict of 321k English words takes about 0.2 s,
and ``import wordfreq`` adds 0.08 s more (langcodes, ftfy), which would dominate the start-up of
``lintnews check`` on one article. So lintnews reads the data file without importing wordfreq and
keeps a derived cache: a hash table of the words with their frequency ranks in one file, which is
memory-mapped rather than read, so opening it costs well under a millisecond however many words it
holds (decoding 321k strings into a list took 0.04 s, a tenth of ``check`` on one article), and
the pages are shared by every process that maps them (``--jobs`` workers, corpus workers). A
look-up hashes the word's UTF-8 bytes and compares them with the entry in place (about a
microsecond). When no cache can be written, the words are held in a sorted list instead, with
binary searches; both give the same answers.

The cache lives in ``$LINTNEWS_CACHE_DIR`` or ``$XDG_CACHE_HOME/lintnews`` (``~/.cache/lintnews``),
is keyed by the data file's size and modification time, and is skipped when it cannot be written.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import marshal
import math
import mmap
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from lintnews.cache import cache_directory, write_atomically

_CACHE_FORMAT = 3


class WordListError(RuntimeError):
    """wordfreq's data is missing or not in the expected format."""


class WordList:
    """Words with their Zipf frequency: ``zipf = 9 - rank / 100`` for a centibel rank."""

    def __init__(self, words: list[str], ranks: array[int], by_rank: Path | None = None) -> None:
        self._words = words
        self._ranks: Sequence[int] = ranks
        # The cache's copy of the words in frequency order (see _write_by_rank), when there is
        # one: the words at least as frequent as a threshold are then a prefix of it.
        self._by_rank = by_rank

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        """The entries in alphabetical order."""
        return iter(self._words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) is not None

    def _find(self, word: str) -> int | None:
        index = bisect.bisect_left(self._words, word)
        if index < len(self._words) and self._words[index] == word:
            return index
        return None

    def zipf(self, word: str) -> float | None:
        """Zipf frequency of an exact (lower-case) entry, or None when absent."""
        index = self._find(word)
        return None if index is None else 9.0 - self._ranks[index] / 100.0

    def words_at_least(self, zipf: float) -> list[str]:
        """Every entry at least this frequent (in no particular order)."""
        limit = round((9.0 - zipf) * 100)
        if self._by_rank is not None:
            prefix = _read_prefix(self._by_rank, limit, len(self))
            if prefix is not None:
                return prefix
        # A loop over every entry in Python: a fifth of the start-up of `check` on one file.
        return [word for word, rank in zip(self, self._ranks, strict=True) if rank <= limit]


# The table file: a header, then the ranks (u16, one per word), the end of each word in the
# blob (u32, after a leading 0), the hash slots (u32: a word's index plus one, 0 for an empty
# slot; open addressing over a power of two, at most half full) and the blob (the words in
# alphabetical order as UTF-8, each ended by a newline). Native byte order: the cache is this
# machine's, and the header's byte-order mark refuses a copy from another.
_TABLE_MAGIC = b"lnwords3"
_HEADER = struct.Struct("=8sIIII")
_BYTE_ORDER_MARK = 0x01020304
# Lone surrogates (text decoded with surrogateescape) are encoded, not refused, on both sides.
_ENCODING_ERRORS = "surrogatepass"


def _aligned(size: int) -> int:
    return (size + 3) & ~3


def _slot_count(words: int) -> int:
    return 1 << max(4, (2 * words - 1).bit_length())


def _table_bytes(words: list[str], ranks: array[int]) -> bytes:
    """The table file of a sorted word list (see above)."""
    encoded = [(word + "\n").encode("utf-8", _ENCODING_ERRORS) for word in words]
    ends = array("I", [0])
    for entry in encoded:
        ends.append(ends[-1] + len(entry))
    mask = _slot_count(len(words)) - 1
    slots = array("I", bytes(4 * (mask + 1)))
    for index, entry in enumerate(encoded):
        slot = zlib.crc32(entry[:-1]) & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = index + 1
    rank_bytes = array("H", ranks).tobytes()
    parts = [
        _HEADER.pack(_TABLE_MAGIC, _BYTE_ORDER_MARK, len(words), mask + 1, ends[-1]),
        rank_bytes,
        bytes(_aligned(len(rank_bytes)) - len(rank_bytes)),
        ends.tobytes(),
        slots.tobytes(),
        b"".join(encoded),
    ]
    return b"".join(parts)


class MappedWordList(WordList):
    """A word list read in place from a memory-mapped table file (see above): the same answers
    as :class:`WordList` over the same words, without building them as Python strings."""

    def __init__(self, table: mmap.mmap, by_rank: Path | None = None) -> None:
        magic, order, count, slot_count, blob_size = _HEADER.unpack_from(table)
        if magic != _TABLE_MAGIC or order != _BYTE_ORDER_MARK:
            raise ValueError("not a word table of this version and machine")
        ranks_at = _HEADER.size
        ends_at = ranks_at + _aligned(2 * count)
        slots_at = ends_at + 4 * (count + 1)
        blob_at = slots_at + 4 * slot_count
        if len(table) != blob_at + blob_size or slot_count & (slot_count - 1):
            raise ValueError("word table of the wrong size")
        view = memoryview(table)
        self._table = table
        self._count: int = count
        self._mask: int = slot_count - 1
        self._ranks = view[ranks_at : ranks_at + 2 * count].cast("H")
        self._ends = view[ends_at:slots_at].cast("I")
        self._slots = view[slots_at:blob_at].cast("I")
        self._blob_at = blob_at
        if self._ends[count] != blob_size:
            raise ValueError("damaged word table")
        self._by_rank = by_rank

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        """The entries in alphabetical order."""
        blob = self._table[self._blob_at :].decode("utf-8", _ENCODING_ERRORS)
        return iter(blob.split("\n")[:-1])

    def _find(self, word: str) -> int | None:
        key = word.encode("utf-8", _ENCODING_ERRORS)
        slots, ends, table, blob_at, mask = (
            self._slots,
            self._ends,
            self._table,
            self._blob_at,
            self._mask,
        )
        slot = zlib.crc32(key) & mask
        while True:
            found = slots[slot]
            if not found:
                return None
            start = blob_at + ends[found - 1]
            end = blob_at + ends[found] - 1
            if end - start == len(key) and table[start:end] == key:
                return int(found) - 1
            slot = (slot + 1) & mask


def _read_table(path: Path, by_rank: Path) -> MappedWordList | None:
    try:
        with open(path, "rb") as stream:
            table = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # absent, unreadable, or empty
        return None
    try:
        return MappedWordList(table, by_rank)
    except (ValueError, struct.error, TypeError):
        return None  # unmapped when the views into it are collected


@cache
def _data_directory() -> Path:
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise WordListError("the wordfreq package is not installed; reinstall lintnews")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _data_file(language: str) -> Path:
    directory = _data_directory()
    for size in ("large", "small"):
        candidate = directory / f"{size}_{language}.msgpack.gz"
        if candidate.is_file():
            return candidate
    raise WordListError(f"wordfreq has no word list for language {language!r}")


def _decode(path: Path, min_zipf: float | None) -> tuple[list[str], array[int]]:
    import gzip  # only when the cache is built: a start-up should not pay for it

    import msgpack

    with gzip.open(path, "rb") as stream:
        data = msgpack.load(stream, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise WordListError(f"{path}: unexpected word list format")
    buckets = data[1:]
    if min_zipf is not None:
        buckets = buckets[: round((9.0 - min_zipf) * 100) + 1]
    pairs = sorted(
        (word, rank) for rank, bucket in enumerate(buckets) for word in bucket if "\n" not in word
    )
    return [word for word, _ in pairs], array("H", (rank for _, rank in pairs))


def _by_rank_bytes(words: list[str], ranks: array[int]) -> bytes:
    """The words in frequency order, each ended by a newline, after a header line that gives,
    for every centibel rank r, how many words have rank r or less and how many bytes they take:
    the words at least as frequent as a threshold are then the first bytes of the body, read
    and split in C."""
    order = sorted(range(len(words)), key=lambda index: (ranks[index], words[index]))
    body = [(words[index] + "\n").encode("utf-8") for index in order]
    header, count, size = [], 0, 0
    for rank in range(max(ranks, default=-1) + 1):
        while count < len(order) and ranks[order[count]] == rank:
            size += len(body[count])
            count += 1
        header.append(f"{count}:{size}")
    return (" ".join(header) + "\n").encode("ascii") + b"".join(body)


def _read_prefix(path: Path, limit: int, size: int) -> list[str] | None:
    """The words of rank ``limit`` or less from a by-rank file; None when it is unusable."""
    if limit < 0:
        return []
    try:
        with open(path, "rb") as stream:
            header = [entry.split(":") for entry in stream.readline().decode("ascii").split()]
            if not header or int(header[-1][0]) != size:
                return None
            count, length = (int(part) for part in header[min(limit, len(header) - 1)])
            body = stream.read(length).decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    words = body.split("\n")[:-1]
    return words if len(words) == count else None


@cache
def load_word_list(language: str = "en", min_zipf: float | None = None) -> WordList:
    """wordfreq's best list for ``language``, through the cache when possible. With
    ``min_zipf`` only the words at least that frequent are kept: a rule that asks whether a word
    is common in another language needs a tenth of the list (and of the memory)."""
    source = _data_file(language)
    cutoff = "" if min_zipf is None else f"-min{min_zipf:g}"
    return _cached(
        source, f"{source.stem.split('.')[0]}{cutoff}", lambda: _decode(source, min_zipf)
    )


@cache
def load_pair_list() -> WordList:
    """The commonest pairs of English words (``"box office"``) with their Zipf frequency as
    pairs: wordsegment's counts from a trillion words of web text (pairs seen 100k times or
    more), through the same cache."""
    spec = importlib.util.find_spec("wordsegment")
    if spec is None or spec.origin is None:
        raise WordListError("the wordsegment package is not installed; reinstall lintnews")
    source = Path(spec.origin).parent / "bigrams.txt"
    return _cached(source, "pairs", lambda: _decode_pairs(source))


def _decode_pairs(path: Path) -> tuple[list[str], array[int]]:
    """``word word<TAB>count`` lines (a pair may recur with other counts: the largest wins) as
    sorted pairs and centibel ranks; a count per trillion words is a Zipf value of
    ``log10(count) - 3``."""
    ranks: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        pair, _, count = line.partition("\t")
        if count.isdigit():
            rank = max(0, round((9.0 - (math.log10(int(count)) - 3.0)) * 100))
            ranks[pair] = min(rank, ranks.get(pair, rank))
    pairs = sorted(ranks)
    return pairs, array("H", (ranks[pair] for pair in pairs))


def _cached(
    source: Path, name: str, decode: Callable[[], tuple[list[str], array[int]]]
) -> WordList:
    """The word list decoded from ``source``, from the cache when it holds this version."""
    stat = source.stat()
    key = f"v{_CACHE_FORMAT}-{name}-{stat.st_size}-{int(stat.st_mtime)}"
    directory = cache_directory()
    table_path, by_rank_path = directory / f"{key}.table", directory / f"{key}.byrank"
    mapped = _read_table(table_path, by_rank_path)
    if mapped is not None:
        return mapped
    words, ranks = decode()
    # A cache that cannot be written (read-only home, sandbox) only costs speed. The by-rank
    # file is written first: a reader that finds the table finds it complete too.
    try:
        write_atomically(by_rank_path, _by_rank_bytes(words, ranks))
        write_atomically(table_path, _table_bytes(words, ranks))
    except OSError:
        return WordList(words, ranks)
    return _read_table(table_path, by_rank_path) or WordList(words, ranks, by_rank=by_rank_path)


_DERIVED_FORMAT = 1

T = TypeVar("T")


def cached_word_set(
    name: str,
    sources: Iterable[str | Path],
    settings: object,
    build: Callable[[], Iterable[str]],
) -> frozenset[str]:
    """A set of words that a rule derives from shipped data, through :func:`cached_derived`
    (the common words of the M family are 29k strings made from the word list: building them
    cost 15-25 ms of every start-up, reading them back a fifth of that; issue 16)."""
    # Kept in the order ``build`` gives: marshal makes the strings one after another in that
    # order, so they lie in memory as the builder laid them out.
    words = cached_derived(name, sources, settings, lambda: tuple(build()), tuple)
    return frozenset(words)


def cached_derived(
    name: str,
    sources: Iterable[str | Path],
    settings: object,
    build: Callable[[], T],
    kind: type[T],
) -> T:
    """What ``build`` derives from shipped data (a value of ``kind`` that :mod:`marshal` can
    write: strings, numbers, tuples, dicts, sets), kept in the cache as one file.

    The file is keyed by everything the value is built from: the size and modification time of
    each of ``sources`` (the code and data files of whoever builds it, and of what it asks)
    and ``settings`` (anything else it depends on, with a faithful ``repr``). The key is stored
    whole in the file and compared, so a changed input is never read as a stale value; a
    damaged, absent or unwritable file only costs the build."""
    key = repr((_DERIVED_FORMAT, sys.hexversion, settings, [_stamp(path) for path in sources]))
    path = cache_directory() / f"derived-{name}-{zlib.crc32(key.encode('utf-8')):08x}.marshal"
    try:
        stored_key, value = marshal.loads(path.read_bytes())
        if stored_key == key and isinstance(value, kind):
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass  # absent or damaged: built again below
    value = build()
    with contextlib.suppress(OSError):
        stored: Any = (key, value)  # ``kind`` is a type marshal writes, as documented
        write_atomically(path, marshal.dumps(stored))
    return value


def _stamp(path: str | Path) -> tuple[str, int, int]:
    name = os.fspath(path)
    try:
        status = os.stat(name)
    except OSError:
        return (name, -1, -1)
    return (name, status.st_size, status.st_mtime_ns)


def files_in(*folders: str | Path) -> list[str]:
    """The files directly in ``folders``, sorted: what a cache built from a family's code and
    data is keyed by. (``os.scandir``, not ``Path.glob``: this runs on every start-up.)"""
    found: list[str] = []
    for folder in folders:
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            found.extend(entry.path for entry in entries if entry.is_file())
    return sorted(found)


def word_list_source(language: str = "en") -> Path:
    """The data file that :func:`load_word_list` reads for ``language``."""
    return _data_file(language)
