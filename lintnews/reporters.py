"""Turning diagnostics into output: the human formats (full, concise), the machine formats
(json, json-lines) and the CI formats (github, sarif, gitlab, junit), and statistics.

Positions are 1-based rows and columns counted in code points; an end location is exclusive.
The JSON format uses ruff's field names and is a contract: tests pin it. The CI formats carry
the same fields and positions in the shape each consumer reads: SARIF 2.1.0 as GitHub code
scanning accepts it, GitLab's Code Quality report, and JUnit XML for test dashboards.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document

FORMATS = ("full", "concise", "json", "json-lines", "github", "sarif", "gitlab", "junit")
# Long lines are shown as a window around the reported span.
_CONTEXT_CHARS = 60


@dataclass(frozen=True)
class FileReport:
    """The diagnostics left in one file, with the document their offsets refer to."""

    doc: Document
    diagnostics: Sequence[Diagnostic]

    @property
    def path(self) -> str:
        return self.doc.path


def location(doc: Document, offset: int) -> dict[str, int]:
    row, column = doc.position(offset)
    return {"row": row, "column": column}


def diagnostic_to_json(doc: Document, diagnostic: Diagnostic) -> dict[str, Any]:
    fix = None
    if diagnostic.fix is not None:
        fix = {
            "applicability": diagnostic.fix.applicability.value,
            "message": diagnostic.fix.message,
            "edits": [
                {
                    "content": edit.content,
                    "location": location(doc, edit.start),
                    "end_location": location(doc, edit.end),
                }
                for edit in diagnostic.fix.edits
            ],
        }
    return {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "message": diagnostic.message,
        "filename": doc.path,
        "location": location(doc, diagnostic.start),
        "end_location": location(doc, diagnostic.end),
        "fix": fix,
    }


def write_json(reports: Sequence[FileReport], out: TextIO) -> None:
    import json  # only for the JSON formats: a plain `check` need not load it

    items = [diagnostic_to_json(r.doc, d) for r in reports for d in r.diagnostics]
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_json_lines(reports: Sequence[FileReport], out: TextIO) -> None:
    """One JSON object a line, the fields of :func:`write_json`: streams well into ``jq`` and
    log stores, and a partial output is still valid line by line."""
    import json  # only for the JSON formats: a plain `check` need not load it

    for report in reports:
        for diagnostic in report.diagnostics:
            out.write(json.dumps(diagnostic_to_json(report.doc, diagnostic), ensure_ascii=False))
            out.write("\n")


def write_concise(reports: Sequence[FileReport], out: TextIO) -> None:
    for report in reports:
        for diagnostic in report.diagnostics:
            row, column = report.doc.position(diagnostic.start)
            out.write(
                f"{report.path}:{row}:{column}: {diagnostic.code}{_fix_mark(diagnostic)} "
                f"{diagnostic.message}\n"
            )


def write_github(reports: Sequence[FileReport], out: TextIO) -> None:
    for report in reports:
        for diagnostic in report.diagnostics:
            row, column = report.doc.position(diagnostic.start)
            end_row, end_column = report.doc.position(diagnostic.end)
            message = _github_escape(f"{diagnostic.code} {diagnostic.message}")
            out.write(
                f"::error title=lintnews ({diagnostic.code}),file={_github_escape(report.path)},"
                f"line={row},col={column},endLine={end_row},endColumn={end_column}::{message}\n"
            )


def _github_escape(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(",", "%2C")


def _fix_mark(diagnostic: Diagnostic) -> str:
    return " [*]" if diagnostic.fix is not None and diagnostic.fix.is_safe else ""


def use_colour(out: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(out, "isatty") and out.isatty()


def write_full(reports: Sequence[FileReport], out: TextIO) -> None:
    """Each diagnostic with its line, the span underlined, and the suggested fix."""
    colour = use_colour(out)
    console = None
    if colour:
        from rich.console import Console  # rich costs start-up time: loaded for colour only

        console = Console(file=out, highlight=False, soft_wrap=True)
    for report in reports:
        for diagnostic in report.diagnostics:
            for line in _full_lines(report.doc, diagnostic):
                if console is None:
                    out.write("".join(text for text, _ in line) + "\n")
                else:
                    from rich.text import Text

                    console.print(Text.assemble(*line))


def _full_lines(doc: Document, diagnostic: Diagnostic) -> list[list[tuple[str, str]]]:
    row, column = doc.position(diagnostic.start)
    line = doc.line_span(diagnostic.start)
    span_end = min(diagnostic.end, line.end, diagnostic.start + 2 * _CONTEXT_CHARS)
    left = max(line.start, diagnostic.start - _CONTEXT_CHARS)
    right = min(line.end, max(span_end, diagnostic.start + 1) + _CONTEXT_CHARS)
    shown = doc.text[left:right].replace("\t", " ")
    prefix = "…" if left > line.start else ""
    suffix = "…" if right < line.end else ""
    gutter = str(row)
    pad = " " * len(gutter)
    caret_start = len(prefix) + diagnostic.start - left
    caret_width = max(1, span_end - diagnostic.start)
    lines: list[list[tuple[str, str]]] = [
        [
            (f"{doc.path}:{row}:{column}: ", "bold"),
            (diagnostic.code, "bold red"),
            (_fix_mark(diagnostic), "cyan"),
            (f" {diagnostic.message}", ""),
        ],
        [(f" {gutter} | ", "blue"), (prefix + shown + suffix, "")],
        [(f" {pad} | ", "blue"), (" " * caret_start, ""), ("^" * caret_width, "bold red")],
    ]
    if diagnostic.fix is not None:
        kind = "fix" if diagnostic.fix.is_safe else "unsafe fix"
        lines.append([(f" {pad} = ", "blue"), (f"{kind}: ", "cyan"), (diagnostic.fix.message, "")])
    lines.append([])
    return lines


def write_statistics(reports: Sequence[FileReport], out: TextIO) -> None:
    """Counts per rule, commonest first, with how many of each have a fix: ``[*]`` when every
    report of the rule has a safe fix, ``[-]`` when some have a fix (safe or unsafe) and some
    have none or only an unsafe one, so that the mark never promises more than ``--fix`` does."""
    counts: Counter[tuple[str, str]] = Counter()
    safe: Counter[str] = Counter()
    unsafe: Counter[str] = Counter()
    for report in reports:
        for diagnostic in report.diagnostics:
            counts[(diagnostic.code, diagnostic.name)] += 1
            if diagnostic.fix is not None:
                (safe if diagnostic.fix.is_safe else unsafe)[diagnostic.code] += 1
    for (code, name), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if safe[code] == count:
            mark, detail = "[*]", ""
        elif safe[code] or unsafe[code]:
            fixes = [
                f"{n} {kind}" for n, kind in ((safe[code], "safe"), (unsafe[code], "unsafe")) if n
            ]
            mark, detail = "[-]", f" ({', '.join(fixes)} fix{'es' if count > 1 else ''})"
        else:
            mark, detail = "   ", ""
        out.write(f"{count:>6}  {code:<8} {mark} {name}{detail}\n")


# Severity by family, shared by every format that grades findings: encoding damage means
# characters of the text are wrong or lost; word, translation, case and residue defects change
# what a reader reads; punctuation and spacing defects are cosmetic.
FAMILY_SEVERITY = {"E": "error", "M": "warning", "T": "warning", "C": "warning", "R": "warning"}
_DEFAULT_SEVERITY = "note"  # P, and the grammar backends' LT:/HP: codes
_GITLAB_SEVERITY = {"error": "major", "warning": "minor", "note": "info"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def severity(code: str) -> str:
    """``error``, ``warning`` or ``note`` (SARIF's levels) for a rule code."""
    return FAMILY_SEVERITY.get(code.rstrip("0123456789"), _DEFAULT_SEVERITY)


def _uri(path: str) -> str:
    """A path as a SARIF artifact URI: forward slashes, percent-encoded, relative kept relative
    (GitHub code scanning resolves relative URIs against the repository root)."""
    return quote(PurePath(path).as_posix())


def _region(doc: Document, start: int, end: int) -> dict[str, int]:
    row, column = doc.position(start)
    end_row, end_column = doc.position(end)
    return {"startLine": row, "startColumn": column, "endLine": end_row, "endColumn": end_column}


def _rule_descriptor(code: str, name: str) -> dict[str, Any]:
    from lintnews.registry import rule_by_code

    descriptor: dict[str, Any] = {"id": code, "name": name}
    rule = rule_by_code(code) if ":" not in code else None
    if rule is not None:
        descriptor["shortDescription"] = {"text": rule.summary()}
        descriptor["fullDescription"] = {"text": rule.doc()}
        descriptor["help"] = {"text": rule.doc(), "markdown": rule.doc()}
    descriptor["defaultConfiguration"] = {"level": severity(code)}
    return descriptor


def _sarif_result(doc: Document, diagnostic: Diagnostic, rule_index: int) -> dict[str, Any]:
    uri = _uri(doc.path)
    result: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": severity(diagnostic.code),
        "message": {"text": diagnostic.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": _region(doc, diagnostic.start, diagnostic.end),
                }
            }
        ],
        "partialFingerprints": {"lintnews/v1": _fingerprint(doc, diagnostic)},
    }
    if diagnostic.fix is not None:
        result["fixes"] = [
            {
                "description": {"text": diagnostic.fix.message},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": uri},
                        "replacements": [
                            {
                                "deletedRegion": _region(doc, edit.start, edit.end),
                                "insertedContent": {"text": edit.content},
                            }
                            for edit in diagnostic.fix.edits
                        ],
                    }
                ],
                "properties": {"applicability": diagnostic.fix.applicability.value},
            }
        ]
    return result


