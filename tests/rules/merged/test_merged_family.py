"""Behaviour of the M rules (merged and split words) beyond their examples: the seed articles,
every exclusion the issue names, fix safety, known words, and the labelled benchmark files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lintnews.config import Config
from lintnews.diagnostics import Diagnostic
from lintnews.engine import Linter, apply_fix_to_text
from tests.conftest import built_set

M_CODES = ("M001", "M002", "M003", "M004")


def _linter(known_words: tuple[str, ...] = ()) -> Linter:
    return Linter(Config(select=M_CODES, known_words=known_words))


def _reports(text: str, known_words: tuple[str, ...] = ()) -> list[Diagnostic]:
    return [d for d in _linter(known_words).lint_text(text) if d.code in M_CODES]


def _shown(text: str, diagnostics: list[Diagnostic]) -> list[tuple[str, str]]:
    return [(d.code, text[d.start : d.end]) for d in diagnostics]


# The seed articles ----------------------------------------------------------------------------


def test_mt_seed_reports_the_glued_words(fixtures: Path) -> None:
    text = (fixtures / "seeds" / "mt_article.txt").read_text(encoding="utf-8")
    found = {text[d.start : d.end]: d for d in _reports(text)}
    assert set(found) == {"Chernihivalthough", "Ukrainethey", "NATOa", "Belarusao"}
    for word, pieces in (
        ("Chernihivalthough", "Chernihiv although"),
        ("Ukrainethey", "Ukraine they"),
        ("NATOa", "NATO a"),
    ):
        diagnostic = found[word]
        assert diagnostic.code == "M001"
        assert diagnostic.fix is not None and diagnostic.fix.is_safe
        assert apply_fix_to_text(text, diagnostic.fix)[diagnostic.start :].startswith(pieces)
    assert found["Belarusao"].code == "M002"
    assert found["Belarusao"].fix is None
    assert "Belarus" in found["Belarusao"].message


def test_mt_seed_is_quiet_after_fixing(fixtures: Path) -> None:
    text = (fixtures / "seeds" / "mt_article.txt").read_text(encoding="utf-8")
    fixed = _linter().fix_text(text)
    assert "Chernihiv although" in fixed and "Ukraine they" in fixed and "NATO a " in fixed
    assert _shown(fixed, _reports(fixed)) == [("M002", "Belarusao")]


def test_clean_seed_has_no_m_report(fixtures: Path) -> None:
    text = (fixtures / "seeds" / "clean_article.txt").read_text(encoding="utf-8")
    assert _shown(text, _reports(text)) == []


# Every exclusion the issue names -------------------------------------------------------------

EXCLUSIONS = {
    "words and compounds": "The newspaper said nevertheless that somebody cannot outdo another "
    "carmaker; the onus is on us, whereas the beermaker and planemaker cut paycuts.",
    "brands": "She used YouTube on an iPhone, paid by PayPal, wrote JavaScript, sold on eBay, "
    "ate at McDonald's, flew easyJet, and played on a PlayStation.",
    "plural and possessive acronyms": "NATOs, MPs and CEOs met; the CEOs' and MPs' pay rose, "
    "and NATO's chief met the UN's envoy and two MEPs.",
    "mixed-case surnames": "McCain, DiCaprio, LeBron, MacDonald, O'Neill and DeVito met McKenzie.",
    "urls": "Read https://www.withthe.com/thetalks and www.ukrainethey.org for more.",
    "e-mail addresses": "Write to press@withboth.com or thetalks@example.org today.",
    "hashtags and handles": "Follow @withboth and @NATOa, and tag #thetalks and #Ukrainethey.",
    "file names": "Open thetalks.pdf, withboth.docx and report_final.txt first.",
    "code": "Call `getElementById` and `withBoth()` or set my_varname = toString(x).",
    "lines of code": ">>> from fontTools import ttLib\nconfig = loadSettings()\n"
    "import maskedarray as ma\n",
    "numbers with units": "He ran 5km in 20min before 10am, spent £5bn and drove 100mph.",
    "names in the lexicon": "Romeo, Franco, Iain, Bethan, Oram, Tono and Toto were there.",
    "derived names": "Kyivan, Blairite, Londoner, Putinism and Thatcherite views differ.",
    "names the document repeats": "Southcorp rejected it. Southcorp shares rose at Southcorp.",
    "headline capitals": "THETALKS AND WITHBOTH ARE IN CAPITALS.",
    "two words that make a word": "They went a way; any one could come every day, per cent.",
    "hyphenated compounds at a line end": "A well-\nknown and long-\nterm plan; pre- and "
    "post-war Europe; short- to medium-term loans.",
}


@pytest.mark.parametrize("text", EXCLUSIONS.values(), ids=EXCLUSIONS.keys())
def test_exclusions_are_quiet(text: str) -> None:
    assert _shown(text, _reports(text)) == []


@pytest.mark.parametrize(
    ("text", "glued", "pieces"),
    [
        ("He met withboth leaders.", "withboth", "with both"),
        ("He said thetalks failed.", "thetalks", "the talks"),
        ("Troops left Sinai. Egypt kept Sinaiand the canal.", "Sinaiand", "Sinai and"),
        ("The UNsaid it would help.", "UNsaid", "UN said"),
        ("Files on the girlsEpstein abused. Epstein died.", "girlsEpstein", "girls Epstein"),
        ("They doubt its effectivenessIn the meantime.", "effectivenessIn", "effectiveness In"),
        ("Ask for more informationYou can call.", "informationYou", "information You"),
        ("It said ofthetalks nothing.", "ofthetalks", "of the talks"),
        ("Mr Blair spoke. Later MrBlair left.", "MrBlair", "Mr Blair"),
        ("Labour has 163 MPsare saying so.", "MPsare", "MPs are"),
    ],
)
def test_every_casing_shape_is_split(text: str, glued: str, pieces: str) -> None:
    reports = [d for d in _reports(text) if d.code == "M001"]
    assert _shown(text, reports) == [("M001", glued)]
    assert reports[0].fix is not None
    assert apply_fix_to_text(text, reports[0].fix) == text.replace(glued, pieces)


# Fix safety and the user's known words --------------------------------------------------------


def test_fix_is_safe_only_with_strong_evidence() -> None:
    strong = _reports("He met withboth leaders.")
    assert strong[0].fix is not None and strong[0].fix.is_safe
    # "withthe" is listed by wordfreq (web glue): the split wins, but not safely.
    listed = _reports("They met withthe minister.")
    assert listed[0].fix is not None and not listed[0].fix.is_safe
    # Two content words may be a solid compound: the split is offered, not applied by --fix.
    content = _reports("The plan was radicallyimproved last year.")
    assert content[0].fix is not None and not content[0].fix.is_safe
    # The document writes the two words apart: safe.
    apart = _reports("They took pay cuts. Other paycuts followed.")
    assert apart[0].fix is not None and apart[0].fix.is_safe
    # A glued "A" may follow a lost full stop (taxA levy): the space alone is not safe.
    boundary = _reports("His spokesman has saidA fan jumped on stage.")
    assert boundary[0].fix is not None and not boundary[0].fix.is_safe


def test_known_words_silence_a_token_and_vouch_for_a_name() -> None:
    assert _reports("Officials said Ukrainethey left.", known_words=("Ukrainethey",)) == []
    # An unknown name glued to "and" needs evidence that it is a name.
    text = "Shelling went on in Zorvakhivand the villages."
    assert _reports(text) == []
    assert _shown(text, _reports(text, known_words=("Zorvakhiv",))) == [("M001", "Zorvakhivand")]


def test_a_fragment_of_a_broken_word_is_not_a_merge() -> None:
    text = "Output in the ind ustry fell."
    assert _shown(text, _reports(text)) == [("M003", "ind ustry")]


def test_line_end_hyphenation_is_joined_safely() -> None:
    text = "The govern-\nment and the gov- ernment met."
    assert [d.code for d in _reports(text)] == ["M004", "M004"]
    assert _linter().fix_text(text) == "The government and the government met."


def test_soft_hyphen_is_removed_safely() -> None:
    text = "The gov\u00adern\u00adment said so."
    reports = _reports(text)
    assert [d.code for d in reports] == ["M004", "M004"]
    assert _linter().fix_text(text) == "The government said so."


def test_a_huge_token_is_not_judged_slowly() -> None:
    text = "He typed " + "thetalks" * 5000 + " and left."
    assert _reports(text) == []


# The labelled benchmark files ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["merged", "merged_holdout"])
def test_labelled_sets_parse_and_label_real_spans(name: str) -> None:
    kinds: set[str] = set()
    lines = built_set(name).read_text(encoding="utf-8").splitlines()
    assert 300 <= len(lines) <= 700
    for line in lines:
        record = json.loads(line)
        text = record["text"]
        for defect in record["defects"]:
            assert defect["code"] in M_CODES
            assert text[defect["start"] : defect["end"]] == defect["token"]
            kinds.add(defect["kind"])
    assert {"pair", "block", "triple", "foreign", "split", "hyphen"} <= kinds


def test_pair_in_text_answers_are_shared_and_unchanged() -> None:
    """The M rules share one document's answers; each is the search of the lowered text."""
    from lintnews.document import Document
    from lintnews.rules.merged._evidence import Evidence

    doc = Document.from_text("The Plane Maker said so. A planemaker, Cambridge well-known.")
    first, second = Evidence(doc), Evidence(doc)
    asked = [("plane", "maker"), ("PLANE", "Maker"), ("bridge", "well"), ("maker", "said")]
    asked += [("ridge", "wel"), ("plane", "makers"), ("said", "so.")]
    for left, right in asked:
        expected = f"{left.lower()} {right.lower()}" in doc.lower
        assert first.pair_in_text(left, right) is expected
        assert second.pair_in_text(left, right) is expected
