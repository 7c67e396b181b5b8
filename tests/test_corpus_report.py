"""The HTML report, tested as a person sees it: opened in headless Chromium, its charts drawn and
its numbers those of the data."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from lintnews.corpus import CorpusOptions, run_corpus
from lintnews.corpus.formats import read_output
from tests.conftest import FIXTURES

NEWS = FIXTURES / "corpus" / "news.jsonl"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (Debian package 'chromium')"
)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("report")
    output, report = base / "out", base / "report.html"
    options = CorpusOptions(
        inputs=[str(NEWS)],
        output=str(output),
        jobs=1,
        progress=False,
        group_field="source",
        reject=("T001",),
        report=str(report),
        shard_records=5,
    )
    code, _ = run_corpus(options, io.StringIO(), io.StringIO())
    assert code == 0
    records: list[dict[str, Any]] = []
    for path in sorted([*output.glob("news.*"), *(output / "rejected").glob("news.*")]):
        records.extend(read_output(path))
    return {"base": base, "output": output, "report": report, "records": records}


def expected_numbers(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The report's numbers, computed here from the output records, independently."""
    words = sum(r["lintnews_words"] for r in records)
    counts: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for record in records:
        codes = [f["code"] for f in record["lintnews_findings"]]
        counts.update(codes)
        docs.update(set(codes))
    edges = [0, 1, 2, 5, 10, 20, 50]
    hist = [0] * 8
    for record in records:
        rate = record["lintnews_per_1k"]
        hist[0 if rate == 0 else next((i for i, e in enumerate(edges) if i and rate <= e), 7)] += 1
    groups: dict[str, list[int]] = {}
    for record in records:
        entry = groups.setdefault(record["source"], [0, 0, 0])
        entry[0] += 1
        entry[1] += record["lintnews_words"]
        entry[2] += len(record["lintnews_findings"])
    return {
        "documents": len(records),
        "words": words,
        "findings": sum(counts.values()),
        "rejected": sum(1 for r in records if r.get("lintnews_rejected")),
        "affected": sum(1 for r in records if r["lintnews_findings"]),
        "codes": {c: (n, round(n * 1e4 / words, 2), docs[c]) for c, n in counts.items()},
        "hist": hist,
        "groups": groups,
    }


class Page(HTMLParser):
    """Reads back what the page shows: tables' data-values, SVG ids, text."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.values: dict[str, list[float]] = {}  # "totals:documents", "rules:M001", ...
        self.ids: set[str] = set()
        self.drawn: set[str] = set()  # ids of SVG groups with a path drawn in them
        self.figures: dict[str, int] = {}  # figure id -> SVG paths drawn inside
        self.scripts = 0
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.stack.append((tag, attributes))
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            value = attributes.get(key) or ""
            if re.match(r"(https?:)?//", value):
                self.external.append(value)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "path":
            for t, a in self.stack:
                if t == "figure" and a.get("id"):
                    self.figures[str(a["id"])] = self.figures.get(str(a["id"]), 0) + 1
            group = next((a.get("id") for t, a in reversed(self.stack) if t == "g"), None)
            if group and (attributes.get("d") or "").strip():
                self.drawn.add(str(group))
        if "data-value" in attributes:
            key = self._row_key()
            self.values.setdefault(key, []).append(float(attributes["data-value"] or 0))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def _row_key(self) -> str:
        table = next((a.get("id") or a.get("data-code") for t, a in self.stack if t == "table"), "")
        row = next((t, a) for t, a in reversed(self.stack) if t == "tr")[1]
        name = row.get("data-key") or row.get("data-code") or row.get("data-group") or ""
        return f"{table}:{name}"


def check_page(page: Page, numbers: dict[str, Any]) -> None:
    values = page.values
    for key in ("documents", "words", "findings", "rejected", "affected"):
        assert values[f"totals:{key}"] == [numbers[key]], key
    assert numbers["rejected"] >= 1 and len(numbers["codes"]) >= 5
    for code, (count, per_10k, docs) in numbers["codes"].items():
        shown = values[f"rules:{code}"]
        assert shown[:3] == [count, per_10k, docs], code
        assert f"bar-{code}" in page.drawn and f"share-{code}" in page.drawn
        assert values[f"{code}:"], f"no examples shown for {code}"
    assert values["histogram:"] == numbers["hist"]
    for group, (docs, words, found) in numbers["groups"].items():
        assert values[f"group-table:{group}"][:3] == [docs, words, found]
    assert {f"hist-{label}" for label in ("0", "2–5", "> 50")} <= page.drawn
    assert {f"group-{i}" for i in range(len(numbers["groups"]))} <= page.drawn
    for figure in ("chart-per-10k", "chart-affected", "chart-histogram", "chart-groups"):
        assert page.figures.get(figure, 0) > len(numbers["groups"]), f"{figure} has no drawing"
    assert page.scripts == 0 and page.external == []


def test_report_file_is_self_contained_and_its_numbers_match_the_data(run: dict[str, Any]) -> None:
    page = Page()
    page.feed(run["report"].read_text(encoding="utf-8"))
    check_page(page, expected_numbers(run["records"]))


def test_report_command_on_an_existing_output(run: dict[str, Any]) -> None:
    target = run["base"] / "again.html"
    result = subprocess.run(
        [sys.executable, "-m", "lintnews", "report", str(run["output"]), "--report", str(target)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    page = Page()
    page.feed(target.read_text(encoding="utf-8"))
    check_page(page, expected_numbers(run["records"]))
    # Grouping by another field counts again from the records.
    other = run["base"] / "by-title.html"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "lintnews",
            "report",
            str(run["output"]),
            "-o",
            str(other),
            "--group-field",
            "id",
        ],
        check=True,
        capture_output=True,
    )
    page = Page()
    page.feed(other.read_text(encoding="utf-8"))
    assert len([k for k in page.values if k.startswith("group-table:")]) == 12


def chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@needs_chromium
def test_report_in_headless_chromium_shows_the_numbers(run: dict[str, Any], tmp_path: Path) -> None:
    result = chromium(["--dump-dom", run["report"].as_uri()], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    page = Page()
    page.feed(result.stdout)
    check_page(page, expected_numbers(run["records"]))
    numbers = expected_numbers(run["records"])
    assert f"{numbers['documents']:,}" in result.stdout
    assert "lintnews corpus report" in result.stdout


@needs_chromium
def test_report_in_headless_chromium_draws_the_charts(run: dict[str, Any], tmp_path: Path) -> None:
    from matplotlib.image import imread

    shot = tmp_path / "report.png"
    result = chromium(
        ["--window-size=1100,4000", f"--screenshot={shot}", run["report"].as_uri()], tmp_path
    )
    assert shot.is_file(), result.stderr[-2000:]
    pixels = imread(str(shot))[:, :, :3]
    width = pixels.shape[1]

    def share(colour: str) -> float:
        rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        close = (abs(pixels - rgb) < 0.03).all(axis=2)
        return float(close.sum()) / (pixels.shape[0] * width)

    assert share("#2f6fb0") > 0.005, "the bar charts are not drawn"
    assert share("#c0392b") > 0.0005, "the chart by group is not drawn"


def test_report_title_and_json_safe(run: dict[str, Any]) -> None:
    text = run["report"].read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "news.jsonl" in text
    summary = json.loads(next((run["output"] / ".lintnews" / "shards").glob("*.json")).read_text())
    assert summary["stats"]["groups"]