def write_sarif(reports: Sequence[FileReport], out: TextIO) -> None:
    """A SARIF 2.1.0 log with one run. Columns count Unicode code points, as every lintnews
    format does, and the run says so (``columnKind``): SARIF's default is UTF-16 code units."""
    import json  # only for the JSON formats: a plain `check` need not load it

    from lintnews import __version__

    rule_index: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for report in reports:
        for diagnostic in report.diagnostics:
            if diagnostic.code not in rule_index:
                rule_index[diagnostic.code] = len(rules)
                rules.append(_rule_descriptor(diagnostic.code, diagnostic.name))
            results.append(_sarif_result(report.doc, diagnostic, rule_index[diagnostic.code]))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lintnews",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    json.dump(log, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _fingerprint(doc: Document, diagnostic: Diagnostic) -> str:
    """A finding's identity that survives edits elsewhere in the file: the file, the rule, the
    flagged text and which occurrence of that text (by rule) it is, not its line number."""
    import hashlib  # here: it loads OpenSSL, which most formats never use

    flagged = doc.text[diagnostic.start : diagnostic.end]
    occurrence = doc.text.count(flagged, 0, diagnostic.start) if flagged else diagnostic.start
    key = f"{doc.path}\0{diagnostic.code}\0{flagged}\0{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write_gitlab(reports: Sequence[FileReport], out: TextIO) -> None:
    """GitLab's Code Quality report: a JSON list of issues with a stable fingerprint, which the
    merge-request widget uses to tell new findings from old ones."""
    import json  # only for the JSON formats: a plain `check` need not load it

    issues = []
    for report in reports:
        for diagnostic in report.diagnostics:
            row, column = report.doc.position(diagnostic.start)
            end_row, end_column = report.doc.position(diagnostic.end)
            issues.append(
                {
                    "description": f"{diagnostic.code} {diagnostic.message}",
                    "check_name": diagnostic.code,
                    "fingerprint": _fingerprint(report.doc, diagnostic),
                    "severity": _GITLAB_SEVERITY[severity(diagnostic.code)],
                    "location": {
                        "path": PurePath(report.path).as_posix(),
                        "positions": {
                            "begin": {"line": row, "column": column},
                            "end": {"line": end_row, "column": end_column},
                        },
                    },
                }
            )
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_junit(reports: Sequence[FileReport], out: TextIO) -> None:
    """JUnit XML: a test suite per file, a failing test case per finding, and one passing case
    for a file with none, so that a dashboard counts every checked file."""
    # Imported here: xml.sax pulls in urllib.request, http.client and ssl, which every other
    # run of `check` would pay for at start-up.
    from xml.sax.saxutils import escape

    total = sum(max(1, len(report.diagnostics)) for report in reports)
    failures = sum(len(report.diagnostics) for report in reports)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="lintnews" tests="{total}" failures="{failures}" errors="0">\n')
    for report in reports:
        path = _xml_attribute(report.path)
        count = len(report.diagnostics)
        out.write(
            f'  <testsuite name={path} tests="{max(1, count)}" failures="{count}" errors="0">\n'
        )
        if not count:
            out.write(f'    <testcase name="lintnews" classname={path}/>\n')
        for diagnostic in report.diagnostics:
            row, column = report.doc.position(diagnostic.start)
            name = _xml_attribute(f"{diagnostic.code} {row}:{column}")
            body = escape(
                _xml_characters(
                    f"{report.path}:{row}:{column}: {diagnostic.code} {diagnostic.message}"
                )
            )
            out.write(f"    <testcase name={name} classname={path}>\n")
            out.write(
                f"      <failure message={_xml_attribute(diagnostic.message)} "
                f"type={_xml_attribute(diagnostic.code)}>{body}</failure>\n"
            )
            out.write("    </testcase>\n")
        out.write("  </testsuite>\n")
    out.write("</testsuites>\n")


