"""Corpus mode on one machine: formats, fields, fixing, rejecting, jobs, resuming, bad input,
and the library function agreeing with file mode."""

from __future__ import annotations

import csv
import gzip
import io
import json
import pickle
import subprocess
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

from lintnews.corpus import CorpusOptions, lint_texts, run_corpus
from lintnews.corpus import runner as corpus_runner
from lintnews.corpus.formats import read_output
from tests.conftest import FIXTURES

NEWS = FIXTURES / "corpus" / "news.jsonl"
BAD = FIXTURES / "corpus" / "bad"
RECORDS = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines()]


def corpus(inputs: list[Path], output: Path, **options: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    settings: dict[str, Any] = {"jobs": 1, "progress": False, **options}
    code, _ = run_corpus(
        CorpusOptions(inputs=[str(p) for p in inputs], output=str(output), **settings), out, err
    )
    return code, out.getvalue(), err.getvalue()


def records(folder: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.name != "errors.jsonl"):
        found.extend(read_output(path))
    return found


def findings(record: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(f["code"], f["start"], f["end"]) for f in record["lintnews_findings"]]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    output = tmp_path_factory.mktemp("baseline") / "out"
    code, _, err = corpus([NEWS], output)
    assert code == 0, err
    return records(output)


# The library function and file mode --------------------------------------------------------


def _offset(text: str, row: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(line) + 1 for line in lines[: row - 1]) + column - 1


def test_corpus_and_file_mode_give_the_same_findings(
    tmp_path: Path, baseline: list[dict[str, Any]]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index, record in enumerate(RECORDS):
        (folder / f"{index:02d}.txt").write_text(record["text"], encoding="utf-8")
    check = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--output-format", "json", str(folder)],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": ""},
    )
    file_mode: dict[int, list[tuple[str, int, int]]] = {i: [] for i in range(len(RECORDS))}
    for item in json.loads(check.stdout):
        index = int(Path(item["filename"]).stem)
        text = RECORDS[index]["text"]
        start = _offset(text, item["location"]["row"], item["location"]["column"])
        end = _offset(text, item["end_location"]["row"], item["end_location"]["column"])
        file_mode[index].append((item["code"], start, end))
    assert sum(map(len, file_mode.values())) >= 10, "the fixture should have findings"
    for index, record in enumerate(baseline):
        assert findings(record) == sorted(file_mode[index], key=lambda f: (f[1], f[2], f[0]))
    assert [findings({"lintnews_findings": r["findings"]}) for r in lint_texts(RECORDS_TEXTS)] == [
        findings(r) for r in baseline
    ]


RECORDS_TEXTS = [record["text"] for record in RECORDS]


def test_fixed_text_is_what_file_mode_fix_writes(tmp_path: Path) -> None:
    import lintnews

    results = lint_texts(RECORDS_TEXTS, fix=True)
    assert any(r["fixes"] for r in results)
    for text, result in zip(RECORDS_TEXTS, results, strict=True):
        assert result["fixed"] == lintnews.fix_text(text)
        # The findings left refer to the fixed text.
        assert [(f["code"], f["start"], f["end"]) for f in result["findings"]] == [
            (d.code, d.start, d.end) for d in lintnews.lint_text(result["fixed"])
        ]


def test_offsets_refer_to_the_text_as_given_with_crlf_and_bom() -> None:
    text = RECORDS[10]["text"]  # the machine-translated article
    lf = lint_texts([text])[0]["findings"]
    crlf_text = "\ufeff" + text.replace("\n", "\r\n")
    crlf = lint_texts([crlf_text])[0]["findings"]
    assert [f["code"] for f in crlf] == [f["code"] for f in lf]
    for a, b in zip(lf, crlf, strict=True):
        assert text[a["start"] : a["end"]].replace("\n", "\r\n") == crlf_text[b["start"] : b["end"]]
    fixed = lint_texts([crlf_text], fix=True)[0]["fixed"]
    assert fixed.startswith("\ufeff") and "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "")


def test_lint_texts_is_picklable_and_the_same_in_another_process() -> None:
    assert pickle.loads(pickle.dumps(lint_texts)) is lint_texts
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        remote = pool.submit(lint_texts, RECORDS_TEXTS[9:]).result()
    assert remote == lint_texts(RECORDS_TEXTS[9:])
    assert pickle.loads(pickle.dumps(remote)) == remote


