"""C002 lowercase-name beyond its docstring examples: the translated seed, names that are
also words, and when the fix is safe."""

from __future__ import annotations

import pytest

from tests.rules.conftest import SeedReports, flagged, lint, reported_near


def test_seed_lowercase_russian(mt_reports: SeedReports) -> None:
    assert reported_near(mt_reports, "C002", "when russian troops")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It comes when russian troops bogged down.", "russian"),
        ("The talks resume on tuesday in the capital.", "tuesday"),
        ("Alexander Fomin said so. Later, fomin said it was over.", "fomin"),
        ("Mr Clarke spoke first. Later, Charles clarke added more.", "clarke"),
        ("The firm was set up by Mr fuller. Mr Fuller later sold it.", "fuller"),
        (
            "Guarantors are Britain, France, turkey, China and Poland. Talks in Turkey went on.",
            "turkey",
        ),
    ],
)
def test_c002_reports(text: str, word: str) -> None:
    assert flagged(text, "C002") == [("C002", word)]


@pytest.mark.parametrize(
    "text",
    [
        "They ate turkey and drank from fine china.",
        "Prices may rise when the bill is passed.",
        "Bill Gates backed the bill. Turkey and China voted against it, as may others.",
        "The aviator film was made. Scorsese made The Aviator.",
        "Diners may go dutch at the new restaurant.",
        "The Consumer Electronics Show opened. Consumer electronics sales rose.",
        "Work on the Xiluodu Dam goes on; the Xiluodu dam is huge.",
    ],
)
def test_c002_not(text: str) -> None:
    assert flagged(text, "C002") == []


def test_c002_fix_is_safe_only_with_document_evidence() -> None:
    with_evidence = lint("When russian troops left, the Russian army said so.", "C002")
    without = lint("When russian troops left, the army said so.", "C002")
    assert with_evidence[0].fix is not None and with_evidence[0].fix.is_safe
    assert without[0].fix is not None and not without[0].fix.is_safe


def test_c002_fix_in_a_phrase_of_another_language_is_unsafe() -> None:
    # The document's capital elsewhere is C002's safe evidence, but inside a phrase of another
    # language the capitals follow that language's rules: "TV numerique terrestre" is French as
    # written (fix_safety.py found the safe fix).
    foreign = lint(
        "It is known as TNT, which stands for TV numerique terrestre. A free service is "
        "branded as Television Numerique pour Tous, or TNT for all.",
        "C002",
    )
    assert [d.fix is not None and d.fix.is_safe for d in foreign] == [False]
    english = lint(
        "The firm bought Zephyr Works in May. Staff at zephyr Works were pleased.", "C002"
    )
    assert [d.fix is not None and d.fix.is_safe for d in english] == [True]
