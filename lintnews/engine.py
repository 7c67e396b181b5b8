"""Running rules over a document, and applying their fixes.

The engine owns what no rule should repeat: choosing rules, collecting their reports, honouring
suppression comments, removing duplicate reports, and applying fixes without corrupting text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import regex

from lintnews.config import Config
from lintnews.diagnostics import Applicability, Diagnostic, Edit, Fix
from lintnews.document import Document, RunContext
from lintnews.registry import all_rules, select_rules
from lintnews.rule import Rule
from lintnews.source import Source

# A fix can enable another (removing a doubled word can expose a lowercase opening); passes
# repeat until nothing changes, as ruff does, with a bound against rules that disagree.
MAX_FIX_PASSES = 10
# A safe fix that a later pass contradicts is withdrawn and the passes run again without it;
# a bound, against rules that keep contradicting each other.
MAX_WITHDRAWN = 10
# Rule families that repair characters (encoding and markup damage: invisible characters,
# entities, mojibake, no-break spaces); their fixes are chosen first in a pass.
_CHARACTER_FAMILIES = ("E",)

# `lintnews: ignore` or `lintnews: ignore[M001, R]` silences the line it is on;
# `lintnews: ignore-next-line[...]` on a line of its own silences the next line. The kind is a
# whole word and a list of codes is closed: "lintnews: ignored" or an unclosed "ignore[M002" is
# not a marker, and silences nothing.
_SUPPRESSION_RE = regex.compile(
    r"(?:<!--\s*)?lintnews:\s*(?P<kind>ignore-next-line|ignore)"
    r"(?:\[(?P<codes>[A-Za-z0-9:_,\s-]*)\]|(?=\s|-->|$))(?:\s*-->)?"
)


class RuleError(RuntimeError):
    """A rule crashed: a bug in lintnews, reported with the rule and the file."""


# Reports from outside the rule set for one document: the grammar backends.
ExtraChecks = Callable[[Document], list[Diagnostic]]


@dataclass
class LintResult:
    """What linting one input produced: the diagnostics left in the final text, and the fixes
    applied to get there (none unless fixing)."""

    original: Source
    doc: Document  # the final text: the original, or the fixed text when fixing
    diagnostics: list[Diagnostic]
    applied: list[Diagnostic] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.original.path

    @property
    def fixed(self) -> str:
        return self.doc.source.raw

    @property
    def changed(self) -> bool:
        return self.doc.source.raw != self.original.raw


class Linter:
    """A configured set of rules, reusable across many documents."""

    def __init__(self, config: Config | None = None, rules: Sequence[type[Rule]] | None = None):
        self.config = config or Config()
        if rules is None:
            rules = select_rules(self.config.select, self.config.ignore, self.config.extend_select)
        self.rule_classes = list(rules)
        self.rules = [rule() for rule in self.rule_classes]
        self._rules_by_ignores: dict[tuple[str, ...], list[Rule]] = {}
        self._order = {rule.code: index for index, rule in enumerate(all_rules())}

    def rules_for(self, path: str) -> list[Rule]:
        """The rules for one file: per-file ignores narrow the selection (worked out once per
        distinct set of ignores, not once per file)."""
        if not self.config.per_file_ignores:
            return self.rules
        ignored = self.config.ignored_for(path)
        if len(ignored) == len(self.config.ignore):
            return self.rules
        rules = self._rules_by_ignores.get(ignored)
        if rules is None:
            chosen = {
                r.code for r in select_rules(self.config.select, ignored, self.config.extend_select)
            }
            rules = self._rules_by_ignores[ignored] = [r for r in self.rules if r.code in chosen]
        return rules

    def check(self, doc: Document) -> list[Diagnostic]:
        """All diagnostics for ``doc``, sorted, de-duplicated and without suppressed ones."""
        return self._finish(doc, self._native(doc))

    def extend(self, doc: Document, extra: Iterable[Diagnostic]) -> list[Diagnostic]:
        """:meth:`check` with diagnostics from outside the rule set (grammar backends) merged in:
        suppression and de-duplication apply to them too, and native reports win overlaps."""
        return self._finish(doc, [*self._native(doc), *extra])

    def _native(self, doc: Document) -> list[Diagnostic]:
        found: list[Diagnostic] = []
        for rule in self.rules_for(doc.path):
            try:
                found.extend(rule.check(doc))
            except Exception as error:
                raise RuleError(
                    f"{doc.path}: rule {rule.code} failed ({type(error).__name__}: {error}); "
                    "this is a bug in lintnews, please report it"
                ) from error
        return found

    def _finish(self, doc: Document, found: list[Diagnostic]) -> list[Diagnostic]:
        if "lintnews:" in doc.text:
            suppressed = _suppressions(doc)
            # The markers themselves (an HTML comment in Markdown) are not defects of the text.
            markers = [m.span() for m in _SUPPRESSION_RE.finditer(doc.text)]
            found = [
                d
                for d in found
                if not _is_suppressed(d, doc, suppressed)
                and not any(start <= d.start and d.end <= end for start, end in markers)
            ]
        return deduplicate(found, self._order)

    def lint_source(
        self,
        source: Source,
        *,
        fix: bool = False,
        unsafe: bool = False,
        extra: ExtraChecks | None = None,
        context: RunContext | None = None,
    ) -> LintResult:
        """Lint one input; with ``fix``, apply fixes until none applies and lint the result.

        ``extra`` adds reports from outside the rule set (grammar backends). Their fixes are
        applied only with ``unsafe``; without it they cannot change the text, so they are asked
        for once, on the final text, however many fix passes run. ``context`` tells the rules
        what the other files of the run look like (lines repeated across them)."""
        withdrawn: list[_Withdrawn] = []
        while True:
            run = self._fix_passes(source, fix, unsafe, extra, context, withdrawn)
            if run.contradicted is None or len(withdrawn) == MAX_WITHDRAWN:
                break
            withdrawn.append(run.contradicted)
        doc = run.doc
        diagnostics = self._finish(doc, [*run.native, *(run.foreign or [])])
        if run.left:  # a withdrawn fix is reported as unsafe: a person decides
            diagnostics = [_downgraded(d) if _any_match(run.left, d) else d for d in diagnostics]
        return LintResult(source, doc, diagnostics, run.applied)

    def _fix_passes(
        self,
        source: Source,
        fix: bool,
        unsafe: bool,
        extra: ExtraChecks | None,
        context: RunContext | None,
        withdrawn: list[_Withdrawn],
    ) -> _FixRun:
        """The fix passes, skipping the ``withdrawn`` fixes; they stop early when a pass would
        edit again what a safe fix of an earlier pass wrote (see :func:`_contradicts`)."""
        doc = Document(source, self.config, context)
        native = self._native(doc)
        foreign: list[Diagnostic] | None = None
        applied: list[Diagnostic] = []
        written: list[_Written] = []  # where safe fixes of earlier passes wrote, in this text
        left: list[_Withdrawn] = []  # withdrawn fixes met so far, in this text
        for index in range(MAX_FIX_PASSES if fix else 0):
            if extra is not None and unsafe:
                foreign = extra(doc)
            found = self._finish(doc, [*native, *(foreign or [])])
            left.extend(w for w in withdrawn if w.pass_index == index)
            if left:
                found = [d for d in found if not _any_match(left, d)]
            chosen = choose_fixes(found, unsafe=unsafe, text=doc.text)
            if not chosen:
                break
            if not unsafe:
                for diagnostic in chosen:
                    for earlier in written:
                        if _contradicts(earlier, diagnostic, doc.text) or self._undecided(
                            earlier, diagnostic, doc, context
                        ):
                            return _FixRun(doc, native, foreign, applied, left, earlier.fix)
            applied.extend(chosen)
            edits = sorted(edit for d in chosen if d.fix for edit in d.fix.edits)
            written = [w.moved(edits) for w in written]
            written.extend(_written_by(chosen, index, doc.text))
            left = [w.moved(edits) for w in left]
            fixed = Source(source.path, doc.source.apply(edits), has_bom=source.has_bom)
            doc = Document(fixed, self.config, context)
            native = self._native(doc)
            foreign = None
        if extra is not None and foreign is None:
            foreign = extra(doc)
        return _FixRun(doc, native, foreign, applied, left)

    def _undecided(
        self, earlier: _Written, later: Diagnostic, doc: Document, context: RunContext | None
    ) -> bool:
        """Whether a later fix, right beside what an earlier pass's safe white-space fix wrote,
        takes away what that fix was decided on. A white-space fix is decided on the characters
        on either side of it (E007 keeps a no-break space before a dash): when another rule's fix
        rewrites one of them ("mind<NBSP>â€“" repaired to "mind<NBSP>–"), the earlier rule is
        asked again on the text with its own white space back and the later fix made. If it no
        longer makes that fix, the fix was right only on the damaged text."""
        if not earlier.spaces or later.fix is None or later.code == earlier.fix.code:
            return False
        if not any(e.start <= earlier.end and earlier.start <= e.end for e in later.fix.edits):
            return False
        restore = Edit(earlier.start, earlier.end, earlier.removed)
        edits = sorted([*later.fix.edits, restore], key=lambda e: (e.start, e.end))
        text = doc.text
        for edit in reversed(edits):
            text = text[: edit.start] + edit.content + text[edit.end :]
        start = _moved(earlier.start, [e for e in edits if e is not restore], right=False)
        wanted = Edit(start, start + len(earlier.removed), doc.text[earlier.start : earlier.end])
        again = Document(Source.from_text(text, doc.path), self.config, context)
        for rule in self.rules_for(doc.path):
            if rule.code == earlier.fix.code:
                for diagnostic in rule.check(again):
                    if diagnostic.fix is not None and wanted in diagnostic.fix.edits:
                        return False
        return True

    def lint_text(
        self, text: str, path: str = "<string>", context: RunContext | None = None
    ) -> list[Diagnostic]:
        return self.check(Document(Source.from_text(text, path), self.config, context))

    def fix_text(
        self,
        text: str,
        path: str = "<string>",
        *,
        unsafe: bool = False,
        context: RunContext | None = None,
    ) -> str:
        source = Source.from_text(text, path)
        return self.lint_source(source, fix=True, unsafe=unsafe, context=context).fixed


@dataclass(frozen=True)
class _Withdrawn:
    """A fix taken back: the pass that chose it, and its report's code, span and edits in the
    text of that pass (moved along as later passes change the text before it)."""

    pass_index: int
    code: str
    start: int
    end: int
    edits: tuple[Edit, ...]

    @classmethod
    def of(cls, diagnostic: Diagnostic, pass_index: int) -> _Withdrawn:
        edits = diagnostic.fix.edits if diagnostic.fix else ()
        return cls(pass_index, diagnostic.code, diagnostic.start, diagnostic.end, edits)

    def matches(self, diagnostic: Diagnostic) -> bool:
        edits = diagnostic.fix.edits if diagnostic.fix else ()
        return (diagnostic.code, diagnostic.start, diagnostic.end, edits) == (
            self.code,
            self.start,
            self.end,
            self.edits,
        )

    def moved(self, edits: list[Edit]) -> _Withdrawn:
        return _Withdrawn(
            self.pass_index,
            self.code,
            _moved(self.start, edits, right=False),
            _moved(self.end, edits, right=True),
            tuple(
                Edit(
                    _moved(e.start, edits, right=False), _moved(e.end, edits, right=True), e.content
                )
                for e in self.edits
            ),
        )


@dataclass(frozen=True)
class _Written:
    """Text a safe fix wrote (``start == end``: the place where it deleted), in the current text."""

    start: int
    end: int
    fix: _Withdrawn  # the fix, as it would be withdrawn
    removed: str = ""  # the text the fix replaced
    spaces: bool = False  # whether it replaced white space with white space

    def moved(self, edits: list[Edit]) -> _Written:
        start = _moved(self.start, edits, right=False)
        end = max(start, _moved(self.end, edits, right=True))
        return _Written(start, end, self.fix, self.removed, self.spaces)


@dataclass
class _FixRun:
    doc: Document
    native: list[Diagnostic]
    foreign: list[Diagnostic] | None
    applied: list[Diagnostic]
    left: list[_Withdrawn]  # withdrawn fixes, in the final text
    contradicted: _Withdrawn | None = None


def _written_by(chosen: list[Diagnostic], pass_index: int, text: str) -> list[_Written]:
    """Where the safe fixes of this pass write, in the text after the pass. Edits of whole lines
    (a line deleted) are left out: what a later pass does next to them is not about them."""
    written: list[_Written] = []
    shift = 0
    owner = {edit: d for d in chosen if d.fix for edit in d.fix.edits}
    for edit in sorted(owner):
        start = edit.start + shift
        diagnostic = owner[edit]
        within_line = "\n" not in edit.content and "\n" not in text[edit.start : edit.end]
        if diagnostic.fix is not None and diagnostic.fix.is_safe and within_line:
            fix = _Withdrawn.of(diagnostic, pass_index)
            removed = text[edit.start : edit.end]
            spaces = not removed.strip() and not edit.content.strip()
            written.append(_Written(start, start + len(edit.content), fix, removed, spaces))
        shift += len(edit.content) - (edit.end - edit.start)
    return written


def _contradicts(earlier: _Written, later: Diagnostic, text: str) -> bool:
    """Whether a fix edits again what an earlier pass's safe fix wrote: replaces characters it
    wrote, puts something where it deleted, or joins the words on either side of a deletion.
    The rules then disagree about that very place (E007 writes a space for a no-break space,
    P002 deletes the space; T002 deletes the second "an" of "an an nual", M003 joins the first
    to "nual"): neither is safe there. A fix next to the earlier one (C001's capital after
    P001's space, or on the word after a deleted doubled word) builds on it instead."""
    if later.fix is None:
        return False
    for edit in later.fix.edits:
        removed = text[edit.start : edit.end]
        if "\n" in edit.content or "\n" in removed:
            continue
        if earlier.start < earlier.end:
            if edit.start < earlier.end and earlier.start < edit.end:
                return True
            if edit.start == edit.end and earlier.start < edit.start < earlier.end:
                return True
        elif edit.start < earlier.start < edit.end or edit.start == edit.end == earlier.start:
            return True
        elif edit.start <= earlier.start <= edit.end and removed.isspace() and not edit.content:
            return True  # the space beside the deletion goes: its two sides become one word
    return False


def _moved(position: int, edits: list[Edit], *, right: bool) -> int:
    """Where ``position`` is after the (sorted, separate) ``edits``: an insertion at it goes
    before it unless ``right``; a position inside a replaced span goes to that span's edge."""
    shift = 0
    for edit in edits:
        if edit.end < position or (edit.end == position and (edit.start < position or right)):
            shift += len(edit.content) - (edit.end - edit.start)
        elif edit.start < position:
            return edit.start + shift + (len(edit.content) if right else 0)
        else:
            break
    return position + shift


def _any_match(withdrawn: list[_Withdrawn], diagnostic: Diagnostic) -> bool:
    return any(w.matches(diagnostic) for w in withdrawn)


def _downgraded(diagnostic: Diagnostic) -> Diagnostic:
    """The report of a withdrawn fix: the same fix, unsafe, saying why."""
    fix = diagnostic.fix
    assert fix is not None
    message = f"{fix.message} (not safe here: another rule's fix edits what it writes)"
    unsafe = Fix(message, fix.edits, Applicability.UNSAFE)
    return Diagnostic(
        diagnostic.code,
        diagnostic.name,
        diagnostic.message,
        diagnostic.start,
        diagnostic.end,
        unsafe,
        native=diagnostic.native,
    )


def deduplicate(diagnostics: list[Diagnostic], order: dict[str, int]) -> list[Diagnostic]:
    """Sort reports and drop repeats: one report per span per code; on an identical span the rule
    of the earlier family wins; a backend report overlapping a native one gives way."""
    if len(diagnostics) < 2:
        return list(diagnostics)  # most documents: nothing to sort or to drop
    native = sorted((d for d in diagnostics if d.native), key=lambda d: d.sort_key)
    kept: list[Diagnostic] = []
    by_span: dict[tuple[int, int], Diagnostic] = {}
    for diagnostic in native:
        span = (diagnostic.start, diagnostic.end)
        rival = by_span.get(span)
        if rival is None:
            by_span[span] = diagnostic
            kept.append(diagnostic)
        elif order.get(diagnostic.code, 999) < order.get(rival.code, 999):
            kept[kept.index(rival)] = diagnostic
            by_span[span] = diagnostic
    foreign: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for diagnostic in sorted((d for d in diagnostics if not d.native), key=lambda d: d.sort_key):
        key = (diagnostic.start, diagnostic.end, diagnostic.code)
        if key in seen or any(diagnostic.overlaps(n) for n in kept):
            continue
        seen.add(key)
        foreign.append(diagnostic)
    return sorted([*kept, *foreign], key=lambda d: d.sort_key)


def choose_fixes(
    diagnostics: list[Diagnostic], *, unsafe: bool, text: str | None = None
) -> list[Diagnostic]:
    """Fixes to apply in one pass: in document order, skipping any that touches a fix already
    chosen (the skipped one is reconsidered on the next pass, against the changed text). Fixes
    of the character-repairing family (E) are taken first.

    Given the ``text`` they were found in, a fix is also skipped when it changes a word that a
    chosen fix of another rule changes or was decided on (its report's span), or when it was
    decided on a word such a fix changes: each was decided on the words as they stood, not on
    what the other makes of them (E004 deleting the zero-width space of ``Wimb\u200bledon`` and
    M001 reading ``ledon`` as ``led on``; M004 joining ``tenn- is`` while T002 reads the ``is``
    as doubled by the next word). The next pass decides it again on the fixed words."""
    chosen: list[Diagnostic] = []
    taken: list[Edit] = []
    # For each chosen fix: the words it changes, what it was decided on, and its rule.
    spans: list[tuple[list[tuple[int, int]], tuple[int, int], str]] = []
    # Repairs of the characters themselves come first, in document order, then the rest: a rule
    # that reads words is to judge the word the repair restores ("turna<U+200B>round" is not
    # "turn a" and "round" but "turnaround"), not the pieces the damage made.
    ordered = sorted(
        diagnostics, key=lambda d: (not d.code.startswith(_CHARACTER_FAMILIES), d.sort_key)
    )
    for diagnostic in ordered:
        fix = diagnostic.fix
        if fix is None or not (fix.is_safe or unsafe):
            continue
        if any(_conflict(edit, other) for edit in fix.edits for other in taken):
            continue
        if text is not None:
            changed = [w for w in (_word_changed(text, edit) for edit in fix.edits) if w[0] < w[1]]
            read = (diagnostic.start, diagnostic.end)
            if any(
                code != diagnostic.code
                and (
                    any(_overlap(word, read_other) for word in changed)
                    or any(_overlap(read, word) for word in changed_other)
                    or any(_overlap(a, b) for a in changed for b in changed_other)
                )
                for changed_other, read_other, code in spans
            ):
                continue
            spans.append((changed, read, diagnostic.code))
        chosen.append(diagnostic)
        taken.extend(fix.edits)
    return sorted(chosen, key=lambda d: d.sort_key)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _word_changed(text: str, edit: Edit) -> tuple[int, int]:
    """The span of the word or words an edit changes: the edited text, widened to the whole
    word on a side where the edit is inside a word or glues something onto it. Empty for an edit
    that only replaces the space between words."""
    start, end, content = edit.start, edit.end, edit.content
    follower = (content + text[end : end + 1])[:1]  # what will stand right of the left side
    leader = (text[max(0, start - 1) : start] + content)[-1:]  # and left of the right side
    glues_left = (
        start > 0
        and not text[start - 1].isspace()
        and ((start < len(text) and not text[start].isspace()) or _is_word(follower))
    )
    glues_right = (
        end < len(text)
        and not text[end].isspace()
        and ((end > 0 and not text[end - 1].isspace()) or _is_word(leader))
    )
    if not (glues_left or glues_right or text[start:end].strip()):
        return start, start
    left, right = start, end
    if glues_left:
        while left > 0 and not text[left - 1].isspace():
            left -= 1
    if glues_right:
        while right < len(text) and not text[right].isspace():
            right += 1
    return left, right


def _is_word(char: str) -> bool:
    """A character that belongs to a word (anything but space, and not the end of the text)."""
    return bool(char) and not char.isspace()


def _conflict(a: Edit, b: Edit) -> bool:
    # Touching edits conflict too: two insertions at one point have no defined order.
    return a.start <= b.end and b.start <= a.end


def apply_fix_to_text(text: str, fix: Fix) -> str:
    for edit in sorted(fix.edits, reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text


def _suppressions(doc: Document) -> dict[int, frozenset[str] | None]:
    """Row -> codes silenced on it (None: all codes)."""
    rows: dict[int, frozenset[str] | None] = {}

    def silence(row: int, codes: frozenset[str] | None) -> None:
        previous = rows.get(row, frozenset())
        rows[row] = None if codes is None or previous is None else previous | codes

    for match in _SUPPRESSION_RE.finditer(doc.text):
        row, _ = doc.position(match.start())
        codes_text = match.group("codes")
        codes = None
        if codes_text is not None:
            codes = frozenset(c.strip().upper() for c in codes_text.split(",") if c.strip())
        if match.group("kind") == "ignore-next-line":
            silence(row, None)  # the marker's own line is not article text
            silence(row + 1, codes)
        else:
            silence(row, codes)
    return rows


def _is_suppressed(
    diagnostic: Diagnostic, doc: Document, suppressed: dict[int, frozenset[str] | None]
) -> bool:
    row, _ = doc.position(diagnostic.start)
    if row not in suppressed:
        return False
    codes = suppressed[row]
    return codes is None or any(diagnostic.code.upper().startswith(c) for c in codes)
