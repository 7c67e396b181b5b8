"""The lexicon: wordfreq's data read without importing wordfreq, cached, and exact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lintnews import wordlist
from lintnews.lexicon import Lexicon
from lintnews.wordlist import load_pair_list


def test_word_list_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    wordlist.load_word_list.cache_clear()
    built = wordlist.load_word_list("en")
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".byrank", ".table"]
    wordlist.load_word_list.cache_clear()
    cached = wordlist.load_word_list("en")
    assert len(cached) == len(built) > 300_000
    for word in ("the", "kyiv", "although", "don't"):
        assert cached.zipf(word) == built.zipf(word)
    assert cached.zipf("chernihivalthough") is None
    wordlist.load_word_list.cache_clear()


def test_unwritable_cache_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(blocker / "sub"))
    wordlist.load_word_list.cache_clear()
    assert wordlist.load_word_list("en").zipf("the") == pytest.approx(7.73, abs=0.05)
    wordlist.load_word_list.cache_clear()


def test_lexicon_agrees_with_wordfreq() -> None:
    import wordfreq

    lexicon = Lexicon()
    for word in ("Kyiv", "Belarus", "newspaper", "although", "they", "Don’t"):
        assert lexicon.zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "en"), abs=0.011)
    assert lexicon.zipf_in("und", "de") == pytest.approx(
        wordfreq.zipf_frequency("und", "de"), abs=0.011
    )


def test_known_words_count_as_words() -> None:
    lexicon = Lexicon(frozenset({"Vrelkovo"}))
    assert lexicon.is_known("vrelkovo") and lexicon.zipf("Vrelkovo") >= 3.5
    assert not Lexicon().is_known("Vrelkovo")


def test_proper_forms() -> None:
    lexicon = Lexicon()
    assert lexicon.proper_form("russian") == "Russian"
    assert lexicon.proper_form("turkey") is None  # also an ordinary word


def test_nationalities_are_a_section_of_the_names() -> None:
    lexicon = Lexicon()
    assert lexicon.is_nationality("Chinese") and lexicon.is_nationality("european")
    # Countries end in the same letters as nationalities (Iran, Oman) but are not ones.
    assert not lexicon.is_nationality("Iran") and not lexicon.is_nationality("Monday")
    assert lexicon.proper_form("korea") == "Korea"


def test_given_names_come_from_the_census_list() -> None:
    lexicon = Lexicon()
    assert lexicon.is_given_name("Tony") and lexicon.is_given_name("laura")
    assert not lexicon.is_given_name("Power") and not lexicon.is_given_name("Spice")


def test_check_does_not_import_heavy_modules_it_does_not_need(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The talks ended. Fomin said the deal was close.\n")
    code = (
        "import sys\n"
        "from lintnews.cli import main\n"
        f"sys.argv = ['lintnews', 'check', '--select', 'R,C', {str(article)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('wordfreq', 'ftfy', 'language_tool_python', 'harper', 'pydantic')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_word_pairs_come_from_web_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    load_pair_list.cache_clear()
    try:
        lexicon = Lexicon()
        assert lexicon.pair_zipf("box", "office") > 3.0  # "box office": far commoner than 2.0
        assert lexicon.pair_zipf("Tax", "laws") > 2.0  # any case
        assert lexicon.pair_zipf("car", "making") == 0.0  # written solid: carmaking
        # The cache written on first use gives the same answers.
        load_pair_list.cache_clear()
        assert Lexicon().pair_zipf("box", "office") == lexicon.pair_zipf("box", "office")
        assert any(tmp_path.glob("*pairs*"))
    finally:
        load_pair_list.cache_clear()
