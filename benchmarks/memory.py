"""Memory: peak resident memory of ``lintnews check`` on one document as the document grows.

    python benchmarks/memory.py                 # documents of 1 and 4 MB
    python benchmarks/memory.py --sizes 1,4,16  # sizes in MB

Each document is bbc-news articles joined by blank lines (repeated to the size, which changes
no rule's cost per character much), written to a file and checked by a process of its own, so
that one size's memory does not carry into the next. The peak of a process that checks a
short document (10 kB: it loads the lexicon and every rule's data) is the constant; what a
larger document adds over the next smaller one, per byte of input, is the figure issue 15
bounds (at most 4).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import BBC, RESULTS

RESULT = RESULTS / "memory.md"
# The child: check one file with the default rules and print its peak resident memory (KiB).
_CHILD = """
import resource, sys
from pathlib import Path
from lintnews.config import Config
from lintnews.engine import Linter
from lintnews.source import read_source
source = read_source(Path(sys.argv[1]), limit=1 << 34)
Linter(Config()).lint_source(source)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def document(size: int) -> bytes:
    articles = [path.read_text(encoding="utf-8") for path in sorted(BBC.rglob("*.txt"))]
    text = "\n\n".join(articles).encode("utf-8")
    while len(text) < size:
        text += b"\n\n" + text
    cut = text.rfind(b" ", 0, size)  # at a space: never inside a character
    return text[: cut if cut > 0 else size]


def peak_kib(data: bytes) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.txt"
        path.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
        )
    return int(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,4", help="document sizes in MB, comma-separated")
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"no documents: {BBC} is absent", file=sys.stderr)
        return 2
    sizes = [int(float(size) * 1e6) for size in args.sizes.split(",")]
    constant = peak_kib(document(10_000))
    lines = [
        "# Memory: peak resident memory of one document's check",
        "",
        "Written by `benchmarks/memory.py`. Constant (a 10 kB document): "
        f"{constant / 1024:.0f} MiB.",
        "",
        "| Document | Peak | Over the constant | Bytes per input byte, over the last size |",
        "| --- | --- | --- | --- |",
    ]
    last_size, last_peak = 10_000, constant
    for size in sizes:
        data = document(size)
        peak = peak_kib(data)
        over = (peak - constant) * 1024
        marginal = (peak - last_peak) * 1024 / (len(data) - last_size)
        lines.append(
            f"| {len(data) / 1e6:.1f} MB | {peak / 1024:.0f} MiB | {over / 2**20:.0f} MiB | "
            f"{marginal:.1f} |"
        )
        last_size, last_peak = len(data), peak
    text = "\n".join(lines) + "\n"
    RESULT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
