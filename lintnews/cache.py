"""Where lintnews keeps what it derives from shipped data (word tables, compiled patterns), and
how a file there is written: whole or not at all, so that a reader never sees half of one.

The directory is ``$LINTNEWS_CACHE_DIR``, or ``$XDG_CACHE_HOME/lintnews`` (``~/.cache/lintnews``).
Everything in it can be deleted at any time; it is rebuilt on first use.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def cache_directory() -> Path:
    configured = os.environ.get("LINTNEWS_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lintnews"


def temporary_name(path: Path) -> Path:
    """The temporary file beside ``path`` that an atomic write of it goes through."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in the same folder, renamed to ``path`` when the block succeeds and
    deleted when it fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(path)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
