"""The floor program of issue 16: the least any word-level linter must do over a folder.

    python benchmarks/floor.py [CORPUS_FOLDER]

Reads every file, tokenises it with one regular expression and looks every token up in a set
of about 300k English words (wordfreq's list, lower-cased on look-up). Nothing is reported. It
shows what the language and the machine allow, so ``speed.py`` can quote lintnews's warm
throughput as a ratio against it in the same run, free of the machine's drift.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC
from lintnews.wordlist import load_word_list

TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def word_set() -> frozenset[str]:
    """wordfreq's English words (321k): the size of the lexicon the rules consult."""
    return frozenset(load_word_list("en"))


def floor_pass(paths: Sequence[Path], words: frozenset[str]) -> int:
    """One pass: read, tokenise, look up. Returns the count of unknown tokens, so the work
    cannot be optimised away and two runs can be checked to agree."""
    unknown = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for token in TOKEN.findall(text):
            if token.lower() not in words:
                unknown += 1
    return unknown


def files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.txt") if path.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=BBC)
    args = parser.parse_args()
    paths = files(args.corpus)
    megabytes = sum(path.stat().st_size for path in paths) / 1e6
    words = word_set()
    floor_pass(paths, words)  # warm the page cache
    started = time.process_time()
    unknown = floor_pass(paths, words)
    seconds = time.process_time() - started
    print(
        f"{len(paths)} files, {megabytes:.1f} MB, {len(words):,} words in the set: "
        f"{megabytes / seconds:.1f} MB/s of CPU ({unknown:,} unknown tokens)"
    )


if __name__ == "__main__":
    main()
