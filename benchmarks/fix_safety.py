"""Fix safety: plant defects of every kind lintnews fixes into clean text and read what ``--fix``
makes of it, with safe fixes and with unsafe ones too.

    python benchmarks/fix_safety.py             # full size: 1,000 defects of every kind or more
    python benchmarks/fix_safety.py --unjudged  # also print each edit no verdict covers

Carriers are clean text: the bbc-news articles and the WMT22 human references (one document per
translator, paragraphs joined by blank lines), read from ``../shared/corpora``. Into each carrier
a few defects of different kinds are planted at sites drawn at random (fixed seed), each site a
word or more away from the others; a round plants into every carrier, and rounds go on until
every kind has its number. For each planted text, ``fix`` (safe, then unsafe) is compared with
the clean text, token by token:

- at a planted defect, the fix **restored** the clean text, **missed** it (left it as planted)
  or made a **wrong** edit (something else);
- an edit away from every planted defect is **collateral**: the same edit lintnews makes on the
  clean carrier (a real defect of the corpus, or a false alarm), or one the planting caused.
  Each must be judged: ``benchmarks/verdicts/fix-safety.jsonl`` holds one verdict per edit,
  ``defect`` (the edit repairs a real defect of the carrier) or ``false`` (it damages correct
  text), with why. WMT22 is research-only: its verdicts name the edit by a hash, never its text.
- a second ``fix`` of the fixed text must change nothing (idempotence).

A wrong safe edit is a wrong edit at a planted defect or a collateral edit judged ``false``, made
by safe fixes alone. The figures go to ``benchmarks/results/fix-safety.md``;
``tests/test_fix_property.py`` runs the same check on a small seeded sample.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, RESULTS, ROOT
from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.engine import Linter
from lintnews.lexicon import Lexicon, get_lexicon

WMT22 = ROOT.parent / "shared" / "corpora" / "wmt22"
VERDICTS = Path(__file__).resolve().parent / "verdicts" / "fix-safety.jsonl"
RESULT = RESULTS / "fix-safety.md"
SEED = 20261202
TARGET = 1000  # planted defects of every kind, at least
KINDS_PER_CARRIER = 6
MAX_ROUNDS = 12

Site = tuple[int, int, str]  # replace clean[start:end] with the string
Sites = Callable[[str, random.Random, Lexicon], list[Site]]


@dataclass(frozen=True)
class Carrier:
    name: str
    text: str
    # bbc-news (MIT) may be quoted in the verdicts; WMT22 (research only) may not.
    quotable: bool


def carriers() -> list[Carrier]:
    """Every clean carrier: bbc-news articles, then WMT22 references (none when absent)."""
    found = [
        Carrier(f"bbc-news/{path.relative_to(BBC)}", path.read_text(encoding="utf-8"), True)
        for path in sorted(BBC.rglob("*.txt"))
    ]
    for path in sorted(WMT22.glob("*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                for translator, paragraphs in sorted(record["references"].items()):
                    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
                    if text:
                        name = f"wmt22/{path.stem}/{record['id']}/{translator}"
                        found.append(Carrier(name, text, False))
    return found


# Where each kind of defect can be planted ----------------------------------------------------

_PAIR_RE = re.compile(r"(?<![\w'’.@#/&-])([^\W\d_]{2,}) ([^\W\d_]{2,})(?![\w'’@/&-])")
_LONG_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])")
_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_]{5,}(?![\w'’-])")
_OPENING_RE = re.compile(r"(?:(?<=[.!?] )|(?<=\n)|^)([A-Z][a-z]+)\b")
_TITLE_RE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")
_SINGLE_RE = re.compile(r"(?<= )([a-z]{2,})(?= )")
_BETWEEN_WORDS_RE = re.compile(r"(?<=[a-z]) (?=[a-z])")
_SENTENCE_GAP_RE = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z][a-z]+ )")
_SUBJECT_RE = re.compile(r"\b(Mr|Mrs|Ms|Dr) [A-Z][a-z]+(?= (?:said|told|added|says|warned)\b)")
_PARAGRAPH_START_RE = re.compile(r"(?<=\n\n)(?=\S)")
_ENTITIES = {"&": "&amp;", '"': "&quot;", "'": "&#39;", "’": "&rsquo;", "£": "&pound;"}
_ENTITIES["—"] = "&mdash;"
# Characters whose UTF-8 bytes read as cp1252 give mojibake that names its origin.
_MOJIBAKE = "’“—–…£€é"
_NOT_DOUBLED = frozenset(["had", "that", "is"])
# Lines of page furniture, written for this benchmark.
_RESIDUE = (
    "Advertisement",
    "Share this article",
    "Follow us on Twitter",
    "Loading...",
    "Back to top",
    "Sign up for our newsletter",
    "Read more: Talks resume in Geneva after a week of delays",
)
_CONTROLS = "\x07\x1b\x7f"


def _glued_pairs(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    sites = []
    for match in _PAIR_RE.finditer(text):
        glued = match.group(1) + match.group(2)
        if lexicon.zipf(glued) < 3.0 and not glued.isupper():
            sites.append((match.start(), match.end(), glued))
    return sites


def _broken_words(joint: str) -> Sites:
    def sites(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
        found = []
        for match in _LONG_WORD_RE.finditer(text):
            word = match.group()
            if lexicon.zipf(word) >= 3.0:
                cut = rng.randrange(2, len(word) - 1)
                found.append((match.start(), match.end(), word[:cut] + joint + word[cut:]))
        return found

    return sites


def _zero_width_spaces(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    found = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        cut = rng.randrange(1, len(word))
        found.append((match.start(), match.end(), word[:cut] + "\u200b" + word[cut:]))
    return found


def _lowercase_openings(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    found = []
    for match in _OPENING_RE.finditer(text):
        word = match.group(1)
        if lexicon.proper_form(word) or lexicon.zipf(word) < 4.0:
            continue  # a name stays capitalised
        if any(m.group(1) == word for m in _TITLE_RE.finditer(text)):
            continue  # capitalised inside a sentence elsewhere: a name
        found.append((match.start(1), match.start(1) + 1, word[0].lower()))
    return found


def _lowercase_names(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [
        (m.start(1), m.start(1) + 1, m.group(1)[0].lower())
        for m in _TITLE_RE.finditer(text)
        if lexicon.proper_form(m.group(1)) == m.group(1)
    ]


def _doubled_words(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [
        (m.end(), m.end(), " " + m.group(1))
        for m in _SINGLE_RE.finditer(text)
        if m.group(1) not in _NOT_DOUBLED
    ]


def _spaces_between_words(replacement: str) -> Sites:
    def sites(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
        return [(m.start(), m.end(), replacement) for m in _BETWEEN_WORDS_RE.finditer(text)]

    return sites


def _entities(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [(i, i + 1, _ENTITIES[char]) for i, char in enumerate(text) if char in _ENTITIES]


def _mojibake(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [
        (i, i + 1, char.encode("utf-8").decode("cp1252"))
        for i, char in enumerate(text)
        if char in _MOJIBAKE
    ]


def _doubled_commas(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [(m.start(), m.end(), ",,") for m in re.finditer(r"(?<=[a-z]),(?= [a-z])", text)]


def _spaces_before_marks(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [
        (m.start(), m.start(), " ")
        for m in re.finditer(r"(?<=[a-z])(?:[,;:?!](?= )|\.(?= [A-Z]))", text)
    ]


def _glued_sentences(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [(m.start() + 1, m.end(), "") for m in _SENTENCE_GAP_RE.finditer(text)]


def _controls(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    return [
        (m.start(), m.start(), rng.choice(_CONTROLS))
        for m in re.finditer(r"(?<=[a-z])(?= [a-z])", text)
    ]


def _residue_lines(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    """A line of page furniture between paragraphs, or before or after a one-paragraph text."""
    if "\n\n" not in text:
        line = rng.choice(_RESIDUE)
        return [(0, 0, line + "\n\n"), (len(text), len(text), "\n\n" + line)]
    return [
        (m.start(), m.start(), rng.choice(_RESIDUE) + "\n\n")
        for m in _PARAGRAPH_START_RE.finditer(text)
    ]


def _repeated_subjects(text: str, rng: random.Random, lexicon: Lexicon) -> list[Site]:
    pronoun = {"Mr": " he", "Dr": " he", "Mrs": " she", "Ms": " she"}
    return [(m.end(), m.end(), pronoun[m.group(1)]) for m in _SUBJECT_RE.finditer(text)]


# Kind -> the rule that should fix it, and where it can be planted.
KINDS: dict[str, tuple[str, Sites]] = {
    "merged-words": ("M001", _glued_pairs),
    "split-word": ("M003", _broken_words(" ")),
    "hyphenation": ("M004", _broken_words("- ")),
    "soft-hyphen": ("M004", _broken_words("\u00ad")),
    "zero-width-space": ("E004", _zero_width_spaces),
    "lowercase-start": ("C001", _lowercase_openings),
    "lowercase-name": ("C002", _lowercase_names),
    "doubled-word": ("T002", _doubled_words),
    "repeated-subject": ("T001", _repeated_subjects),
    "non-breaking-space": ("E007", _spaces_between_words("\u00a0")),
    "html-tag": ("E003", _spaces_between_words("<br>")),
    "entity": ("E002", _entities),
    "mojibake": ("E001", _mojibake),
    "control-character": ("E006", _controls),
    "doubled-punctuation": ("P003", _doubled_commas),
    "space-before-punctuation": ("P002", _spaces_before_marks),
    "missing-space-after-sentence": ("P001", _glued_sentences),
    "residue-line": ("R", _residue_lines),
}


# Planting --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    kind: str
    start: int  # in the clean text
    end: int
    replacement: str


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole non-space runs, and one more run on each side."""
    for _ in range(2):
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if _ == 0:  # then the space and the run beyond it
            while start > 0 and text[start - 1].isspace():
                start -= 1
            while end < len(text) and text[end].isspace():
                end += 1
    return start, end


