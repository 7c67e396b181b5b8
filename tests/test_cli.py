"""The command line as a user meets it: real processes, real files, exit codes and formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

MT_ARTICLE = FIXTURES / "seeds" / "mt_article.txt"
CLEAN_ARTICLE = FIXTURES / "seeds" / "clean_article.txt"
DEFECTIVE = "The talks ended. fomin said the the deal was close.\nRead more: Why talks fail\n"


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lintnews", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr


def test_json_contract_on_the_translated_seed() -> None:
    result = run("check", "--output-format", "json", str(MT_ARTICLE))
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert {item["code"][0] for item in items} >= {"M", "C", "T", "R"}
    for item in items:
        assert set(item) == {
            "code",
            "name",
            "message",
            "filename",
            "location",
            "end_location",
            "fix",
        }
        assert set(item["location"]) == {"row", "column"} == set(item["end_location"])
        if item["fix"] is not None:
            assert set(item["fix"]) == {"applicability", "message", "edits"}
            assert item["fix"]["applicability"] in ("safe", "unsafe")
            for edit in item["fix"]["edits"]:
                assert set(edit) == {"content", "location", "end_location"}
    lines = MT_ARTICLE.read_text(encoding="utf-8").split("\n")
    merged = next(i for i in items if i["code"] == "M001" and "Chernihivalthough" in i["message"])
    row, column = merged["location"]["row"], merged["location"]["column"]
    end = merged["end_location"]["column"]
    # 1-based columns in code points, end exclusive: the slice is exactly the reported word.
    assert lines[row - 1][column - 1 : end - 1] == "Chernihivalthough"
    messages = " ".join(i["message"] for i in items)
    for expected in ("fomin", "Zelensky", "Read more"):
        assert expected in messages


def test_clean_seed_reports_nothing_past_its_first_line() -> None:
    result = run("check", "--output-format", "json", str(CLEAN_ARTICLE))
    items = json.loads(result.stdout)
    assert all(item["location"]["row"] == 1 for item in items), items


def test_full_format_shows_line_caret_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)
    result = run("check", str(path))
    assert result.returncode == 1
    assert f"{path}:1:18: C001 [*] Sentence starts with lowercase 'fomin'" in result.stdout
    assert " 1 | The talks ended. fomin said" in result.stdout
    assert "   |                  ^^^^^" in result.stdout
    assert "= fix: Capitalise the first letter" in result.stdout
    assert "\x1b[" not in result.stdout  # plain when piped
    assert result.stdout.rstrip().splitlines()[-1].startswith("Found ")


def test_concise_github_and_statistics(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)
    concise = run("check", "--output-format", "concise", str(path)).stdout.splitlines()
    assert f"{path}:2:1: R001 [*] 'Read more' line is a link teaser, not article text" in concise
    github = run("check", "--output-format", "github", str(path)).stdout.splitlines()
    assert any(
        line.startswith(f"::error title=lintnews (R001),file={path},line=2,col=1,")
        for line in github
    )
    stats = run("check", "--statistics", str(path)).stdout
    assert "R001" in stats and "read-more-line" in stats


def test_select_ignore_and_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)

    def codes(*flags: str) -> set[str]:
        result = run("check", "--output-format", "json", *flags, str(path))
        return {item["code"] for item in json.loads(result.stdout)}

    assert codes("--select", "R") == {"R001"}
    assert "R001" not in codes("--ignore", "R001")
    assert codes("--select", "R,C001") == {"R001", "C001"}
    assert codes("--select", "C", "--extend-select", "R001") == {"C001", "R001"}
    assert_one_line_error(run("check", "--select", "Z9", str(path)), "unknown rule selector 'Z9'")


def test_exit_codes(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks ended on Monday.\n")
    assert run("check", str(clean)).returncode == 0
    dirty = tmp_path / "dirty.txt"
    dirty.write_text(DEFECTIVE)
    assert run("check", str(dirty)).returncode == 1
    assert run("check", "--exit-zero", str(dirty)).returncode == 0
    assert run("check", "--output-format", "xml", str(dirty)).returncode == 2


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"caf\xe9 au lait\n", "invalid UTF-8 at byte offset 3"),
        (b"\x00\x01\x02binary", "binary file"),
    ],
)
def test_bad_input_is_one_line_and_untouched(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_error(run("check", "--fix", str(path)), fragment)
    assert path.read_bytes() == content


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    assert_one_line_error(run("check", str(tmp_path / "nope.txt")), "no such file or directory")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert_one_line_error(run("check", str(tmp_path)), "directory has no files to check")


def test_empty_file_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    result = run("check", str(path))
    assert result.returncode == 0 and "All checks passed!" in result.stdout


def test_directory_recursion_uses_include_patterns(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(DEFECTIVE)
    (tmp_path / "b.txt").write_text(DEFECTIVE)
    (tmp_path / "c.html").write_text(DEFECTIVE)
    result = run("check", "--output-format", "json", str(tmp_path))
    files = {Path(item["filename"]).name for item in json.loads(result.stdout)}
    assert files == {"a.md", "b.txt"}


def test_fix_is_idempotent_and_keeps_crlf_bom_and_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    original = "\ufeff" + DEFECTIVE.replace("\n", "\r\n")
    path.write_bytes(original.encode("utf-8"))
    first = run("check", "--fix", str(path))
    fixed = path.read_bytes().decode("utf-8")
    assert fixed == "\ufeffThe talks ended. Fomin said the deal was close.\r\n"
    assert "Fixed 3 problems" in first.stdout
    second = run("check", "--fix", str(path))
    assert path.read_bytes().decode("utf-8") == fixed
    assert "Fixed" not in second.stdout


def test_unsafe_fixes_need_the_flag(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    # Removing a dateline may remove a place name the story needs: the fix is unsafe.
    # (R009 is page metadata, selected with its group.)
    path.write_text("KYIV (Reuters) - The army said it left.\n")
    run("check", "--fix", "--extend-select", "residue-metadata", str(path))
    assert path.read_text().startswith("KYIV (Reuters) - ")
    run("check", "--fix", "--unsafe-fixes", "--extend-select", "residue-metadata", str(path))
    assert path.read_text() == "The army said it left.\n"


def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)
    result = run("check", "--diff", str(path))
    assert result.returncode == 1
    assert "-Read more: Why talks fail" in result.stdout
    assert "+The talks ended. Fomin said the deal was close." in result.stdout
    assert path.read_text() == DEFECTIVE


def test_stdin_with_filename_and_fix() -> None:
    result = run(
        "check", "--output-format", "concise", "--stdin-filename", "story.txt", "-", stdin=DEFECTIVE
    )
    assert result.returncode == 1 and result.stdout.startswith("story.txt:1:18: C001")
    fixed = run("check", "--fix", "-", stdin=DEFECTIVE)
    assert fixed.stdout == "The talks ended. Fomin said the deal was close.\n"


def test_configuration_is_discovered_and_flags_win(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.lintnews]\nignore = ["C001"]\n'
        'per-file-ignores = { "drafts/*" = ["R"] }\n'
    )
    (tmp_path / "drafts").mkdir()
    for name in ("a.txt", "drafts/b.txt"):
        (tmp_path / name).write_text(DEFECTIVE)
    result = run("check", "--output-format", "json", ".", cwd=tmp_path)
    found = {(Path(i["filename"]).name, i["code"]) for i in json.loads(result.stdout)}
    assert ("a.txt", "R001") in found and ("b.txt", "R001") not in found
    assert not any(code == "C001" for _, code in found)
    overridden = run("check", "--output-format", "json", "--ignore", "R", "a.txt", cwd=tmp_path)
    assert {i["code"] for i in json.loads(overridden.stdout)} >= {"C001"}


def test_lintnews_toml_and_explicit_config(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('select = ["R"]\n')
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    result = run("check", "--output-format", "json", "a.txt", cwd=tmp_path)
    assert {i["code"] for i in json.loads(result.stdout)} == {"R001"}
    other = tmp_path / "other.toml"
    other.write_text('select = ["C"]\n')
    result = run("check", "--output-format", "json", "--config", str(other), "a.txt", cwd=tmp_path)
    assert {i["code"] for i in json.loads(result.stdout)} == {"C001"}


@pytest.mark.parametrize(
    ("config", "fragment"),
    [
        ("selekt = ['R']\n", "unknown key 'selekt'"),
        ("select = 'R\n", "invalid TOML"),
        ("select = [1]\n", "'select' must be a list of strings"),
        ("known-words-file = 'missing.txt'\n", "known-words-file"),
    ],
)
def test_bad_configuration_is_one_line(tmp_path: Path, config: str, fragment: str) -> None:
    (tmp_path / "lintnews.toml").write_text(config)
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    assert_one_line_error(run("check", "a.txt", cwd=tmp_path), fragment)


def test_known_words_teach_the_lexicon(tmp_path: Path) -> None:
    text = "Troops shelled Zhytomyrand the villages nearby.\n"
    path = tmp_path / "a.txt"
    path.write_text(text)
    before = json.loads(run("check", "--select", "M", "--output-format", "json", str(path)).stdout)
    assert not before  # 'Zhytomyr' is unknown, so there is no evidence for a split
    (tmp_path / "words.txt").write_text("# places\nZhytomyr\n")
    (tmp_path / "lintnews.toml").write_text('known-words-file = "words.txt"\n')
    after = json.loads(run("check", "--select", "M", "--output-format", "json", str(path)).stdout)
    assert [i["code"] for i in after] == ["M001"]


def test_suppression_comments(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "The talks ended. fomin said so. <!-- lintnews: ignore[C001] -->\n"
        "<!-- lintnews: ignore-next-line -->\n"
        "Read more: Why talks fail\n"
        "Read more: This one is reported\n"
    )
    result = run("check", "--output-format", "json", str(path))
    assert [(i["code"], i["location"]["row"]) for i in json.loads(result.stdout)] == [("R001", 4)]


def test_rule_explains_and_lists() -> None:
    explained = run("rule", "M001")
    assert explained.returncode == 0
    assert "## Why is this bad?" in explained.stdout and "Reported:" in explained.stdout
    listing = run("rule", "--all").stdout
    assert "| M001 | merged-words |" in listing and "| R001 | read-more-line |" in listing
    assert run("rule", "X999").returncode == 2


def test_help_and_version() -> None:
    assert "check" in run("--help").stdout
    assert run("--version").stdout.startswith("lintnews ")


def test_full_format_is_coloured_when_forced(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)
    result = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", str(path)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "FORCE_COLOR": "1", "TERM": "xterm-256color"},
        check=False,
    )
    assert "\x1b[" in result.stdout and "C001" in result.stdout


def test_grammar_backend_flags(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DEFECTIVE)
    down = run(
        "check", "--output-format", "concise", "--languagetool", "http://127.0.0.1:9", str(path)
    )
    assert down.returncode == 1 and "C001" in down.stdout  # native rules carry on
    warnings = down.stderr.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("lintnews: warning: LanguageTool")
    assert "languagetool-server.jar" in warnings[0]
    assert_one_line_error(
        run("check", "--grammar", "harpr", str(path)), "unknown grammar backend 'harpr'"
    )
    assert_one_line_error(
        run("check", "--languagetool", "localhost", str(path)), "neither a server URL"
    )
    (tmp_path / "lintnews.toml").write_text('grammar = "grammarly"\n')
    assert_one_line_error(
        run("check", "a.txt", cwd=tmp_path), "unknown grammar backend 'grammarly'"
    )


def test_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every file is readable, so the denial is simulated where the file is read."""
    import io

    from lintnews.runner import CheckOptions, Runner

    path = tmp_path / "locked.txt"
    path.write_text(DEFECTIVE)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    out, err = io.StringIO(), io.StringIO()
    code = Runner(CheckOptions(paths=[str(path)], output_format="concise"), out, err).run()
    assert code == 2
    assert err.getvalue() == f"lintnews: error: {path}: permission denied\n"
    assert out.getvalue() == ""