# Output records ------------------------------------------------------------------------------


def test_output_keeps_every_record_and_adds_findings_counts_and_rate(
    baseline: list[dict[str, Any]],
) -> None:
    assert len(baseline) == len(RECORDS)
    for original, record in zip(RECORDS, baseline, strict=True):
        assert {k: record[k] for k in original} == original
        counts = Counter(f["code"] for f in record["lintnews_findings"])
        assert record["lintnews_counts"] == dict(counts)
        assert record["lintnews_words"] == len(original["text"].split())
        rate = 1000 * len(record["lintnews_findings"]) / record["lintnews_words"]
        assert record["lintnews_per_1k"] == pytest.approx(rate, abs=1e-3)
        for finding in record["lintnews_findings"]:
            assert set(finding) == {"code", "start", "end", "message", "fix"}
            assert 0 <= finding["start"] <= finding["end"] <= len(original["text"])
    mt = baseline[10]
    assert mt["id"] == "seeds/mt_article" and mt["lintnews_counts"]["M001"] >= 2
    flagged = [mt["text"][f["start"] : f["end"]] for f in mt["lintnews_findings"]]
    assert "Ukrainethey" in flagged


def test_output_is_identical_for_any_number_of_jobs(tmp_path: Path) -> None:
    outputs = []
    for jobs in (1, 2):
        output = tmp_path / f"jobs{jobs}"
        code, _, err = corpus([NEWS], output, jobs=jobs, shard_records=3, reject=("T001",))
        assert code == 0, err
        outputs.append(
            {
                p.relative_to(output).as_posix(): p.read_bytes()
                for p in sorted(output.rglob("*"))
                if p.is_file() and p.name != "run.json"
            }
        )
    assert len([name for name in outputs[0] if name.startswith("news.")]) == 4
    assert outputs[0] == outputs[1]


