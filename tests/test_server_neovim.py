"""`lintnews server` in a real editor: headless Neovim opens an article, receives the
diagnostics, applies a quick fix and writes the file.

The Lua uses only APIs Neovim 0.7 has (Debian 12 ships 0.7.2): ``vim.lsp.start_client`` and
``buf_attach_client`` (``vim.lsp.start`` came in 0.8), ``vim.lsp.buf_request_sync``,
``vim.lsp.util.make_range_params`` and ``apply_workspace_edit``, ``vim.diagnostic.get``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(
    NVIM is None, reason="Neovim (nvim) is not installed; CI installs Debian's neovim as root"
)

SCRIPT = r"""
local function fail(message)
  io.stderr:write("FAIL: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local file = os.getenv("LINTNEWS_FILE")
local report = os.getenv("LINTNEWS_REPORT")
vim.cmd("edit " .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = "lintnews",
  cmd = vim.fn.json_decode(os.getenv("LINTNEWS_SERVER")),
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
})
if not id then fail("the server did not start") end
vim.lsp.buf_attach_client(bufnr, id)

local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do found[d.code] = d end
  return found
end

if not vim.wait(60000, function() return codes().C001 ~= nil end, 50) then
  fail("no C001 diagnostic arrived")
end
local seen = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(seen, {code = d.code, source = d.source, severity = d.severity,
                      lnum = d.lnum, col = d.col, end_col = d.end_col})
end

local target = codes().C001
vim.api.nvim_win_set_cursor(0, {target.lnum + 1, target.col})
local client = vim.lsp.get_client_by_id(id)
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.context = {diagnostics = {}}
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 30000)
local chosen
for _, response in pairs(responses or {}) do
  for _, action in ipairs(response.result or {}) do
    if action.title:match("^Fix C001 %(safe%)") then chosen = action end
  end
end
if not chosen then fail("no 'Fix C001 (safe)' action: " .. vim.inspect(responses)) end
vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
vim.cmd("write")

-- The server lints the changed buffer again (debounced): the finding is gone.
if not vim.wait(30000, function() return codes().C001 == nil end, 50) then
  fail("C001 still reported after the fix")
end
local out = io.open(report, "w")
out:write(vim.fn.json_encode({diagnostics = seen, encoding = client.offset_encoding,
                              title = chosen.title}))
out:close()
vim.lsp.stop_client(id)
vim.cmd("qall!")
"""


def test_neovim_applies_a_quick_fix_and_writes_the_file(tmp_path: Path) -> None:
    assert NVIM is not None
    article = tmp_path / "article.txt"
    text = "Talks resumed on Monday.\nCrowds cheered \U0001f389 in Kyiv. fomin said the talks in Belarusao failed.\n"
    article.write_text(text, encoding="utf-8")
    script = tmp_path / "drive.lua"
    script.write_text(SCRIPT, encoding="utf-8")
    report = tmp_path / "report.json"
    home = tmp_path / "home"
    env = {
        **os.environ,
        "LINTNEWS_FILE": str(article),
        "LINTNEWS_REPORT": str(report),
        "LINTNEWS_SERVER": json.dumps([sys.executable, "-m", "lintnews", "server"]),
        # Neovim's state, cache and LSP log stay in the test's folder.
        **{f"XDG_{kind}_HOME": str(home / kind) for kind in ("CONFIG", "DATA", "STATE", "CACHE")},
    }
    done = subprocess.run(
        [NVIM, "--headless", "--clean", "-n", "-c", f"luafile {script}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["encoding"] == "utf-16"
    assert result["title"].startswith("Fix C001 (safe): ")
    by_code = {d["code"]: d for d in result["diagnostics"]}
    assert set(by_code) == {"C001", "M002"}
    line = text.splitlines()[1]
    # Neovim turns the server's UTF-16 columns into byte columns of the line: right only if
    # the emoji before the finding counted two units.
    column = len(line[: line.index("fomin")].encode("utf-8"))
    assert (by_code["C001"]["lnum"], by_code["C001"]["col"]) == (1, column)
    assert by_code["M002"]["end_col"] - by_code["M002"]["col"] == len("Belarusao")
    assert all(d["source"] == "lintnews" for d in result["diagnostics"])
    assert article.read_text(encoding="utf-8") == text.replace("fomin", "Fomin")
