"""Residue (R), encoding (E) and punctuation (P) rules on real text: the seeds, the labelled
bench set, `--fix` against the clean originals, and ftfy's repairs of real mojibake."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from lintnews.config import Config
from lintnews.engine import Linter
from tests.conftest import FIXTURES

SEEDS = FIXTURES / "seeds"


def _residue() -> Linter:
    return Linter(Config(select=("R",)))


def _records() -> list[dict[str, object]]:
    """The labelled residue set; empty where ../shared/corpora is absent (those tests skip)."""
    from benchmarks.labelled import CorpusMissing, labelled_set

    try:
        path = labelled_set("residue")
    except CorpusMissing:
        return []
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def test_mt_seed_header_dateline_and_read_more_lines_are_reported() -> None:
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    found = {(d.code, text[d.start : d.end]) for d in _residue().lint_text(text)}
    assert ("R004", "date 2022-03-29") in found
    assert ("R009", "Ukraine.-") in found
    read_more = sorted(t for code, t in found if code == "R001")
    assert len(read_more) == 2
    assert read_more[0].startswith("Read more: The UN will seek")
    assert read_more[1].startswith("Read more: What are children to blame for?")


def test_clean_seed_header_is_reported_and_fixed() -> None:
    text = (SEEDS / "clean_article.txt").read_text(encoding="utf-8")
    reports = _residue().lint_text(text)
    assert [(d.code, d.start) for d in reports] == [("R004", 1)]
    fixed = _residue().fix_text(text)
    assert fixed.startswith("The regional government headquarters of Mykolaiv")
    assert fixed[1:] == text[len(" date 2022-03-29 ") + 1 :]


def test_mt_seed_fix_removes_residue_and_keeps_the_article() -> None:
    text = (SEEDS / "mt_article.txt").read_text(encoding="utf-8")
    fixed = _residue().fix_text(text, unsafe=True)
    assert fixed.startswith("The Russian army said on Tuesday")
    assert "Read more" not in fixed
    removed = {line for line in text.splitlines() if line.startswith("Read more")}
    kept = [line for line in text.splitlines()[1:] if line not in removed and line.strip()]
    assert [line for line in fixed.splitlines()[1:] if line.strip()] == kept


@pytest.mark.parametrize(
    "record", [r for r in _records() if "clean" in r], ids=lambda r: str(r["id"])
)
def test_fix_removes_residue_and_nothing_else(record: dict[str, object]) -> None:
    """Residue planted into a clean article (with decoys kept): fixing with the R rules gives
    back the clean article exactly, decoys included. Residue the rules are known to miss (bare
    headlines of other stories, the misses of the later check) is taken out by hand first;
    every residue line of the main set must be found."""
    text, clean = str(record["text"]), str(record["clean"])
    reports = _residue().lint_text(text)
    missed = [
        d
        for d in record["defects"]  # type: ignore[attr-defined]
        if d["scope"] != "main"
        and not any(r.start < d["end"] and d["start"] < r.end for r in reports)
    ]
    for defect in sorted(missed, key=lambda d: -d["start"]):
        text = _drop_line(text, defect["start"], defect["end"])
    assert _residue().fix_text(text, unsafe=True) == clean


def _drop_line(text: str, start: int, end: int) -> str:
    """Delete the line text[start:end] as the rules do, with one of the blank lines around it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end + 1
    if text[line_start - 2 : line_start] == "\n\n" and text[line_end : line_end + 1] == "\n":
        line_end += 1
    elif text[line_start - 2 : line_start] == "\n\n" and line_end == len(text):
        line_start -= 1
    return text[:line_start] + text[line_end:]


