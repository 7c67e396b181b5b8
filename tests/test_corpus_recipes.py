"""The README's Ray Data and Dask recipes, run as the README prints them: each code block is
executed in a folder holding `data/`, and what it writes to `clean/` must be the records whose
findings per 1,000 words are at most 20, annotated exactly as `lint_texts` annotates them."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lintnews.corpus import lint_texts
from tests.conftest import FIXTURES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
NEWS = FIXTURES / "corpus" / "news.jsonl"


def _recipe(library: str) -> str:
    section = README.split("### Ray Data and Dask", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    (block,) = [b for b in blocks if re.search(rf"^import {library}\b", b, re.MULTILINE)]
    return str(block)


@pytest.fixture
def in_folder_with_data(tmp_path: Path) -> Iterator[list[dict[str, Any]]]:
    records = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines()]
    (tmp_path / "data").mkdir()
    for part in range(2):
        (tmp_path / "data" / f"part{part}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in records[part::2]), encoding="utf-8"
        )
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield records
    finally:
        os.chdir(before)


def _expected(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    results = lint_texts([record["text"] for record in records])
    kept = {
        record["id"]: result
        for record, result in zip(records, results, strict=True)
        if result["per_1k"] <= 20
    }
    # The filter must keep some records and drop some, or the check proves little.
    assert 0 < len(kept) < len(records)
    return kept


def test_dask_recipe(in_folder_with_data: list[dict[str, Any]]) -> None:
    pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'dask[bag]')")
    exec(compile(_recipe("dask"), "README.md (Dask recipe)", "exec"), {})
    written = [
        json.loads(line)
        for path in sorted(Path("clean").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    expected = _expected(in_folder_with_data)
    assert {r["id"] for r in written} == set(expected)
    for record in written:
        assert record["lintnews_findings"] == expected[record["id"]]["findings"]
        assert record["lintnews_per_1k"] == expected[record["id"]]["per_1k"]


# Ray Data advises expressions over the lambda the recipe filters with; the lambda is plainer.
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning")
def test_ray_data_recipe(in_folder_with_data: list[dict[str, Any]]) -> None:
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'ray[data]')")
    pytest.importorskip("pandas", reason="Ray Data needs pandas (pip install 'ray[data]')")
    import pyarrow.parquet as pq

    # The recipe's relative paths resolve in each Ray worker's working directory, which is the
    # directory the cluster was started in: a cluster left by an earlier test lives elsewhere.
    if ray.is_initialized():
        ray.shutdown()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        exec(compile(_recipe("ray"), "README.md (Ray Data recipe)", "exec"), {})
    finally:
        ray.shutdown()
    rows = [
        row
        for path in sorted(Path("clean").glob("*.parquet"))
        for row in pq.read_table(path).to_pylist()
    ]
    expected = _expected(in_folder_with_data)
    assert {row["id"] for row in rows} == set(expected)
    for row in rows:
        result = expected[row["id"]]
        assert row["lintnews_codes"] == sorted(result["counts"])
        assert row["lintnews_per_1k"] == pytest.approx(result["per_1k"])
        assert len(row["lintnews_findings"]) == len(result["findings"])
        assert [f["code"] for f in row["lintnews_findings"]] == [
            f["code"] for f in result["findings"]
        ]
