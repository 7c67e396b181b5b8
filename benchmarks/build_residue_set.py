"""Build benchmarks/data/residue.jsonl: scraping residue, encoding damage and punctuation defects
planted into clean BBC articles, reproducibly (fixed seed).

    python benchmarks/build_residue_set.py

Residue lines are real where we could get them: lines that extractors left in (or had to take out
of) real news pages shipped as test data in the source distributions of newspaper4k 0.9.6,
trafilatura 2.3.1 and html-text 0.7.1 (`pip download --no-binary :all: newspaper4k ...`). The
pages were run through html-text (the whole page as text), jusText and trafilatura
(favor_recall) and the residue lines among their output were picked and labelled by hand; each
record names the package and file the line came from. Categories the pages do not show (cookie
and paywall notices, wire datelines, crawler headers, Getty credits...) are planted from
templates. Decoys -- sentences that only mention the trigger words ("Readers can read more
about...") and real article lines from the same extractor output (subheadings, table rows) --
are planted too and must stay quiet. All these lines are data, not code:
benchmarks/sets/residue_lines.jsonl. Encoding and punctuation defects are planted by damaging
the carrier's own text (a word's apostrophe turned into "â€™", a space removed after a full
stop...).

Carriers are the first paragraphs of bbc-news articles with none of the measured defects (checked
with plain string tests, independent of the rules). Positions are drawn at random with a fixed
seed. Each record: id, text, origin (real | planted), carrier, defects [{code, start, end,
source, scope}], and for records with residue only, `clean`: the carrier before planting, which
the --fix test compares with.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC
from benchmarks.labelled import DATA, read_set

OUT = DATA / "residue.jsonl"
SEED = 20260523
# The planted lines, with where each came from: benchmarks/sets/residue_lines.jsonl, one list
# per `group` (its first line says what each group is).
_LINES = read_set("residue_lines")


def _group(name: str) -> list[dict[str, str]]:
    return [line for line in _LINES if line["group"] == name]


# The groups of residue lines, and the scope each is scored in: "main" (the kinds),
# "hard" (bare headlines of other stories), "heldout" (sites read only after the rules were
# written). Their lines are planted in file order, shuffled with the fixed seed.
RESIDUE_SCOPES = {
    "real": "main",
    "real_more": "main",
    "real_hard": "hard",
    "real_heldout": "heldout",
    "template": "main",
}


def _source(line: dict[str, str]) -> str:
    """Where a line came from: the package and file of a real line, or "template"."""
    return f"{line['package']}: {line['file']}" if "package" in line else "template"


_SPACE_BEFORE_COMMA = re.compile(r"(?<=\w) ,")
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2})(?<!www)\.(?=[A-Z][a-z]+\b(?!\.))")


def _carrier_ok(text: str) -> bool:
    """No defect of the measured kinds, by plain string tests that do not use the rules."""
    if not text.isascii() and set(text) - set("£"):
        non_ascii = {c for c in text if not c.isascii()}
        if non_ascii - {"£"}:
            return False
    bad = (
        "&",
        "<",
        " ,",
        " .",
        " ;",
        " :",
        " ?",
        " !",
        "..",
        ",,",
        "|",
        "»",
        "©",
        "(c)",
        "--",
        "By ",
    )
    if any(marker in text for marker in bad):
        return False
    return (
        re.search(
            r"[a-z][.!?][\"']?[A-Z]|^[A-Z]{3,}|Photo|Image|Copyright|Read more|Subscribe",
            text,
            re.M,
        )
        is None
    )


def carriers(rng: random.Random) -> list[tuple[str, str]]:
    """Clean carriers: title and first three paragraphs of bbc-news articles, shuffled."""
    found = []
    for path in sorted(BBC.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        blocks = [block for block in text.split("\n\n") if block.strip()]
        if len(blocks) < 4:
            continue
        short = "\n\n".join(blocks[:4]) + "\n"
        if _carrier_ok(short):
            found.append((str(path.relative_to(BBC)), short))
    rng.shuffle(found)
    return found


HEADERS = [r["text"] for r in _group("header")]
DATELINES = [(r["text"], r["source"]) for r in _group("dateline")]
INLINE_CREDITS = [r["text"] for r in _group("credit")]
PER_DOC = 3


def _join(items: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, int]]]:
    """Join (separator, text) items; return the text and the spans of every item."""
    parts: list[str] = []
    spans = []
    position = 0
    for index, (separator, text) in enumerate(items):
        parts.append(separator)
        position += len(separator)
        spans.append((index, position, position + len(text)))
        parts.append(text)
        position += len(text)
    return "".join(parts), spans


def residue_records(rng: random.Random, pool: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Records with residue lines, headers, datelines, inline credits and decoys."""
    lines: list[dict[str, str]] = [
        {
            "text": line["text"],
            "code": line["code"],
            "source": _source(line),
            "scope": RESIDUE_SCOPES[line["group"]],
            "origin": "planted" if line["group"] == "template" else "real",
        }
        for line in _LINES
        if line["group"] in RESIDUE_SCOPES
    ]
    decoys = [
        {"text": line["text"], "source": _source(line)}
        for line in _group("decoy") + _group("real_content")
    ]
    rng.shuffle(lines)
    records: list[dict[str, Any]] = []
    extras = (
        [("header", h) for h in HEADERS for _ in range(3)]
        + [("dateline", d) for d in DATELINES]
        + [("credit", c) for c in INLINE_CREDITS for _ in range(2)]
    )
    rng.shuffle(extras)
    chunks = [lines[i : i + PER_DOC] for i in range(0, len(lines), PER_DOC)]
    decoy_cycle = decoys * 3
    rng.shuffle(decoy_cycle)
    for number, chunk in enumerate(chunks):
        carrier_name, carrier = pool.pop()
        blocks = carrier.rstrip("\n").split("\n\n")
        extra = extras[number] if number < len(extras) else None
        decoy = decoy_cycle[number % len(decoy_cycle)] if number % 2 == 0 else None
        # Where each planted line goes: after block 0 (the title) .. after the last block.
        slots: dict[int, list[tuple[dict[str, str], bool]]] = {}
        for line in chunk:
            slots.setdefault(rng.randint(1, len(blocks)), []).append((line, False))
        if decoy is not None:
            slots.setdefault(rng.randint(1, len(blocks)), []).append((decoy, True))
        dirty, labels = _assemble(rng, blocks, slots, extra, with_residue=True)
        clean, _ = _assemble(random.Random(0), blocks, slots, None, with_residue=False)
        records.append(
            {
                "id": f"residue-{number:03d}",
                "text": dirty,
                "clean": clean,
                "origin": "real" if any(line["origin"] == "real" for line in chunk) else "planted",
                "carrier": carrier_name,
                "defects": labels,
            }
        )
    return records


