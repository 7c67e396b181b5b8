"""Behaviour of the machine-translation rules (C and T codes) beyond their docstring examples:
the seed articles, and every case issue 4 says must not be reported."""

from __future__ import annotations

import pytest

from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.engine import Linter
from lintnews.registry import all_rules
from tests.conftest import FIXTURES

SEEDS = FIXTURES / "seeds"
CODES = ("C001", "C002", "T001", "T002", "T003", "T004", "T005", "T006")


def lint(text: str, *codes: str) -> list[Diagnostic]:
    present = {rule.code for rule in all_rules()}
    selected = tuple(code for code in codes or CODES if code in present)
    linter = Linter(Config(select=selected))
    return [d for d in linter.lint_text(text) if d.code in selected]


def flagged(text: str, *codes: str) -> list[tuple[str, str]]:
    return [(d.code, text[d.start : d.end]) for d in lint(text, *codes)]


# The seeds ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mt_reports() -> list[tuple[str, str, str]]:
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    return [(d.code, text[d.start : d.end], text[d.start - 30 : d.end + 20]) for d in lint(text)]


def _found(reports: list[tuple[str, str, str]], code: str, context: str) -> bool:
    return any(c == code and context in around for c, _, around in reports)


def test_seed_lowercase_fomin(mt_reports: list[tuple[str, str, str]]) -> None:
    assert ("C001", "fomin") in [(c, t) for c, t, _ in mt_reports]


def test_seed_lowercase_russian(mt_reports: list[tuple[str, str, str]]) -> None:
    assert _found(mt_reports, "C002", "when russian troops")


def test_seed_troops_they(mt_reports: list[tuple[str, str, str]]) -> None:
    assert _found(mt_reports, "T001", "russian troops they bogged")


def test_seed_both_zelensky_he(mt_reports: list[tuple[str, str, str]]) -> None:
    zelensky = [around for code, text, around in mt_reports if code == "T001" and text == "he"]
    assert any("Volodymyr Zelensky he said" in around for around in zelensky)
    assert any("Zelensky he also said" in around for around in zelensky)


def test_seed_the_of_the(mt_reports: list[tuple[str, str, str]]) -> None:
    assert _found(mt_reports, "T003", "similar to the of the")


def test_clean_seed_is_quiet() -> None:
    text = (SEEDS / "clean_article.txt").read_text(encoding="utf-8")
    assert flagged(text) == []


# C001 lowercase-sentence-start ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is it over? no, officials said.",
        "The war goes on! now the talks resume.",
        "The talks ended.\n\nthe army pulled back.",
        "the army pulled back on Tuesday.",
        'He said: "All I can say is that we tried. we have said so from day one."',
    ],
)
def test_c001_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "C001")] == ["C001"]


@pytest.mark.parametrize(
    "text",
    [
        "They met Mr. smith at the U.S. embassy.",
        "Prices rose in the U.S. and then fell.",
        "Some fruit, e.g. apples, is cheap.",
        "He lives at No. 10 and works there.",
        '"We will win," he said, "but not this year," he added.',
        '"I was ready for this." he added later.',
        'He shouted "Stop!" and left the room.',
        "She paused... and then she spoke.",
        "It was, she said … and then nothing.",
        "The plan:\n1. the army withdraws\n2. the talks resume",
        "- the army withdraws\n- the talks resume",
        "He bought an iPhone. iPhones are popular.",
        "She sold it on eBay. eBay took a fee.",
        "Like de Gaulle, he won. de Gaulle had the same problem.",
        "It was the start of China's\n\neconomic power.",
        "The musical Mamma Mia! has joined the list.",
    ],
)
def test_c001_not(text: str) -> None:
    assert flagged(text, "C001") == []


# C002 lowercase-name ------------------------------------------------------------------------


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


# T001 duplicated-subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Before the talks, President Volodymyr Zelensky he said his country was ready.",
        "It comes when russian troops they bogged down near Kyiv.",
        "The minister she added that talks would continue.",
        "Zelensky he also said he was open to a compromise.",
        "It was a loss. Mr Galloway he was expelled from the party.",
        "The conversations, held in person or by video, they made no progress.",
        "The ministers, who met on Monday, they agreed to talk.",
        "The Russian Defence Ministry it said troops would withdraw.",
        "Moscow said the ministry it has no plans to attack.",
    ],
)
def test_t001_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "T001")] == ["T001"]


@pytest.mark.parametrize(
    "text",
    [
        "She recognised the man he met in Paris.",
        "The man he met was a spy.",
        "Zelensky, he said, was ready to talk.",
        "That is what he said on Monday.",
        "It was the day he said goodbye.",
        "The minister told reporters he would resign.",
        "But he added that on Monday he said more.",
        "The minister he appointed resigned.",
        "For many economists and analysts they are a target.",
        "Afterwards he said the trip was useful.",
        "After the talks ended, they left.",
        "The next days, held up by traffic, they arrived late.",
        "The talks, which began in May, ended, and they left.",
        "The company it bought in 2004 was sold.",
        "The government he leads has fallen.",
        "What the ministry it said was unclear.",
    ],
)
def test_t001_not(text: str) -> None:
    assert flagged(text, "T001") == []


