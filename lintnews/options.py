"""Small helpers for command-line options, shared by every command (standard library only, so
importing them costs nothing at start-up)."""

from __future__ import annotations


def comma_separated(values: list[str] | None) -> tuple[str, ...] | None:
    """Values of a repeatable option that also takes comma-separated lists
    (``--select M,C001 --select R``); None when the option was not given."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())
