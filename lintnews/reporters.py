"""Turning diagnostics into output: full, concise, json and github formats, and statistics.

Positions are 1-based rows and columns counted in code points; an end location is exclusive.
The JSON format uses ruff's field names and is a contract: tests pin it.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document

FORMATS = ("full", "concise", "json", "github")
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
    items = [diagnostic_to_json(r.doc, d) for r in reports for d in r.diagnostics]
    json.dump(items, out, ensure_ascii=False, indent=2)
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
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[str] = Counter()
    for report in reports:
        for diagnostic in report.diagnostics:
            counts[(diagnostic.code, diagnostic.name)] += 1
            if diagnostic.fix is not None and diagnostic.fix.is_safe:
                fixable[diagnostic.code] += 1
    for (code, name), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mark = "[*]" if fixable[code] else "   "
        out.write(f"{count:>6}  {code:<8} {mark} {name}\n")


WRITERS = {
    "full": write_full,
    "concise": write_concise,
    "json": write_json,
    "github": write_github,
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
