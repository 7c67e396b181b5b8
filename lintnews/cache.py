"""Where lintnews keeps what it derives from shipped data (word tables, compiled patterns), and
how a file there is written: whole or not at all, so that a reader never sees half of one.

The directory is ``$LINTNEWS_CACHE_DIR``, or ``$XDG_CACHE_HOME/lintnews`` (``~/.cache/lintnews``).
Everything in it can be deleted at any time; it is rebuilt on first use.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_directory() -> Path:
    configured = os.environ.get("LINTNEWS_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lintnews"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