def _xml_characters(value: str) -> str:
    """``value`` without the characters XML 1.0 forbids, written as ``\\xNN`` instead: a
    finding may quote one (E006 reports control characters), and one would make the whole
    report unreadable to the dashboard."""
    return "".join(
        char
        if char in "\t\n\r"
        or (" " <= char < "\ud800")
        or ("\ue000" <= char < "\ufffe")
        or char >= "\U00010000"
        else f"\\x{ord(char):02x}"
        for char in value
    )


def _xml_attribute(value: str) -> str:
    from xml.sax.saxutils import quoteattr

    return quoteattr(_xml_characters(value))


WRITERS = {
    "full": write_full,
    "concise": write_concise,
    "json": write_json,
    "json-lines": write_json_lines,
    "github": write_github,
    "sarif": write_sarif,
    "gitlab": write_gitlab,
    "junit": write_junit,
}


def write_summary(reports: Sequence[FileReport], fixed: int, out: TextIO = sys.stdout) -> None:
    """The closing line of the human formats."""
    remaining = sum(len(r.diagnostics) for r in reports)
    fixable = sum(1 for r in reports for d in r.diagnostics if d.fix and d.fix.is_safe)
    unsafe = sum(1 for r in reports for d in r.diagnostics if d.fix and not d.fix.is_safe)
    parts = []
    if fixed:
        parts.append(f"Fixed {fixed} problem{'s' if fixed != 1 else ''}.")
    if remaining:
        line = f"Found {remaining} problem{'s' if remaining != 1 else ''}"
        if fixable:
            line += f" ({fixable} fixable with --fix"
            line += f", {unsafe} more with --unsafe-fixes)" if unsafe else ")"
        elif unsafe:
            line += f" ({unsafe} fixable with --unsafe-fixes)"
        parts.append(line + ".")
    elif not fixed:
        parts.append("All checks passed!")
    out.write(" ".join(parts) + "\n")