def test_t001_fix_drops_the_pronoun() -> None:
    linter = Linter(Config(select=("T001",)))
    fixed = linter.fix_text("Before the talks, President Zelensky he said it.", unsafe=True)
    assert fixed == "Before the talks, President Zelensky said it."


# T002 doubled-word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        ("He said the the talks failed.", "the the"),
        ("Troops destroyed a tank tank near the border.", "tank tank"),
        ("They met at the at the border crossing.", "at the at the"),
        ("Nobody cares if the vote is is low.", "is is"),
        ("She will now now seek a third title.", "now now"),
        ("They played at White Hart Lane Lane on Sunday.", "Lane Lane"),
    ],
)
def test_t002_reports(text: str, doubled: str) -> None:
    assert flagged(text, "T002") == [("T002", doubled)]


@pytest.mark.parametrize(
    "text",
    [
        "She had had enough of the talks.",
        "He said that that was wrong.",
        "What it is is a deal.",
        "All it is is a delay.",
        "Squad:\nSmith\nSmith\nJones",
        "Winners\nUkraine\nUkraine\nPoland",
        "The band Duran Duran played. Boutros Boutros-Ghali spoke.",
        "It was very very cold. Bye bye, she said.",
        "He logged in in London.",
        "Prices rose more and more. He said it time and time again.",
        "She starred in the musical Spend Spend Spend.",
        'He scored hits such as Sha La La, and fans scream "no no no no no" at him.',
        '"Now now," she said. "Ha ha," he replied.',
        "They holidayed on Koh Phi Phi in May.",
    ],
)
def test_t002_not(text: str) -> None:
    assert flagged(text, "T002") == []


# T003 missing-word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sequence"),
    [
        ("It is an arrangement similar to the of the NATO alliance.", "the of"),
        ("The army said a the offensive was over.", "a the"),
        ("Officials said the a deal was close.", "the a"),
        ("He said the is not ready.", "the is"),
    ],
)
def test_t003_reports_without_fix(text: str, sequence: str) -> None:
    reports = lint(text, "T003")
    assert [text[d.start : d.end] for d in reports] == [sequence]
    assert all(d.fix is None for d in reports)


@pytest.mark.parametrize(
    "text",
    [
        "The will of the people prevailed.",
        "A must for visitors, the museum reopened.",
        "Plan a and plan b were discussed, from a to z.",
        "The in-laws met the by-election candidate.",
        'The word "the" is short.',
    ],
)
def test_t003_not(text: str) -> None:
    assert flagged(text, "T003") == []


# T004 untranslated-fragment -----------------------------------------------------------------


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


# T005 article-before-acronym ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine abandoned any hope of joining the NATO, which it sees as a threat.",
        "He said the Opec would cut output.",
    ],
)
def test_t005_reports(text: str) -> None:
    assert [code for code, _ in flagged(text, "T005")] == ["T005"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine abandoned any hope of joining the NATO alliance.",
        "The Uefa Cup draw and the Nasa spacecraft were in the news.",
        "The EU and the UN met the IMF.",
        "It is similar to the of the NATOa principle.",
    ],
)
def test_t005_not(text: str) -> None:
    assert flagged(text, "T005") == []


# T006 postposed-adjective ------------------------------------------------------------------


def test_t006_an_or_pair_before_an_and_pair_is_reported_too() -> None:
    text = "They backed a plan radical or dangerous. Later they chose a war brutal and oppressive."
    assert flagged(text, "T006") == [
        ("T006", "plan radical or dangerous"),
        ("T006", "war brutal and oppressive"),
    ]


def test_t006_reports_the_seed_phrase() -> None:
    text = "Talks may put an end to a war brutal and oppressive."
    assert flagged(text, "T006") == [("T006", "war brutal and oppressive")]


@pytest.mark.parametrize(
    "text",
    [
        "The firm has a more agile and efficient structure.",
        "It was a brutal and oppressive war.",
        "It was the most competitive and thunderous game ever.",
        "The people responsible were arrested.",
    ],
)
def test_t006_not(text: str) -> None:
    assert flagged(text, "T006") == []


# Hard-wrapped text: a line break inside a paragraph is a space ----------------------------------

WRAPPED = (
    "A new account of the talks was written by Deputy Prime Minister John\n"
    "Prescott he told Mr Brown of his intention to stand down before the\n"
    "election, and it was said that the army would\n"
    "withdraw from the region by the end of the month, officials in the\n"
    "capital told reporters on Monday, adding that the russian troops had\n"
    "already left the the city.\n"
)


def test_hard_wrapped_text_reads_line_breaks_as_spaces() -> None:
    # "John\nPrescott he told" is not a clause-opening name, "withdraw" does not open a
    # sentence, but the lowercase name and the doubled word are still found.
    assert flagged(WRAPPED) == [("C002", "russian"), ("T002", "the the")]
