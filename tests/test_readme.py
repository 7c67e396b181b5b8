"""The README stays true: its rule table is generated from the rules, and its set-up commands
are the ones CI runs."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from lintnews.docs import render_readme
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    section = README.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_rule_table_is_current() -> None:
    assert render_readme(README) == README, "run: python -m lintnews.docs"


def test_two_setup_commands_and_ci_runs_the_test_command() -> None:
    install, test = _setup_commands()
    # Trying it installs the package alone, not the test tools and backends (minutes more).
    assert "pip install -e . " in install and "[" not in install
    assert "lintnews check fixtures/" in install
    assert "pip install -e '.[test]'" in test and test.endswith(".venv/bin/pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci, f"{test!r} is not a line of .ci/run"
    assert ".venv/bin/pip install --quiet -e ." in ci  # and CI checks the plain install too
    fixture = install.rsplit(" ", 1)[-1]
    assert (ROOT / fixture).is_file()


def test_pre_commit_rev_is_a_commit_that_has_both_hooks() -> None:
    match = re.search(r"^\s+rev: (\S+)", README, re.MULTILINE)
    assert match is not None
    rev = match.group(1)
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    shallow = subprocess.run(
        [git, "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True
    )
    hooks = subprocess.run(
        [git, "show", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True
    )
    if hooks.returncode != 0 and shallow.stdout.strip() == "true":
        pytest.skip("a shallow clone lacks the commit")
    assert hooks.returncode == 0, f"rev {rev} is not a commit of this repository with hooks"
    assert "id: lintnews\n" in hooks.stdout and "id: lintnews-fix\n" in hooks.stdout
