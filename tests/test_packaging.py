"""The built wheel carries the rules as lintnews.rules and works installed, away from the repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lintnews.registry import all_rules
from tests.conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("lintnews-*.whl"))


def test_wheel_contains_rules_under_lintnews_and_no_top_level_rules(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert not any(name.startswith("rules/") for name in names)
    assert "lintnews/data/names.txt" in names
    for rule in all_rules():
        module = rule.__module__.replace(".", "/") + ".py"
        assert module in names, f"{module} missing from the wheel"


def test_installed_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import lintnews.rules, lintnews.registry as r; "
            "print(lintnews.rules.__file__); print(len(r.all_rules()))",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    location, count = probe.stdout.split()
    assert location.startswith(str(site)) and int(count) == len(all_rules())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lintnews",
            "check",
            "--output-format",
            "json",
            str(FIXTURES / "seeds" / "mt_article.txt"),
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert {item["code"][0] for item in json.loads(result.stdout)} >= {"M", "C", "T", "R"}


def test_rule_modules_import_each_other_through_lintnews_rules() -> None:
    """`rules` exists only in a source checkout; installed, the package is `lintnews.rules`."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "rules").rglob("*.py")
        if any(
            line.startswith(("from rules", "import rules"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == [], "import from lintnews.rules instead"
