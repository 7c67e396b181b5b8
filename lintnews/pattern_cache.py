"""Regular expressions compiled once per machine rather than once per process.

The rules compile about 150 patterns with the standard library's ``re`` and a dozen large ones
with ``regex``, whose parsers and compilers are written in Python: together about a third of the
CPU of ``lintnews check`` on one article (issue 16), paid again by every run and every worker.
What they produce for a pattern and its flags is a list of integers and a few tables for the C
matcher (``_sre.compile``, ``regex._regex.compile``), which depend on nothing else. The
``lintnews`` command therefore keeps that output in files beside the word-list cache (see
:mod:`lintnews.wordlist`) and hands it straight to the C matcher next time: the pattern objects
are the ones the module would have built, so no finding can differ.

Installed by the command and its worker processes only (:func:`install`), never on import:
a program that uses lintnews as a library keeps the standard library untouched. The file is
keyed by the interpreter's version and the matcher's magic number, and any surprise (another
Python, a damaged file, an unwritable directory) leaves ``re`` as it was.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lintnews.cache import write_atomically

_FORMAT = 1
# A run that compiles far more patterns than the rules have (a library caller's own) stops
# adding to the file rather than growing it without bound.
_MOST_ENTRIES = 2_000

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def install(directory: Path) -> bool:
    """Route the compilers of ``re`` and ``regex`` through the cache in ``directory``; whether
    ``re``'s was installed."""
    _install_regex(directory)
    return _install_re(directory)


def _install_re(directory: Path) -> bool:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10, or not CPython
        return False
    if getattr(_compiler.compile, "lintnews_cache", False):
        return True
    original: Callable[..., Any] = _compiler.compile
    path = (
        directory / f"re-v{_FORMAT}-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    )
    known = _read(path)
    added: dict[tuple[str | bytes, int], Entry] = {}

    def build(pattern: str | bytes, flags: int) -> Entry:
        parsed = _parser.parse(pattern, flags)
        # Opcodes are int subclasses (named for dis): plain ints, which marshal can write.
        code = [int(item) for item in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )

    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        key = (pattern, flags)
        entry = known.get(key)
        if entry is None:
            entry = build(pattern, flags)
            if len(known) < _MOST_ENTRIES:
                known[key] = added[key] = entry
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)

    # The matcher must take what was recorded: check on a pattern that has every part.
    probe = r"(?P<word>\w+)\s+(\d)?(?i:x)"
    try:
        built = compile(probe, 0)
        expected = original(probe, 0)
        same = (built.flags, built.groups, built.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        ) and built.match("Ab 1X").groups() == expected.match("Ab 1X").groups()
    except Exception:  # any surprise: leave re alone
        return False
    if not same:
        return False
    compile.lintnews_cache = True  # type: ignore[attr-defined]
    compile.lintnews_original = original  # type: ignore[attr-defined]
    _compiler.compile = compile
    atexit.register(_write, path, added)
    return True


# regex's compiler (regex._main._compile) ends by calling the C module's compile with the
# pattern and ten values built from it; they are recorded by a stand-in for the C module that
# the compiler is given while it runs. Only patterns with no named lists and no locale (whose
# meaning depends on the process) are kept.
RegexEntry = tuple[Any, ...]


class _Recorder:
    """The C module of ``regex``, but remembering what ``compile`` was called with."""

    def __init__(self, module: Any) -> None:
        self.module = module
        self.calls: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.module, name)

    def compile(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.module.compile(*args)


def _install_regex(directory: Path) -> None:
    try:
        import regex
        import regex._main as main
    except ImportError:
        return
    original: Callable[..., Any] = main._compile
    if getattr(original, "lintnews_cache", False):
        return
    module = main._regex
    locale = int(regex.LOCALE)
    debug = int(regex.DEBUG)
    name = f"regex-v{_FORMAT}-{regex.__version__}-{sys.implementation.cache_tag}-{sys.hexversion:x}"
    path = directory / name
    known: dict[Any, RegexEntry] = _read(path)
    added: dict[Any, RegexEntry] = {}
    made: dict[Any, Any] = {}

    def compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
        if kwargs or not isinstance(pattern, str) or not isinstance(flags, int):
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        flags = int(flags)
        if flags & (locale | debug):
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, flags, int(regex.DEFAULT_VERSION))
        compiled = made.get(key)
        if compiled is not None:
            return compiled
        entry = known.get(key)
        if entry is not None:
            compiled = module.compile(pattern, *entry)
        else:
            recorder = _Recorder(module)
            main._regex = recorder
            try:
                compiled = original(pattern, flags, ignore_unused, kwargs, cache_it)
            finally:
                main._regex = module
            if len(recorder.calls) == 1 and recorder.calls[0][0] == pattern:
                entry = tuple(
                    int(value) if isinstance(value, int) else value
                    for value in recorder.calls[0][1:]
                )
                if not entry[0] & locale and len(known) < _MOST_ENTRIES:
                    try:
                        marshal.dumps(entry)
                    except ValueError:
                        pass
                    else:
                        known[key] = added[key] = entry
        if len(made) >= _MOST_ENTRIES:
            made.clear()
        made[key] = compiled
        return compiled

    compile.lintnews_cache = True  # type: ignore[attr-defined]
    compile.lintnews_original = original  # type: ignore[attr-defined]
    main._compile = compile
    atexit.register(_write, path, added)


def _read(path: Path) -> dict[Any, Any]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _write(path: Path, added: dict[Any, Any]) -> None:
    """Add this run's new patterns to the file (another run may have added others meanwhile);
    a directory that cannot be written only costs the next run its speed."""
    if not added:
        return
    entries = _read(path)
    entries.update(added)
    with contextlib.suppress(OSError, ValueError):
        write_atomically(path, marshal.dumps(entries))
