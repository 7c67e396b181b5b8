"""Bad input and hostile surroundings: special files, files changed while they are checked, other
encodings, input too large, writes that fail, and corpus runs that lose a worker."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lintnews.config import Config
from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.engine import Linter
from lintnews.rule import Rule
from lintnews.runner import CheckOptions, Runner
from lintnews.source import Source
from tests.conftest import ROOT

DEFECTIVE = "The talks ended. fomin said the the deal was close.\n"
FIXED = "The talks ended. Fomin said the deal was close.\n"


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, with a timeout: a hang fails the test, not the run."""
    completed = subprocess.run(
        [sys.executable, "-m", "lintnews", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr, result.stderr
    return result.stderr.strip().splitlines()


def check_in_process(*paths: Path, fix: bool = True) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    options = CheckOptions(paths=[str(p) for p in paths], fix=fix, output_format="concise")
    code = Runner(options, out, err).run()
    return code, out.getvalue(), err.getvalue()


# Special files -----------------------------------------------------------------------------


def test_a_fifo_named_on_the_command_line_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run("check", str(fifo), timeout=20)
    assert result.returncode == 2
    lines = error_lines(result)
    assert len(lines) == 1 and "pipe.txt" in lines[0] and "named pipe" in lines[0], lines


def test_a_fifo_inside_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a-pipe.txt")
    (tmp_path / "story.txt").write_text(DEFECTIVE)
    # Four files or more make the run read every file once more for cross-file evidence.
    for index in range(4):
        (tmp_path / f"other{index}.txt").write_text("The talks ended on Monday.\n")
    result = run("check", "--output-format", "concise", str(tmp_path), timeout=20)
    assert result.returncode == 1, result
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("lintnews: warning: "), lines
    assert "a-pipe.txt" in lines[0] and "skipped" in lines[0]
    assert "story.txt:1:18: C001" in result.stdout


def test_a_device_named_on_the_command_line_is_refused() -> None:
    result = run("check", "/dev/null", timeout=20)
    assert result.returncode == 2
    lines = error_lines(result)
    assert len(lines) == 1 and "/dev/null" in lines[0] and "device" in lines[0], lines


# A file changed while it was checked -----------------------------------------------------------


def edit_while_checking(
    monkeypatch: pytest.MonkeyPatch, path: Path, new: str, *, keep_mtime: bool
) -> None:
    """Make another writer change ``path`` after lintnews read it and before it writes the fix."""
    lint_source = Linter.lint_source

    def lint_then_edit(*args: Any, **kwargs: Any) -> Any:
        result = lint_source(*args, **kwargs)
        before = path.stat()
        path.write_text(new)
        if keep_mtime:  # a writer as fast as the clock's resolution: only the content tells
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        return result

    monkeypatch.setattr(Linter, "lint_source", lint_then_edit)


@pytest.mark.parametrize("keep_mtime", [False, True], ids=["new-mtime", "same-size-and-mtime"])
def test_fix_leaves_a_file_that_changed_while_it_was_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_mtime: bool
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(DEFECTIVE)
    theirs = DEFECTIVE.replace("deal", "pact")  # the same size
    edit_while_checking(monkeypatch, path, theirs, keep_mtime=keep_mtime)
    code, out, err = check_in_process(path)
    assert path.read_text() == theirs
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "changed" in lines[0], err
    assert "2 fixes not written" in lines[0]
    assert "Fixed" not in out
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]  # no temporary left behind


def test_a_fix_that_cannot_be_written_is_not_counted_as_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An immutable file refuses the rename (as root, permissions refuse nothing, so the refusal
    is simulated where the rename happens)."""
    locked, free = tmp_path / "locked.txt", tmp_path / "free.txt"
    locked.write_text(DEFECTIVE)
    free.write_text(DEFECTIVE)
    replace = os.replace

    def refuse_locked(source: str, target: str | Path) -> None:
        if Path(target) == locked:
            raise PermissionError(1, "Operation not permitted")
        replace(source, target)

    monkeypatch.setattr("lintnews.source.os.replace", refuse_locked)
    code, out, err = check_in_process(locked, free)
    assert code == 1
    assert locked.read_text() == DEFECTIVE and free.read_text() == FIXED
    assert err == (
        f"lintnews: error: {locked}: cannot write the fixed file (Operation not permitted); "
        "left as it is, its 2 fixes not written\n"
    )
    # What was written is counted; what was not is reported as it stands in the file.
    assert "Fixed 2 problems." in out and f"{locked}:1:18: C001" in out
    assert f"{free}:" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["free.txt", "locked.txt"]


# UTF-16 and UTF-32 -------------------------------------------------------------------------

WIDE_ENCODINGS = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize("encoding", WIDE_ENCODINGS)
def test_utf16_and_utf32_with_a_bom_are_checked_and_fixed_in_their_encoding(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "story.txt"
    original = "\ufeff" + DEFECTIVE.replace("\n", "\r\n") + "Kyiv’s mayor spoke.\r\n"
    path.write_bytes(original.encode(encoding))
    found = run("check", "--output-format", "concise", str(path))
    assert found.returncode == 1 and f"{path}:1:18: C001" in found.stdout, found
    fixed = run("check", "--fix", str(path))
    assert fixed.returncode == 0, fixed
    expected = "\ufeff" + FIXED.replace("\n", "\r\n") + "Kyiv’s mayor spoke.\r\n"
    assert path.read_bytes() == expected.encode(encoding)
    assert run("check", str(path)).returncode == 0


@pytest.mark.parametrize("encoding", WIDE_ENCODINGS)
def test_fixing_standard_input_answers_in_its_encoding(encoding: str) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--fix", "-"],
        input=("\ufeff" + DEFECTIVE).encode(encoding),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == ("\ufeff" + FIXED).encode(encoding)


def test_broken_utf16_names_the_encoding_and_the_offset() -> None:
    from lintnews.source import InputError, decode

    with pytest.raises(InputError, match=r"invalid UTF-16-LE at byte offset 4"):
        decode(b"\xff\xfea\x00\x00\xd8b\x00", "x.txt")  # a lone high surrogate


def test_utf16_without_a_mark_is_refused_with_the_conversion_to_use() -> None:
    from lintnews.source import InputError, decode

    with pytest.raises(InputError, match=r"binary file .*iconv -f UTF-16LE -t UTF-8"):
        decode(DEFECTIVE.encode("utf-16-le"), "x.txt")
    with pytest.raises(InputError, match=r"binary file \(contains NUL bytes\), not text$"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")


# One size limit for files and standard input ---------------------------------------------------

LONG = "The talks ended on Monday and the two sides will meet again in March.\n" * 4  # 284 bytes


def test_standard_input_has_the_size_limit_of_files(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(LONG)
    for result in (
        run("check", "--max-file-size", "100", str(path)),
        run("check", "--max-file-size", "100", "-", stdin=LONG.encode()),
    ):
        lines = error_lines(result)
        assert result.returncode == 2 and len(lines) == 1, result
        assert "over the 100 B limit" in lines[0] and "--max-file-size" in lines[0], lines
    assert run("check", "--max-file-size", "1KB", str(path)).returncode == 0
    assert run("check", "--max-file-size", "1KiB", "-", stdin=LONG.encode()).returncode == 0


def test_the_default_limit_holds_for_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lintnews.source.MAX_FILE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LONG.encode())))
    out, err = io.StringIO(), io.StringIO()
    assert Runner(CheckOptions(paths=["-"]), out, err).run() == 2
    assert err.getvalue().startswith("lintnews: error: -: standard input is over the 100 B limit")


def test_the_limit_can_be_raised_in_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('max-file-size = "100B"\n')
    (tmp_path / "story.txt").write_text(LONG)
    assert "over the 100 B limit" in run("check", "story.txt", cwd=tmp_path).stderr
    (tmp_path / "lintnews.toml").write_text("max-file-size = 1000\n")
    assert run("check", "story.txt", cwd=tmp_path).returncode == 0
    (tmp_path / "lintnews.toml").write_text('max-file-size = "lots"\n')
    result = run("check", "story.txt", cwd=tmp_path)
    assert result.returncode == 2 and "'max-file-size' must be a size" in result.stderr


@pytest.mark.parametrize(
    ("text", "size"),
    [("64MiB", 64 * 2**20), ("200 MB", 200_000_000), ("1.5GiB", 3 * 2**29), ("4096", 4096)],
)
def test_sizes_are_read_in_bytes_and_units(text: str, size: int) -> None:
    from lintnews.config import parse_size

    assert parse_size(text) == size


# Safe fixes never chain on one word within a pass --------------------------------------------


def test_a_zero_width_space_removed_from_a_word_does_not_get_the_word_split() -> None:
    """E004 removes the ZWSP; M001 read 'ledon' after it as 'led on'. Both were decided on the
    text before either was applied: the split must be decided again on 'Wimbledon'."""
    import lintnews

    text = "The final at Wimb\u200bledon was played on Sunday."
    assert lintnews.fix_text(text) == "The final at Wimbledon was played on Sunday."
    assert lintnews.fix_text(text, unsafe=True) == "The final at Wimbledon was played on Sunday."


def test_a_fix_decided_on_a_word_another_fix_changes_waits_for_the_next_pass() -> None:
    """T002 read the 'is' of a word broken at a line end ('tenn- is') as doubled by the next
    'is', while M004 joined the word: one pass deleted the verb."""
    import lintnews

    text = 'She said "Women\'s tenn- is is a sport we love."'
    assert lintnews.fix_text(text) == 'She said "Women\'s tennis is a sport we love."'


def test_a_character_repair_goes_before_a_rule_that_reads_the_damaged_word() -> None:
    """M001 read 'turna' before the ZWSP as 'turn a' and came first in document order; the
    repair of the characters is chosen first, and M001 then reads 'turnaround'."""
    import lintnews

    text = "It will take a significant turna\u200bround in the economy."
    assert lintnews.fix_text(text) == "It will take a significant turnaround in the economy."


def test_a_join_beside_a_deleted_word_withdraws_the_deletion() -> None:
    """T002 deleted the second 'an' of 'an an nual'; M003 then joined the first 'an' to 'nual'
    beside the deletion, losing the article. The deletion is withdrawn, and M003 joins the
    second 'an' instead."""
    import lintnews

    text = "It has an an nual capacity of five tonnes."
    assert lintnews.fix_text(text) == "It has an annual capacity of five tonnes."


def test_fixes_of_two_rules_on_one_word_wait_for_the_next_pass() -> None:
    from lintnews.diagnostics import Diagnostic, Fix
    from lintnews.engine import choose_fixes

    text = "The final at Wimb\u200bledon was played on Sunday and the the crowd left."
    zwsp = text.index("\u200b")
    deletion = Diagnostic("E004", "e", "zwsp", zwsp, zwsp + 1, Fix.delete(zwsp, zwsp + 1, "d"))
    split = Diagnostic("M001", "m", "split", zwsp + 4, zwsp + 6, Fix.replace(21, 21, " ", "s"))
    doubled_at = text.index("the the") + 4
    doubled = Diagnostic(
        "T002",
        "t",
        "doubled",
        doubled_at,
        doubled_at + 3,
        Fix.delete(doubled_at - 1, doubled_at + 3, "d"),
    )
    # Without the text, only touching edits conflict (the old behaviour, kept for callers).
    assert choose_fixes([deletion, split, doubled], unsafe=False) == [deletion, split, doubled]
    assert choose_fixes([deletion, split, doubled], unsafe=False, text=text) == [deletion, doubled]
    # A fix that only replaces the space between two words touches neither word.
    nbsp_text = "in Kyiv\u00a0said"
    at = nbsp_text.index("\u00a0")
    nbsp = Diagnostic("E007", "n", "nbsp", at, at + 1, Fix.replace(at, at + 1, " ", "space"))
    upper = Diagnostic("C002", "c", "name", 3, 7, Fix.replace(3, 4, "K", "upper"))
    assert choose_fixes([upper, nbsp], unsafe=False, text=nbsp_text) == [upper, nbsp]


class DropZeroWidthSpace(Rule):
    """Test rule: delete a zero-width space (safe), as E004 does."""

    code = "Q901"
    name = "drop-zwsp"
    examples = []

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for match in re.finditer("\u200b", doc.text):
            yield self.report(match.start(), match.end(), "zwsp", Fix.delete(*match.span(), "d"))


class SplitKyivSaid(Rule):
    """Test rule: 'Kyivsaid' is two words (safe); it only ever sees the first rule's output."""

    code = "Q902"
    name = "split-kyivsaid"
    examples = []

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for match in re.finditer("Kyivsaid", doc.text):
            at = match.start() + 4
            yield self.report(*match.span(), "glued", Fix.replace(at, at, " ", "split"))


def test_a_safe_fix_whose_result_the_next_pass_edits_again_is_withdrawn() -> None:
    """The deleted ZWSP gives 'Kyivsaid', which the next pass splits at the very place the
    first fix edited: the two rules disagree about that place, so safe --fix leaves it as it
    was, and the first fix is reported as unsafe (for a person to decide)."""
    linter = Linter(Config(), rules=[DropZeroWidthSpace, SplitKyivSaid])
    text = "Officials in Kyiv\u200bsaid so. Talks in Uk\u200braine went on."
    result = linter.lint_source(Source.from_text(text), fix=True)
    assert result.fixed == "Officials in Kyiv\u200bsaid so. Talks in Ukraine went on."
    [left] = result.diagnostics
    assert left.code == "Q901" and left.fix is not None and not left.fix.is_safe
    assert text[left.start : left.end] == "\u200b" and text.index("Kyiv") < left.start < 20
    assert [d.code for d in result.applied] == ["Q901"]  # the other ZWSP
    # With unsafe fixes, the chain runs as the rules decide it.
    unsafe = linter.lint_source(Source.from_text(text), fix=True, unsafe=True)
    assert unsafe.fixed == "Officials in Kyiv said so. Talks in Ukraine went on."


def test_a_fix_whose_result_another_rule_flags_is_left_for_a_person() -> None:
    import lintnews

    # E007 writes a plain space for the NBSP; P002 then deletes that very space.
    text = "The deal\u00a0, he said, was close."
    assert lintnews.fix_text(text) == text
    [nbsp] = lintnews.lint_text(text)
    assert nbsp.code == "E007"
    [left] = Linter(Config()).lint_source(Source.from_text(text), fix=True).diagnostics
    assert left.code == "E007" and left.fix is not None and not left.fix.is_safe
    assert lintnews.fix_text(text, unsafe=True) == "The deal, he said, was close."


def test_a_white_space_fix_decided_beside_characters_another_fix_repairs_is_withdrawn() -> None:
    import lintnews

    # E007 writes a plain space for the NBSP, decided on the mojibake after it; E001 repairs
    # the mojibake to a dash, before which E007 keeps a no-break space. Asked again on the
    # repaired text, E007 would not fix: the NBSP is not a safe fix there.
    text = "I am talking to you in my mind\u00a0\u00e2\u20ac\u201c I need to learn it."
    assert lintnews.fix_text("I am talking to you in my mind\u00a0\u2013 I need to learn it.") == (
        "I am talking to you in my mind\u00a0\u2013 I need to learn it."
    )
    fixed = lintnews.fix_text(text)
    assert "mind \u2013" not in fixed and fixed == text
    [left] = Linter(Config()).lint_source(Source.from_text(text), fix=True).diagnostics
    assert left.code == "E007" and left.fix is not None and not left.fix.is_safe
    # A white-space fix that the repair beside it leaves right is kept: P001 after C001.
    assert lintnews.fix_text("It rained all night.the agency said \u00e2\u20ac\u0153so.") == (
        "It rained all night. The agency said \u201cso."
    )


def test_fix_through_a_symbolic_link_writes_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "stories" / "story.txt"
    target.parent.mkdir()
    target.write_text(DEFECTIVE)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, err = check_in_process(link)
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text() == FIXED
    assert sorted(p.name for p in target.parent.iterdir()) == ["story.txt"]  # no temporary


def test_fixes_that_build_on_each_other_without_touching_still_chain() -> None:
    import lintnews

    # P001's space, then C001's capital on the word after it: adjacent, not the same text.
    assert lintnews.fix_text("It rained all night.the agency said so.") == (
        "It rained all night. The agency said so."
    )
    # Residue lines deleted one pass after another.
    text = "The talks ended.\n\nRead more: Why talks fail\nAdvertisement\n\nThey resume today.\n"
    assert lintnews.fix_text(text) == "The talks ended.\n\nThey resume today.\n"


# P001 and names written with a full stop ----------------------------------------------------

BRAND = "Services such as TalkTalk and One.Tel, which route calls across other networks, grew."


def test_a_brand_with_a_full_stop_inside_is_not_split_by_a_safe_fix() -> None:
    import lintnews

    assert lintnews.fix_text(BRAND) == BRAND
    # A brand's shape, a capital inside the first piece (a WMT22 reference cites its source so).
    cited = "Exports rose, the agency said (WoW!Korea) on Monday."
    assert lintnews.fix_text(cited) == cited
    [finding] = lintnews.lint_text(BRAND)
    assert finding.code == "P001" and finding.fix is not None and not finding.fix.is_safe
    # The same shapes where the evidence says two sentences: the fix stays safe.
    for glued, fixed in [
        (
            "Fighting continued near Kyiv.The army left.",
            "Fighting continued near Kyiv. The army left.",
        ),
        (
            "He ran for victims of the tsunami.Steve will write.",
            "He ran for victims of the tsunami. Steve will write.",
        ),
        (
            "It should have been Joy Division.Those guys were great.",
            "It should have been Joy Division. Those guys were great.",
        ),
    ]:
        assert lintnews.fix_text(glued) == fixed


def test_a_name_the_document_writes_twice_with_its_full_stop_is_not_reported() -> None:
    import lintnews

    text = BRAND + "\n\nOne.Tel said its customers were not affected.\n"
    assert [d.code for d in lintnews.lint_text(text)] == []


# Inline markers in HTML comments ---------------------------------------------------------------

LINE = "The talks ended. fomin said the the deal was close."


@pytest.mark.parametrize(
    ("line", "left"),
    [
        (f"{LINE} <!-- lintnews: ignore[C001] -->", ["T002"]),
        (f"{LINE} <!-- lintnews: ignore[T002, C] -->", []),
        (f"{LINE} <!-- lintnews: ignore -->", []),
        # Not markers: a word that only begins like one, a marker left unclosed, empty brackets.
        (f"{LINE} lintnews: ignored by nobody.", ["C001", "T002"]),
        (f"{LINE} <!-- lintnews: ignore[C001 -->", ["C001", "E003", "T002"]),
        (f"{LINE} <!-- lintnews: ignore-next-lines -->", ["C001", "E003", "T002"]),
        (f"{LINE} <!-- lintnews: ignore[] -->", ["C001", "T002"]),
    ],
)
def test_a_marker_silences_what_it_names_and_nothing_else(line: str, left: list[str]) -> None:
    import lintnews

    assert sorted({d.code for d in lintnews.lint_text(line)}) == left


MERGED_LINE = "In Kyiv the Ukrainethey vote in Belarusao went ahead."


@pytest.mark.parametrize(
    ("comment", "left"),
    [
        ("<!-- lintnews: ignore[M002] -->", ["M001"]),
        ("<!-- a note for the editor -->", ["E003", "M001", "M002"]),
    ],
)
def test_an_html_comment_does_not_silence_the_merged_word_rules(
    comment: str, left: list[str]
) -> None:
    import lintnews

    assert lintnews.lint_text(MERGED_LINE) != []  # the rules fire without the comment
    assert sorted({d.code for d in lintnews.lint_text(f"{MERGED_LINE} {comment}")}) == left


# Corpus mode -----------------------------------------------------------------------------------

NEWS = ROOT / "fixtures" / "corpus" / "news.jsonl"
# Runs `lintnews corpus` with a worker that kills itself, as the out-of-memory killer would, at
# the start of one shard the first time it is given. The workers are started afresh ("spawn"),
# so the patch lives at the top of the script, which each of them runs as its main module.
KILLING_SCRIPT = """
import os, signal, sys
from pathlib import Path
from lintnews.corpus import runner

MARK = Path(os.environ["KILL_MARK"])
process_shard = runner.process_shard

def killing(shard, settings):
    if shard.index == 2 and not MARK.exists():
        MARK.write_text("killed")
        os.kill(os.getpid(), signal.SIGKILL)
    return process_shard(shard, settings)

runner.process_shard = killing

if __name__ == "__main__":
    from lintnews.cli import main
    sys.argv = ["lintnews", *sys.argv[1:]]
    main()
"""


def output_files(folder: Path) -> dict[str, bytes]:
    """Every file of a corpus output folder but run.json (which names the folder's settings)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "run.json"
    }


def test_a_killed_worker_names_its_shard_and_the_run_resumes_to_the_same_output(
    tmp_path: Path,
) -> None:
    script = tmp_path / "killing.py"
    script.write_text(KILLING_SCRIPT)
    output = tmp_path / "out"
    arguments = ["corpus", str(NEWS), "-o", str(output), "--jobs", "2", "--shard-size", "3"]
    arguments += ["--no-progress"]
    environment = {"PATH": "/usr/bin:/bin", "KILL_MARK": str(tmp_path / "killed")}
    killed = subprocess.run(
        [sys.executable, str(script), *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=300,
        check=False,
    )
    assert (tmp_path / "killed").exists()
    assert killed.returncode != 0
    lines = error_lines(subprocess.CompletedProcess([], 0, "", killed.stderr))
    assert len(lines) == 1, killed.stderr
    assert "news.00002" in lines[0] and "again" in lines[0] and "internal error" not in lines[0]
    assert not list(output.rglob("*.tmp"))
    resumed = run(*arguments, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    whole = tmp_path / "whole"
    uninterrupted = run(*[str(whole) if a == str(output) else a for a in arguments], timeout=300)
    assert uninterrupted.returncode == 0, uninterrupted.stderr
    assert output_files(output) == output_files(whole)


def test_report_by_a_field_no_record_has_is_an_error(tmp_path: Path) -> None:
    output = tmp_path / "out"
    assert run("corpus", str(NEWS), "-o", str(output), "--jobs", "1", "-q").returncode == 0
    assert (
        run(
            "report", str(output), "-o", str(tmp_path / "r.html"), "--group-field", "source"
        ).returncode
        == 0
    )
    result = run("report", str(output), "-o", str(tmp_path / "r.html"), "--group-field", "nosuch")
    lines = error_lines(result)
    assert result.returncode == 2 and len(lines) == 1 and "'nosuch'" in lines[0], lines


def test_errors_jsonl_keeps_the_json_parser_message_whole(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "fine"}\n{"id": "b", "text": "tab\tinside"}\n')
    output = tmp_path / "out"
    result = run("corpus", str(bad), "-o", str(output), "--jobs", "1", "--on-error", "skip", "-q")
    assert result.returncode == 0, result.stderr
    [error] = [json.loads(line) for line in (output / "errors.jsonl").read_text().splitlines()]
    assert error["error"] == (
        "malformed JSON (Invalid control character at: line 1 column 25 (char 24))"
    )


def test_corpus_can_exit_non_zero_when_findings_remain(tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text('{"id": "a", "text": "The talks ended on Monday."}\n')
    dirty = tmp_path / "dirty.jsonl"
    dirty.write_text('{"id": "b", "text": "The talks ended. fomin said so."}\n')
    flag = "--exit-non-zero-on-findings"
    assert run("corpus", str(dirty), "-o", str(tmp_path / "a"), "-q").returncode == 0
    assert run("corpus", str(dirty), "-o", str(tmp_path / "b"), "-q", flag).returncode == 1
    assert run("corpus", str(clean), "-o", str(tmp_path / "c"), "-q", flag).returncode == 0
    # With --fix, what counts is what is left after fixing.
    assert run("corpus", str(dirty), "-o", str(tmp_path / "d"), "-q", "--fix", flag).returncode == 0


# Wrong safe edits the fix-safety benchmark found in other rules --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # C001: a lowercase word after an abbreviation's full stop goes on with the sentence.
        "Set menu for 290 yen excl. tax, or 2,180 yen (incl. tax) with 200 g. of rice.",
        # E007: no-break spaces that typesetters put on purpose (WMT22's human references).
        "On April\u00a011 the army left\u00a0\u2013 and came back 35\u00a0kilometres on.",
        "Prices: \u2022\u00a0You pay 800\u00a0UAH. Standard\u00a0&\u00a0Poor\u2019s agreed.",
        # P002: an emoticon is no colon.
        "I will be there on Saturday :) and we can talk.",
        # E003: a tag a sentence names, standing as a word.
        "If the form's <input> element has a value, you can post it.",
        # M001: a name made by doubling; a user name with the shape of three glued words.
        "Payment can be made with Rakuten Pay and PayPay.",
        "Fixed by an updated version of SE by powerofthree).",
        # T002: a pronoun after a preposition, then a determiner.
        "Add to this this new legislation, which he says goes further.",
        # C001: an abbreviation after a quantity; a question mark inside a chat sentence.
        "Set: 2 fishing rods, 5 minifigures, 3 AA bat. not incl., box.",
        "I feel like my windpipe has been irritated? since the 11th. I don't cough.",
    ],
)
def test_correct_text_the_benchmark_found_changed_by_a_safe_fix(text: str) -> None:
    import lintnews

    assert lintnews.fix_text(text) == text


def test_a_glued_token_with_two_readings_is_not_split_by_a_safe_fix() -> None:
    import lintnews

    # "tooth in" or "too thin": English writes the second as a pair, so the split is unsafe.
    text = "The paper's toothin, it seems really easy to rip."
    assert lintnews.fix_text(text) == text
    [merged] = [d for d in lintnews.lint_text(text) if d.code == "M001"]
    assert merged.fix is not None and not merged.fix.is_safe
    assert lintnews.fix_text("He met withboth leaders.") == "He met with both leaders."
