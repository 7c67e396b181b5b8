"""Patterns compiled from the cache are the patterns ``re`` builds (Pattern equality compares
the compiled code), for every pattern the rules hold, whether read back from the file that a
run of the command wrote or built in this run."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
import regex._main as regex_main

from lintnews import pattern_cache
from lintnews.registry import all_rules

_compiler: Any = pytest.importorskip("re._compiler")


def rule_patterns() -> list[tuple[str, int]]:
    found = set()
    for rule in all_rules():
        for value in vars(importlib.import_module(rule.__module__)).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.add((value.pattern, value.flags & ~re.UNICODE))
    return sorted(found)


@pytest.fixture
def original() -> Iterator[Any]:
    """re's own compiler, with both compilers unwrapped for the test (a test that ran the
    command in this process installed the cache) and put back as they were after it."""
    saved, saved_regex = _compiler.compile, regex_main._compile
    _compiler.compile = getattr(saved, "lintnews_original", saved)
    regex_main._compile = getattr(saved_regex, "lintnews_original", saved_regex)
    yield _compiler.compile
    _compiler.compile, regex_main._compile = saved, saved_regex


def run_check(cache: Path, article: Path) -> str:
    command = [sys.executable, "-m", "lintnews", "check", "--exit-zero", str(article)]
    environment = {**os.environ, "LINTNEWS_CACHE_DIR": str(cache)}
    return subprocess.run(
        command, capture_output=True, text=True, env=environment, check=True
    ).stdout


def test_cached_patterns_are_the_patterns_re_builds(tmp_path: Path, original: Any) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The talks ended. fomin said the the deal was close.\n")
    first = run_check(tmp_path, article)  # builds the file at exit
    (written,) = tmp_path.glob("re-*")
    assert run_check(tmp_path, article) == first and "T002" in first
    recorded = pattern_cache._read(written)
    patterns = rule_patterns()
    assert len(patterns) > 50 and sum(key in recorded for key in patterns) > 50
    unrecorded = [(r"(?P<a>x)(?P=a)|(?i:y)\b", re.MULTILINE), (rb"\x00+[^\n]", 0)]
    assert pattern_cache.install(tmp_path)
    cached = _compiler.compile
    assert cached is not original
    for pattern, flags in [*patterns, *unrecorded]:
        assert cached(pattern, flags) == original(pattern, flags), pattern


def test_damaged_file_is_ignored(tmp_path: Path, original: Any) -> None:
    (tmp_path / "re-damaged").write_bytes(b"\x00not marshal")
    assert pattern_cache._read(tmp_path / "re-damaged") == {}
    assert pattern_cache._read(tmp_path / "absent") == {}
    assert pattern_cache.install(tmp_path / "unwritable" / "x")
    assert _compiler.compile(r"a+b", 0) == original(r"a+b", 0)


def test_cached_regex_patterns_are_what_regex_builds(tmp_path: Path, original: Any) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Read more: the talks ended. Share this article\n")
    first = run_check(tmp_path, article)
    (written,) = tmp_path.glob("regex-*")
    recorded = pattern_cache._read(written)
    assert len(recorded) >= 4
    assert run_check(tmp_path, article) == first
    for (pattern, flags, version), entry in recorded.items():
        assert version == regex.DEFAULT_VERSION
        regex.purge()
        recorder = pattern_cache._Recorder(regex_main._regex)
        regex_main._regex = recorder
        try:
            regex.compile(pattern, flags)
        finally:
            regex_main._regex = recorder.module
        (call,) = recorder.calls
        fresh = tuple(int(v) if isinstance(v, int) else v for v in call[1:])
        # regex writes a pattern's set of first characters in the set's order, which string
        # hashing varies between processes: the code is the same up to that order.
        assert fresh[0] == entry[0] and fresh[2:] == entry[2:], pattern
        assert sorted(fresh[1]) == sorted(entry[1]), pattern
    # Through the installed cache: built from the record, once, and matching as regex's own.
    own = regex_main._compile
    pattern_cache.install(tmp_path)
    text = first + "Read more: the talks ended. Share this article\nPhoto: AP\n"
    for pattern, flags, _ in recorded:
        cached = regex.compile(pattern, flags)
        assert cached is regex.compile(pattern, flags)
        regex.purge()
        fresh = own(pattern, flags, False, {}, True)
        assert cached is not fresh and cached.pattern == fresh.pattern
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)]