def test_lines_repeated_across_files_are_found_when_checking_a_folder(tmp_path: Path) -> None:
    widget = "Most shared this week on the Valley Tribune"
    bodies = [
        "The council met on Monday.",
        "Storms hit the coast.",
        "A bakery won a prize.",
        "Fares rise.",
    ]
    for number, body in enumerate(bodies):
        (tmp_path / f"{number}.txt").write_text(
            f"{body}\n\n{widget}\n\n{bodies[-1 - number]} It ended.\n"
        )
    result = run("check", "--select", "R012", "--output-format", "json", str(tmp_path))
    items = json.loads(result.stdout)
    assert len(items) == 4 and all(i["location"]["row"] == 3 for i in items)
    assert "occurs in 4 of the 4 files checked" in items[0]["message"]
    alone = run("check", "--select", "R012", "--output-format", "json", str(tmp_path / "0.txt"))
    assert json.loads(alone.stdout) == []  # one file is no evidence


def test_parallel_check_gives_the_same_output(tmp_path: Path) -> None:
    texts = [
        DEFECTIVE,
        "Clean text here.\n",
        "It rained.\nRead more: Why\n",
        b"\xff".decode("latin-1"),
    ]
    for number in range(12):
        (tmp_path / f"{number:02}.txt").write_text(texts[number % len(texts)])
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    serial = run("check", "--jobs", "1", "--output-format", "concise", str(tmp_path))
    parallel = run("check", "--jobs", "2", "--output-format", "concise", str(tmp_path))
    assert serial.returncode == parallel.returncode == 2  # the bad file
    assert serial.stdout == parallel.stdout and "R001" in serial.stdout
    assert serial.stderr == parallel.stderr
    assert "invalid UTF-8" in parallel.stderr
    fixed = run("check", "--jobs", "2", "--fix", str(tmp_path))
    assert "Fixed" in fixed.stdout
    assert (tmp_path / "00.txt").read_text() == "The talks ended. Fomin said the deal was close.\n"


