"""Finding the rules and choosing which ones run.

Every module under ``lintnews.rules`` (the repository's ``rules/`` folder) that defines a
:class:`~lintnews.rule.Rule` subclass contributes that rule. Selection follows ruff: selectors are
codes, code prefixes (``M``, ``R00``), rule names, or ``ALL``; the most specific selector wins and
``ignore`` wins a tie.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Sequence
from functools import cache

from lintnews.rule import Rule

# Families in the order their reports win a tie on the same span, with what each catches.
FAMILIES: dict[str, str] = {
    "M": "merged and split words",
    "T": "machine-translation artifacts",
    "C": "capitalisation",
    "R": "scraping residue",
    "E": "encoding and markup damage",
    "P": "punctuation and spacing",
}
# Codes of the optional grammar backends: LT:<RULE_ID> and HP:<kind>.
BACKEND_PREFIXES = ("LT", "HP")


class SelectionError(ValueError):
    """A selector that names no rule."""


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every rule class, ordered by family then code."""
    package = importlib.import_module("lintnews.rules")
    found: dict[str, type[Rule]] = {}
    for module_info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value is not Rule
                and value.__module__ == module.__name__
            ):
                if value.code in found:
                    raise RuntimeError(f"rule code {value.code} is defined twice")
                found[value.code] = value
    family_order = list(FAMILIES)
    return tuple(
        sorted(
            found.values(),
            key=lambda rule: (
                family_order.index(rule.family()) if rule.family() in FAMILIES else 99,
                rule.code,
            ),
        )
    )


def rule_by_code(code_or_name: str) -> type[Rule] | None:
    wanted = code_or_name.strip()
    for rule in all_rules():
        if rule.code.upper() == wanted.upper() or rule.name == wanted.lower():
            return rule
    return None


def _specificity(selector: str, rule: type[Rule]) -> int:
    """How specifically ``selector`` names ``rule``: 0 when it does not name it at all."""
    upper = selector.strip().upper()
    if upper == "ALL":
        return 1
    if selector.strip().lower() == rule.name:
        return 100
    if rule.group and selector.strip().lower() == rule.group:
        # Less specific than a rule's own name or code (so `--ignore R006` still wins), more
        # than a family letter (`--ignore R --extend-select residue-metadata` keeps the group).
        return 3
    if rule.code.upper().startswith(upper):
        return 1 + len(upper)
    return 0


def validate_selectors(selectors: Iterable[str]) -> None:
    for selector in selectors:
        upper = selector.strip().upper()
        if upper == "ALL" or upper.split(":", 1)[0] in BACKEND_PREFIXES:
            continue
        if not any(_specificity(selector, rule) for rule in all_rules()):
            raise SelectionError(f"unknown rule selector {selector!r} (see `lintnews rule --all`)")


def select_rules(
    select: Sequence[str] | None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[type[Rule]]:
    """The rules that run. ``select=None`` means the default set."""
    validate_selectors([*(select or ()), *ignore, *extend_select])
    chosen = []
    for rule in all_rules():
        if select is None:
            selected = 1 if rule.default else 0
        else:
            selected = max((_specificity(s, rule) for s in select), default=0)
        selected = max([selected, *(_specificity(s, rule) for s in extend_select)])
        ignored = max((_specificity(s, rule) for s in ignore), default=0)
        if selected and selected > ignored:
            chosen.append(rule)
    return chosen


def code_selected(code: str, select: Sequence[str] | None, ignore: Sequence[str]) -> bool:
    """Selection for codes that are not native rules (grammar backends: ``LT:UPPERCASE``)."""

    def specificity(selector: str) -> int:
        upper = selector.strip().upper()
        if upper == "ALL":
            return 1
        return 1 + len(upper) if code.upper().startswith(upper) else 0

    selected = 1 if select is None else max((specificity(s) for s in select), default=0)
    ignored = max((specificity(s) for s in ignore), default=0)
    return bool(selected) and selected > ignored
