"""The pre-commit hooks, run by the real pre-commit against a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DEFECTIVE = "The talks ended. fomin said the deal was close.\nRead more: Why talks fail\n"
FIXED = "The talks ended. Fomin said the deal was close.\n"


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _try_repo(repo: Path, home: Path, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", *files],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hooks_fail_on_a_defect_and_fix_it(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = tmp_path / "articles"
    repo.mkdir()
    _git(repo, "init", "-q")
    article = repo / "story.txt"
    article.write_text(DEFECTIVE)
    (repo / "notes.py").write_text("x = 1\n")
    _git(repo, "add", ".")

    check = _try_repo(repo, pre_commit_home, "lintnews", "story.txt", "notes.py")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "story.txt:1:18: C001" in check.stdout and "story.txt:2:1: R001" in check.stdout
    assert "notes.py" not in check.stdout.split("lintnews")[-1]  # only text files are passed
    assert article.read_text() == DEFECTIVE

    fix = _try_repo(repo, pre_commit_home, "lintnews-fix", "story.txt")
    assert fix.returncode == 1  # pre-commit fails a run whose hook changed files
    assert "files were modified by this hook" in fix.stdout
    assert article.read_text() == FIXED

    again = _try_repo(repo, pre_commit_home, "lintnews", "story.txt")
    assert again.returncode == 0, again.stdout
