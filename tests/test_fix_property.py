"""The fix-safety property on a seeded sample: defects of every kind lintnews fixes are planted
into clean text; ``--fix`` must be idempotent, edit nothing outside a planted defect but at a
real defect judged and recorded in ``benchmarks/verdicts/fix-safety.jsonl``, and make no wrong
safe edit. The full-size run, with its figures, is ``benchmarks/fix_safety.py``."""

from __future__ import annotations

import random

import pytest

from benchmarks import fix_safety
from tests.conftest import FIXTURES, SHARED

SEED = 15
# Carriers of the sample from each corpus: enough for every kind, fast enough for the suite.
BBC_CARRIERS = 40
WMT_CARRIERS = 30


def assert_safe(outcome: fix_safety.Outcome) -> None:
    verdicts = fix_safety.load_verdicts()
    assert outcome.safe.not_idempotent == [], "a second safe --fix changed the text"
    assert outcome.unsafe.not_idempotent == [], "a second unsafe --fix changed the text"
    unjudged = [
        (edit.carrier, edit.code, edit.key, edit.before, edit.after)
        for edit in fix_safety.unjudged(outcome.safe, verdicts)
    ]
    assert unjudged == [], "safe edits outside the planted defects that nobody has judged"
    # Zero wrong safe edits, but those recorded as left to another rule's owner (judged on the
    # clean carriers, each with the rule and what it gets wrong).
    wrong = fix_safety.wrong_safe_edits(outcome, verdicts)
    assert [w.what for w in wrong if not w.left] == []


def test_defects_planted_into_the_shipped_clean_article() -> None:
    """No corpus needed: every kind that has a site in the clean seed, planted in turns."""
    path = FIXTURES / "seeds" / "clean_article.txt"
    carrier = fix_safety.Carrier(str(path.relative_to(FIXTURES.parent)), path.read_text(), True)
    outcome = fix_safety.run([carrier], seed=SEED, target=3, kinds_per_carrier=4, max_rounds=30)
    assert_safe(outcome)
    planted = outcome.safe.planted
    assert len(planted) >= 12 and sum(planted.values()) >= 40, planted
    # Most of them are repaired by safe fixes alone.
    assert sum(outcome.safe.restored.values()) >= 0.7 * sum(planted.values())


@pytest.mark.skipif(
    not (SHARED / "corpora" / "bbc-news").is_dir(), reason="needs ../shared/corpora/bbc-news"
)
def test_defects_planted_into_bbc_news_and_wmt22_references() -> None:
    pool = fix_safety.carriers()
    rng = random.Random(SEED)
    bbc = [c for c in pool if c.name.startswith("bbc-news/")]
    wmt = [c for c in pool if c.name.startswith("wmt22/")]
    sample = rng.sample(bbc, BBC_CARRIERS) + rng.sample(wmt, min(WMT_CARRIERS, len(wmt)))
    outcome = fix_safety.run(sample, seed=SEED, max_rounds=1)
    assert_safe(outcome)
    planted = outcome.safe.planted
    assert len(planted) >= len(fix_safety.KINDS) - 2 and sum(planted.values()) >= 300, planted