def _assemble(
    rng: random.Random,
    blocks: list[str],
    slots: dict[int, list[tuple[dict[str, str], bool]]],
    extra: tuple[str, Any] | None,
    *,
    with_residue: bool,
) -> tuple[str, list[dict[str, object]]]:
    items: list[tuple[str, str]] = []
    meta: list[dict[str, object] | None] = []
    blocks = list(blocks)
    header = dateline = credit = None
    if extra is not None:
        kind, value = extra
        if kind == "header":
            header = str(value)
        elif kind == "dateline":
            dateline = value
        else:
            credit = str(value)
    prose = [i for i, block in enumerate(blocks) if i > 0 and len(block.split()) >= 12]
    dateline_at = prose[0] if prose else -1
    credit_at = prose[1] if len(prose) > 1 else -1
    for index, block in enumerate(blocks):
        separator = "" if index == 0 else "\n\n"
        if index == 0 and header:
            items.append((separator, header.rstrip(" ")))
            meta.append({"code": "R004", "source": "seeds/mt_article.txt", "scope": "main"})
            separator = " "
        if index == dateline_at and dateline:
            text, source = dateline
            items.append((separator, text.rstrip(" ")))
            meta.append({"code": "R009", "source": source, "scope": "main"})
            separator = " "
        if index == credit_at and credit:
            # After the first sentence of the paragraph.
            cut = block.find(". ")
            if cut > 0:
                items.append((separator, block[:cut]))
                meta.append(None)
                items.append(("", credit))
                meta.append({"code": "R007", "source": "template", "scope": "main"})
                block, separator = block[cut:], ""
        items.append((separator, block))
        meta.append(None)
        for line, is_decoy in slots.get(index + 1, []):
            if not with_residue and not is_decoy:
                continue
            glue = "\n" if not is_decoy and rng.random() < 0.3 else "\n\n"
            items.append((glue, line["text"]))
            meta.append(
                None
                if is_decoy
                else {"code": line["code"], "source": line["source"], "scope": line["scope"]}
            )
    text, spans = _join(items)
    labels = []
    for (_index, start, end), info in zip(spans, meta, strict=True):
        if info is not None:
            if info["code"] == "R007" and text[start] == " ":
                start += 1
            labels.append(
                {
                    "code": info["code"],
                    "start": start,
                    "end": end,
                    "source": info["source"],
                    "scope": info["scope"],
                }
            )
            # A real line may carry other damage too ("By Dana A. Ford , James ..."): label it.
            for code, pattern in (("P002", _SPACE_BEFORE_COMMA), ("P001", _GLUED_SENTENCE)):
                for match in pattern.finditer(text, start, end):
                    labels.append(
                        {
                            "code": code,
                            "start": match.start(),
                            "end": match.end() + 1,
                            "source": info["source"],
                            "scope": "main",
                        }
                    )
    return text + "\n", labels


