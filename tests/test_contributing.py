"""CONTRIBUTING's worked example is a working rule: its module, as printed, loads, registers
under its family's code and passes every check a shipped rule passes."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from lintnews.rule import Rule
from tests.conftest import ROOT
from tests.test_rule_examples import check_example, check_fixes_cure, check_rule_contract

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def _example_rule(tmp_path: Path) -> type[Rule]:
    section = CONTRIBUTING.split("## Adding a rule: a worked example", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"````python\n(.*?)````", section, re.DOTALL)
    module_path = tmp_path / "space_inside_brackets.py"
    module_path.write_text(block, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("contributing_example", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (rule,) = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Rule) and value is not Rule
    ]
    return rule


def test_worked_example_is_a_rule_that_passes_the_shipped_rules_checks(tmp_path: Path) -> None:
    rule = _example_rule(tmp_path)
    assert rule.code == "P004" and rule.family() == "P"
    check_rule_contract(rule)
    for example in rule.examples:
        check_example(rule, example)
    check_fixes_cure(rule)


def test_worked_example_names_files_that_follow_the_layout(tmp_path: Path) -> None:
    rule = _example_rule(tmp_path)
    assert f"rules/punctuation/{rule.name.replace('-', '_')}.py" in CONTRIBUTING
    assert (ROOT / "rules" / "punctuation").is_dir()
    assert (ROOT / "tests" / "rules" / "punctuation").is_dir()
    from lintnews.registry import rule_by_code

    if rule_by_code(rule.code) is not None:
        pytest.fail(f"{rule.code} is taken by a shipped rule: pick the next free code")
