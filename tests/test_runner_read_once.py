"""A check of a folder in one process reads each file once, R012's cross-file pass included,
and finds what it found when the lint pass read the files again."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from lintnews import runner
from lintnews.runner import CheckOptions, Runner
from lintnews.source import Source

WIDGET = "Most shared this week on the Valley Tribune"
BODIES = [
    "The council met on Monday.",
    "Storms hit the coast.",
    "A bakery won a prize.",
    "Fares rise.",
]


def folder(tmp_path: Path) -> Path:
    for number, body in enumerate(BODIES):
        (tmp_path / f"{number}.txt").write_text(f"{body}\n\n{WIDGET}\n\nthe the end.\n")
    return tmp_path


def check(path: Path, monkeypatch: pytest.MonkeyPatch, kept: int) -> tuple[str, list[str]]:
    reads: list[str] = []
    real = runner.read_source

    def counting(file: Path, limit: int | None = None) -> Source:
        reads.append(file.name)
        return real(file, limit)

    monkeypatch.setattr(runner, "read_source", counting)
    monkeypatch.setattr(runner, "KEPT_SOURCE_CHARS", kept)
    out, err = io.StringIO(), io.StringIO()
    options = CheckOptions(paths=[str(path)], output_format="concise", processes=1)
    Runner(options, out, err).run()
    assert err.getvalue() == ""
    return out.getvalue(), sorted(reads)


def test_each_file_read_once_with_the_same_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder(tmp_path)
    once, reads = check(path, monkeypatch, kept=1_000_000)
    assert reads == [f"{number}.txt" for number in range(len(BODIES))]
    assert "R012" in once and "T002" in once
    # Past the budget the files are read again, and the findings do not change.
    again, reads = check(path, monkeypatch, kept=0)
    assert reads == sorted(2 * [f"{number}.txt" for number in range(len(BODIES))])
    assert again == once
