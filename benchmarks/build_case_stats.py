"""Build C002's case statistics from the tuning half of bbc-news.

    python benchmarks/build_case_stats.py     # writes rules/case/data/capitalised.txt
    python benchmarks/build_case_stats.py --part measure --out benchmarks/data/capitalised-measure.txt

The second form builds the cross-fit statistics, counted on the measuring half, that C002 reads
while it is developed on the tuning part (``LINTNEWS_CASE_STATS=benchmarks/data/
capitalised-measure.txt python benchmarks/bench_detection.py --part tune``): no figure is
then measured with statistics counted on the text measured. Only the first is shipped.

How often English news writes a word, or a pair of adjacent words, with a capital inside a
sentence, where the capital is the writer's choice: the evidence C002 reads for a name that a
document writes only once, lowercased (``said hantuchova``, ``the European union``). Counted
on the bbc-news articles of the tuning part (``benchmarks/split.py``) only, so that the
measuring part stays independent text; bbc-news may be shipped from, WMT and Dragnet data
may not and are not read. A capital is counted where ``Document.capitalised_mid_sentence``
counts one (not where a sentence may open), the headline line is skipped (headlines may be
in Title Case), and a lowercase use is any lowercase spelling of the word. Deterministic: the
same corpus gives the same bytes.

Kept: words capitalised in at least ``KEEP_RATIO`` of their uses and in at least
``KEEP_DOCS`` articles (a name that one article repeats is weak evidence for another), and
pairs whose words are capitalised together in at least ``KEEP_DOCS`` articles and in at least
``KEEP_RATIO`` of the pair's uses. The rule reads its own, stricter thresholds from them
(``rules/case/_case_stats.py``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.plant import bbc_articles
from benchmarks.split import PARTS, Part
from lintnews.document import Document

OUT = Path(__file__).resolve().parent.parent / "rules" / "case" / "data" / "capitalised.txt"
KEEP_RATIO = 0.8
KEEP_DOCS = 2
_HALF = {"tune": "tuning half", "measure": "measuring half"}
_PAIR_RE = re.compile(r"(?=\b([A-Za-z]+) ([A-Za-z]+)\b)")


def _body(text: str) -> str:
    """The article without its headline line (same offsets: the headline becomes spaces)."""
    first = text.find("\n")
    return text if first < 0 else " " * first + text[first:]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=PARTS, default="tune", help="the half counted")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    counted: Part = args.part
    out: Path = args.out
    capitals: Counter[str] = Counter()  # word -> capitalised uses mid-sentence
    lowers: Counter[str] = Counter()  # word -> lowercase uses
    docs: Counter[str] = Counter()  # word -> articles with a capitalised use
    pair_capitals: Counter[str] = Counter()
    pair_other: Counter[str] = Counter()
    pair_docs: Counter[str] = Counter()
    for article in bbc_articles():
        if article.part != counted:
            continue
        doc = Document.from_text(_body(article.text))
        mid = doc.capitalised_mid_sentence
        capitals.update(mid)
        docs.update(mid.keys())
        for word, count in doc.word_counts.items():
            if word.islower() and word.isalpha():
                lowers[word] += count
        starts = doc.sentence_starts
        seen: set[str] = set()
        text = doc.text
        for match in _PAIR_RE.finditer(text):
            left, right = match.group(1), match.group(2)
            if match.start(1) in starts or not (left.isalpha() and right.isalpha()):
                continue
            key = f"{left.lower()} {right.lower()}"
            if left.istitle() and right.istitle():
                pair_capitals[key] += 1
                seen.add(key)
            elif left.islower() or right.islower():
                pair_other[key] += 1
        pair_docs.update(seen)
    lines = [
        f"# C002's case statistics, built by benchmarks/build_case_stats.py from the {_HALF[counted]}",
        "# of bbc-news (do not edit by hand). A line: word or pair, capitalised uses inside a",
        "# sentence, lowercase uses, articles with a capitalised use.",
    ]
    for word in sorted(capitals):
        cap, low = capitals[word], lowers[word]
        if word.isalpha() and docs[word] >= KEEP_DOCS and cap >= KEEP_RATIO * (cap + low):
            lines.append(f"{word}\t{cap}\t{low}\t{docs[word]}")
    for pair in sorted(pair_capitals):
        cap, other = pair_capitals[pair], pair_other[pair]
        if pair_docs[pair] >= KEEP_DOCS and cap >= KEEP_RATIO * (cap + other):
            lines.append(f"{pair}\t{cap}\t{other}\t{pair_docs[pair]}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines) - 3} entries")


if __name__ == "__main__":
    main()
