from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def built_set(name: str) -> Path:
    """A labelled benchmark set, built from ../shared/corpora on first use (see
    benchmarks/labelled.py); tests that need one are skipped where that corpus is absent."""
    from benchmarks.labelled import CorpusMissing, labelled_set

    try:
        return labelled_set(name)
    except CorpusMissing as error:
        pytest.skip(str(error))