def _write_variants(folder: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq
    import zstandard

    data = NEWS.read_bytes()
    paths = {
        "gz": folder / "news.jsonl.gz",
        "zst": folder / "news.jsonl.zst",
        "csv": folder / "news.csv",
        "tsv": folder / "news.tsv",
        "parquet": folder / "news.parquet",
    }
    paths["gz"].write_bytes(gzip.compress(data))
    paths["zst"].write_bytes(zstandard.ZstdCompressor().compress(data))
    for kind, delimiter in (("csv", ","), ("tsv", "\t")):
        with open(paths[kind], "w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, list(RECORDS[0]), delimiter=delimiter)
            writer.writeheader()
            writer.writerows(RECORDS)
    pq.write_table(pa.Table.from_pylist(RECORDS), paths["parquet"], row_group_size=5)
    return list(paths.values())


def test_every_input_format_gives_the_same_findings(
    tmp_path: Path, baseline: list[dict[str, Any]]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    _write_variants(inputs)
    output = tmp_path / "out"
    # The five files hold the same records, so every line recurs across the run: R012's
    # cross-document evidence is not the one file's, by design. Formats are compared without it.
    code, _, err = corpus([inputs], output, shard_records=4, ignore=("R012",))
    assert code == 0, err
    names = sorted(p.name for p in output.iterdir() if p.is_file())
    assert "news-jsonl-gz.00000.jsonl.gz" in names and "news-parquet.00000.parquet" in names
    assert "news-csv.00000.csv" in names and "news-tsv.00002.tsv" in names

    def without_r012(
        record: dict[str, Any],
    ) -> tuple[str, list[tuple[str, int, int]], dict[str, int]]:
        counts = {code: n for code, n in record["lintnews_counts"].items() if code != "R012"}
        return record["id"], [f for f in findings(record) if f[0] != "R012"], counts

    expected = [without_r012(r) for r in baseline]
    groups: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(p for p in output.iterdir() if p.is_file()):
        kind = path.name.split(".", 2)[-1]
        groups.setdefault(kind, []).extend(read_output(path))
    assert set(groups) == {"jsonl.gz", "jsonl.zst", "csv", "tsv", "parquet"}
    for kind, found in groups.items():
        assert [without_r012(r) for r in found] == expected, kind


def test_parquet_output_from_jsonl_keeps_types(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    output = tmp_path / "out"
    code, _, err = corpus([NEWS], output, output_format="parquet")
    assert code == 0, err
    table = pq.read_table(output / "news.00000.parquet")
    assert table.num_rows == len(RECORDS)
    assert str(table.schema.field("lintnews_counts").type).startswith("map<string, int64")
    first = table.column("lintnews_findings").to_pylist()[10][0]
    assert set(first) == {"code", "start", "end", "message", "fix"}


def test_text_and_id_fields(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"body": r["text"]}) + "\n" for r in (RECORDS[8], RECORDS[10])),
        encoding="utf-8",
    )
    output = tmp_path / "out"
    code, _, err = corpus([source], output, text_field="body", id_field="missing", reject=("M",))
    assert code == 0, err
    rejected = list(read_output(output / "rejected" / "in.00000.jsonl"))
    assert [r["lintnews_rejected"] for r in rejected] == [["M001", "M002"]]
    summary = json.loads((output / ".lintnews" / "shards" / "in.00000.json").read_text())
    assert "line 2" in json.dumps(summary["stats"]["examples"])  # no id: the line number


# Fixing and rejecting ----------------------------------------------------------------------


def test_fix_in_place_and_into_another_field(tmp_path: Path) -> None:
    import lintnews

    code, _, err = corpus([NEWS], tmp_path / "a", fix=True)
    assert code == 0, err
    in_place = records(tmp_path / "a")
    code, _, err = corpus([NEWS], tmp_path / "b", fix=True, fixed_field="clean")
    assert code == 0, err
    beside = records(tmp_path / "b")
    for original, a, b in zip(RECORDS, in_place, beside, strict=True):
        fixed = lintnews.fix_text(original["text"])
        assert a["text"] == fixed == b["clean"] and b["text"] == original["text"]
        assert findings(a) == findings(b)
        for finding in a["lintnews_findings"]:
            assert finding["end"] <= len(fixed)
    assert sum(sum(r["lintnews_fixes"].values()) for r in in_place) >= 3


def test_reject_codes_and_rate_move_documents_with_their_reasons(
    tmp_path: Path, baseline: list[dict[str, Any]]
) -> None:
    output = tmp_path / "out"
    code, out, err = corpus([NEWS], output, reject=("T001", "E"), max_per_1k=10.0)
    assert code == 0, err
    kept = list(read_output(output / "news.00000.jsonl"))
    rejected = list(read_output(output / "rejected" / "news.00000.jsonl"))
    assert len(kept) + len(rejected) == len(RECORDS)  # nothing silently dropped
    by_id = {r["id"]: r for r in baseline}
    for record in rejected:
        counts = by_id[record["id"]]["lintnews_counts"]
        reasons = [c for c in counts if c == "T001" or c.startswith("E")]
        if by_id[record["id"]]["lintnews_per_1k"] > 10:
            reasons.append("max-per-1k")
        assert record["lintnews_rejected"] == reasons and reasons
    for record in kept:
        assert "lintnews_rejected" not in record
        assert record["lintnews_per_1k"] <= 10
        assert not any(c == "T001" or c.startswith("E") for c in record["lintnews_counts"])
    assert "seeds/mt_article" in {r["id"] for r in rejected}
    assert f"{len(kept)} kept, {len(rejected)} rejected" in out


# Resuming and interruption -----------------------------------------------------------------


def test_interrupted_run_leaves_no_partial_file_and_rerun_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "out"
    real = corpus_runner.process_shard
    calls = {"n": 0}

    def crash_on_third(shard: Any, settings: Any) -> dict[str, Any]:
        calls["n"] += 1
        if calls["n"] == 3:
            # A crash in the middle of writing a shard.
            import lintnews.corpus.formats as formats

            def explode(*args: Any, **kwargs: Any) -> None:
                path = args[0]
                with formats.atomic_path(path) as temporary:
                    temporary.write_text("half a shard")
                    raise KeyboardInterrupt

            monkeypatch.setattr(corpus_runner, "write_records", explode)
        return real(shard, settings)

    monkeypatch.setattr(corpus_runner, "process_shard", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        corpus([NEWS], output, shard_records=3)
    monkeypatch.undo()
    written = sorted(p.name for p in output.rglob("*") if p.is_file())
    assert not [name for name in written if name.endswith(".tmp")]
    assert [n for n in written if n.startswith("news.")] == [
        "news.00000.json",
        "news.00000.jsonl",
        "news.00001.json",
        "news.00001.jsonl",
    ]
    # A stale temporary file, as a killed process would leave it, is cleaned up too.
    (output / ".news.00002.jsonl.999.tmp").write_text("junk")
    code, out, err = corpus([NEWS], output, shard_records=3)
    assert code == 0, err
    assert "(2 resumed)" in out
    fresh = tmp_path / "fresh"
    corpus([NEWS], fresh, shard_records=3)
    assert records(output) == records(fresh)
    assert not list(output.glob(".*.tmp"))


def test_rerun_with_other_settings_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "out"
    assert corpus([NEWS], output)[0] == 0
    code, _, err = corpus([NEWS], output, fix=True)
    assert code == 2 and "other inputs or settings" in err


# Bad input ---------------------------------------------------------------------------------


def test_bad_record_stops_with_one_line_naming_file_and_line(tmp_path: Path) -> None:
    code, _, err = corpus([BAD / "bad-records.jsonl"], tmp_path / "out")
    assert code == 2
    assert err.count("\n") == 1
    assert "bad-records.jsonl: line 2: malformed JSON" in err and "--on-error skip" in err


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("truncated.jsonl.gz", "truncated.jsonl.gz: cannot read after line"),
        ("corrupt.parquet", "corrupt.parquet: cannot read Parquet"),
    ],
)
def test_corrupt_file_stops_with_its_name(tmp_path: Path, name: str, expected: str) -> None:
    code, _, err = corpus([BAD / name], tmp_path / "out")
    assert code == 2 and expected in err and err.count("\n") == 1


