"""Speed: linter throughput in MB/s on a corpus folder, per rule and for the default set, and
the wall time of the command on one small file (start-up included).

    python benchmarks/speed.py [CORPUS_FOLDER] [--runs N]

Writes benchmarks/results/speed.md. Figures depend on the machine; the README quotes them for
the 2-core development machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, corpus_texts, write_results
from lintnews.config import Config
from lintnews.engine import Linter

SMALL_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "mt_article.txt"


def throughput(linter: Linter, texts: list[str]) -> float:
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    started = time.perf_counter()
    for text in texts:
        linter.lint_text(text)
    return size / (time.perf_counter() - started)


def command_seconds(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=BBC)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    texts, megabytes = corpus_texts(args.corpus)
    default = Linter(Config())
    default.lint_text("Warm-up: load the lexicon once. fomin said.")  # one-time loads are start-up
    lines = [
        "# Speed",
        "",
        f"Corpus: `{args.corpus.name}`, {len(texts)} files, {megabytes:.1f} MB. "
        f"Python {sys.version.split()[0]}. Run `python benchmarks/speed.py` to reproduce.",
        "",
        "| Measure | Value |",
        "| --- | --- |",
        # The first pass pays one-time loads (other languages' word lists, lazily compiled
        # patterns, remembered look-ups); the second shows the steady state of a long run.
        f"| Default rule set, first pass over the corpus | {throughput(default, texts):.1f} MB/s |",
        f"| Default rule set, warm (best of 3 more passes) | "
        f"{max(throughput(default, texts) for _ in range(3)):.1f} MB/s |",
    ]
    folder = ["check", "--statistics", "--exit-zero", str(args.corpus)]
    one = command_seconds([*folder, "--jobs", "1"], 3)
    auto = command_seconds(folder, 3)
    lines += [
        f"| `lintnews check` on the whole folder, one process (median of 3) | {one:.2f} s, "
        f"{megabytes / one:.1f} MB/s |",
        f"| `lintnews check` on the whole folder, one process per core | {auto:.2f} s, "
        f"{megabytes / auto:.1f} MB/s |",
    ]
    check_time = command_seconds(["check", str(SMALL_FILE)], args.runs)
    help_time = command_seconds(["--help"], args.runs)
    lines += [
        f"| `lintnews check` on a 3 kB article (median of {args.runs}) | {check_time:.3f} s |",
        f"| `lintnews --help` (median of {args.runs}) | {help_time:.3f} s |",
        "",
        "Per rule (each alone, document analysis included):",
        "",
        "| Rule | MB/s |",
        "| --- | --- |",
    ]
    for rule in default.rule_classes:
        alone = Linter(Config(), rules=[rule])
        alone.lint_text("Warm-up text.")
        lines.append(f"| {rule.code} {rule.name} | {throughput(alone, texts):.1f} |")
    path = write_results("speed", lines)
    print("\n".join(lines))
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