# Inline damage: (code, finder pattern, how to damage the match). Each damage returns the new
# text for the match and the labelled span inside it.
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_POUND = re.compile(r"£(?=\d)")
_SENTENCE_GAP = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z][a-z]+ )")
_COMMA = re.compile(r"(?<=[a-z]{3}),(?= [a-z])")
_LONG_WORD = re.compile(r"(?<= )[a-z]{8,}(?=[ ,.])")
_WORD_GAP = re.compile(r"(?<=[a-z]{3}) (?=[a-z]{3})")
_AND = re.compile(r"(?<=[a-z]) and (?=[a-z])")


def _damage(code: str, rng: random.Random) -> tuple[re.Pattern[str], object]:
    if code == "E001":
        return rng.choice(
            [
                (_APOSTROPHE, lambda m: ("\u00e2\u20ac\u2122", 0, 3)),
                (_POUND, lambda m: ("\u00c2\u00a3", 0, 2)),
            ]
        )
    if code == "E002":
        return rng.choice(
            [
                (_APOSTROPHE, lambda m: ("&#39;", 0, 5)),
                (_AND, lambda m: (" &amp; ", 1, 6)),
                (_APOSTROPHE, lambda m: ("&rsquo;", 0, 7)),
            ]
        )
    if code == "E003":
        tag = rng.choice(["<br>", "<br />", "</p>", "<p>"])
        return (_SENTENCE_GAP, lambda m: ("." + tag, 1, 1 + len(tag)))
    if code == "E004":
        char = rng.choice(["\u200b", "\u00ad", "\ufeff", "\u200c"])
        return (_LONG_WORD, lambda m: (m.group()[:4] + char + m.group()[4:], 4, 5))
    if code == "E005":
        return (_APOSTROPHE, lambda m: ("\ufffd", 0, 1))
    if code == "E006":
        char = rng.choice(["\x07", "\x1a", "\x00", "\x0b"])
        return (_WORD_GAP, lambda m: (" " + char, 1, 2))
    if code == "E007":
        return (_WORD_GAP, lambda m: ("\u00a0", 0, 1))
    if code == "P001":
        return (_SENTENCE_GAP, lambda m: (".", 0, 1))
    if code == "P002":
        return rng.choice(
            [(_COMMA, lambda m: (" ,", 0, 2)), (_SENTENCE_GAP, lambda m: (" . ", 0, 2))]
        )
    if code == "P003":
        return rng.choice(
            [(_COMMA, lambda m: (",,", 0, 2)), (_SENTENCE_GAP, lambda m: (".. ", 0, 2))]
        )
    raise ValueError(code)


INLINE_CODES = ["E001", "E002", "E003", "E004", "E005", "E006", "E007", "P001", "P002", "P003"]
INLINE_PER_CODE = 14


def inline_records(rng: random.Random, pool: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Records with two inline defects each, of two different codes, in the carrier's body."""
    wanted = [code for code in INLINE_CODES for _ in range(INLINE_PER_CODE)]
    rng.shuffle(wanted)
    records: list[dict[str, Any]] = []
    number = 0
    while wanted:
        carrier_name, carrier = pool.pop()
        body_start = carrier.find("\n\n") + 2
        codes = [wanted.pop()]
        if wanted and wanted[-1] != codes[0]:
            codes.append(wanted.pop())
        edits = []
        taken: list[tuple[int, int]] = []
        for code in codes:
            pattern, damage = _damage(code, rng)
            matches = [
                m
                for m in pattern.finditer(carrier, body_start)
                if all(abs(m.start() - a) > 30 for a, _ in taken)
            ]
            if not matches:
                wanted.insert(0, code)
                continue
            match = rng.choice(matches)
            taken.append((match.start(), match.end()))
            replacement, rel_start, rel_end = damage(match)  # type: ignore[operator]
            edits.append((match.start(), match.end(), replacement, rel_start, rel_end, code))
        if not edits:
            continue
        edits.sort()
        text, labels, shift, cursor = [], [], 0, 0
        for start, end, replacement, rel_start, rel_end, code in edits:
            text.append(carrier[cursor:start])
            new_start = start + shift
            labels.append(
                {
                    "code": code,
                    "start": new_start + rel_start,
                    "end": new_start + rel_end,
                    "source": "planted",
                    "scope": "main",
                }
            )
            text.append(replacement)
            shift += len(replacement) - (end - start)
            cursor = end
        text.append(carrier[cursor:])
        records.append(
            {
                "id": f"inline-{number:03d}",
                "text": "".join(text),
                "origin": "planted",
                "carrier": carrier_name,
                "defects": labels,
            }
        )
        number += 1
    return records


def main() -> None:
    rng = random.Random(SEED)
    pool = carriers(rng)
    records = residue_records(rng, pool) + inline_records(rng, pool)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    defects = sum(len(record["defects"]) for record in records)
    print(
        f"{len(records)} records, {defects} labelled defects, {len(pool)} carriers unused -> {OUT}"
    )


if __name__ == "__main__":
    main()
