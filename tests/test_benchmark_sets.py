"""The hand-made benchmark data in benchmarks/sets/: each file says where its records came from,
and each record names a rule that exists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import labelled
from benchmarks.labelled import SETS, read_set
from lintnews.registry import all_rules

SET_NAMES = sorted(path.stem for path in SETS.glob("*.jsonl"))


def test_the_sets_the_benchmarks_read_are_there() -> None:
    assert {
        "merged_judged",
        "merged_real",
        "residue_lines",
        "residue_reviewed",
        "translation_reviewed",
    } <= set(SET_NAMES)


@pytest.mark.parametrize("name", SET_NAMES)
def test_a_set_opens_with_its_provenance_and_holds_records(name: str) -> None:
    lines = (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    note = json.loads(lines[0])
    assert isinstance(note["note"], str) and len(note["note"]) > 40
    records = read_set(name)
    assert len(records) == len(lines) - 1 > 0
    assert all(isinstance(record, dict) and "note" not in record for record in records)


@pytest.mark.parametrize("name", SET_NAMES)
def test_every_code_in_a_set_is_a_rule(name: str) -> None:
    codes = {rule.code for rule in all_rules()}
    assert {record["code"] for record in read_set(name) if "code" in record} <= codes


def test_every_residue_line_group_is_described() -> None:
    header = json.loads((SETS / "residue_lines.jsonl").open(encoding="utf-8").readline())
    groups = {record["group"] for record in read_set("residue_lines")}
    assert groups == set(header["groups"])


def test_a_set_without_a_note_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bare.jsonl").write_text('{"text": "Read more"}\n', encoding="utf-8")
    monkeypatch.setattr(labelled, "SETS", tmp_path)
    with pytest.raises(ValueError, match="note"):
        read_set("bare")
