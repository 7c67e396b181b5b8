"""lintnews's rules, one module per rule, grouped in folders by what they catch.

Installed as ``lintnews.rules``. Each family has a letter prefix:

- ``M`` merged/ -- merged and split words (``Chernihivalthough``, ``gov- ernment``)
- ``T`` translation/ -- machine-translation artifacts (duplicated subjects, missing words)
- ``C`` case/ -- capitalisation (lowercase sentence openings and names)
- ``R`` residue/ -- scraping residue lines (``Read more:``, share buttons, bylines)
- ``E`` encoding/ -- encoding and markup damage (mojibake, HTML entities, invisible characters)
- ``P`` punctuation/ -- punctuation and spacing (``Kyiv.The``, doubled punctuation)

A new rule is a new module in the right folder; the registry finds it, the test suite runs its
examples, and the README's rule table is regenerated from it (``python -m lintnews.docs``).
"""
