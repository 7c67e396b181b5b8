"""Small helpers for command-line options, shared by every command (standard library only, so
importing them costs nothing at start-up)."""

from __future__ import annotations

import sys
from typing import NoReturn

EXIT_ERROR = 2


def comma_separated(values: list[str] | None) -> tuple[str, ...] | None:
    """Values of a repeatable option that also takes comma-separated lists
    (``--select M,C001 --select R``); None when the option was not given."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def fail(message: str) -> NoReturn:
    """Stop a command with one line on standard error and the exit code of a usage error."""
    sys.stderr.write(f"lintnews: error: {message}\n")
    raise SystemExit(EXIT_ERROR)


def missing_extra(what: str, extra: str) -> str:
    """Why a command cannot run without an optional extra, and how to install it."""
    return f"{what} needs the {extra} extra: pip install 'lintnews[{extra}]'"
