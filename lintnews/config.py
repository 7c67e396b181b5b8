"""Configuration: ``[tool.lintnews]`` in ``pyproject.toml`` or the top level of ``lintnews.toml``.

The closest configuration file above a checked file applies (``lintnews.toml`` before
``pyproject.toml`` in the same folder); flags on the command line win over the file.

Whether a setting's value can work is for the part of lintnews that uses it to say: it registers
a check with :func:`register_setting_check` when imported (the grammar backends check
``languagetool`` and ``grammar``), and :func:`parse_config` applies the checks registered by then.
This module imports none of them, so reading a configuration loads no backend. A program that
reads a configuration naming a backend imports the backends and calls :func:`check_settings`,
as ``lintnews check`` and ``lintnews corpus`` do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from fnmatch import fnmatch
from functools import cache, cached_property
from pathlib import Path, PurePath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = ("lintnews.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration that cannot be used. The message is one line for the user."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    include: tuple[str, ...] = ("*.txt", "*.md")
    exclude: tuple[str, ...] = ()
    # More exclusions on top of ``exclude`` (as ruff has it: a shared configuration sets
    # ``exclude``, a project or the command line adds to it without repeating it).
    extend_exclude: tuple[str, ...] = ()
    # Apply the exclusions to files named on the command line too (pre-commit names each file).
    force_exclude: bool = False
    # Leave out what the .gitignore files of the searched folders ignore.
    respect_gitignore: bool = True
    known_words: tuple[str, ...] = ()
    known_words_file: str | None = None
    languagetool: str | None = None
    grammar: str | None = None
    # Bytes one file or standard input may have (None: the default, 64 MiB).
    max_file_size: int | None = None
    # Where the configuration came from: relative paths in it are relative to this folder.
    root: str | None = field(default=None, compare=False)
    source_file: str | None = field(default=None, compare=False)

    @property
    def uses_backends(self) -> bool:
        """Whether a grammar backend is configured, so that the run needs ``lintnews.backends``."""
        return bool(self.languagetool or self.grammar)

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with the given (non-None) settings replaced, as command-line flags do."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @cached_property
    def known_words_key(self) -> frozenset[str]:
        """All known words: the list in the configuration plus the words file."""
        words = set(self.known_words)
        if self.known_words_file:
            path = Path(self.known_words_file)
            if not path.is_absolute() and self.root:
                path = Path(self.root) / path
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as error:
                raise ConfigError(f"known-words-file {path}: {error.strerror}") from None
            except UnicodeDecodeError:
                raise ConfigError(f"known-words-file {path}: not UTF-8 text") from None
            for line in text.splitlines():
                word = line.split("#", 1)[0].strip()
                if word:
                    words.add(word)
        return frozenset(words)

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """``ignore`` plus the per-file ignores whose pattern matches ``path``."""
        if not self.per_file_ignores:
            return self.ignore
        extra: list[str] = []
        relative = self._relative(path)
        for pattern, codes in self.per_file_ignores.items():
            if _matches(relative, pattern):
                extra.extend(codes)
        return (*self.ignore, *extra)

    def is_excluded(self, path: str) -> bool:
        relative = self._relative(path)
        patterns = (*self.exclude, *self.extend_exclude)
        return any(_matches(relative, pattern) for pattern in patterns)

    def is_included(self, path: str) -> bool:
        name = PurePath(path).name
        return any(fnmatch(name, pattern) for pattern in self.include)

    def _relative(self, path: str) -> str:
        if self.root:
            try:
                return Path(path).resolve().relative_to(Path(self.root).resolve()).as_posix()
            except ValueError:
                pass
        return PurePath(path).as_posix()


def _matches(relative: str, pattern: str) -> bool:
    """Glob match against the path, any of its parent folders, or its file name."""
    path = PurePath(relative)
    candidates = [relative, path.name, *(p.as_posix() for p in path.parents if str(p) != ".")]
    return any(fnmatch(candidate, pattern) for candidate in candidates)


_KEYS = {
    f.name.replace("_", "-"): f.name
    for f in fields(Config)
    if f.name not in ("root", "source_file")
}
_STRING_SETTINGS = ("known_words_file", "languagetool", "grammar")
_BOOLEAN_SETTINGS = ("force_exclude", "respect_gitignore")

# Why a setting's value cannot work, in one line, or None: ``check(name, value)``.
SettingCheck = Callable[[str, str], str | None]
_SETTING_CHECKS: dict[str, SettingCheck] = {}


def register_setting_check(name: str, check: SettingCheck) -> None:
    """Have ``check`` vouch for the values of the string setting ``name`` (a :class:`Config`
    field) wherever a configuration is read from now on."""
    if name not in _STRING_SETTINGS:
        raise ValueError(f"{name!r} is not a string setting of Config")
    _SETTING_CHECKS[name] = check


def _refusal(name: str, value: str) -> str | None:
    check = _SETTING_CHECKS.get(name)
    return None if check is None else check(name, value)


def check_settings(config: Config) -> None:
    """Apply the registered checks to the settings ``config`` sets: for a configuration read
    before the part that checks a setting was imported. The error names the file, as
    :func:`parse_config` does."""
    for name in _STRING_SETTINGS:
        value = getattr(config, name)
        problem = None if value is None else _refusal(name, value)
        if problem is not None:
            raise ConfigError(f"{config.source_file or 'configuration'}: {problem}")


_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?\s*", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12}
_SIZE_UNITS.update({"kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40})


def parse_size(text: str) -> int:
    """Bytes in ``4096``, ``200MB`` (powers of 1000) or ``64MiB`` (powers of 1024); ValueError
    for anything else or for nothing."""
    match = _SIZE_RE.fullmatch(text)
    if match is None:
        raise ValueError(f"not a size: {text!r}")
    unit = (match.group(2) or "B").lower()
    size = int(float(match.group(1)) * _SIZE_UNITS[unit])
    if size < 1:
        raise ValueError(f"not a size: {text!r}")
    return size


def _size(key: str, value: Any, origin: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        try:
            return parse_size(value)
        except ValueError:
            pass
    raise ConfigError(f"{origin}: '{key}' must be a size in bytes, such as 200000000 or \"200MB\"")


def _string_list(key: str, value: Any, origin: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ConfigError(f"{origin}: '{key}' must be a list of strings")


def parse_config(table: dict[str, Any], origin: str, root: str | None) -> Config:
    """Build a :class:`Config` from a TOML table, rejecting unknown keys and wrong types."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise ConfigError(f"{origin}: unknown key '{key}' (known keys: {known})")
        name = _KEYS[key]
        if name == "per_file_ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{origin}: 'per-file-ignores' must be a table of glob = [codes]")
            values[name] = {
                str(pattern): _string_list(f"per-file-ignores.{pattern}", codes, origin)
                for pattern, codes in value.items()
            }
        elif name in _STRING_SETTINGS:
            if not isinstance(value, str):
                raise ConfigError(f"{origin}: '{key}' must be a string")
            problem = _refusal(name, value)
            if problem is not None:
                raise ConfigError(f"{origin}: {problem}")
            values[name] = value
        elif name == "max_file_size":
            values[name] = _size(key, value, origin)
        elif name in _BOOLEAN_SETTINGS:
            if not isinstance(value, bool):
                raise ConfigError(f"{origin}: '{key}' must be true or false")
            values[name] = value
        else:
            values[name] = _string_list(key, value, origin)
    return Config(**values, root=root, source_file=origin)


