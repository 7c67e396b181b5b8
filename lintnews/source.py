"""Reading and writing files without losing anything: BOM, line endings and the final newline.

A :class:`Source` keeps the file's exact text and gives the rules an *analysed* text in which the
BOM is removed and every CRLF reads as LF. Edits made against the analysed text are mapped back to
the exact text, so a CRLF file stays CRLF and bytes outside the edits never change.
"""

from __future__ import annotations

import bisect
import codecs
import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lintnews.diagnostics import Edit

BOM = "\ufeff"
# Larger inputs belong to corpus mode, which streams; a single article is a few kB.
MAX_FILE_BYTES = 64 * 1024 * 1024
# A NUL byte never occurs in text; control bytes in bulk mean a binary format.
_BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """A file that cannot be linted. The message is one line meant for the user."""


class FileChanged(Exception):
    """The file on disk is no longer the one that was read: another process wrote it."""


@dataclass(frozen=True)
class FileStamp:
    """What a file was when it was read: its size, modification time and a hash of its bytes.
    The size and time are cheap to compare; the hash catches a writer faster than the clock."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, status: os.stat_result) -> FileStamp:
        return cls(len(data), status.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def matches(self, path: Path) -> bool:
        """Whether ``path`` still holds exactly the bytes that were read."""
        try:
            status = path.stat()
            if (status.st_size, status.st_mtime_ns) != (self.size, self.mtime_ns):
                return False
            return hashlib.sha256(path.read_bytes()).hexdigest() == self.sha256
        except OSError:
            return False


@dataclass
class Source:
    """The exact text of one input and its analysed form."""

    path: str
    raw: str
    has_bom: bool = False
    # The file as read, to tell before writing a fix whether someone else changed it meanwhile.
    stamp: FileStamp | None = field(default=None, compare=False)
    # How the file is written back: a UTF-16 or UTF-32 file (with its BOM) stays so.
    encoding: str = "utf-8"
    text: str = field(init=False)
    # Offsets in ``text`` of each "\n" that stands for "\r\n" in ``raw``.
    _crlf_at: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        body = self.raw[1:] if self.has_bom else self.raw
        crlf_at: list[int] = []
        if "\r\n" in body:
            pieces = body.split("\r\n")
            position = 0
            for piece in pieces[:-1]:
                position += len(piece)
                crlf_at.append(position)
                position += 1
            body = "\n".join(pieces)
        self.text = body
        self._crlf_at = crlf_at

    @classmethod
    def from_text(cls, text: str, path: str = "<string>") -> Source:
        if text.startswith(BOM):
            return cls(path, text, has_bom=True)
        return cls(path, text)

    @property
    def newline(self) -> str:
        """The file's dominant line break, used for line breaks that a fix inserts."""
        lf_count = self.text.count("\n")
        return "\r\n" if self._crlf_at and len(self._crlf_at) * 2 >= lf_count else "\n"

    def raw_offset(self, offset: int) -> int:
        """Map an offset in the analysed text to the same place in the exact text."""
        shift = 1 if self.has_bom else 0
        return offset + shift + bisect.bisect_left(self._crlf_at, offset)

    def apply(self, edits: list[Edit]) -> str:
        """Return the exact text with non-overlapping analysed-text edits applied."""
        out = self.raw
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            start, end = self.raw_offset(edit.start), self.raw_offset(edit.end)
            content = edit.content
            if self.newline == "\r\n":
                content = content.replace("\n", "\r\n")
            out = out[:start] + content + out[end:]
        return out


