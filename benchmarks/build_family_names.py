"""Build C002's list of family names from the US Census surnames that the ``names`` package
ships (the package is MIT-licensed; the 1990 US Census data is in the public domain).

    python benchmarks/build_family_names.py     # writes rules/case/data/family_names.txt

The surnames borne by at least ``MIN_PERCENT`` per cent of the population, in their usual
capitalised spelling, one a line, sorted. C002 reads a lowercase word as a family name only
right after a capitalised first name (`Tim crawford`) and only when English rarely uses it as
a word (``rules/case/lowercase_name.py``): the list itself holds words too (Brown, Young).
Deterministic for one version of the package.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import names

OUT = Path(__file__).resolve().parent.parent / "rules" / "case" / "data" / "family_names.txt"
MIN_PERCENT = 0.002


def main() -> None:
    source = Path(names.__file__).resolve().parent / "dist.all.last"
    kept = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        surname, percent, *_ = line.split()
        if float(percent) >= MIN_PERCENT and surname.isalpha():
            kept.add(surname.capitalize())
    header = [
        f"# Family names from the names package {version('names')} (MIT): the 1990 US Census",
        f"# surnames (public domain) borne by at least {MIN_PERCENT}% of people. Built by",
        "# benchmarks/build_family_names.py. Do not edit.",
    ]
    OUT.write_text("\n".join([*header, *sorted(kept)]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} names")


if __name__ == "__main__":
    main()