def test_on_error_skip_records_each_bad_record_and_goes_on(tmp_path: Path) -> None:
    output = tmp_path / "out"
    inputs = [BAD / "bad-records.jsonl", BAD / "truncated.jsonl.gz", BAD / "corrupt.parquet", NEWS]
    code, out, err = corpus(inputs, output, on_error="skip")
    assert code == 0, err
    errors = [json.loads(line) for line in (output / "errors.jsonl").read_text().splitlines()]
    bad = [e for e in errors if e["file"].endswith("bad-records.jsonl")]
    assert [(e["line"], e["error"].split(" (")[0]) for e in bad] == [
        (2, "malformed JSON"),
        (3, "no text field 'text'"),
        (4, "text field 'text' is int, not a string"),
        (5, "not a JSON object but list"),
    ]
    assert bad[0]["record"].startswith('{"id": "broken"')  # nothing is lost
    assert any(e["file"].endswith("truncated.jsonl.gz") for e in errors)
    assert any(e["file"].endswith("corrupt.parquet") for e in errors)
    assert len(list(read_output(output / "bad-records.00000.jsonl"))) == 2
    assert len(list(read_output(output / "news.00000.jsonl"))) == len(RECORDS)
    assert f"{len(errors)} bad records skipped" in out


# The command line --------------------------------------------------------------------------


def test_command_line_summary_and_plain_progress(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lintnews",
            "corpus",
            str(NEWS),
            "-o",
            str(tmp_path / "o"),
            "-j",
            "2",
        ],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": "", "COLUMNS": "120"},
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stderr + result.stdout  # piped: no bar, no colour
    assert "M001" in result.stdout and "merged-words" in result.stdout
    assert "12 documents (12 kept, 0 rejected, 0 errors)" in result.stdout