def test_rule_explains_backend_codes() -> None:
    explained = run("rule", "LT:EN_A_VS_AN")
    assert explained.returncode == 0 and "LanguageTool" in explained.stdout
    assert "--ignore LT:EN_A_VS_AN" in explained.stdout
    assert "Harper" in run("rule", "HP:Spelling").stdout
    assert run("rule", "XX:Y").returncode == 2


# What a ruff user reaches for (issue 17) ---------------------------------------------------------


def _shown(*args: str, cwd: Path) -> set[str]:
    result = run("check", "--show-files", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return {Path(line).as_posix() for line in result.stdout.splitlines()}


def test_folder_search_respects_nested_gitignore_negation_and_folders(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # a checkout: its root's ignore files apply to every folder
    (tmp_path / ".gitignore").write_text("build/\n*.md\n!keep.md\n/top.txt\n")
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    (tmp_path / "sub" / ".gitignore").write_text("local.txt\n!again.md\n")
    (tmp_path / "build").mkdir()
    names = [
        "a.txt",
        "top.txt",
        "keep.md",
        "other.md",
        "build/b.txt",
        "sub/top.txt",
        "sub/c.txt",
        "sub/local.txt",
        "sub/deep/local.txt",
        "sub/again.md",
        "sub/deep/other.md",
    ]
    for name in names:
        (tmp_path / name).write_text(DEFECTIVE)
    expected = {"a.txt", "keep.md", "sub/top.txt", "sub/c.txt", "sub/again.md"}
    assert _shown(".", cwd=tmp_path) == expected
    # Searching a subfolder still honours the patterns of the checkout's root.
    assert _shown("sub", cwd=tmp_path) == {"sub/top.txt", "sub/c.txt", "sub/again.md"}
    assert _shown("--no-respect-gitignore", ".", cwd=tmp_path) == set(names)
    (tmp_path / "lintnews.toml").write_text("respect-gitignore = false\n")
    assert _shown(".", cwd=tmp_path) == set(names)
    # A file named on the command line is checked, ignored or not, as ruff does.
    assert _shown("build/b.txt", cwd=tmp_path) == {"build/b.txt"}


def _codes(*args: str, cwd: Path) -> set[str]:
    result = run("check", "--output-format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return {item["code"] for item in json.loads(result.stdout)}


def test_config_key_value_overrides_the_file_and_flags_win(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('select = ["C"]\n')
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    assert _codes("a.txt", cwd=tmp_path) == {"C001"}
    assert _codes("--config", 'select = ["R"]', "a.txt", cwd=tmp_path) == {"R001"}
    both = ("--config", 'select = ["R", "T"]', "--config", "ignore = ['T']", "a.txt")
    assert _codes(*both, cwd=tmp_path) == {"R001"}
    assert _codes("--config", "select=['R']", "--select", "T", "a.txt", cwd=tmp_path) == {"T002"}
    # A file's path and a setting together: the setting applies over that file.
    (tmp_path / "x=y.toml").write_text('select = ["C", "T"]\n')
    with_file = ("--config", "x=y.toml", "--config", "ignore = ['C']", "a.txt")
    assert _codes(*with_file, cwd=tmp_path) == {"T002"}
    assert_one_line_error(
        run("check", "--config", "selekt = ['R']", "a.txt", cwd=tmp_path), "unknown key 'selekt'"
    )
    assert_one_line_error(
        run("check", "--config", "select = R", "a.txt", cwd=tmp_path), "neither a configuration"
    )


def test_extend_ignore_keeps_the_configured_ignore(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('ignore = ["C001"]\n')
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    assert _codes("--extend-ignore", "R001", "a.txt", cwd=tmp_path) == {"T002"}
    assert _codes("--ignore", "R001", "a.txt", cwd=tmp_path) == {"C001", "T002"}


def test_extend_exclude_and_force_exclude(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    (tmp_path / "drafts" / "b.txt").write_text(DEFECTIVE)
    (tmp_path / "lintnews.toml").write_text('exclude = ["*.md"]\n')
    assert _shown(".", cwd=tmp_path) == {"a.txt", "drafts/b.txt"}
    assert _shown("--extend-exclude", "drafts/*", ".", cwd=tmp_path) == {"a.txt"}
    named = ("--extend-exclude", "drafts/*", "drafts/b.txt")
    assert run("check", *named, cwd=tmp_path).returncode == 1  # named: checked
    forced = run("check", "--force-exclude", *named, cwd=tmp_path)
    assert forced.returncode == 0 and "C001" not in forced.stdout
    (tmp_path / "lintnews.toml").write_text('exclude = ["drafts/*"]\nforce-exclude = true\n')
    assert run("check", "drafts/b.txt", cwd=tmp_path).returncode == 0
    assert run("check", "--no-force-exclude", "drafts/b.txt", cwd=tmp_path).returncode == 1


def test_fix_only_exit_non_zero_on_fix_and_show_fixes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    # The lowercase opening has a safe fix; 'Belarusao' is reported without one.
    left = "The vote in Belarusao was held.\n"
    path.write_text(DEFECTIVE + left)
    only = run("check", "--fix-only", str(path))
    assert only.returncode == 0, only.stdout + only.stderr
    assert only.stdout.strip() == "Fixed 3 problems."
    assert path.read_text() == "The talks ended. Fomin said the deal was close.\n" + left
    assert run("check", str(path)).returncode == 1  # the rest is still there
    path.write_text(DEFECTIVE)
    assert run("check", "--fix", str(path)).returncode == 0
    path.write_text(DEFECTIVE)
    assert run("check", "--fix", "--exit-non-zero-on-fix", str(path)).returncode == 1
    assert run("check", "--fix", "--exit-non-zero-on-fix", str(path)).returncode == 0  # nothing
    path.write_text(DEFECTIVE)
    shown = run("check", "--fix", "--show-fixes", str(path)).stdout
    assert f"- {path}:\n" in shown
    assert "    1 × C001 (" in shown and "    1 × R001 (read-more-line)" in shown


def test_add_noqa_marks_every_finding_once_and_keeps_the_file_shape(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_bytes(DEFECTIVE.replace("\n", "\r\n").encode())
    markdown = tmp_path / "b.md"
    markdown.write_text(
        "The talks ended. fomin said the the deal. <!-- lintnews: ignore[P001] -->\n"
    )
    added = run("check", "--add-noqa", str(tmp_path))
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added 5 suppression markers to 2 files."
    assert text.read_bytes().decode() == (
        "The talks ended. fomin said the the deal was close. lintnews: ignore[C001, T002]\r\n"
        "Read more: Why talks fail lintnews: ignore[R001]\r\n"
    )
    assert markdown.read_text() == (
        "The talks ended. fomin said the the deal. <!-- lintnews: ignore[P001, C001, T002] -->\n"
    )
    assert run("check", str(tmp_path)).returncode == 0  # every finding is silenced
    again = run("check", "--add-noqa", str(tmp_path))
    assert again.stdout.strip() == "Added 0 suppression markers to 0 files."
    assert_one_line_error(run("check", "--add-noqa", "--fix", str(text)), "--add-noqa")


def test_show_settings_names_the_file_and_the_selected_rules(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('ignore = ["R", "P"]\n')
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    result = run("check", "--show-settings", "--extend-ignore", "E", "a.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"Settings path: {tmp_path / 'lintnews.toml'}" in lines
    assert 'ignore = ["R", "P", "E"]' in lines
    rules = next(line for line in lines if line.startswith("rules = "))
    assert '"C001"' in rules and '"M001"' in rules
    assert not any(f'"{family}0' in rules for family in "RPE")


def test_usage_errors_are_one_line() -> None:
    assert_one_line_error(
        run("check", "--bogus", "a.txt"),
        "unrecognized arguments: --bogus (see 'lintnews check --help')",
    )
    assert_one_line_error(run("check", "--jobs", "0", "a.txt"), "below the minimum of 1")
    assert_one_line_error(run("check"), "no paths given")


@pytest.mark.parametrize(
    "command", [["corpus", "in.jsonl", "-o", "out", "--report", "r.html"], ["report", "out"]]
)
def test_the_report_without_the_corpus_extra_names_the_extra(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    from lintnews.cli import main

    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "The talks ended."}\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if it were not installed
    with pytest.raises(SystemExit) as done:
        main(command)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'lintnews[corpus]'" in err, err
    assert not (tmp_path / "out").exists()  # refused before any work


def test_a_missing_extra_anywhere_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import lintnews.cli

    def missing(argv: object) -> int:
        raise ModuleNotFoundError("No module named 'pyarrow'", name="pyarrow")

    monkeypatch.setattr(lintnews.cli, "run", missing)
    with pytest.raises(SystemExit) as done:
        lintnews.cli.main(["corpus"])
    assert done.value.code == 2
    assert capsys.readouterr().err == (
        "lintnews: error: this command (pyarrow is not installed) needs the corpus extra: "
        "pip install 'lintnews[corpus]'\n"
    )


def test_force_exclude_applies_to_the_stdin_filename(tmp_path: Path) -> None:
    (tmp_path / "lintnews.toml").write_text('exclude = ["drafts/*"]\n')
    named = ("--stdin-filename", "drafts/a.txt", "-")
    checked = run("check", "--output-format", "concise", *named, stdin=DEFECTIVE, cwd=tmp_path)
    assert checked.returncode == 1 and "C001" in checked.stdout
    skipped = run("check", "--force-exclude", *named, stdin=DEFECTIVE, cwd=tmp_path)
    assert skipped.returncode == 0 and "C001" not in skipped.stdout
    # An editor piping its buffer through --fix gets the buffer back, untouched.
    fixed = run("check", "--force-exclude", "--fix", *named, stdin=DEFECTIVE, cwd=tmp_path)
    assert fixed.returncode == 0 and fixed.stdout == DEFECTIVE


def test_add_noqa_marks_lines_repeated_across_files(tmp_path: Path) -> None:
    widget = "Most shared this week on the Valley Tribune"
    for number, body in enumerate(
        ["The council met.", "Storms hit.", "A bakery won.", "Fares rise."]
    ):
        (tmp_path / f"{number}.txt").write_text(f"{body}\n\n{widget}\n")
    assert run("check", "--select", "R012", str(tmp_path)).returncode == 1
    added = run("check", "--select", "R012", "--add-noqa", str(tmp_path))
    assert added.stdout.strip() == "Added 4 suppression markers to 4 files."
    assert (tmp_path / "0.txt").read_text().endswith(f"{widget} lintnews: ignore[R012]\n")
    assert run("check", "--select", "R012", str(tmp_path)).returncode == 0


def test_a_reader_that_closes_the_pipe_is_no_error(tmp_path: Path) -> None:
    # `lintnews check ... | head -1`: the reader goes away after the first line.
    big = tmp_path / "many.txt"
    big.write_text(DEFECTIVE * 2000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "lintnews", "check", "--output-format", "concise", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert first.startswith(str(big).encode())
    assert "internal error" not in errors and "Traceback" not in errors, errors
    assert code == 141
