"""Build the labelled set of the M rules, ``benchmarks/data/merged.jsonl``, reproducibly.

Carriers are excerpts of clean BBC articles (``../shared/corpora/bbc-news``): the first
paragraphs, at most about 700 characters. An excerpt with a lower-case token wordfreq does
not know is not used as a carrier, because that is where a real glued word hides, and an
unlabelled real defect would count against precision. (Names may be unknown: they stay.)

Into each carrier exactly one defect is planted, chosen at random (fixed seed) from real text,
never picked to suit a rule:

- ``pair`` (M001): a random pair of adjacent words loses its space (``economy grew`` ->
  ``economygrew``), whatever the casing; pairs whose concatenation is itself a common word
  (``any one`` -> ``anyone``) are skipped, as they are not defects;
- ``block`` (M001): a paragraph's last word loses its full stop and is glued to the next
  paragraph's first word, as when a scraper joins a caption or heading to the text
  (``effectivenessIn``);
- ``triple`` (M001): three adjacent words lose both spaces (``ofthetalks``);
- ``foreign`` (M002): a name the carrier writes is glued to a one- or two-letter conjunction of
  Spanish, Portuguese, French or Italian, as machine translation leaves them (``Belarusao``);
- ``split`` (M003): a random word of six letters or more gets a space at a random inner point
  (``expand ed``);
- ``hyphen`` (M004): the same, with ``- `` or ``-`` and a line break (``gov- ernment``,
  ``govern-\\nment``), or a soft hyphen;
- ``clean``: nothing is planted.

Real cases are added after the planted ones: the seed article's four (``Chernihivalthough``,
``Ukrainethey``, ``NATOa`` and ``Belarusao``), and the glued words found in bbc-news itself
while reading the false alarms (``willmean``, ``justfor``..., listed in
``benchmarks/sets/merged_real.jsonl``), each in its own paragraph.

Run: ``python benchmarks/build_merged_set.py`` (writes the file; prints a summary).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import BBC, clean_texts  # noqa: E402
from benchmarks.labelled import DATA, read_set  # noqa: E402
from lintnews.lexicon import get_lexicon  # noqa: E402

OUT = DATA / "merged.jsonl"
SEED = 20261123
# A second set, drawn with another seed from carriers the first set does not use, that was not
# looked at while the rules were tuned: its figures are the honest estimate.
HOLDOUT = DATA / "merged_holdout.jsonl"
HOLDOUT_SEED = 7
# Characters of an excerpt (whole paragraphs; the first may be longer).
MAX_EXCERPT = 700
PLAN = {
    "pair": 330,
    "block": 50,
    "triple": 30,
    "foreign": 30,
    "split": 50,
    "hyphen": 50,
    "clean": 30,
}
CODES = {
    "pair": "M001",
    "block": "M001",
    "triple": "M001",
    "foreign": "M002",
    "split": "M003",
    "hyphen": "M004",
}
# Conjunctions ("and", "or") of the languages machine translation most often leaves behind.
FOREIGN = ["y", "e", "o", "ou", "et", "ed", "od"]
_PAIR_RE = re.compile(r"(?<![\w'’.@#/-])([^\W\d_]+) ([^\W\d_]+)(?![\w'’@/-])")
_TRIPLE_RE = re.compile(r"(?<![\w'’.@#/-])([^\W\d_]+) ([^\W\d_]+) ([^\W\d_]+)(?![\w'’@/-])")
_WORD_RE = re.compile(r"(?<![\w'’-])([a-z]{6,})(?![\w'’-])")
_NAME_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,})(?=[ ,.])")
_TOKEN_RE = re.compile(r"[^\W\d_]+")

# Real glued words of bbc-news, found while reading its alarms: (file, word), from
# benchmarks/sets/merged_real.jsonl.
REAL_BBC = [(record["file"], record["word"]) for record in read_set("merged_real")]
SEED_REAL = [("Chernihivalthough", "M001"), ("Ukrainethey", "M001"), ("NATOa", "M001")]
SEED_FOREIGN = ("Belarusao", "M002")


def excerpt(text: str) -> str | None:
    parts = article_parts(text)
    return None if parts is None else parts[1]


def article_parts(text: str) -> tuple[str, str, str] | None:
    """An article as its headline, the excerpt that carries a defect (the first paragraphs
    after the headline, about ``MAX_EXCERPT`` characters) and the rest, paragraphs joined by
    blank lines."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paragraphs) < 3:
        return None
    chosen: list[str] = []
    for paragraph in paragraphs[1:]:  # skip the headline
        if chosen and sum(len(p) for p in chosen) + len(paragraph) > MAX_EXCERPT:
            break
        chosen.append(paragraph)
    if len(chosen) < 2:
        return None
    rest = paragraphs[1 + len(chosen) :]
    return paragraphs[0], "\n\n".join(chosen), "\n\n".join(rest)


