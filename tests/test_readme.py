"""The README stays true: its rule table is generated from the rules, and its set-up commands
are the ones CI runs."""

from __future__ import annotations

import re

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
    assert "pip install -e '.[test]'" in install and "lintnews check fixtures/" in install
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines(), f"{test!r} is not a line of .ci/run"
    fixture = install.rsplit(" ", 1)[-1]
    assert (ROOT / fixture).is_file()
