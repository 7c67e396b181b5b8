"""Speed: every ratio of issue 16 against its target, in one run, then MB/s per rule.

    python benchmarks/speed.py [CORPUS_FOLDER] [--runs N] [--corpus-mb MB] [--no-write]

Each figure is a ratio of two things measured in the same run (interleaved where they are whole
commands), so it holds on a shared machine whose speed drifts:

- start-up: ``lintnews check`` on one small article against ``python3 -c pass``, wall and CPU
  (median over paired runs), and ``lintnews --help`` against the same;
- warm throughput (CPU per MB, every default rule, files read in the timed loop) against the
  floor program (``floor.py``) and against ftfy's ``fix_text`` over the same files;
- the whole corpus as one document against the same text as many files, CPU per MB, and the
  peak memory of ``lintnews check`` on that one document beyond what a small file costs, per
  byte of the document;
- how often each file is opened by ``lintnews check`` on the folder (R012's cross-file pass
  included), counted with an audit hook;
- ``lintnews corpus`` with 2 jobs against 1 (``bench_corpus.py``'s input, ``--corpus-mb`` MB).

Writes benchmarks/results/speed.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench_corpus
from benchmarks.floor import files, floor_pass, word_set
from benchmarks.harness import BBC, write_results
from lintnews.config import Config
from lintnews.engine import Linter

SMALL_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "mt_article.txt"
PYTHON = sys.executable

# Counts the files under a folder that a process opens, printed at exit: run as
# `python -c COUNT_OPENS FOLDER lintnews-args...`. The audit event comes before the open, so
# an attempt on a file that is not there (each folder's `.gitignore`, looked for as the walk
# enters it) is counted apart: it reads nothing.
COUNT_OPENS = """
import atexit, collections, os, runpy, sys
folder = os.path.realpath(sys.argv[1])
opened = collections.Counter()
absent = set()
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        if path.startswith(folder + os.sep):
            if os.path.isfile(path):
                opened[path] += 1
            else:
                absent.add(path)
sys.addaudithook(hook)
atexit.register(lambda: sys.__stderr__.write(
    f"OPENS {len(opened)} {max(opened.values(), default=0)} {len(absent)}\\n"))
sys.argv = ["lintnews", *sys.argv[2:]]
try:
    runpy.run_module("lintnews", run_name="__main__")
except SystemExit:
    pass
"""


# Prints the peak resident memory of this process (kB) at exit: `python -c PEAK lintnews-args...`.
PEAK = """
import atexit, runpy, sys
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.__stderr__.write(f"PEAK {line.split()[1]}\\n")
atexit.register(peak)
sys.argv = ["lintnews", *sys.argv[1:]]
try:
    runpy.run_module("lintnews", run_name="__main__")
except SystemExit:
    pass
"""


def child_run(command: Sequence[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one command."""
    started = time.perf_counter()
    # os.wait4 gives this child's own accounting, free of other children's.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = 0  # reaped above; keeps Popen from waiting again
    return wall, usage.ru_utime + usage.ru_stime


def paired(a: Sequence[str], b: Sequence[str], runs: int) -> tuple[float, float, float, float]:
    """A and B in turn after a warm-up of each: median wall and CPU of A, and the median
    ratios A/B pair by pair (wall, CPU)."""
    child_run(a)
    child_run(b)
    walls, cpus, wall_ratios, cpu_ratios = [], [], [], []
    for _ in range(runs):
        wall_a, cpu_a = child_run(a)
        wall_b, cpu_b = child_run(b)
        walls.append(wall_a)
        cpus.append(cpu_a)
        wall_ratios.append(wall_a / wall_b)
        cpu_ratios.append(cpu_a / max(cpu_b, 1e-3))
    return (
        statistics.median(walls),
        statistics.median(cpus),
        statistics.median(wall_ratios),
        statistics.median(cpu_ratios),
    )


def cpu_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def lint_files(linter: Linter, paths: Sequence[Path]) -> None:
    for path in paths:
        linter.lint_text(path.read_text(encoding="utf-8"))


