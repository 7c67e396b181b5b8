"""What a rule is: a code, a name, a docstring, examples, and a pure ``check(document)``.

A rule module in ``rules/`` defines one subclass of :class:`Rule`::

    class DoubledWord(Rule):
        '''What it does / Why is this bad? / Example / Use instead'''

        code = "T002"
        name = "doubled-word"
        examples = [
            bad("He said the the talks failed.", fixed="He said the talks failed."),
            good("She had had enough."),
        ]

        def check(self, doc: Document) -> Iterator[Diagnostic]:
            ...
            yield self.report(start, end, "Doubled word 'the'", fix=Fix.delete(...))

The test suite runs every rule's examples, so a rule cannot exist without them.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document


@dataclass(frozen=True)
class Example:
    """Text a rule must (``fires``) or must not report; for a bad example, ``fixed`` is the text
    after applying the rule's fixes (unsafe ones too), or None when the rule offers no fix."""

    text: str
    fires: bool
    fixed: str | None = None
    # Words the example needs in the user's known-words list.
    known_words: tuple[str, ...] = ()
    # Other files checked in the same run, for rules that compare files (R012).
    others: tuple[str, ...] = ()


def bad(
    text: str,
    fixed: str | None = None,
    known_words: tuple[str, ...] = (),
    others: tuple[str, ...] = (),
) -> Example:
    return Example(text, True, fixed, known_words, others)


def good(text: str, known_words: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> Example:
    return Example(text, False, None, known_words, others)


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    examples: ClassVar[list[Example]]
    # Rules that are noisy or experimental are off unless selected explicitly.
    default: ClassVar[bool] = True
    # A one-word selector that names a set of rules across codes ("residue-metadata": the page
    # metadata an editor keeps and a corpus cleaner strips), so either has a one-word setting.
    group: ClassVar[str] = ""
    # Whether the rule reads the lexicon; informs start-up cost and the docs.
    uses_lexicon: ClassVar[bool] = False

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        raise NotImplementedError

    def report(self, start: int, end: int, message: str, fix: Fix | None = None) -> Diagnostic:
        return Diagnostic(self.code, self.name, message, start, end, fix)

    @classmethod
    def family(cls) -> str:
        """The letter prefix of the rule's code (``M`` for ``M001``)."""
        return cls.code.rstrip("0123456789")

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        """The first line of the docstring."""
        return cls.doc().split("\n", 1)[0]
