"""Where the labelled benchmark sets live, and building them on demand.

The sets are made of defects planted into bbc-news articles, which the project reads from
``../shared/corpora`` but does not copy into the repository. Each set is therefore built, by its
fixed-seed builder script, into ``benchmarks/data/`` (not committed) the first time a benchmark
or test asks for it, and rebuilt when its builder changes. Builds are exact: the same builder and
corpus always give the same file.
"""

from __future__ import annotations

import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
# Set name -> the builder module that writes it (each builder's main() writes all its files).
BUILDERS = {
    "merged": "benchmarks.build_merged_set",
    "merged_holdout": "benchmarks.build_merged_set",
    "translation": "benchmarks.build_translation_set",
    "residue": "benchmarks.build_residue_set",
}


class CorpusMissing(RuntimeError):
    """The shared corpus the sets are built from is not beside the repository."""


def labelled_set(name: str) -> Path:
    """The path of a labelled set, built first if it is missing or older than its sources."""
    path = DATA / f"{name}.jsonl"
    module_name = BUILDERS[name]
    builder = ROOT / (module_name.replace(".", "/") + ".py")
    # Some builders skip carriers on which a rule already fires, so a set depends on the rules too.
    sources = [builder, *(ROOT / "rules").rglob("*.py"), *(ROOT / "lintnews").glob("*.py")]
    if path.exists() and path.stat().st_mtime >= max(f.stat().st_mtime for f in sources):
        return path
    if not BBC.is_dir():
        raise CorpusMissing(f"{BBC} is needed to build the labelled set {name!r}")
    module = importlib.import_module(module_name)
    module.main()
    return path
