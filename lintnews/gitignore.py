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
    """The ignore files that apply under one searched folder, read once per folder."""

    def __init__(self, root: Path) -> None:
        self._specs: dict[Path, Any | None] = {}
        self._root = root
        # Resolved once: the walk's paths are joined to it, not each resolved (a syscall a part).
        self._resolved = self._top = root.resolve()
        # Above the searched folder, the ignore files up to the checkout's root apply as well.
        for folder in (self._top, *self._top.parents):
            if (folder / ".git").exists():
                self._top = folder
                self._specs[folder] = _combined(folder)
                break

    def _spec(self, folder: Path) -> Any | None:
        if folder not in self._specs:
            self._specs[folder] = _read_spec(folder / ".gitignore")
        return self._specs[folder]

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        """Whether ``path`` (below the searched folder) is ignored."""
        try:
            path = self._resolved / path.relative_to(self._root)
        except ValueError:
            path = path.resolve()
        if self._top not in path.parents:  # outside the checkout: its ignore files say nothing
            return False
        for folder in path.parents:
            spec = self._spec(folder)
            if spec is not None:
                relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
                verdict = spec.check_file(relative).include
                if verdict is not None:
                    return bool(verdict)
            if folder == self._top:
                break
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