def is_clean_carrier(text: str) -> bool:
    lexicon = get_lexicon()
    return all(lexicon.is_known(token) for token in _TOKEN_RE.findall(text) if token.islower())


def plant(kind: str, text: str, rng: random.Random) -> tuple[str, list[dict[str, object]]] | None:
    lexicon = get_lexicon()
    if kind == "clean":
        return text, []
    if kind == "pair":
        matches = [
            m
            for m in _PAIR_RE.finditer(text)
            if lexicon.zipf(m.group(1) + m.group(2)) < 3.0
            and not (m.group(1) + m.group(2)).isupper()
        ]
        if not matches:
            return None
        m = rng.choice(matches)
        glued = m.group(1) + m.group(2)
        new = text[: m.start()] + glued + text[m.end() :]
        return new, [_defect("M001", m.start(), m.start() + len(glued), kind, glued, m.groups())]
    if kind == "triple":
        matches = [
            m
            for m in _TRIPLE_RE.finditer(text)
            if lexicon.zipf(m.group(1) + m.group(2) + m.group(3)) < 3.0
        ]
        if not matches:
            return None
        m = rng.choice(matches)
        glued = m.group(1) + m.group(2) + m.group(3)
        new = text[: m.start()] + glued + text[m.end() :]
        return new, [_defect("M001", m.start(), m.start() + len(glued), kind, glued, m.groups())]
    if kind == "block":
        boundaries = list(re.finditer(r"([^\W\d_]+)\.\n\n([^\W\d_]+)", text))
        if not boundaries:
            return None
        m = rng.choice(boundaries)
        glued = m.group(1) + m.group(2)
        new = text[: m.start()] + glued + text[m.end() :]
        return new, [_defect("M001", m.start(), m.start() + len(glued), kind, glued, m.groups())]
    if kind == "foreign":
        names = [m for m in _NAME_RE.finditer(text) if m.start() > 0 and text[m.start() - 1] == " "]
        names = [m for m in names if text.count(m.group(1)) >= 2]
        if not names:
            return None
        m = rng.choice(names)
        glued = m.group(1) + rng.choice(FOREIGN)
        new = text[: m.start()] + glued + text[m.end() :]
        return new, [_defect("M002", m.start(), m.start() + len(glued), kind, glued)]
    # split and hyphen: break a random word
    words = [m for m in _WORD_RE.finditer(text) if lexicon.zipf(m.group(1)) >= 3.0]
    if not words:
        return None
    m = rng.choice(words)
    word = m.group(1)
    cut = rng.randrange(2, len(word) - 1)
    if kind == "split":
        joint, code = " ", "M003"
    else:
        joint, code = rng.choice(["- ", "-\n", "- ", "-\n", "\u00ad"]), "M004"
    broken = word[:cut] + joint + word[cut:]
    new = text[: m.start()] + broken + text[m.end() :]
    return new, [_defect(code, m.start(), m.start() + len(broken), kind, broken)]


def _defect(
    code: str, start: int, end: int, kind: str, shown: str, pieces: tuple[str, ...] = ()
) -> dict[str, object]:
    """A labelled defect; a planted merge also records the words it was made of."""
    defect: dict[str, object] = {"code": code, "start": start, "end": end, "kind": kind}
    defect["token"] = shown
    if pieces:
        defect["pieces"] = list(pieces)
    return defect


