"""lintnews: a linter for scraped and machine-translated news text.

Library use::

    import lintnews

    for d in lintnews.lint_text("Talks resumed. fomin said the NATOa plan failed."):
        print(d.code, d.start, d.end, d.message)
    fixed = lintnews.fix_text(text)            # safe fixes only
    fixed = lintnews.fix_text(text, unsafe=True)

Imports stay lazy so that ``lintnews --help`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lintnews.config import Config
    from lintnews.diagnostics import Diagnostic

__all__ = ["Config", "Diagnostic", "Linter", "__version__", "fix_text", "lint_text"]


def lint_text(text: str, config: Config | None = None, path: str = "<string>") -> list[Diagnostic]:
    """Diagnostics for ``text`` under ``config`` (default: the default rule set)."""
    from lintnews.engine import Linter

    return Linter(config).lint_text(text, path)


def fix_text(text: str, config: Config | None = None, *, unsafe: bool = False) -> str:
    """``text`` with safe fixes applied (and unsafe ones too with ``unsafe=True``)."""
    from lintnews.engine import Linter

    return Linter(config).fix_text(text, unsafe=unsafe)


def __getattr__(name: str) -> Any:
    if name == "Config":
        from lintnews.config import Config

        return Config
    if name == "Diagnostic":
        from lintnews.diagnostics import Diagnostic

        return Diagnostic
    if name == "Linter":
        from lintnews.engine import Linter

        return Linter
    raise AttributeError(name)
