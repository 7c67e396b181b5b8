"""The values a rule produces: diagnostics, fixes and the edits a fix is made of.

Offsets are character (code point) offsets into the document's analysed text, which is the file's
text with its BOM removed and CRLF line breaks read as LF. The engine maps them back to the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Applicability(str, Enum):
    """How sure a fix is: ``safe`` fixes are applied by ``--fix``, ``unsafe`` ones need
    ``--unsafe-fixes`` because they can change meaning or guess wrong."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``text[start:end]`` with ``content``. An insertion has ``start == end``."""

    start: int
    end: int
    content: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid edit span {self.start}..{self.end}")


@dataclass(frozen=True)
class Fix:
    """One or more edits that repair a diagnostic, applied together or not at all."""

    message: str
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE

    @classmethod
    def replace(cls, start: int, end: int, content: str, message: str, *, safe: bool = True) -> Fix:
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        return cls(message, (Edit(start, end, content),), applicability)

    @classmethod
    def delete(cls, start: int, end: int, message: str, *, safe: bool = True) -> Fix:
        return cls.replace(start, end, "", message, safe=safe)

    @property
    def is_safe(self) -> bool:
        return self.applicability is Applicability.SAFE

    @property
    def start(self) -> int:
        return min(edit.start for edit in self.edits)

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)


@dataclass(frozen=True)
class Diagnostic:
    """One defect found in a document: which rule, where, why, and how to repair it if known."""

    code: str
    name: str
    message: str
    start: int
    end: int
    fix: Fix | None = None
    # Native rules are lintnews's own; reports from grammar backends are not native and give way
    # to a native report on an overlapping span.
    native: bool = field(default=True, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid diagnostic span {self.start}..{self.end}")

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)

    def overlaps(self, other: Diagnostic) -> bool:
        if self.start == self.end or other.start == other.end:
            return self.start == other.start
        return self.start < other.end and other.start < self.end
