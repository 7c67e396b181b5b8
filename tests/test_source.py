"""Reading files exactly: BOM, CRLF, encodings and binary input."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintnews.diagnostics import Edit
from lintnews.source import InputError, Source, decode, read_source, write_atomically


def test_crlf_reads_as_lf_and_edits_keep_crlf() -> None:
    source = Source.from_text("one two\r\nthree\r\nfour")
    assert source.text == "one two\nthree\nfour"
    # Replace "three" (offsets in the LF text) and delete the line break after it.
    start = source.text.index("three")
    edited = source.apply([Edit(start, start + 5, "3"), Edit(start + 5, start + 6, "")])
    assert edited == "one two\r\n3four"
    assert source.apply([Edit(start, start, "x\n")]) == "one two\r\nx\r\nthree\r\nfour"


def test_mixed_line_endings_map_exactly() -> None:
    source = Source.from_text("a\r\nb\nc\r\nd")
    assert source.text == "a\nb\nc\nd"
    for letter in "abcd":
        offset = source.text.index(letter)
        assert source.raw[source.raw_offset(offset)] == letter


def test_bom_is_hidden_from_rules_and_kept() -> None:
    source = Source.from_text("\ufeffHello world\n")
    assert source.has_bom and source.text == "Hello world\n"
    assert source.apply([Edit(0, 5, "Goodbye")]) == "\ufeffGoodbye world\n"


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"invalid UTF-8 at byte offset 6 \(byte 0xff\)"):
        decode(b"hello \xff world", "x.txt")


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lintnews.source.MAX_FILE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 11)
    with pytest.raises(InputError, match=r"over the .* limit"):
        read_source(path)


def test_atomic_write_keeps_mode_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old")
    path.chmod(0o640)
    write_atomically(path, "new\r\n")
    assert path.read_bytes() == b"new\r\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
