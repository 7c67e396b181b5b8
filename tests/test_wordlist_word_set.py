"""The cache of word sets derived from shipped data (``wordlist.cached_word_set``): read back
only when everything it was built from is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from lintnews.lexicon import get_lexicon
from lintnews.rules.merged import _candidates
from lintnews.wordlist import cached_word_set


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(directory))
    return directory


def test_a_built_set_is_read_back_without_building(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("one\n")
    builds: list[int] = []

    def build() -> list[str]:
        builds.append(1)
        return ["alpha", "beta"]

    assert cached_word_set("test", [source], 1, build) == {"alpha", "beta"}
    assert cached_word_set("test", [source], 1, build) == {"alpha", "beta"}
    assert len(builds) == 1


def test_a_changed_source_or_setting_builds_again(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.txt"
    source.write_text("one\n")
    assert cached_word_set("test", [source], 1, lambda: ["old"]) == {"old"}
    assert cached_word_set("test", [source], 2, lambda: ["setting"]) == {"setting"}
    source.write_text("one and more\n")
    assert cached_word_set("test", [source], 2, lambda: ["source"]) == {"source"}


def test_a_damaged_file_is_built_again(cache: Path, tmp_path: Path) -> None:
    assert cached_word_set("test", [], 1, lambda: ["first"]) == {"first"}
    for path in cache.glob("derived-test-*"):
        path.write_bytes(b"\x00garbage")
    assert cached_word_set("test", [], 1, lambda: ["again"]) == {"again"}


def test_an_unwritable_cache_only_costs_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(blocker / "cache"))
    assert cached_word_set("test", [], 1, lambda: ["word"]) == {"word"}


def test_the_m_family_common_words_from_the_cache_are_the_built_ones(cache: Path) -> None:
    lexicon = get_lexicon()
    _candidates._COMMON.pop(lexicon, None)
    cached = _candidates._common_words(lexicon)
    _candidates._COMMON.pop(lexicon, None)
    assert _candidates._common_words(lexicon) == cached
    assert cached == frozenset(_candidates._build_common_words(lexicon))
    assert list(cache.glob("derived-merged-common-*"))
