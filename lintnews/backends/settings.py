"""How the grammar backends are named in settings and in report codes, and which setting values
can work. Light on purpose: each backend module imports it, and so does the package, without
importing the other backend (or the package importing a backend back).

Importing it registers :func:`setting_error` with :mod:`lintnews.config` for ``languagetool``
and ``grammar``: the configuration rejects a value that cannot work, although it knows nothing
of the backends.
"""

from __future__ import annotations

from lintnews.config import register_setting_check

# Values of `--grammar` / `grammar = ...`: `harper`, or `harper:<dialect>` (American by default;
# British-edited news wants `harper:british`, or Harper calls 'programme' and 'labour' misspelled).
GRAMMAR_BACKENDS = ("harper",)
HARPER_DIALECTS = ("american", "british", "australian", "canadian", "indian")
# Report codes: LT:<RULE_ID> and HP:<kind>.
LANGUAGETOOL_PREFIX = "LT"
HARPER_PREFIX = "HP"


def setting_error(key: str, value: str) -> str | None:
    """Why a ``languagetool`` or ``grammar`` value cannot work, in one line; None when it can.
    For the command line and the configuration to reject a typo as a usage error up front."""
    text = value.strip()
    if key == "languagetool":
        if text == "local" or text.startswith(("http://", "https://")):
            return None
        return f"languagetool {value!r} is neither a server URL (http://host:port) nor 'local'"
    choice, _, dialect = text.lower().partition(":")
    if choice in GRAMMAR_BACKENDS and (dialect.strip() or HARPER_DIALECTS[0]) in HARPER_DIALECTS:
        return None
    known = ", ".join([*GRAMMAR_BACKENDS, *(f"harper:{d}" for d in HARPER_DIALECTS)])
    return f"unknown grammar backend {value!r} (known: {known})"


register_setting_check("languagetool", setting_error)
register_setting_check("grammar", setting_error)
