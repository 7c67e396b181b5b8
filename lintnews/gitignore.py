"""What the ``.gitignore`` files of a checkout leave out, so that searching a folder skips
``build/``, ``*.egg-info`` and other generated files, as git and ruff do.

Each folder's ``.gitignore`` speaks about the paths below it, relative to that folder; a deeper
file overrides a shallower one, and within one file the last matching pattern wins (so ``!keep.md``
re-includes). The files above the searched folder count up to the root of the checkout (the
folder that holds ``.git``), whose ``.git/info/exclude`` counts too. An ignored folder is not
entered, so nothing below it can be re-included, as in git. The patterns are matched by pathspec's
implementation of git's rules.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def _read_spec(file: Path) -> Any | None:
    try:
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # absent or unreadable: no patterns
        return None
    # Imported when there is a file to read: folder search outside a checkout never pays it.
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


class GitIgnore:
    """The ignore files that apply under one searched folder, read once per folder. Folders are
    keyed by their path from the checkout's root as a string: the walk asks about every file,
    and pathlib's parsing would cost more than the matching."""

    def __init__(self, root: Path) -> None:
        # The walk's paths begin with this (pathlib drops a leading "./": none for ".").
        self._root = "" if str(root) == "." else str(root).rstrip(os.sep) + os.sep
        top = resolved = root.resolve()
        # Above the searched folder, the ignore files up to the checkout's root apply as well.
        for folder in (resolved, *resolved.parents):
            if (folder / ".git").exists():
                top = folder
                break
        self._top = top
        self._specs: dict[str, Any | None] = {}
        if (top / ".git").exists():
            self._specs[""] = _combined(top)
        below = resolved.relative_to(top).as_posix()
        self._prefix = "" if below == "." else below + "/"

    def _spec(self, folder: str) -> Any | None:
        if folder not in self._specs:
            self._specs[folder] = _read_spec(self._top / folder / ".gitignore")
        return self._specs[folder]

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        """Whether ``path``, found by walking the searched folder, is ignored."""
        name = str(path)
        if not name.startswith(self._root):
            return False
        parts = (self._prefix + name[len(self._root) :].replace(os.sep, "/")).split("/")
        # The deepest ignore file that has a verdict decides; within it, the last pattern.
        for depth in range(len(parts) - 1, -1, -1):
            spec = self._spec("/".join(parts[:depth]))
            if spec is not None:
                relative = "/".join(parts[depth:]) + ("/" if is_dir else "")
                verdict = spec.check_file(relative).include
                if verdict is not None:
                    return bool(verdict)
        return False


def _combined(root: Path) -> Any | None:
    """The checkout root's patterns: ``.git/info/exclude`` first, so ``.gitignore`` wins."""
    lines: list[str] = []
    for file in (root / ".git" / "info" / "exclude", root / ".gitignore"):
        try:
            lines += file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
    if not lines:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)
