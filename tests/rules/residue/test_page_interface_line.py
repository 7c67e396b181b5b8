"""R010 page-interface-line beyond its docstring examples."""

from __future__ import annotations

from lintnews.rules.residue import page_interface_line
from tests.rules.conftest import the_lines_hold_a_needle


def test_lines_opening_with_the_are_read_when_the_pattern_can_match() -> None:
    """R010 reads a line that opens with "the" only when it holds one of _THE_NEEDS: the
    pattern must match no such line without one."""
    the_lines_hold_a_needle(page_interface_line, page_interface_line._LINE_RE)
