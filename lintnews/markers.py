"""Suppression markers for every current finding (``lintnews check --add-noqa``), so that a
rule can be turned on for an archive of text and gate only what is written from then on.

The markers are the ones the engine honours and the language server writes: one per line, naming
the codes found on it (``lintnews: ignore[C001, R001]``), added to a marker already there, and
inside an HTML comment in Markdown so that it does not render.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from lintnews.diagnostics import Diagnostic, Edit

# The server's pure text edit (no protocol library behind it): one way of writing a marker.
from lintnews.server.edits import suppression_edit
from lintnews.source import Source

MARKDOWN_SUFFIXES = (".md", ".markdown")


def with_markers(source: Source, diagnostics: Sequence[Diagnostic]) -> tuple[str, int]:
    """The exact text of ``source`` with the markers that silence ``diagnostics``, and how
    many codes were added. A finding belongs to the line where it starts, as the engine has it."""
    text = source.text
    markdown = PurePath(source.path).suffix.lower() in MARKDOWN_SUFFIXES
    rows: dict[int, tuple[int, list[str]]] = {}
    for diagnostic in diagnostics:
        row = text.count("\n", 0, diagnostic.start)
        _, codes = rows.setdefault(row, (diagnostic.start, []))
        if diagnostic.code not in codes:
            codes.append(diagnostic.code)
    # One edit a line, all in the text as read: the edits of different lines never meet (a
    # marker line above a finding is silenced whole, so it has no finding of its own).
    edits: list[Edit] = [
        suppression_edit(text, offset, ", ".join(codes), markdown=markdown)
        for offset, codes in rows.values()
    ]
    return source.apply(edits), sum(len(codes) for _, codes in rows.values())