def plant(
    text: str, kinds: Iterable[str], rng: random.Random, avoid: Iterable[tuple[int, int]] = ()
) -> list[Plant]:
    """One site of each kind (where the text has one), a word or more away from the others and
    from the ``avoid`` spans (where lintnews edits the clean text: a real defect or a false
    alarm of its own, judged apart)."""
    lexicon = get_lexicon()
    taken: list[tuple[int, int]] = [_run_around(text, *_run_around(text, a, b)) for a, b in avoid]
    plants: list[Plant] = []
    for kind in kinds:
        sites = KINDS[kind][1](text, rng, lexicon)
        rng.shuffle(sites)
        for start, end, replacement in sites:
            zone = _run_around(text, start, end)
            if any(zone[0] < b and a < zone[1] for a, b in taken):
                continue
            taken.append(zone)
            plants.append(Plant(kind, start, end, replacement))
            break
    return sorted(plants, key=lambda p: p.start)


def planted_text(text: str, plants: list[Plant]) -> str:
    for p in sorted(plants, key=lambda p: p.start, reverse=True):
        text = text[: p.start] + p.replacement + text[p.end :]
    return text


# Comparing texts -----------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+|\s|[^\w\s]")
Change = tuple[int, int, str]  # replace a[start:end] with the string


def changes(a: str, b: str) -> list[Change]:
    """What turns ``a`` into ``b``: token-level replacements, adjacent ones merged."""
    if a == b:
        return []
    ta = [m.span() for m in _TOKEN_RE.finditer(a)]
    tb = [m.span() for m in _TOKEN_RE.finditer(b)]
    matcher = SequenceMatcher(None, [a[s:e] for s, e in ta], [b[s:e] for s, e in tb], False)
    found: list[Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start = ta[i1][0] if i1 < len(ta) else len(a)
        end = ta[i2 - 1][1] if i2 > i1 else start
        content = b[tb[j1][0] : tb[j2 - 1][1]] if j2 > j1 else ""
        if found and found[-1][1] == start:
            last = found.pop()
            found.append((last[0], end, last[2] + content))
        else:
            found.append((start, end, content))
    return [_leftmost(a, change) for change in found]


def _leftmost(text: str, change: Change) -> Change:
    """The same change moved as far left as it can go: deleting either "the" of "the the" is
    one edit, whichever the matcher happened to pick."""
    start, end, content = change
    if not content:
        while start > 0 and text[start - 1] == text[end - 1]:
            start, end = start - 1, end - 1
    elif start == end:
        while start > 0 and text[start - 1] == content[-1]:
            start, end, content = start - 1, end - 1, content[-1] + content[:-1]
    return start, end, content


def _apply(text: str, offset: int, edits: list[Change]) -> str:
    """``text`` (which starts at ``offset`` in the whole) with the edits applied."""
    for start, end, content in sorted(edits, reverse=True):
        text = text[: start - offset] + content + text[end - offset :]
    return text


def edit_key(carrier: str, clean: str, start: int, end: int, content: str) -> str:
    """A stable name for an edit of a carrier's clean text, that quotes nothing of it."""
    context = f"{carrier}|{clean[max(0, start - 30) : start]}|{clean[start:end]}|{content}|"
    context += clean[end : end + 30]
    return hashlib.sha1(context.encode("utf-8")).hexdigest()[:16]


# Judging one planted text --------------------------------------------------------------------


@dataclass
class Collateral:
    key: str
    carrier: str
    code: str
    on_clean: bool  # the same edit is made on the clean carrier
    before: str  # context, for quotable carriers only
    after: str


@dataclass
class Tally:
    planted: Counter[str] = field(default_factory=Counter)
    restored: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    wrong_examples: list[str] = field(default_factory=list)
    collateral: list[Collateral] = field(default_factory=list)
    not_idempotent: list[str] = field(default_factory=list)


def _codes_at(diagnostics: Iterable[object], start: int, end: int) -> str:
    codes = sorted(
        {
            d.code  # type: ignore[attr-defined]
            for d in diagnostics
            if d.fix  # type: ignore[attr-defined]
            and any(e.start <= end and start <= e.end for e in d.fix.edits)  # type: ignore[attr-defined]
        }
    )
    return ",".join(codes) or "?"


def judge(
    linter: Linter,
    carrier: Carrier,
    plants: list[Plant],
    *,
    unsafe: bool,
    clean_fixed: str,
    tally: Tally,
) -> None:
    """Fix the planted text and add what happened at each plant and elsewhere to ``tally``."""
    clean = carrier.text
    dirty = planted_text(clean, plants)
    fixed = linter.fix_text(dirty, carrier.name, unsafe=unsafe)
    if linter.fix_text(fixed, carrier.name, unsafe=unsafe) != fixed:
        tally.not_idempotent.append(carrier.name)
    spans: list[tuple[int, int]] = []  # each plant's span in the planted text
    shifts: list[int] = []  # and how much longer the planted text is after it
    shift = 0
    for p in plants:
        start = p.start + shift
        spans.append((start, start + len(p.replacement)))
        shift += len(p.replacement) - (p.end - p.start)
        shifts.append(shift)

    def to_clean(position: int) -> int:
        moved = 0
        for (_, end), total in zip(spans, shifts, strict=True):
            if end <= position:
                moved = total
        return position - moved

    edits = changes(dirty, fixed)
    base = changes(clean, clean_fixed)
    claimed: set[int] = set()
    for p, (a, b) in zip(plants, spans, strict=True):
        tally.planted[p.kind] += 1
        za, zb = _run_around(dirty, a, b)
        mine = [i for i, e in enumerate(edits) if e[0] <= zb and za <= e[1]]
        claimed.update(mine)
        if not mine:
            tally.missed[p.kind] += 1
            continue
        za = min(za, *(edits[i][0] for i in mine))
        zb = max(zb, *(edits[i][1] for i in mine))
        got = _apply(dirty[za:zb], za, [edits[i] for i in mine])
        wanted = dirty[za:a] + clean[p.start : p.end] + dirty[b:zb]
        clean_start = to_clean(za)
        clean_end = clean_start + len(wanted)
        inside = [e for e in base if clean_start <= e[0] and e[1] <= clean_end]
        if got in (wanted, _apply(clean[clean_start:clean_end], clean_start, inside)):
            tally.restored[p.kind] += 1
            continue
        tally.wrong[p.kind] += 1
        shown = f"{dirty[za:zb]!r} -> {got!r}, wanted {wanted!r}" if carrier.quotable else ""
        tally.wrong_examples.append(f"{p.kind} ({carrier.name}) {shown}".rstrip())
    base_edits = set(base)
    diagnostics: list[Diagnostic] | None = None
    for index, (start, end, content) in enumerate(edits):
        if index in claimed:
            continue
        clean_start, clean_end = to_clean(start), to_clean(start) + (end - start)
        if diagnostics is None:
            diagnostics = linter.lint_text(dirty, carrier.name)
        before = after = ""
        if carrier.quotable:
            head = clean[max(0, clean_start - 40) : clean_start]
            tail = clean[clean_end : clean_end + 40]
            before, after = head + clean[clean_start:clean_end] + tail, head + content + tail
        tally.collateral.append(
            Collateral(
                edit_key(carrier.name, clean, clean_start, clean_end, content),
                carrier.name,
                _codes_at(diagnostics, start, end),
                (clean_start, clean_end, content) in base_edits,
                before,
                after,
            )
        )


def _codes_at(diagnostics: list[Diagnostic], start: int, end: int) -> str:
    """The rules whose first-pass fixes edit there ("?": a fix of a later pass)."""
    codes = {
        d.code
        for d in diagnostics
        if d.fix and any(e.start <= end and start <= e.end for e in d.fix.edits)
    }
    return ",".join(sorted(codes)) or "?"


# The run ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    safe: Tally = field(default_factory=Tally)
    unsafe: Tally = field(default_factory=Tally)
    carriers: int = 0
    texts: int = 0
    seconds: float = 0.0


def load_verdicts(path: Path = VERDICTS) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    verdicts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            verdicts[record["key"]] = record
    return verdicts


def run(
    pool: list[Carrier],
    *,
    seed: int = SEED,
    target: int = TARGET,
    kinds_per_carrier: int = KINDS_PER_CARRIER,
    max_rounds: int = MAX_ROUNDS,
) -> Outcome:
    """Rounds over every carrier, each with a random choice of kinds planted, until every kind
    has ``target`` planted defects (or the rounds run out)."""
    started = time.perf_counter()
    rng = random.Random(seed)
    linter = Linter(Config())
    clean_fixed = {
        unsafe: {c.name: linter.fix_text(c.text, c.name, unsafe=unsafe) for c in pool}
        for unsafe in (False, True)
    }
    avoid = {
        c.name: [
            (start, end)
            for unsafe in (False, True)
            for start, end, _ in changes(c.text, clean_fixed[unsafe][c.name])
        ]
        for c in pool
    }
    outcome = Outcome(carriers=len(pool))
    for _ in range(max_rounds):
        for carrier in pool:
            # Kinds short of their number only, so that later rounds go to the sparse ones.
            short = [kind for kind in KINDS if outcome.safe.planted[kind] < target]
            if not short:
                break
            chosen = rng.sample(short, min(kinds_per_carrier, len(short)))
            plants = plant(carrier.text, chosen, rng, avoid[carrier.name])
            if not plants:
                continue
            outcome.texts += 1
            for unsafe, tally in ((False, outcome.safe), (True, outcome.unsafe)):
                fixed = clean_fixed[unsafe][carrier.name]
                judge(linter, carrier, plants, unsafe=unsafe, clean_fixed=fixed, tally=tally)
        if all(outcome.safe.planted[kind] >= target for kind in KINDS):
            break
    outcome.seconds = time.perf_counter() - started
    return outcome


@dataclass(frozen=True)
class WrongEdit:
    """A safe edit that changed correct text; ``left`` names the rule it is left to when the
    rule lies outside the change that measured it (from the verdict)."""

    what: str
    left: str = ""


def wrong_safe_edits(outcome: Outcome, verdicts: dict[str, dict[str, str]]) -> list[WrongEdit]:
    """Safe fixes that changed correct text: wrong at a plant, or collateral judged false."""
    wrong = [WrongEdit(example) for example in outcome.safe.wrong_examples]
    seen: set[str] = set()
    for edit in outcome.safe.collateral:
        verdict = verdicts.get(edit.key)
        if verdict is None or verdict["verdict"] != "false" or edit.key in seen:
            continue
        seen.add(edit.key)
        what = f"{edit.code} ({edit.carrier}) {edit.key}: {verdict['why']}"
        wrong.append(WrongEdit(what, verdict.get("left", "")))
    return wrong


def unjudged(tally: Tally, verdicts: dict[str, dict[str, str]]) -> list[Collateral]:
    seen: set[str] = set()
    found = []
    for edit in tally.collateral:
        if edit.key not in verdicts and edit.key not in seen:
            seen.add(edit.key)
            found.append(edit)
    return found


# The report ------------------------------------------------------------------------------------


def _collateral_counts(tally: Tally, verdicts: dict[str, dict[str, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for edit in tally.collateral:
        verdict = verdicts.get(edit.key, {}).get("verdict", "unjudged")
        where = "on the clean text too" if edit.on_clean else "caused by the planting"
        counts[f"{verdict}, {where}"] += 1
    return counts


def report(outcome: Outcome, verdicts: dict[str, dict[str, str]]) -> str:
    safe, unsafe = outcome.safe, outcome.unsafe
    lines = [
        "# Fix safety: defects planted into clean text, fixed, compared",
        "",
        f"Written by `benchmarks/fix_safety.py` (seed {SEED}). {outcome.carriers} clean carriers",
        "(bbc-news articles and WMT22 human references), "
        f"{outcome.texts} planted texts, {sum(safe.planted.values())} planted defects; "
        f"{outcome.seconds:.0f} s.",
        "",
        "| Kind | Rule | Planted | Safe: restored | missed | wrong | Unsafe too: restored | missed | wrong |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind, (code, _) in KINDS.items():
        lines.append(
            f"| {kind} | {code} | {safe.planted[kind]} | {safe.restored[kind]} | "
            f"{safe.missed[kind]} | {safe.wrong[kind]} | {unsafe.restored[kind]} | "
            f"{unsafe.missed[kind]} | {unsafe.wrong[kind]} |"
        )
    total = sum(safe.planted.values())
    lines += [
        f"| all | | {total} | {sum(safe.restored.values())} | {sum(safe.missed.values())} | "
        f"{sum(safe.wrong.values())} | {sum(unsafe.restored.values())} | "
        f"{sum(unsafe.missed.values())} | {sum(unsafe.wrong.values())} |",
        "",
        "Edits away from every planted defect (collateral), by verdict:",
        "",
        "| | Safe fixes | Safe and unsafe |",
        "| --- | --- | --- |",
    ]
    safe_counts, unsafe_counts = (
        _collateral_counts(safe, verdicts),
        _collateral_counts(unsafe, verdicts),
    )
    for key in sorted(set(safe_counts) | set(unsafe_counts)):
        lines.append(f"| {key} | {safe_counts[key]} | {unsafe_counts[key]} |")
    wrong = wrong_safe_edits(outcome, verdicts)
    left = [w for w in wrong if w.left]
    lines += [
        "",
        f"Second `--fix` changed something: safe {len(safe.not_idempotent)}, "
        f"unsafe {len(unsafe.not_idempotent)}.",
        "",
        f"**Wrong safe edits: {len(wrong)}**: {len(wrong) - len(left)} at planted defects and "
        f"{len(left)} made on the clean carriers too, judged and left to the rule named "
        "(WMT22 carriers are named, not quoted: `--show-all` quotes them on the terminal):",
        "",
    ]
    lines += [f"- {w.what} -- left to {w.left}" if w.left else f"- {w.what}" for w in wrong[:50]]
    if unsafe.wrong_examples:
        lines += ["", "Wrong edits at a planted defect with unsafe fixes (first 40):", ""]
        lines += [f"- {line}" for line in unsafe.wrong_examples[:40]]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=int, default=TARGET, help="defects of every kind")
    parser.add_argument("--unjudged", action="store_true", help="print unjudged edits")
    parser.add_argument(
        "--show-all",
        action="store_true",
        help="quote WMT22 text too, to judge it on the terminal (writes no results file)",
    )
    args = parser.parse_args()
    pool = carriers()
    if not pool:
        print(f"no carriers: {BBC} and {WMT22} are absent", file=sys.stderr)
        return 2
    if args.show_all:  # research-only text reaches the terminal, never a file
        pool = [Carrier(c.name, c.text, True) for c in pool]
    outcome = run(pool, target=args.target)
    verdicts = load_verdicts()
    text = report(outcome, verdicts)
    if not args.show_all:
        RESULT.write_text(text, encoding="utf-8")
    print(text)
    if args.unjudged:
        for tally, mode in ((outcome.safe, "safe"), (outcome.unsafe, "unsafe")):
            for edit in unjudged(tally, verdicts):
                print(json.dumps({"mode": mode, **edit.__dict__}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
