"""Cross-document evidence in corpus mode: lines repeated across the records of a run, or of
one source, give R012 the findings `lintnews check` gives on the same texts as files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lintnews.corpus import CorpusOptions, lint_texts, run_corpus
from lintnews.corpus.formats import read_output
from lintnews.corpus.lint import run_context
from lintnews.document import RunContext

# Three sites. Each repeats its own furniture on its pages; "Around the region with our partners" is on the
# pages of every site; the small site has three pages, too few to give evidence on its own.
BODIES = [
    "The council met on Monday and agreed a budget for the coming year.",
    "Storms hit the coast overnight, cutting power to thousands of homes.",
    "A bakery in the old town won a national prize for its bread.",
    "Rail fares will rise by four per cent in January, the operator said.",
    "The museum reopened after a two-year refit paid for by a local charity.",
]
SITES = {
    "tribune": ["More stories from the Valley Tribune", "Around the region with our partners"],
    "courier": [
        "Courier Sport Weather",
        "Around the region with our partners",
        "Subscribe to the Courier",
    ],
    "gazette": ["Gazette Live Events", "Around the region with our partners"],
}
PAGES = {"tribune": 5, "courier": 4, "gazette": 3}


def site_texts() -> list[tuple[str, str]]:
    """(site, text) for every page, in order; CRLF on one page, as scraped text may have."""
    texts = []
    for site, furniture in SITES.items():
        for page in range(PAGES[site]):
            body = BODIES[page]
            text = f"{body}\n{furniture[page % len(furniture)]}\n" + "\n".join(furniture) + "\n"
            if site == "courier" and page == 1:
                text = text.replace("\n", "\r\n")
            texts.append((site, text))
    return texts


def file_mode(folder: Path) -> dict[str, list[tuple[str, int, int]]]:
    """`lintnews check` over one folder: findings per file name, as (code, start, end) offsets
    into the text."""
    check = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--output-format", "json", str(folder)],
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": ""},
    )
    assert check.returncode in (0, 1), check.stderr
    found: dict[str, list[tuple[str, int, int]]] = {
        path.name: [] for path in folder.iterdir() if path.suffix == ".txt"
    }
    for item in json.loads(check.stdout):
        name = Path(item["filename"]).name
        text = (folder / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        start = _offset(text, item["location"]["row"], item["location"]["column"])
        end = _offset(text, item["end_location"]["row"], item["end_location"]["column"])
        found[name].append((item["code"], start, end))
    return {name: sorted(items, key=lambda f: (f[1], f[2], f[0])) for name, items in found.items()}


def _offset(text: str, row: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(line) + 1 for line in lines[: row - 1]) + column - 1


def corpus_mode(tmp_path: Path, records: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
    """`lintnews corpus` over the records: findings per record id, with offsets mapped from the
    text as given (CRLF counting two) to the text read as file mode reads it (LF)."""
    data = tmp_path / "records.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    settings: dict[str, Any] = {"jobs": 1, "progress": False, "shard_records": 3, **options}
    err = io.StringIO()
    code, _ = run_corpus(
        CorpusOptions(inputs=[str(data)], output=str(output), **settings), io.StringIO(), err
    )
    assert code == 0, err.getvalue()
    found = {}
    for path in sorted(output.glob("*.jsonl")):
        for record in read_output(path):
            text = record["text"]
            found[record["id"]] = [
                (f["code"], _lf(text, f["start"]), _lf(text, f["end"]))
                for f in record["lintnews_findings"]
            ]
    return found


def _lf(text: str, offset: int) -> int:
    return offset - text[:offset].count("\r\n")


def _write(folder: Path, texts: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True)
    for index, (_, text) in enumerate(texts):
        (folder / f"{index:02d}.txt").write_bytes(text.encode("utf-8"))


def _records(texts: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [
        {"id": f"{index:02d}.txt", "site": site, "text": text}
        for index, (site, text) in enumerate(texts)
    ]


def _r012(found: dict[str, list[tuple[str, int, int]]]) -> int:
    return sum(code == "R012" for items in found.values() for code, _, _ in items)


@pytest.mark.parametrize("jobs", [1, 2])
def test_per_source_corpus_mode_agrees_with_a_folder_per_site(tmp_path: Path, jobs: int) -> None:
    texts = site_texts()
    expected: dict[str, list[tuple[str, int, int]]] = {}
    for site in SITES:
        folder = tmp_path / "files" / site
        mine = [(s, t) for s, t in texts if s == site]
        _write(folder, mine)
        # Files are numbered within their site's folder: rename to the run-wide numbering.
        numbers = [index for index, (s, _) in enumerate(texts) if s == site]
        for local, found in file_mode(folder).items():
            expected[f"{numbers[int(local[:2])]:02d}.txt"] = found
    got = corpus_mode(tmp_path, _records(texts), source_field="site", jobs=jobs)
    assert got == expected
    # Every tribune and courier page has its site's lines reported; the gazette (three pages)
    # gives no evidence, in either mode.
    assert _r012(got) > 0
    gazette = [f"{i:02d}.txt" for i, (site, _) in enumerate(texts) if site == "gazette"]
    assert not any(code == "R012" for name in gazette for code, _, _ in got[name])


def test_run_wide_corpus_mode_agrees_with_one_folder(tmp_path: Path) -> None:
    texts = site_texts()
    _write(tmp_path / "files", texts)
    expected = file_mode(tmp_path / "files")
    got = corpus_mode(tmp_path, _records(texts))
    assert got == expected
    # Across the run the line every site carries is furniture on the gazette's pages too.
    gazette = [f"{i:02d}.txt" for i, (site, _) in enumerate(texts) if site == "gazette"]
    assert all(any(code == "R012" for code, _, _ in got[name]) for name in gazette)


def test_without_a_rule_that_compares_documents_nothing_is_counted(tmp_path: Path) -> None:
    texts = site_texts()
    got = corpus_mode(tmp_path, _records(texts), select=("R012",))
    assert _r012(got) > 0
    got = corpus_mode(tmp_path, _records(texts), ignore=("R012",))
    assert _r012(got) == 0


def test_library_run_context_is_file_modes() -> None:
    texts = [text for _, text in site_texts()]
    context = run_context(texts)
    assert context == RunContext.of(t.replace("\r\n", "\n") for t in texts)
    with_context = lint_texts(texts, context=context)
    assert sum(f["code"] == "R012" for r in with_context for f in r["findings"]) > 0
    # Three texts are too few, as three files are.
    assert run_context(texts[:3]) is None


def test_the_context_holds_fingerprints_not_lines() -> None:
    context = RunContext.of([text for _, text in site_texts()])
    assert context.line_documents.get("around the region with our partners") == 12
    assert context.line_documents.get("a line no page has") == 0
    assert "around the region with our partners" not in repr(context)


def test_datatrove_steps_take_a_context_built_beforehand() -> None:
    pytest.importorskip("datatrove", reason="datatrove is not installed")
    from datatrove.data import Document as DatatroveDocument

    from lintnews.corpus.datatrove import LintnewsAnnotator

    texts = [text for _, text in site_texts()]
    context = run_context(texts)
    docs = [DatatroveDocument(text=text, id=str(i)) for i, text in enumerate(texts)]
    annotated = list(LintnewsAnnotator(context=context).run(iter(docs)))
    expected = lint_texts(texts, context=context)
    assert [doc.metadata["lintnews_findings"] for doc in annotated] == [
        result["findings"] for result in expected
    ]
    assert any(f["code"] == "R012" for doc in annotated for f in doc.metadata["lintnews_findings"])