def test_fix_through_the_command_line(tmp_path: Path) -> None:
    record = next(
        r
        for r in _records()
        if "clean" in r and not any(d["scope"] == "hard" for d in r["defects"])
    )  # type: ignore[union-attr]
    path = tmp_path / "article.txt"
    path.write_text(str(record["text"]), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "lintnews",
            "check",
            "--select",
            "R",
            "--fix",
            "--unsafe-fixes",
            "-q",
            "--exit-zero",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    assert path.read_text(encoding="utf-8") == record["clean"]


DECOYS = [
    "Readers can read more about the scheme on the council's website.",
    "Share prices fell 3% in early trading on Monday.",
    "By Tuesday, the talks had collapsed.",
    "Photographs of the scene were shared widely on social media.",
    "Advertisement spending rose by a fifth last year.",
    "Copyright law is being overhauled, ministers said.",
    "Watch the skies tonight, the forecaster said.",
    "Click here, the instructions said, and the money was gone.",
    "Overcoming nerves",
    "| Member | State | Chamber | Party switch |",
    "Tuesday, 1 March",
    "2000 GMT",
]


@pytest.mark.parametrize("line", DECOYS)
def test_lines_that_only_mention_the_words_stay_quiet(line: str) -> None:
    text = f"The talks ended on Monday.\n\n{line}\n\nThey resume on Tuesday.\n"
    assert _residue().lint_text(text) == []


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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The plan was agreed in Kyiv.The army left.", "P001"),
        ("Professor Smith said.Professor Jones agreed.", "P001"),
        ("The talks , held in Istanbul , ended.", "P002"),
        ("The talks ended,, and they left.", "P003"),
        ("Johnson &amp; Johnson", "E002"),
        ("The talks ended.<br>They left.", "E003"),
        ("The Uk\u200braine talks", "E004"),
        ("Ukraine\ufffds army", "E005"),
        ("The talks\x07 ended.", "E006"),
        ("The\u00a0talks ended.", "E007"),
    ],
)
def test_inline_damage_is_reported(text: str, code: str) -> None:
    assert code in {d.code for d in Linter(Config(select=("E", "P"))).lint_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and the E.U. met at 9 a.m. on Monday, e.g. in Node.js and example.com.",
        "Growth was 3.5% in 2004.",
        "He paused ... and left.",
        "Why not?! That is great!!",
    ],
)
def test_punctuation_that_is_right_stays_quiet(text: str) -> None:
    assert Linter(Config(select=("P",))).lint_text(text) == []


WRAPPED = """The magazine is read by people who pay for it and by people who
subscribe to the service through their employer, the publisher said
in a statement on Monday. Sales of the paper edition fell and the
advertisement revenue followed. Readers were told that they could
follow us on Twitter for news, a spokesman said in the statement, and
by Tuesday afternoon the account had gained many new followers there.

Read more: The wrapped story of the week
Advertisement

The second paragraph is wrapped at the same width as the first one and
goes on for a while. It ends here.
"""


def test_hard_wrapped_text_loses_no_line_of_a_paragraph() -> None:
    """In fixed-width text a line that opens with 'subscribe to' or 'follow us on Twitter' is
    the middle of a sentence: only lines that stand alone can be residue."""
    reports = _residue().lint_text(WRAPPED)
    assert [(d.code, WRAPPED[d.start : d.end]) for d in reports] == [
        ("R001", "Read more: The wrapped story of the week"),
        ("R003", "Advertisement"),
    ]
    fixed = _residue().fix_text(WRAPPED)
    assert "subscribe to the service" in fixed and "follow us on Twitter" in fixed
    assert "Read more" not in fixed and "Advertisement" not in fixed


def _pattern_words(pattern: str) -> dict[str, list[str]]:
    """The words that follow each word in a pattern's source, up to four words on (past the
    rest of an alternation: "page|content|article|story you"): random walks through them give
    lines that the pattern's phrases match, and many near misses."""
    words = re.findall(r"[a-z]+|\d+", re.sub(r"\\[a-zA-Z]", " ", pattern))
    following: dict[str, list[str]] = {}
    for number, word in enumerate(words):
        following.setdefault(word, []).extend(words[number + 1 : number + 5])
    return following


