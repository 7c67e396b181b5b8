"""``lintnews server``: the Language Server Protocol over standard input and output.

The server needs the ``server`` extra (pygls, lsprotocol). Nothing in this package file imports
them, so that the command line can say which extra to install; ``check`` never imports this
package at all (its start-up time is the one users feel on every save hook).

- :mod:`lintnews.server.positions`: lintnews's code-point offsets to LSP positions (UTF-16 by
  default) and back, with the LSP's own idea of a line break.
- :mod:`lintnews.server.edits`: the text edits of the code actions (fix all, suppression marker).
- :mod:`lintnews.server.known_words`: adding a word to the workspace's known words.
- :mod:`lintnews.server.session`: configuration and linting per document, as ``check`` does it.
- :mod:`lintnews.server.app`: the protocol: pygls features, debouncing, publishing.
"""

from __future__ import annotations

# Top-level modules of the server extra and of what it brings; an ImportError naming one of
# them means the extra is not installed, not a bug.
SERVER_MODULES = frozenset({"pygls", "lsprotocol", "cattrs", "attrs"})
INSTALL_HINT = "the language server needs the server extra: pip install 'lintnews[server]'"


def is_missing_extra(error: ImportError) -> bool:
    """Whether ``error`` comes from the server extra not being installed."""
    name = (error.name or "").partition(".")[0]
    return name in SERVER_MODULES
