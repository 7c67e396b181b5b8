"""E001 mojibake beyond its docstring examples: ftfy's own collection of real mojibake, its
negative cases, the unsafe guess at a lost quote byte, and the pre-filter that must agree with
the full pattern."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from lintnews.config import Config
from lintnews.engine import Linter

# Real mojibake collected by ftfy's authors (ftfy 6.3.1 source distribution,
# tests/test_cases.json): (label there, damaged text, repaired text with quotes kept curly).
REAL_MOJIBAKE = [
    (
        "UTF-8 / Windows-1252 mixed up twice in naming Iggy Pop",
        "Iggy Pop (nÃƒÂ© Jim Osterberg)",
        "Iggy Pop (né Jim Osterberg)",
    ),
    (
        "UTF-8 / Windows-1252 mixed up three times",
        "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.",
        "The Mona Lisa doesn’t have eyebrows.",
    ),
    ("UTF-8 / Windows-1252 mixup in French", "HÃ´tel de Police", "Hôtel de Police"),
    ("UTF-8 / Windows-1252 mixup in Spanish", "DOS AÃ‘OS", "DOS AÑOS"),
    ("Latin-1 / Windows-1252 mixup in German (issue #188)", "RUF MICH ZURÃœCK", "RUF MICH ZURÜCK"),
    (
        "Inconsistent UTF-8 / Latin-1 mojibake",
        "Ecuadorâ\x80\x99s â\x80\x98purely political decision on Assangeâ\x80\x99 is likely result of â\x80\x98US pressureâ\x80\x99\x85",
        "Ecuador’s ‘purely political decision on Assange’ is likely result of ‘US pressure’…",
    ),
    (
        "Latin-1 / Windows-1252 mixup in German",
        "\x84Handwerk bringt dich überall hin\x93: Von der YOU bis nach Monaco",
        "„Handwerk bringt dich überall hin“: Von der YOU bis nach Monaco",
    ),
    (
        "UTF-8 / Windows-1251 mixup in tweet spam",
        "Blog Traffic Tip 2 вЂ“ Broadcast Email Your Blog",
        "Blog Traffic Tip 2 – Broadcast Email Your Blog",
    ),
    (
        "UTF-8 / Windows-1252 followed by UTF-8 / Windows-1251",
        "a bigger-than-expected Г‚ВЈ5.8bn rights issue to satisfy the new banking regulator",
        "a bigger-than-expected £5.8bn rights issue to satisfy the new banking regulator",
    ),
    ("Italian UTF-8 / MacRoman example with ò", "Le Vigne di Zam√≤", "Le Vigne di Zamò"),
    (
        "Fix 'à' in inconsistent mojibake",
        "Le barÃ¨me forfaitaire permet l’Ã©valuation des frais de dÃ©placement relatifs Ã l’utilisation",
        "Le barème forfaitaire permet l’évaluation des frais de déplacement relatifs à l’utilisation",
    ),
    ("Checkmark that almost looks okay as mojibake", "âœ” No problems", "✔ No problems"),
]
# ftfy's negative cases: text that looks odd but is right.
REAL_NOT_MOJIBAKE = [
    "SÃO PAULO",
    "C O N C L U S Ã O",
    "Join ZZAJÉ’s Official Fan List and receive news, events, and more!",
    "NESTLÉ® requiere contratar personal para diferentes areas a nivel nacional e internacional",
    "Offering 5×£35 pin ups",
    "Connect with Āø on Facebook",
    "(-1/2)! = √π",
    "SENSЕ - Oleg Tsedryk",
    "RETWEET SE VOCÊ…",
]


@pytest.mark.parametrize(
    ("label", "damaged", "repaired"), REAL_MOJIBAKE, ids=[m[0] for m in REAL_MOJIBAKE]
)
def test_real_mojibake_is_reported_and_repaired(label: str, damaged: str, repaired: str) -> None:
    linter = Linter(Config(select=("E001",)))
    reports = linter.lint_text(damaged)
    assert reports, label
    assert all("decoded as" in d.message for d in reports)
    assert all(d.fix is not None and d.fix.is_safe for d in reports)
    assert linter.fix_text(damaged) == repaired


@pytest.mark.parametrize("text", REAL_NOT_MOJIBAKE)
def test_real_text_that_only_looks_like_mojibake_stays_quiet(text: str) -> None:
    assert Linter(Config(select=("E001",))).lint_text(text) == []


def test_mojibake_message_names_the_repair() -> None:
    (report,) = Linter(Config(select=("E001",))).lint_text("Ukraineâ€™s army")
    assert report.message == "Mojibake 'â€™' should be '’' (UTF-8 decoded as Windows-1252)"


def test_lost_quote_byte_is_an_unsafe_guess() -> None:
    linter = Linter(Config(select=("E001",)))
    text = "They said â€œnoâ€ to the plan."
    reports = linter.lint_text(text)
    assert [d.fix.is_safe for d in reports if d.fix] == [True, False]
    assert linter.fix_text(text) == "They said “noâ€ to the plan."
    assert linter.fix_text(text, unsafe=True) == "They said “no” to the plan."


def test_mojibake_search_tries_every_character_a_suspect_pair_can_start_with() -> None:
    # E001 looks for _LEAD_RE first and tries _SUSPECT_RE only there: each alternative of the
    # pattern must start with a character of _LEAD_RE, or its matches would be missed.
    from lintnews.rules.encoding import mojibake

    for alternative in mojibake._SUSPECT_RE.pattern.split("|"):
        first = (
            alternative[: alternative.index("]") + 1] if alternative[0] == "[" else alternative[0]
        )
        starts = re.compile(first)
        for code in range(0x3000):
            if starts.match(chr(code)):
                assert mojibake._LEAD_RE.match(chr(code)), (alternative, hex(code))
    text = "Ukraineâ€™s café, \x93quoted\x94, вЂ™ Р°, √© ‚Ä¶ and Â£5"
    assert [m.span() for m in mojibake._suspects(text)] == [
        m.span() for m in mojibake._SUSPECT_RE.finditer(text)
    ]


def test_ftfy_is_not_imported_for_clean_text() -> None:
    code = (
        "import sys; from lintnews.config import Config; from lintnews.engine import Linter; "
        "Linter(Config(select=('E',))).lint_text('Plain text, curly ’quotes’ and café.'); "
        "print('ftfy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