def _walks(following: dict[str, list[str]], start: str, count: int) -> list[str]:
    import random

    rng = random.Random(start)
    vocabulary = sorted(following)
    walks = []
    for _ in range(count):
        words = [start]
        for _ in range(rng.randint(0, 12)):
            choices = following.get(words[-1]) if rng.random() < 0.9 else None
            words.append(rng.choice(choices or vocabulary))
        line = words[0].capitalize()
        for word in words[1:]:
            line += rng.choice([" "] * 12 + ["  ", "", ", ", " - "]) + word
        walks.append(line + rng.choice(["", ".", " ", ":"]))
    return walks


@pytest.mark.parametrize(
    ("module", "pattern"),
    [("call_to_action_line", "_LINE_RE"), ("page_interface_line", "_LINE_RE")],
)
def test_lines_opening_with_the_are_read_when_the_pattern_can_match(
    module: str, pattern: str
) -> None:
    """R002 and R010 read a line that opens with "the" only when it holds one of _THE_NEEDS:
    the pattern must match no such line without one."""
    import importlib

    rule = importlib.import_module(f"lintnews.rules.residue.{module}")
    compiled = getattr(rule, pattern)
    hits = 0
    for line in _walks(_pattern_words(compiled.pattern), "the", 50000):
        if compiled.match(line):
            hits += 1
            assert any(needle in line.casefold() for needle in rule._THE_NEEDS), line
    assert hits  # the walks reach the phrases that open with "the"


def _quick_test_agrees(
    pattern: re.Pattern[str],
    quick_test: Callable[[str], bool],
    pieces: list[str],
    *,
    seed: int,
    most: int,
    least: int = 0,
) -> None:
    """On random joins of ``pieces``, every text the pattern matches passes the quick test
    that guards it (a rule tries the pattern only where the quick test allows)."""
    import random

    rng = random.Random(seed)
    hits = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(least, most)))
        if pattern.match(text):
            hits += 1
            assert quick_test(text), text
    assert hits > 50  # the pieces make matches of each form


def test_dateline_pattern_is_tried_where_the_quick_test_allows() -> None:
    """R009 tries its pattern only where may_be_dateline() says it can match."""
    from lintnews.rules.residue import dateline

    pieces = [
        "KYIV", "Kyiv", "WASHINGTON", "Madrid", "LONDON", "São", "ÉVORA", "The", "US", "AB",
        "Ukraine", "Russia", "said", "Mr", "É", " ", " ", "  ", "\t", ",", " March 3", " 3 May",
        "(Reuters)", "(AP)", "(EFE)", "(", ")", "-", "--", "—", "–", ".-", ".", "'", "date 2022-03-29",
        "published: 2022-03-29T10:00Z", "time=2022-3-9", "dpa", "\"", "“",
    ]  # fmt: skip
    _quick_test_agrees(
        dateline._DATELINE_RE, dateline.may_be_dateline, pieces, seed=9, least=1, most=9
    )


def test_metadata_header_pattern_is_tried_where_the_quick_test_allows() -> None:
    """R004 tries its pattern only where _may_open_with_field() says a field can open the text."""
    from lintnews.rules.residue import metadata_header

    pieces = [
        "date", "DATE", "Date", "published", "Publish_date", "pubdate", "UPDATED", "modified",
        "Created", "Timestamp", "time", "url", "URL", "source", "ſource", "Link", "title",
        "Title", "author", "lang", "language", "id", "İd", "The", "Kyiv", "K", "é", " ", "\t",
        ":", "=", " 2022-03-29", "2022-03-29T10:00Z", "https://example.com", "www.x.org", "\n",
    ]  # fmt: skip
    _quick_test_agrees(
        metadata_header._HEADER_RE, metadata_header._may_open_with_field, pieces, seed=4, most=6
    )
