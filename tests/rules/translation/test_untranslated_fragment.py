"""T004 untranslated-fragment beyond its docstring examples: foreign words that English
borrows or that belong to names must stay quiet."""

from __future__ import annotations

import pytest

from tests.rules.conftest import flagged


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Guarantees from Russia y Ukraine were discussed.", "y"),
        ("The talks held in person o by video made no progress.", "o"),
        ("It marked the end de la guerra in the region.", "de la guerra"),
        ("The officials und diplomats met on Tuesday.", "und"),
        ("They drove der car into the city.", "der"),
        ("Britain et France signed the deal.", "et"),
        ("They met le president at night.", "le"),
    ],
)
def test_t004_reports(text: str, fragment: str) -> None:
    assert flagged(text, "T004") == [("T004", fragment)]


@pytest.mark.parametrize(
    "text",
    [
        "It became the de facto capital after a coup d'etat.",
        "Der Spiegel reported it first, and Le Monde followed.",
        "Like de Gaulle, he used the coup de grace.",
        "Jeroen van der Veer spoke. Smith et al. wrote about it.",
        "The à la carte menu was praised en route to Paris.",
        "Plot x against y. Ortega y Gasset wrote it.",
        "Oscar de la Hoya won the fight.",
    ],
)
def test_t004_not(text: str) -> None:
    assert flagged(text, "T004") == []