def real_records() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seed = (ROOT / "fixtures" / "seeds" / "mt_article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n\n") if p.strip()]
    for paragraph in paragraphs:
        defects = []
        for word, code in [*SEED_REAL, SEED_FOREIGN]:
            position = paragraph.find(word)
            if position != -1:
                defects.append(_defect(code, position, position + len(word), "real", word))
        if defects:
            # The article's opening gives the names (Kyiv, Chernihiv) their document evidence.
            lead = "\n\n".join(paragraphs[:3])
            if paragraph in paragraphs[:3]:
                lead = ""
            text = (lead + "\n\n" + paragraph) if lead else paragraph
            shift = len(text) - len(paragraph)
            for defect in defects:
                defect["start"] = int(str(defect["start"])) + shift
                defect["end"] = int(str(defect["end"])) + shift
            records.append(
                {"id": f"seed-{len(records)}", "text": text, "origin": "real", "defects": defects}
            )
    paragraphs_seen: dict[tuple[str, int], dict[str, object]] = {}
    for name, word in REAL_BBC:
        text = (BBC / name).read_text(encoding="utf-8")
        for index, paragraph in enumerate(re.split(r"\n\s*\n", text)):
            position = paragraph.find(word)
            if position == -1:
                continue
            record = paragraphs_seen.get((name, index))
            if record is None:
                record = {"id": f"bbc-{name}-{index}", "text": paragraph, "origin": "real"}
                record["defects"] = []
                paragraphs_seen[(name, index)] = record
                records.append(record)
            defects = record["defects"]
            assert isinstance(defects, list)
            defects.append(_defect("M001", position, position + len(word), "real", word))
            break
    return records


def build(
    seed: int = SEED,
    exclude: frozenset[str] = frozenset(),
    scale: float = 1.0,
    *,
    whole: bool = False,
) -> list[dict[str, object]]:
    """The labelled set for ``seed``, never using a carrier whose file is in ``exclude``, with
    ``scale`` times the planned number of cases of each kind. With ``whole`` each record is the
    whole article around its planted excerpt, as lintnews reads articles: the same defects,
    with the article's own vocabulary (names written elsewhere) as evidence, and its own real
    defects, if any, among the reports that match no label."""
    rng = random.Random(seed)
    carriers = []
    for name, text in clean_texts():
        parts = article_parts(text)
        if name not in exclude and parts is not None and is_clean_carrier(parts[1]):
            carriers.append((name, parts))
    rng.shuffle(carriers)
    records: list[dict[str, object]] = []
    queue = iter(carriers)
    for kind, planned in PLAN.items():
        wanted = round(planned * scale)
        made = 0
        while made < wanted:
            name, (headline, piece, rest) = next(queue, ("", ("", "", "")))
            if not name:
                return records  # no carriers left
            planted = plant(kind, piece, rng)
            if planted is None:
                continue
            text, defects = planted
            if whole:
                text = "\n\n".join(part for part in (headline, text, rest) if part)
                shift = len(headline) + 2
                defects = [
                    {**d, "start": int(d["start"]) + shift, "end": int(d["end"]) + shift}  # type: ignore[call-overload]
                    for d in defects
                ]
            records.append(
                {
                    "id": f"{kind}-{made}:{name}",
                    "text": text,
                    "origin": "planted",
                    "defects": defects,
                }
            )
            made += 1
    return records


def carrier_of(record: dict[str, object]) -> str:
    return str(record["id"]).split(":", 1)[1] if ":" in str(record["id"]) else ""


def write(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(
        str(defect["kind"])
        for record in records
        for defect in record["defects"]  # type: ignore[attr-defined]
    )
    print(f"wrote {len(records)} records to {path.relative_to(ROOT)}: {dict(kinds)}")


def main() -> int:
    main_set = build(SEED) + real_records()
    used = frozenset(carrier_of(record) for record in main_set)
    write(OUT, main_set)
    write(HOLDOUT, build(HOLDOUT_SEED, exclude=used))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
