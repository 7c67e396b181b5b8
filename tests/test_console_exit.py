"""The ``lintnews`` command ends without the interpreter's teardown (issue 16); what a normal
exit does must still happen: every byte of output written, the exit code kept, the exit
handlers run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lintnews.cli import _exit_status


def test_whole_report_reaches_a_file_and_the_exit_code_is_kept(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("fomin said it. the the talks went on.\n" * 400, encoding="utf-8")
    report = tmp_path / "report.txt"
    with report.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "lintnews", "check", "--output-format", "concise", str(article)],
            stdout=out,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 1
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith("Found ")
    assert sum(1 for line in lines if " T002 " in line) == 400


def test_exit_handlers_still_run(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    script = (
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'ran')\n"
        "sys.argv = ['lintnews', '--version']\n"
        "from lintnews.cli import console_main\n"
        "console_main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("lintnews ")
    assert marker.read_text() == "ran"


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), ("bad", 1)])
def test_exit_status_is_the_interpreters(code: object, status: int) -> None:
    assert _exit_status(code) == status


def test_a_running_thread_gets_the_normal_exit(tmp_path: Path) -> None:
    # The interpreter waits for a non-daemon thread; os._exit would cut it off.
    marker = tmp_path / "marker"
    script = (
        "import pathlib, sys, threading, time\n"
        "def late():\n"
        "    time.sleep(0.3)\n"
        f"    pathlib.Path({str(marker)!r}).write_text('done')\n"
        "threading.Thread(target=late).start()\n"
        "sys.argv = ['lintnews', '--version']\n"
        "from lintnews.cli import console_main\n"
        "console_main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0
    assert marker.read_text() == "done"
