"""Documentation generated from the rule modules: ``lintnews rule`` and the README's rule table.

``python -m lintnews.docs`` rewrites the table between the README's markers; a test checks that
the committed README matches, so the table cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lintnews.registry import FAMILIES, all_rules, rule_by_code

TABLE_START = "<!-- rules-table:start -->"
TABLE_END = "<!-- rules-table:end -->"


def rule_table() -> str:
    """A Markdown table of every rule, grouped by family."""
    lines = [
        "| Code | Name | What it catches | Fix | Default |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in all_rules():
        fixed = [
            example for example in rule.examples if example.fires and example.fixed is not None
        ]
        fix = "yes" if fixed else "no"
        summary = rule.summary().replace("|", "\\|")
        default = "yes" if rule.default else "opt-in"
        lines.append(f"| {rule.code} | {rule.name} | {summary} | {fix} | {default} |")
    families = ", ".join(f"`{prefix}` {what}" for prefix, what in FAMILIES.items())
    return f"Families: {families}.\n\n" + "\n".join(lines)


_BACKENDS = {
    "LT": (
        "LanguageTool",
        "--languagetool URL",
        "LanguageTool's own rule ID, as its documentation and rule list name it.",
    ),
    "HP": (
        "Harper",
        "--grammar harper",
        "the kind of Harper lint; the report's name says which Harper rule made it.",
    ),
}


def explain_backend_code(code: str) -> str | None:
    """What a grammar backend's code (``LT:<RULE_ID>``, ``HP:<kind>``) means."""
    prefix, _, rest = code.partition(":")
    backend = _BACKENDS.get(prefix.upper())
    if backend is None or not rest:
        return None
    name, flag, what = backend
    return "\n".join(
        [
            f"# {code}",
            "",
            f"A report of the {name} grammar backend (enabled with `{flag}`, see",
            "docs/grammar-backends.md). The part after the colon is " + what,
            "Its fix, when it has one, is the backend's first suggestion and is always unsafe.",
            f"Select or ignore it like a rule: `--ignore {code}`, or `--ignore {prefix.upper()}`",
            "for every report of that backend.",
        ]
    )


def explain_rule(code: str) -> str | None:
    rule = rule_by_code(code)
    if rule is None:
        return explain_backend_code(code)
    parts = [f"# {rule.code} {rule.name}", "", rule.doc(), "", "## Examples", ""]
    for example in rule.examples:
        if example.fires:
            parts.append(f"Reported:     {example.text!r}")
            if example.fixed is not None:
                parts.append(f"  fixed:      {example.fixed!r}")
        else:
            parts.append(f"Not reported: {example.text!r}")
    return "\n".join(parts)


def render_readme(readme: str) -> str:
    start, end = readme.index(TABLE_START), readme.index(TABLE_END)
    return readme[: start + len(TABLE_START)] + "\n" + rule_table() + "\n" + readme[end:]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("README.md")
    text = path.read_text(encoding="utf-8")
    updated = render_readme(text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"updated the rule table in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
