"""Where the labelled benchmark sets live, and building them on demand.

The sets are made of defects planted into bbc-news articles, which the project reads from
``../shared/corpora`` but does not copy into the repository. Each set is therefore built, by its
fixed-seed builder script, into ``benchmarks/data/`` (not committed) the first time a benchmark
or test asks for it, and rebuilt when its builder, the hand-made lines it reads from
``benchmarks/sets/``, or the rules change. Builds are exact: the same builder, lines and corpus
always give the same file.

``benchmarks/sets/*.jsonl`` (committed) hold what people wrote or read rather than what code
computes: real residue lines with the page they came from, decoys, verdicts on alarms. The
first line of each is ``{"note": ...}``, where its records came from; every other line is one
record.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SETS = Path(__file__).resolve().parent / "sets"
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
# Set name -> the builder module that writes it (each builder's main() writes all its files).
BUILDERS = {
    "merged": "benchmarks.build_merged_set",
    "merged_holdout": "benchmarks.build_merged_set",
    "translation": "benchmarks.build_translation_set",
    "residue": "benchmarks.build_residue_set",
}


def read_set(name: str) -> list[dict[str, Any]]:
    """The records of ``benchmarks/sets/<name>.jsonl``, in file order, without its note line."""
    with (SETS / f"{name}.jsonl").open(encoding="utf-8") as stream:
        note, *records = (json.loads(line) for line in stream if line.strip())
    if "note" not in note:
        raise ValueError(
            f"{name}.jsonl must open with a note that says where its records came from"
        )
    return records


class CorpusMissing(RuntimeError):
    """The shared corpus the sets are built from is not beside the repository."""


def labelled_set(name: str) -> Path:
    """The path of a labelled set, built first if it is missing or older than its sources."""
    path = DATA / f"{name}.jsonl"
    module_name = BUILDERS[name]
    builder = ROOT / (module_name.replace(".", "/") + ".py")
    # Some builders skip carriers on which a rule already fires, so a set depends on the rules too.
    sources = [
        builder,
        *SETS.glob("*.jsonl"),
        *(ROOT / "rules").rglob("*.py"),
        *(ROOT / "lintnews").glob("*.py"),
    ]
    if path.exists() and path.stat().st_mtime >= max(f.stat().st_mtime for f in sources):
        return path
    if not BBC.is_dir():
        raise CorpusMissing(f"{BBC} is needed to build the labelled set {name!r}")
    module = importlib.import_module(module_name)
    module.main()
    return path