def parse_overrides(pairs: Sequence[str]) -> dict[str, Any]:
    """The settings given as ``KEY = VALUE`` on the command line (``--config 'ignore = ["R"]'``),
    as :class:`Config` field names and values, checked as the same keys in a file are."""
    table: dict[str, Any] = {}
    for pair in pairs:
        try:
            table.update(tomllib.loads(pair))
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(
                f"--config {pair!r}: neither a configuration file nor KEY = VALUE in TOML ({error})"
            ) from None
    parsed = parse_config(table, "--config", None)
    return {_KEYS[key]: getattr(parsed, _KEYS[key]) for key in table}


def is_override(value: str) -> bool:
    """Whether a ``--config`` value is a ``KEY = VALUE`` setting rather than a file's path."""
    return "=" in value and not Path(value).is_file()


def settings_table(config: Config) -> list[tuple[str, Any]]:
    """Every setting of ``config`` under its configuration key, in the order of the fields."""
    return [(key, getattr(config, name)) for key, name in _KEYS.items()]


def load_config_file(path: Path) -> Config:
    """Read one configuration file named explicitly (``--config``) or found by discovery."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("lintnews", {})
    return parse_config(data, str(path), str(path.resolve().parent))


@cache
def _config_in(directory: Path) -> Config | None:
    for name in CONFIG_FILES:
        candidate = directory / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml":
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise ConfigError(f"{candidate}: cannot read configuration ({error})") from None
            if "lintnews" not in data.get("tool", {}):
                continue
        return load_config_file(candidate)
    parent = directory.parent
    return None if parent == directory else _config_in(parent)


def discover_config(path: Path) -> Config:
    """The configuration that applies to ``path``: the closest one above it, or the defaults."""
    start = path.resolve()
    directory = start if start.is_dir() else start.parent
    return _config_in(directory) or Config()
