"""The HTML report, tested as a person sees it: opened in headless Chromium, its charts drawn and
its numbers those of the data."""

from __future__ import annotations

import html
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


# The report as a data engineer reads it: where each example and rejected document is, every
# example a rule kept, fixed and remaining apart, the groups by rule, read at 1280 px. -----------

ENTITIES = (
    "caf&eacute;",
    "new &amp; old",
    "na&iuml;ve",
    "&quot;green&quot;",
    "se&ntilde;or",
    "d&eacute;j&agrave; vu",
    "long&mdash;awaited",
    "it&rsquo;s",
    "&hellip;",
)
SITES = (
    "regional-broadcaster-network",
    "national-daily-online-edition",
    "machine-translated-wire",
    "local-weekly",
)


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The fixture articles spread over four sites with long names, each followed by a short
    article with a different HTML entity: every rule of the fixture fires (the by-group table has
    a column for each), and E002 keeps more distinct examples than the summary shows."""
    base = tmp_path_factory.mktemp("wide")
    source = base / "wide.jsonl"
    lines = []
    for index, line in enumerate(NEWS.read_text(encoding="utf-8").splitlines()):
        record = dict(json.loads(line), source=SITES[index % len(SITES)])
        lines.append(json.dumps(record))
        text = (
            f"The council said on Monday that the {ENTITIES[index % len(ENTITIES)]} plan "
            "would go ahead after the vote."
        )
        generated = {"id": f"generated/{index}", "source": SITES[(index + 1) % 4], "text": text}
        lines.append(json.dumps(generated))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs: dict[str, Any] = {"base": base, "input": [json.loads(line) for line in lines]}
    for name, fix in (("plain", False), ("fixed", True)):
        output, report = base / f"out-{name}", base / f"{name}.html"
        options = CorpusOptions(
            inputs=[str(source)],
            output=str(output),
            jobs=1,
            progress=False,
            group_field="source",
            reject=("T001",),
            report=str(report),
            shard_records=5,
            fix=fix,
        )
        code, _ = run_corpus(options, io.StringIO(), io.StringIO())
        assert code == 0
        shards: dict[str, list[dict[str, Any]]] = {}
        for path in [*output.glob("wide.*"), *(output / "rejected").glob("wide.*")]:
            shards.setdefault(path.name.split(".jsonl")[0], []).extend(read_output(path))
        records = [record for rows in shards.values() for record in rows]
        runs[name] = {"report": report, "shards": shards, "records": records}
    return runs


class Located(HTMLParser):
    """The rows of the report that name a record: per table kind and code, the record id, shard
    and position of each; and the anchors linked to and defined."""

    def __init__(self) -> None:
        super().__init__()
        self.table: dict[str, str | None] = {}
        self.rows: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        self.reasons: list[str] = []
        self.links: set[str] = set()
        self.ids: set[str] = set()
        self.in_reasons = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.add(str(a["href"])[1:])
        if tag == "table":
            self.table = a
        if tag == "td" and a.get("class") == "where":
            if "examples" in (self.table.get("class") or ""):
                kind = f"examples-{self.table.get('data-page')}"
                key = (kind, str(self.table.get("data-code")))
            else:
                key = ("rejected", "")
            where = (str(a["data-id"]), str(a["data-shard"]), str(a["data-position"]))
            self.rows.setdefault(key, []).append(where)
        if tag == "td" and a.get("class") == "reasons":
            self.in_reasons = True
            self.reasons.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.in_reasons = False

    def handle_data(self, data: str) -> None:
        if self.in_reasons:
            self.reasons[-1] += data


def locate(report: Path) -> Located:
    return locate_text(report.read_text(encoding="utf-8"))


def test_each_example_names_its_record_shard_and_line(wide: dict[str, Any]) -> None:
    run = wide["plain"]
    page = locate(run["report"])
    codes = {f["code"] for r in run["records"] for f in r["lintnews_findings"]}
    assert len(codes) >= 15
    for code in codes:
        assert f"examples-{code}" in page.links and f"examples-{code}" in page.ids, code
        rows = page.rows[("examples-1", code)]
        assert rows[:2] == page.rows[("examples-0", code)], "the summary shows the page's top two"
        for doc_id, shard, position in rows:
            # The line of the input is that record, and the shard's output holds it with a
            # finding of this rule.
            word, number = position.split()
            assert word == "line" and wide["input"][int(number) - 1]["id"] == doc_id
            found = [r for r in run["shards"][shard] if r["id"] == doc_id]
            assert found and code in {f["code"] for f in found[0]["lintnews_findings"]}
    # Nine different entities: nine examples on E002's page, two in the summary.
    assert len(page.rows[("examples-1", "E002")]) == len(ENTITIES)
    assert len(page.rows[("examples-0", "E002")]) == 2


def test_rejected_documents_are_listed_with_their_reasons(wide: dict[str, Any]) -> None:
    run = wide["plain"]
    page = locate(run["report"])
    rejected = [
        (index + 1, record["id"])
        for index, record in enumerate(wide["input"])
        if any(r["id"] == record["id"] and r.get("lintnews_rejected") for r in run["records"])
    ]
    assert len(rejected) >= 2
    assert "rejected-list" in page.ids
    listed = page.rows[("rejected", "")]
    # The summary lists them (fewer than ten here), then the page of their own, in input order.
    assert listed == listed[: len(rejected)] * 2
    for (line, doc_id), (shown_id, shard, position) in zip(rejected, listed, strict=False):
        assert (shown_id, position) == (doc_id, f"line {line}")
        record = next(r for r in run["shards"][shard] if r["id"] == doc_id)
        assert page.reasons.pop(0) == ", ".join(record["lintnews_rejected"])


def test_fixed_and_remaining_findings_apart(wide: dict[str, Any]) -> None:
    run = wide["fixed"]
    page = Page()
    text = run["report"].read_text(encoding="utf-8")
    page.feed(text)
    fixed: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for record in run["records"]:
        fixed.update(record["lintnews_fixes"])
        left.update(f["code"] for f in record["lintnews_findings"])
    assert sum(fixed.values()) > 20 and sum(left.values()) > 5
    for code in fixed | left:
        share = round(fixed[code] / (fixed[code] + left[code]), 4)
        assert page.values[f"fixes:{code}"] == [fixed[code], left[code], share], code
    assert page.values["totals:fixed"] == [sum(fixed.values())]
    assert page.values["totals:findings"] == [sum(left.values())]
    assert "Findings remaining per rule" in text
    # Without fixes there is nothing to set apart.
    plain = Page()
    plain.feed(wide["plain"]["report"].read_text(encoding="utf-8"))
    assert "fixes-heading" not in plain.ids and not any(
        k.startswith("fixes:") for k in plain.values
    )


def test_chart_by_group_and_rule(wide: dict[str, Any]) -> None:
    run = wide["plain"]
    page = Page()
    page.feed(run["report"].read_text(encoding="utf-8"))
    counts: Counter[str] = Counter(
        f["code"] for r in run["records"] for f in r["lintnews_findings"]
    )
    top = sorted(counts, key=lambda code: (-counts[code], code))[:8]
    for index in range(len(SITES)):
        drawn = {code for code in [*top, "other"] if f"group-rule-{index}-{code}" in page.drawn}
        assert drawn == {*top, "other"}, index
    assert page.figures["chart-groups-rules"] > len(SITES) * 9
    # Every rule has its column in the by-group table, not only the most frequent eight.
    assert text_count(run["report"], 'data-code="', within="group-table") == len(counts)


def text_count(report: Path, needle: str, within: str) -> int:
    text = report.read_text(encoding="utf-8")
    start = text.index(f'id="{within}"')
    return text[start : text.index("</table>", start)].count(needle)


# Run at load: the address's #anchor becomes the :target only once the page is parsed.
MEASURE = """<pre id="measured"></pre><script>
window.addEventListener("load", () => {
const box = document.getElementById("group-table-box");
const table = document.getElementById("group-table");
const before = box.getBoundingClientRect();
const heads = [...table.querySelectorAll("th[data-code]")];
box.scrollLeft = box.scrollWidth;
const last = heads[heads.length - 1].getBoundingClientRect();
const target = document.querySelector(":target");
const visible = (el) => el.getClientRects().length > 0;
const shown = [...document.querySelectorAll("section.page")].filter(visible).map((s) => s.id);
const rows = target ? [...target.querySelectorAll("td.where")].map((td) => td.innerText) : [];
document.getElementById("measured").textContent = JSON.stringify({
  viewport: document.documentElement.clientWidth,
  pageWidth: document.documentElement.scrollWidth,
  boxLeft: before.left, boxRight: before.right, boxWidth: box.clientWidth,
  boxScrollWidth: box.scrollWidth, tableWidth: table.getBoundingClientRect().width,
  overflow: getComputedStyle(box).overflowX, heads: heads.length,
  lastLeft: last.left, lastRight: last.right,
  summaryShown: visible(document.getElementById("summary")), pagesShown: shown, rows: rows,
});
});
</script>"""


def measure(report: Path, tmp_path: Path, anchor: str = "") -> dict[str, Any]:
    """Open a copy of the report with a measuring script in it (the report has none) at 1280 px,
    and read back what the script wrote into the page."""
    copy = tmp_path / f"measured-{anchor or 'summary'}.html"
    copy.write_text(
        report.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"),
        encoding="utf-8",
    )
    url = copy.as_uri() + (f"#{anchor}" if anchor else "")
    result = chromium(["--window-size=1280,900", "--dump-dom", url], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    assert found and found.group(1), result.stdout[-2000:]
    data: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return data


@needs_chromium
def test_group_table_scrolls_in_its_own_box_at_1280_px(
    wide: dict[str, Any], tmp_path: Path
) -> None:
    report = wide["plain"]["report"]
    assert "<script" not in report.read_text(encoding="utf-8")
    m = measure(report, tmp_path)
    codes = {f["code"] for r in wide["plain"]["records"] for f in r["lintnews_findings"]}
    assert m["heads"] == len(codes)
    # Nothing sticks out of the page; the table is wider than its box, which scrolls...
    assert m["pageWidth"] <= m["viewport"] and m["boxRight"] <= m["viewport"]
    assert m["tableWidth"] > m["boxWidth"] and m["overflow"] in ("auto", "scroll")
    assert m["boxScrollWidth"] >= m["tableWidth"] - 1
    # ... far enough to show the last rule's column whole.
    assert m["boxLeft"] - 1 <= m["lastLeft"] and m["lastRight"] <= m["boxRight"] + 1
    assert m["summaryShown"] and m["pagesShown"] == []


@needs_chromium
def test_a_rules_examples_are_a_page_of_their_own(wide: dict[str, Any], tmp_path: Path) -> None:
    m = measure(wide["plain"]["report"], tmp_path, "examples-E002")
    assert not m["summaryShown"] and m["pagesShown"] == ["examples-E002"]
    assert len(m["rows"]) == len(ENTITIES) > 4
    for text in m["rows"]:
        assert re.fullmatch(r"generated/\d+\s+shard wide\.\d{5}, line \d+", text.strip()), text
    m = measure(wide["plain"]["report"], tmp_path, "rejected-list")
    assert not m["summaryShown"] and m["pagesShown"] == ["rejected-list"]
    assert m["rows"] and all(", line " in text for text in m["rows"])


def test_report_of_a_summary_written_before_shards_and_lines_were_kept(tmp_path: Path) -> None:
    """A resumed run or `lintnews report` reads shard summaries an older lintnews wrote: their
    examples have no shard or line, and they list no rejected documents."""
    from lintnews.corpus.report import render_html
    from lintnews.corpus.stats import Stats

    old = Stats().to_json()
    del old["rejected_docs"]
    old.update(docs=1, words=10, findings=1, affected=1, rejected=1, codes={"E002": [1, 1]})
    old["reasons"] = {"E002": 1}
    old["examples"] = {"E002": {"&amp;": [1, "a ", "&amp;", " b", "doc-7", "HTML entity"]}}
    page = locate_text(render_html(Stats.from_json(old)))
    assert page.rows[("examples-1", "E002")] == [("doc-7", "", "")]
    assert ("rejected", "") not in page.rows and "rejected-list" not in page.ids


def locate_text(text: str) -> Located:
    page = Located()
    page.feed(text)
    return page