def ftfy_files(paths: Sequence[Path]) -> None:
    from ftfy import fix_text

    for path in paths:
        fix_text(path.read_text(encoding="utf-8"))


def opens(folder: Path) -> tuple[int, int, int]:
    """Files of ``folder`` opened by ``lintnews check`` on it, the most opens of one, and the
    attempts on absent files (not reads)."""
    result = subprocess.run(
        [
            PYTHON,
            "-c",
            COUNT_OPENS,
            str(folder),
            "check",
            "--exit-zero",
            "-q",
            "--jobs",
            "1",
            str(folder),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in result.stderr.splitlines():
        if line.startswith("OPENS "):
            distinct, most, absent = line.split()[1:]
            return int(distinct), int(most), int(absent)
    raise SystemExit(f"could not count the opens: {result.stderr.strip()[-300:]}")


def peak_memory(args: Sequence[str]) -> int:
    """Peak resident memory (bytes) of ``lintnews ARGS``, read from the process's own VmHWM:
    a rusage figure would count this benchmark's memory, which the child inherits at fork."""
    result = subprocess.run(
        [PYTHON, "-c", PEAK, *args], capture_output=True, text=True, check=False
    )
    for line in result.stderr.splitlines():
        if line.startswith("PEAK "):
            return int(line.split()[1]) * 1024
    raise SystemExit(f"could not read the peak memory: {result.stderr.strip()[-300:]}")


def corpus_scaling(folder: Path, megabytes: float) -> tuple[float, float]:
    """Wall seconds of `lintnews corpus` with 1 and with 2 jobs (the faster of two runs)."""
    work = Path(tempfile.mkdtemp(prefix="lintnews-speed-corpus-"))
    try:
        source = work / "input.jsonl"
        bench_corpus.build(folder, source, megabytes)
        seconds = {
            jobs: min(
                bench_corpus.run(source, work / f"out-{jobs}", jobs)["seconds"] for _ in range(2)
            )
            for jobs in (1, 2)
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return seconds[1], seconds[2]


def row(measure: str, value: float, target: str, holds: bool, detail: str = "") -> str:
    verdict = "holds" if holds else "**misses**"
    return f"| {measure} | {value:.2f}x | {target} | {verdict} | {detail} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=BBC)
    parser.add_argument("--runs", type=int, default=7, help="paired runs of each command")
    parser.add_argument("--corpus-mb", type=float, default=20.0, help="text MB for corpus mode")
    parser.add_argument("--no-per-rule", action="store_true", help="skip the per-rule table")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    args = parser.parse_args()
    paths = files(args.corpus)
    texts = [path.read_text(encoding="utf-8") for path in paths]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    rows: list[str] = []

    # Start-up: whole processes, lintnews against the bare interpreter, in turn.
    bare = [PYTHON, "-c", "pass"]
    check = [PYTHON, "-m", "lintnews", "check", "--exit-zero", str(SMALL_FILE)]
    wall, cpu, wall_x, cpu_x = paired(check, bare, args.runs)
    detail = f"{wall:.3f} s wall, {cpu:.3f} s CPU"
    rows.append(
        row(
            "`check` on one small file / `python3 -c pass`, wall",
            wall_x,
            "<= 5x",
            wall_x <= 5,
            detail,
        )
    )
    rows.append(
        row(
            "`check` on one small file / `python3 -c pass`, CPU", cpu_x, "<= 5x", cpu_x <= 5, detail
        )
    )
    wall, _, wall_x, _ = paired([PYTHON, "-m", "lintnews", "--help"], bare, args.runs)
    rows.append(
        row(
            "`--help` / `python3 -c pass`, wall", wall_x, "<= 3x", wall_x <= 3, f"{wall:.3f} s wall"
        )
    )

    # Warm throughput, in this process: CPU per MB, the files read inside the timed loop.
    linter = Linter(Config())
    lint_files(linter, paths)  # one-time loads and remembered look-ups are not throughput
    words = word_set()
    floor_pass(paths, words)
    lint_cpu = cpu_seconds(lambda: lint_files(linter, paths))
    floor_cpu = cpu_seconds(lambda: floor_pass(paths, words))
    ftfy_files(paths)
    ftfy_cpu = cpu_seconds(lambda: ftfy_files(paths))
    rows.append(
        row(
            "warm default rule set / floor program, CPU per MB",
            lint_cpu / floor_cpu,
            "<= 2x",
            lint_cpu <= 2 * floor_cpu,
            f"{megabytes / lint_cpu:.1f} vs {megabytes / floor_cpu:.1f} MB/s",
        )
    )
    rows.append(
        row(
            "warm default rule set / ftfy `fix_text`, CPU per MB",
            lint_cpu / ftfy_cpu,
            "<= 1x",
            lint_cpu <= ftfy_cpu,
            f"{megabytes / lint_cpu:.1f} vs {megabytes / ftfy_cpu:.1f} MB/s",
        )
    )

    # One big document: the same text as one input.
    big_text = "\n\n".join(texts)
    big_cpu = cpu_seconds(lambda: linter.lint_text(big_text), repeat=1)
    rows.append(
        row(
            "the corpus as one document / as many files, CPU per MB",
            big_cpu / lint_cpu,
            "<= 1.2x",
            big_cpu <= 1.2 * lint_cpu,
            f"{big_cpu:.2f} s vs {lint_cpu:.2f} s for {megabytes:.1f} MB",
        )
    )
    work = Path(tempfile.mkdtemp(prefix="lintnews-speed-"))
    try:
        big_path = work / "big.txt"
        big_path.write_text(big_text, encoding="utf-8")
        size = big_path.stat().st_size
        big_peak = peak_memory(["check", "--exit-zero", "-q", str(big_path)])
        small_peak = peak_memory(["check", "--exit-zero", "-q", str(SMALL_FILE)])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    memory_x = (big_peak - small_peak) / size
    rows.append(
        row(
            "peak memory beyond one small file / size of the one document",
            memory_x,
            "<= 4x",
            memory_x <= 4,
            f"{big_peak / 2**20:.0f} MB - {small_peak / 2**20:.0f} MB for a "
            f"{size / 2**20:.1f} MB document",
        )
    )

    # Each file read once, R012's cross-file pass included.
    distinct, most, absent = opens(args.corpus)
    rows.append(
        row(
            "opens of each file by `check` on the folder",
            float(most),
            "1x",
            most == 1 and distinct == len(paths),
            f"{distinct} of {len(paths)} files opened, at most {most} times each "
            f"(and {absent} absent files looked for: each folder's `.gitignore`)",
        )
    )

    # Corpus mode scaling.
    one, two = corpus_scaling(args.corpus, args.corpus_mb)
    rows.append(
        row(
            f"`corpus` 2 jobs / 1 job, speed ({args.corpus_mb:g} MB)",
            one / two,
            ">= 1.8x",
            one / two >= 1.8,
            f"{one:.1f} s vs {two:.1f} s",
        )
    )

    lines = [
        "# Speed",
        "",
        f"Corpus: `{args.corpus.name}`, {len(paths)} files, {megabytes:.1f} MB. "
        f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average "
        f"{os.getloadavg()[0]:.1f} at the end. Run `python benchmarks/speed.py` to reproduce. "
        "Each figure is a ratio of two measures taken in this one run (issue 16's targets).",
        "",
        "| Measure | Ratio | Target | Verdict | Measured |",
        "| --- | --- | --- | --- | --- |",
        *rows,
    ]
    if not args.no_per_rule:
        lines += [
            "",
            "Per rule (each alone, document analysis included, warm):",
            "",
            "| Rule | MB/s |",
            "| --- | --- |",
        ]
        for rule in linter.rule_classes:
            alone = Linter(Config(), rules=[rule])
            alone.lint_text("Warm-up text.")
            seconds = cpu_seconds(lambda alone=alone: [alone.lint_text(t) for t in texts], 1)
            lines.append(f"| {rule.code} {rule.name} | {megabytes / seconds:.1f} |")
    print("\n".join(lines))
    if not args.no_write:
        print(f"\nwritten to {write_results('speed', lines)}")


if __name__ == "__main__":
    main()
