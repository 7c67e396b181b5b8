"""``python -m lintnews`` is the ``lintnews`` command."""

from lintnews.cli import console_main

console_main()
