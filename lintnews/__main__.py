"""``python -m lintnews`` is the ``lintnews`` command."""

from lintnews.cli import main

main()
