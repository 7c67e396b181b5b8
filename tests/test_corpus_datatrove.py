"""A real datatrove pipeline (JSONL reader, the lintnews steps, JSONL writer) agrees with
`lintnews corpus` on the same input, on datatrove's local executor (several tasks, two workers)
and on its Ray executor against a local Ray cluster (the same steps a Ray cluster of many
machines runs: each task is a Ray task in its own worker process, which unpickles the steps)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lintnews.corpus import CorpusOptions, run_corpus
from lintnews.corpus.formats import read_output
from tests.conftest import FIXTURES

pytest.importorskip(
    "datatrove", reason="datatrove is not installed (pip install 'lintnews[datatrove]')"
)

# datatrove's JsonlReader and JsonlWriter need orjson (datatrove's "io" extra).
pytest.importorskip("orjson", reason="datatrove's JSONL reader needs orjson (pip install orjson)")

NEWS = FIXTURES / "corpus" / "news.jsonl"
REJECT = ("T001", "E")
MAX_PER_1K = 1.0


# An executor for the pipeline: (steps, logging folder) -> something with .run().
Executor = Callable[[list[Any], Path], Any]


def _local(pipeline: list[Any], logs: Path) -> Any:
    from datatrove.executor import LocalPipelineExecutor

    return LocalPipelineExecutor(pipeline=pipeline, tasks=4, workers=2, logging_dir=str(logs))


@pytest.fixture(scope="module")
def local_ray_cluster() -> Iterator[None]:
    """A Ray cluster on this machine: a head node with two CPUs and no dashboard."""
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install ray)")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield
    finally:
        ray.shutdown()


def _ray(pipeline: list[Any], logs: Path) -> Any:
    from datatrove.executor.ray import RayPipelineExecutor

    # 0.5 GB a task: the steps need about 100 MB, and the default of 2 GB a CPU may exceed
    # what a small CI machine offers Ray.
    return RayPipelineExecutor(
        pipeline=pipeline, tasks=4, workers=2, logging_dir=str(logs), mem_per_cpu_gb=0.5
    )


def test_datatrove_pipeline_agrees_with_lintnews_corpus(tmp_path: Path) -> None:
    _pipeline_agrees_with_lintnews_corpus(tmp_path, _local)


# datatrove passes Ray the placement-group arguments that Ray 2.5x deprecates.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_datatrove_pipeline_on_ray_agrees_with_lintnews_corpus(
    tmp_path: Path, local_ray_cluster: None
) -> None:
    _pipeline_agrees_with_lintnews_corpus(tmp_path, _ray)


def _pipeline_agrees_with_lintnews_corpus(tmp_path: Path, executor: Executor) -> None:
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from lintnews.corpus.datatrove import LintnewsAnnotator, LintnewsFilter, LintnewsFormatter

    lines = NEWS.read_text(encoding="utf-8").splitlines()
    inputs = tmp_path / "in"
    inputs.mkdir()
    for part in range(4):  # datatrove gives each task its own files
        (inputs / f"part{part}.jsonl").write_text(
            "".join(line + "\n" for line in lines[part::4]), encoding="utf-8"
        )
    kept_dir, excluded_dir, logs = tmp_path / "kept", tmp_path / "excluded", tmp_path / "logs"
    pipeline = [
        JsonlReader(str(inputs), glob_pattern="*.jsonl"),
        LintnewsFormatter(),
        LintnewsAnnotator(),
        LintnewsFilter(
            reject=REJECT,
            max_per_1k=MAX_PER_1K,
            exclusion_writer=JsonlWriter(str(excluded_dir), compression=None),
        ),
        JsonlWriter(str(kept_dir), compression=None),
    ]
    executor(pipeline, logs).run()

    def documents(folder: Path) -> dict[str, dict[str, Any]]:
        found = {}
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                found[doc["id"]] = doc
        return found

    kept, excluded = documents(kept_dir), documents(excluded_dir)

    output = tmp_path / "corpus"
    code, _ = run_corpus(
        CorpusOptions(
            inputs=[str(inputs)],
            output=str(output),
            fix=True,
            reject=REJECT,
            max_per_1k=MAX_PER_1K,
            jobs=2,
            progress=False,
        ),
        io.StringIO(),
        io.StringIO(),
    )
    assert code == 0
    ours_kept = {r["id"]: r for p in sorted(output.glob("part*")) for r in read_output(p)}
    ours_rejected = {
        r["id"]: r for p in sorted((output / "rejected").glob("part*")) for r in read_output(p)
    }
    assert set(kept) == set(ours_kept) and set(excluded) == set(ours_rejected)
    assert kept and excluded and len(kept) + len(excluded) == len(lines)
    for doc_id, doc in [*kept.items(), *excluded.items()]:
        ours = ours_kept.get(doc_id) or ours_rejected[doc_id]
        assert doc["text"] == ours["text"], doc_id
        for field in ("lintnews_findings", "lintnews_counts", "lintnews_per_1k", "lintnews_fixes"):
            assert doc["metadata"][field] == ours[field], (doc_id, field)
    for doc_id, doc in excluded.items():
        reasons = ours_rejected[doc_id]["lintnews_rejected"]
        assert doc["metadata"]["lintnews_rejected"] == reasons
        assert doc["metadata"]["filter_reason"] == reasons[0]

    # datatrove's own stats carry lintnews codes: dropped_<CODE>, findings per rule.
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    by_step = {step["name"].split(": ", 1)[-1]: step["stats"] for step in stats}
    dropped = {k: v for k, v in by_step["lintnews filter"].items() if k.startswith("dropped_")}
    expected: dict[str, int] = {}
    for record in ours_rejected.values():
        key = "dropped_" + record["lintnews_rejected"][0]
        expected[key] = expected.get(key, 0) + 1
    assert {k: _total(v) for k, v in dropped.items() if k != "dropped"} == expected
    assert "dropped_T001" in expected and "dropped_max-per-1k" in expected
    annotations = by_step["lintnews annotate"]
    for code in {c for r in ours_kept.values() for c in r["lintnews_counts"]}:
        total = sum(
            r["lintnews_counts"].get(code, 0)
            for r in [*ours_kept.values(), *ours_rejected.values()]
        )
        assert _total(annotations[code]) == total, code


def _total(stat: Any) -> int:
    return int(stat["total"] if isinstance(stat, dict) else stat)