# Wide encodings are recognised by their byte order mark only (UTF-32 first: its little-endian
# mark begins with UTF-16's). Without a mark, UTF-16 text is full of NUL bytes and refused.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str) -> Source:
    """Decode file bytes: UTF-16 or UTF-32 when they open with a byte order mark, else strictly
    UTF-8, refusing binary data with a clear message."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return _decode_wide(data, bom, encoding, path)
    head = data[:_BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text{_unmarked(head)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: invalid UTF-8 at byte offset {error.start} "
            f"(byte 0x{data[error.start]:02x}); convert the file to UTF-8 first"
        ) from None
    return Source.from_text(text, path)


def _unmarked(head: bytes) -> str:
    """A hint when NUL bytes look like UTF-16 text without its mark: every other byte zero."""
    for encoding, zeros in (("UTF-16LE", head[1::2]), ("UTF-16BE", head[0::2])):
        if len(zeros) >= 8 and zeros.count(0) >= 0.9 * len(zeros):
            return f"; if it is {encoding} text, convert it (iconv -f {encoding} -t UTF-8)"
    return ""


def _decode_wide(data: bytes, bom: bytes, encoding: str, path: str) -> Source:
    name = encoding.upper()
    try:
        text = data[len(bom) :].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: invalid {name} at byte offset {error.start + len(bom)}; "
            "convert the file to UTF-8 first"
        ) from None
    if "\x00" in text[:_BINARY_SNIFF_BYTES]:
        raise InputError(f"{path}: binary file ({name} mark, but contains NUL characters)")
    # The mark is kept as a BOM character, as a UTF-8 file's is, so writing back restores it.
    source = Source.from_text(BOM + text, path)
    source.encoding = encoding
    return source


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a folder is ("a named pipe (FIFO)"), or
    None. Opening one can block for ever (a pipe nobody writes to) or never end (a device)."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def special_file(path: Path) -> str | None:
    """:func:`special_kind` of ``path`` (following links), without opening it; None when it
    cannot be looked at (reading it then says why)."""
    try:
        return special_kind(path.stat().st_mode)
    except OSError:
        return None


def describe_size(size: int) -> str:
    """A limit as the user would write it: "64 MiB", "200 MB", "100 B"."""
    for unit, factor in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if size % factor == 0:
            return f"{size // factor} {unit}"
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} B"


def _over_limit(what: str, limit: int) -> InputError:
    return InputError(
        f"{what} over the {describe_size(limit)} limit for one document; raise it with "
        "--max-file-size (max-file-size in the configuration), or use `lintnews corpus` for "
        "datasets"
    )


def read_stdin(stream: BinaryIO, name: str, limit: int | None = None) -> Source:
    """Read standard input for linting, no more than the size limit of a file."""
    limit = MAX_FILE_BYTES if limit is None else limit
    data = stream.read(limit + 1)  # one byte more than allowed tells that there is more
    if len(data) > limit:
        raise _over_limit(f"{name}: standard input is", limit)
    return decode(data, name)


def read_source(path: Path, limit: int | None = None) -> Source:
    """Read one file for linting, or raise :class:`InputError` with a one-line reason.
    ``limit`` is the largest size in bytes (None: :data:`MAX_FILE_BYTES`)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    name = str(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(f"{name}: is a directory")
    kind = special_kind(status.st_mode)
    if kind is not None:
        # Checked before opening: opening a pipe waits for a writer.
        raise InputError(
            f"{name}: is {kind}, not a regular file; "
            "to lint a stream, pipe it to `lintnews check -`"
        )
    size = status.st_size
    if size > limit:
        rough = f"{size / 1e6:.0f} MB" if size >= 10**6 else f"{size} B"
        raise _over_limit(f"{name}: file is {rough},", limit)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    if len(data) > limit:  # it grew since it was looked at
        raise _over_limit(f"{name}: file is", limit)
    source = decode(data, name)
    # The time is the one before reading: a write during the read changes it.
    source.stamp = FileStamp.of(data, status)
    return source


def write_atomically(
    path: Path, text: str, *, encoding: str = "utf-8", unchanged_since: FileStamp | None = None
) -> None:
    """Replace ``path`` with ``text`` so that readers see the old file or the new, never half.

    With ``unchanged_since``, the file must still be what was read, checked just before the
    rename; otherwise :class:`FileChanged` is raised and the file is left as it is. A symbolic
    link stays one: the file it points to is replaced, beside it."""
    import tempfile  # here, not at the top: it pulls in shutil, bz2, lzma, random (issue 16)

    path = Path(os.path.realpath(path))
    directory = path.parent
    mode = path.stat().st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        if unchanged_since is not None and not unchanged_since.matches(path):
            raise FileChanged(str(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
