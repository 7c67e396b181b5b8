"""Adding a word to the known words of the configuration that applies to a document.

Where the word goes, in this order (the README's "Editors" section says the same):

1. the ``known-words-file`` of that configuration, one word a line: the list is kept there;
2. else the ``known-words`` list of that configuration's file (``[tool.lintnews]`` in
   ``pyproject.toml``, the top level of ``lintnews.toml``), created when the file has none;
3. else, with no configuration at all, a new ``lintnews.toml`` in the workspace folder holding
   the document (``known-words = ["..."]``), which ``check`` then finds as well.

The TOML file is edited as text, so that its comments and layout stay, and the result is parsed
again before anything is written: it must hold the same settings plus the one word, or nothing is
written and the user is told to add the word by hand. Files are replaced atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from lintnews.config import Config
from lintnews.source import write_atomically

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KEY = "known-words"
PYPROJECT_TABLE = ("tool", "lintnews")
NEW_CONFIG_NAME = "lintnews.toml"

# A table header on a line of its own: [tool.lintnews], [ "tool" . lintnews ], [[array]].
_HEADER_RE = re.compile(r"^[ \t]*\[\[?(?P<name>[^\[\]\n]*)\]\]?[ \t\r]*(?:#[^\n]*)?$", re.MULTILINE)
_KEY_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:known-words|\"known-words\"|'known-words')[ \t]*=[ \t]*", re.MULTILINE
)


class KnownWordsError(Exception):
    """The word could not be added; the message is one line for the user."""


def target_file(config: Config, folder: Path) -> Path:
    """The file that receives a new known word for documents under ``config`` (see the module
    docstring); ``folder`` is the workspace folder holding the document, for a new file."""
    if config.known_words_file:
        path = Path(config.known_words_file)
        if not path.is_absolute() and config.root:
            path = Path(config.root) / path
        return path
    if config.source_file:
        return Path(config.source_file)
    return folder / NEW_CONFIG_NAME


def add_known_word(config: Config, word: str, folder: Path) -> Path:
    """Add ``word`` where :func:`target_file` says, atomically; returns the file written."""
    path = target_file(config, folder)
    try:
        text = path.read_bytes().decode("utf-8") if path.exists() else None
    except (OSError, UnicodeDecodeError) as error:
        raise KnownWordsError(f"{path}: cannot read ({error})") from None
    if config.known_words_file:
        updated = append_word_line(text or "", word)
    elif text is None:
        updated = f"{KEY} = [{_quote(word)}]\n"
    else:
        table = PYPROJECT_TABLE if path.name == "pyproject.toml" else ()
        updated = add_to_toml(text, word, table, str(path))
    try:
        write_file_atomically(path, updated)
    except OSError as error:
        raise KnownWordsError(f"{path}: cannot write ({error.strerror})") from None
    return path


def append_word_line(text: str, word: str) -> str:
    """``text`` of a words file with ``word`` on a line of its own at the end."""
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += newline
    return text + word + newline


def write_file_atomically(path: Path, text: str) -> None:
    """Replace or create ``path`` so that readers see the old content or the new, never half."""
    if path.exists():
        write_atomically(path, text)
        return
    umask = os.umask(0)
    os.umask(umask)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _quote(word: str) -> str:
    # A JSON string without ASCII escaping is a valid TOML basic string.
    return json.dumps(word, ensure_ascii=False)


def add_to_toml(text: str, word: str, table: tuple[str, ...], origin: str = "the file") -> str:
    """``text`` with ``word`` added to ``known-words`` of ``table`` (``()`` for the top level).

    Raises :class:`KnownWordsError` unless the edited text parses to the same settings plus
    the word."""
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise KnownWordsError(f"{origin}: invalid TOML ({error})") from None
    start, end = _table_region(text, table, origin)
    newline = "\r\n" if "\r\n" in text else "\n"
    key = _KEY_RE.search(text, start, end)
    if key is None:
        updated = _insert_key(text, start, end, f"{KEY} = [{_quote(word)}]", newline)
    else:
        updated = _extend_value(text, key, word, newline, origin)
    _check_edit(before, updated, table, word, origin)
    return updated


def _header_name(raw: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in raw.split("."))


def _table_region(text: str, table: tuple[str, ...], origin: str) -> tuple[int, int]:
    """Offsets of the body of ``table``: from after its header to the next header."""
    headers = list(_HEADER_RE.finditer(text))
    if not table:
        return 0, headers[0].start() if headers else len(text)
    for index, header in enumerate(headers):
        if _header_name(header.group("name")) == table and not header.group().lstrip().startswith(
            "[["
        ):
            body = header.end() + 1 if header.end() < len(text) else header.end()
            end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
            return body, end
    name = ".".join(table)
    raise KnownWordsError(f"{origin}: no [{name}] table to add the word to; add it by hand")


def _insert_key(text: str, start: int, end: int, line: str, newline: str) -> str:
    """Insert ``line`` after the last non-blank line of the region, or at its start."""
    body = text[start:end]
    stripped = body.rstrip()
    if not stripped:
        # A header on the file's last line, without a line break after it, needs one first.
        before = newline if start > 0 and text[start - 1] != "\n" else ""
        return text[:start] + before + line + newline + text[start:]
    cut = start + len(stripped)
    line_end = text.find("\n", cut)
    if line_end == -1:
        return text + newline + line + newline
    return text[: line_end + 1] + line + newline + text[line_end + 1 :]


def _string_end(text: str, start: int, origin: str) -> int:
    """The offset after the TOML string that opens at ``start``."""
    quote = text[start]
    delimiter = quote * 3 if text.startswith(quote * 3, start) else quote
    index = start + len(delimiter)
    while index < len(text):
        if quote == '"' and text[index] == "\\":
            index += 2
            continue
        if text.startswith(delimiter, index):
            return index + len(delimiter)
        index += 1
    raise KnownWordsError(f"{origin}: unterminated string in {KEY}")


def _scan_array(text: str, opening: int, origin: str) -> tuple[int, int | None, bool]:
    """For the array opening at ``opening``: the offset of its closing bracket, the offset after
    its last value (None when empty) and whether a comma follows that value."""
    index, depth = opening + 1, 1
    last_end: int | None = None
    comma_after = False
    while index < len(text):
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            index = len(text) if newline == -1 else newline
            continue
        if char in "\"'":
            index = last_end = _string_end(text, index, origin)
            comma_after = False
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index, last_end, comma_after
            if depth == 1:
                last_end, comma_after = index + 1, False
        elif char == "," and depth == 1:
            comma_after = True
        elif not char.isspace() and depth == 1:
            # A bare value (not a string): the configuration rejects it, the check below says so.
            last_end, comma_after = index + 1, False
        index += 1
    raise KnownWordsError(f"{origin}: unterminated {KEY} list")


def _extend_value(text: str, key: re.Match[str], word: str, newline: str, origin: str) -> str:
    value = key.end()
    quoted = _quote(word)
    if text.startswith(("'", '"'), value):  # known-words = "Kyiv": a one-word list
        end = _string_end(text, value, origin)
        return text[:value] + f"[{text[value:end]}, {quoted}]" + text[end:]
    if not text.startswith("[", value):
        raise KnownWordsError(f"{origin}: {KEY} is not a list; add the word by hand")
    closing, last_end, comma_after = _scan_array(text, value, origin)
    inner = text[value + 1 : closing]
    item_indent = key.group("indent") + "    "
    if last_end is None:
        if "\n" not in inner:
            return text[: value + 1] + quoted + text[closing:]
        return text[: value + 1] + newline + item_indent + quoted + "," + text[value + 1 :]
    line_end = text.find("\n", last_end)
    if "\n" not in inner or line_end == -1 or line_end > closing:
        # The last value shares its line with the closing bracket: continue on that line.
        return text[:last_end] + f", {quoted}" + text[last_end:]
    line_start = text.rfind("\n", 0, last_end) + 1
    line = text[line_start:line_end]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if text[line_end - 1] == "\r":
        line_end -= 1
    if comma_after:
        return text[:line_end] + newline + indent + quoted + "," + text[line_end:]
    return (
        text[:last_end]
        + ","
        + text[last_end:line_end]
        + newline
        + indent
        + quoted
        + text[line_end:]
    )


def _table(data: dict[str, Any], table: tuple[str, ...]) -> dict[str, Any]:
    for part in table:
        data = data.get(part, {})
    return data


def _check_edit(
    before: dict[str, Any], updated: str, table: tuple[str, ...], word: str, origin: str
) -> None:
    """The edited text must parse to the settings before it plus ``word``, and nothing else."""
    try:
        after = tomllib.loads(updated)
    except tomllib.TOMLDecodeError:
        after = None
    if after is not None:
        old_words = _table(before, table).get(KEY, [])
        old_words = [old_words] if isinstance(old_words, str) else list(old_words)
        new_words = _table(after, table).pop(KEY, None)
        _table(before, table).pop(KEY, None)
        if new_words == [*old_words, word] and after == before:
            return
    raise KnownWordsError(f"{origin}: could not add {word!r} to {KEY} safely; add it by hand")
