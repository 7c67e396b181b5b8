"""Same findings: a guard for speed work. Records every finding and every fixed text of the
default rule set on a fixed body of text, and compares a later run against that record.

    python benchmarks/same_findings.py --record    # before a change
    python benchmarks/same_findings.py             # after it: exit 1 and show what differs

The body: bbc-news (each article, and each article with R012's cross-file evidence from the
whole folder), the labelled benchmark sets, the corpus example's articles and the seeds. An
optimisation that changes any finding (code, span, message, fix) or any ``--fix`` result shows
up here even where no test or benchmark figure would move. The record lives in
``benchmarks/data/`` (not committed): it describes this checkout's rules, not a target.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, ROOT, read_jsonl
from benchmarks.labelled import DATA, labelled_set
from lintnews.config import Config
from lintnews.document import RunContext
from lintnews.engine import Linter

RECORD = DATA / "same_findings.jsonl"
SETS = ("merged", "merged_holdout", "translation", "residue")


def texts() -> Iterator[tuple[str, str]]:
    for folder in (ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "corpus" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for name in SETS:
        for record in read_jsonl(labelled_set(name)):
            yield f"{name}:{record['id']}", str(record["text"])
    for path in sorted(BBC.rglob("*.txt")):
        yield f"bbc-news/{path.relative_to(BBC)}", path.read_text(encoding="utf-8")


def findings(linter: Linter, name: str, text: str, context: RunContext | None) -> dict[str, object]:
    diagnostics = linter.lint_text(text, name, context=context)
    fixed = linter.fix_text(text, name, unsafe=True, context=context)
    return {
        "name": name,
        "findings": [[d.code, d.start, d.end, d.message, repr(d.fix)] for d in diagnostics],
        "fixed": hashlib.sha1(fixed.encode("utf-8")).hexdigest(),
    }


def run() -> list[dict[str, object]]:
    linter = Linter(Config())
    rows = []
    for name, text in texts():
        rows.append(findings(linter, name, text, None))
    bbc = [path.read_text(encoding="utf-8") for path in sorted(BBC.rglob("*.txt"))]
    context = RunContext.of(bbc)
    for index, text in enumerate(bbc):
        rows.append(findings(linter, f"bbc-news-in-run/{index}", text, context))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help="write the record, compare nothing")
    args = parser.parse_args()
    rows = run()
    if args.record:
        DATA.mkdir(exist_ok=True)
        with RECORD.open("w", encoding="utf-8") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        total = sum(len(row["findings"]) for row in rows)  # type: ignore[arg-type]
        print(f"recorded {len(rows)} texts, {total} findings in {RECORD}")
        return 0
    if not RECORD.exists():
        print(f"no record at {RECORD}: run with --record first", file=sys.stderr)
        return 2
    recorded = {str(row["name"]): row for row in read_jsonl(RECORD)}
    differences = 0
    for row in rows:
        before = recorded.get(str(row["name"]))
        if before == row:
            continue
        differences += 1
        if differences <= 20:
            print(f"--- {row['name']}")
            old = {tuple(f) for f in before["findings"]} if before else set()  # type: ignore[union-attr]
            new = {tuple(f) for f in row["findings"]}  # type: ignore[attr-defined]
            for finding in sorted(old - new):
                print(f"  - {finding}")
            for finding in sorted(new - old):
                print(f"  + {finding}")
            if before and before["fixed"] != row["fixed"]:
                print("  fixed text differs")
    print(f"{len(rows)} texts, {differences} differ from the record")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
