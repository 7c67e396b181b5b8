"""Where the time goes: milliseconds spent in each rule of the default set over one pass of a
corpus, the rules running together as in a real check.

    python benchmarks/rule_times.py [CORPUS_FOLDER] [--passes N]

Shared document analysis (word counts, lines, tokens) is computed once per document, by the
first rule that asks, and charged to that rule. ``speed.py`` gives the other view, each rule
alone. Prints a table; writes nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, corpus_texts
from lintnews.config import Config
from lintnews.document import Document
from lintnews.engine import Linter
from lintnews.source import Source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=BBC)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    texts, megabytes = corpus_texts(args.corpus)
    linter = Linter(Config())
    for text in texts:  # one-time loads (word lists, compiled patterns) are start-up, not work
        linter.lint_text(text)
    spent: dict[str, float] = defaultdict(float)
    # CPU time of this process: steadier than wall time when other work shares the machine.
    clock = time.process_time
    started = clock()
    for _ in range(args.passes):
        for text in texts:
            doc = Document(Source.from_text(text, "<bench>"), linter.config)
            found = []
            for rule in linter.rules:
                before = clock()
                found.extend(rule.check(doc))
                spent[rule.code] += clock() - before
            before = clock()
            linter._finish(doc, found)  # suppression, de-duplication and sorting
            spent["(engine)"] += clock() - before
    seconds = (clock() - started) / args.passes
    print(f"{megabytes:.1f} MB in {seconds * 1000:.0f} ms a pass: {megabytes / seconds:.2f} MB/s")
    print("| Rule | ms a pass | share |")
    print("| --- | --- | --- |")
    for code, total in sorted(spent.items(), key=lambda item: -item[1]):
        share = total / args.passes / seconds
        print(f"| {code} | {total / args.passes * 1000:.1f} | {share:.0%} |")


if __name__ == "__main__":
    main()
