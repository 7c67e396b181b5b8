"""The detection benchmark's split and its planting generator (benchmarks/split.py, plant.py).

The split and the planters that need no corpus evidence run on made-up text; the check of a
built planted set against the corpus it came from runs where ../shared and the set are present.
"""

from __future__ import annotations

import itertools
import json
import random

import pytest

from benchmarks import plant
from benchmarks.split import part
from tests.conftest import SHARED

ARTICLE_TEXT = (
    "Talks resume in Kyiv\n\n"
    "The Russian army said on Tuesday that it would reduce military activity near Kyiv. "
    "Officials in the city of Chernihiv were not convinced. The mayor said the shelling went on "
    'for hours. "We have seen this before," he told reporters from the BBC.\n\n'
    "In the evening, the talks in Istanbul ended without a deal. Both sides will meet again."
)


def made_up_article() -> plant.Article:
    return plant.Article("made-up", "made-up", "doc.txt", "measure", ARTICLE_TEXT)


def test_split_is_stable_for_known_documents() -> None:
    # Recorded when the split was introduced: a change here moves documents between parts.
    assert part("bbc-news", "business/absa-and-barclays-talks-continue.txt") == "tune"
    assert part("wmt22-ja-en", "conversational_ja_072") == "tune"
    assert part("bbc-news", "business/001.txt") == part("bbc-news", "business/001.txt")


def test_split_gives_about_half_to_each_part() -> None:
    parts = [part("some-source", f"doc-{n}") for n in range(4000)]
    assert 0.46 < parts.count("tune") / len(parts) < 0.54


def test_split_depends_on_the_source() -> None:
    ids = [f"doc-{n}" for n in range(200)]
    assert [part("a", i) for i in ids] != [part("b", i) for i in ids]


@pytest.mark.parametrize("kind", ["doubled-word", "missing-word", "lowercase-sentence-start"])
def test_a_defect_label_points_at_the_changed_text_and_restores_it(kind: str) -> None:
    article = made_up_article()
    for variant in range(5):
        record = plant.plant(article, kind, variant)
        assert record is not None
        text = str(record["text"])
        defects = record["defects"]
        assert defects
        assert text != article.text
        for defect in defects:
            assert text[defect["start"] : defect["end"]] == defect["planted"]
            assert defect["planted"] != defect["correct"]
        assert plant.restore(text, defects) == article.text


def test_planting_is_the_same_for_the_same_seed_and_differs_by_variant() -> None:
    article = made_up_article()
    first = plant.plant(article, "doubled-word", 0)
    assert first == plant.plant(article, "doubled-word", 0)
    assert first != plant.plant(article, "doubled-word", 1)


def test_defects_are_kept_apart() -> None:
    article = made_up_article()
    for variant in range(10):
        record = plant.plant(article, "missing-word", variant)
        assert record is not None
        spans = sorted((d["start"], d["end"]) for d in record["defects"])
        assert all(end < next_start for (_, end), (next_start, _) in itertools.pairwise(spans))


def test_a_deleted_word_is_a_function_word_and_the_span_is_its_neighbours() -> None:
    record = plant.plant(made_up_article(), "missing-word", 0)
    assert record is not None
    for defect in record["defects"]:
        left, *deleted, right = defect["correct"].split(" ")
        assert len(deleted) == 1
        assert defect["label"].split()[1] == deleted[0]
        assert defect["planted"] == f"{left} {right}"


def test_sentence_openings_skip_abbreviations_and_initials() -> None:
    analysis = plant.analyse("Mr. Smith met J. Jones in the U.S. on Monday. Then he left.")
    opening = [t.text for t, opens in zip(analysis.tokens, analysis.opens, strict=False) if opens]
    assert opening == ["Mr", "Then"]


def test_apply_edits_maps_spans_after_earlier_changes() -> None:
    text = "one two three four five six"
    edits = [
        plant.Edit(3, 3, " one", 0, 3, "doubled", 0, 0),
        plant.Edit(14, 19, "", 8, 23, "deleted", 2, 4),
    ]
    planted, defects = plant.apply_edits(text, "test", edits)
    assert planted == "one one two three five six"
    assert [d.planted for d in defects] == ["one one", "three five"]
    assert [d.correct for d in defects] == ["one", "three four five"]
    assert plant.restore(planted, defects) == text


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason="needs ../shared/corpora")
@pytest.mark.parametrize("corpus", plant.CONTROLS)
def test_a_built_set_restores_the_corpus_text(corpus: str) -> None:
    path = plant.set_path(corpus, "measure")
    if not path.exists():
        pytest.skip(f"{path.name} is not built (python benchmarks/plant.py)")
    originals = {a.doc: a.text for a in plant.control_articles(corpus) if a.part == "measure"}
    with path.open(encoding="utf-8") as stream:
        lines = list(stream)
    for line in random.Random(18).sample(lines, 300):
        record = json.loads(line)
        text = record["text"]
        for defect in record["defects"]:
            assert text[defect["start"] : defect["end"]] == defect["planted"]
        assert plant.restore(text, record["defects"]) == originals[record["doc"]]
    kinds = {json.loads(line)["kind"] for line in lines}
    assert kinds == set(plant.KINDS)