def test_help_stays_light() -> None:
    probe = (
        "import sys, lintnews.cli; "
        "print(sorted(m for m in ('pyarrow', 'matplotlib', 'lintnews.engine', "
        "'lintnews.corpus.runner', 'zstandard', 'datatrove') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_ctrl_c_on_a_real_run_with_workers_leaves_whole_shards_and_resumes(tmp_path: Path) -> None:
    import signal
    import time

    big = tmp_path / "big.jsonl"
    with open(big, "w", encoding="utf-8") as stream:
        for repeat in range(60):
            for record in RECORDS:
                stream.write(json.dumps({**record, "id": f"{repeat}/{record['id']}"}) + "\n")
    output = tmp_path / "out"
    command = [sys.executable, "-m", "lintnews", "corpus", str(big), "-o", str(output)]
    command += ["--jobs", "2", "--shard-size", "10"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shards = output / ".lintnews" / "shards"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(shards.glob("*.json"))) < 2:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    done = len(list(shards.glob("*.json")))
    assert 2 <= done < 72
    assert not list(output.rglob("*.tmp")), "a half-written file was left"
    for path in output.glob("big.*.jsonl"):
        assert len(list(read_output(path))) == 10  # every shard file is whole
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"({done} resumed)" in result.stdout
    assert len(records(output)) == 60 * len(RECORDS)


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lintnews.corpus import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(
        progress.make_progress(100, None, Terminal(), quiet=False), progress.BarProgress
    )
    piped = io.StringIO()
    plain = progress.make_progress(1000, None, piped, quiet=False)
    assert isinstance(plain, progress.PlainProgress)
    monkeypatch.setattr(progress, "PLAIN_EVERY_SECONDS", 0.0)
    plain.advance(120, 2_000_000, 500)
    line = piped.getvalue()
    assert line.startswith("lintnews corpus: 120 documents") and "MB/s" in line
    assert "50% of input" in line and "ETA" in line and "\x1b[" not in line


def test_group_totals_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from lintnews.corpus import stats as stats_module

    monkeypatch.setattr(stats_module, "MAX_GROUPS", 2)
    totals = stats_module.Stats()
    for name in ("a", "b", "c", "d", "a"):
        totals.add("x y", [], 2, 0.0, group=name)
    assert {k: v.docs for k, v in totals.groups.items()} == {"a": 2, "b": 1, "(other groups)": 2}


def test_report_recounted_from_csv_output_matches_the_run(tmp_path: Path) -> None:
    from lintnews.corpus.report import stats_from_output

    output = tmp_path / "out"
    code, _, err = corpus([NEWS], output, output_format="csv", reject=("T001",), fix=True)
    assert code == 0, err
    from_run = stats_from_output(output)
    recounted = stats_from_output(output, group_field="source")
    for name in ("docs", "words", "findings", "affected", "rejected", "codes", "hist", "fixes"):
        assert getattr(recounted, name) == getattr(from_run, name), name
    assert sum(g.docs for g in recounted.groups.values()) == len(RECORDS)
    # the seed, the museum theft ("The thieves they entered") and the trade talks ("The
    # ministers of trade of the two countries they met"): each has a T001 finding
    assert recounted.groups["machine-translated"].rejected == 3


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    from lintnews.corpus.formats import discover

    assert len(discover([str(NEWS), str(NEWS)])) == 1
    folder = discover([str(NEWS.parent)])
    assert discover([str(NEWS.parent), str(NEWS)]) == folder and len(folder) == 4


def test_grammar_backend_findings_agree_with_file_mode(tmp_path: Path) -> None:
    pytest.importorskip("harper", reason="harper-py is not installed")
    (tmp_path / "lintnews.toml").write_text('grammar = "harper"\n', encoding="utf-8")
    chosen = [RECORDS[5], RECORDS[10]]
    for index, record in enumerate(chosen):
        (tmp_path / f"{index}.txt").write_text(record["text"], encoding="utf-8")
    source = tmp_path / "two.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
    check = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--output-format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    expected: list[list[tuple[str, int, int]]] = [[], []]
    for item in json.loads(check.stdout):
        index = int(Path(item["filename"]).stem)
        text = chosen[index]["text"]
        start = _offset(text, item["location"]["row"], item["location"]["column"])
        end = _offset(text, item["end_location"]["row"], item["end_location"]["column"])
        expected[index].append((item["code"], start, end))
    assert any(code.startswith("HP:") for found in expected for code, _, _ in found)
    code, _, err = corpus([source], tmp_path / "out", config_path=str(tmp_path / "lintnews.toml"))
    assert code == 0, err
    found = [findings(r) for r in records(tmp_path / "out")]
    assert found == [sorted(e, key=lambda f: (f[1], f[2], f[0])) for e in expected]
