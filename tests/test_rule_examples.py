"""Every rule's examples are its tests: bad text must be reported (and fixed as stated), good
text must stay quiet. A rule without both kinds of example fails here."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.document import RunContext
from lintnews.engine import Linter
from lintnews.registry import all_rules
from lintnews.rule import Example, Rule

CASES = [
    pytest.param(rule, example, id=f"{rule.code}-{'bad' if example.fires else 'good'}-{index}")
    for rule in all_rules()
    for index, example in enumerate(rule.examples)
]


def _linter(rule: type[Rule], example: Example) -> Linter:
    return Linter(Config(known_words=example.known_words), rules=[rule])


def _context(example: Example) -> RunContext | None:
    return RunContext.of([example.text, *example.others]) if example.others else None


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_is_documented_and_has_both_kinds_of_example(rule: type[Rule]) -> None:
    check_rule_contract(rule)


def check_rule_contract(rule: type[Rule]) -> None:
    """What every rule must have: a code of its family, a kebab-case name, ruff's four
    docstring parts, and at least one bad and one good example."""
    assert rule.code[0] in "MTCREP" and rule.code[1:].isdigit(), rule.code
    assert rule.name == rule.name.lower() and " " not in rule.name
    doc = rule.doc()
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert heading in doc, f"{rule.code} docstring lacks {heading!r}"
    assert any(example.fires for example in rule.examples), f"{rule.code} has no bad example"
    assert any(not example.fires for example in rule.examples), f"{rule.code} has no good example"


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: type[Rule], example: Example) -> None:
    check_example(rule, example)


def check_example(rule: type[Rule], example: Example) -> None:
    """Bad text is reported and fixed as the example states; good text stays quiet."""
    linter = _linter(rule, example)
    context = _context(example)
    found = [d for d in linter.lint_text(example.text, context=context) if d.code == rule.code]
    if not example.fires:
        assert found == [], f"{rule.code} fired on good text: {[d.message for d in found]}"
        return
    assert found, f"{rule.code} did not fire on: {example.text!r}"
    fixed = linter.fix_text(example.text, unsafe=True, context=context)
    if example.fixed is None:
        assert all(d.fix is None for d in found), (
            f"{rule.code} offered a fix; the example says none"
        )
    else:
        assert fixed == example.fixed


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_fixed_examples_are_quiet_afterwards(rule: type[Rule]) -> None:
    check_fixes_cure(rule)


def check_fixes_cure(rule: type[Rule]) -> None:
    """A fix must cure what it reports: the fixed text no longer triggers the rule there."""
    for example in rule.examples:
        if example.fires and example.fixed is not None:
            linter = _linter(rule, example)
            context = _context(example)
            assert linter.fix_text(example.fixed, unsafe=True, context=context) == example.fixed
