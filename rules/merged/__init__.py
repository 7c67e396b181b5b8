"""M: merged and split words -- a space lost by scraping or translation, or a word broken apart.

The rules (``merged_words``, ``unknown_remainder``, ``split_word``, ``hyphenation_residue``)
share the family's own analysis, in private modules: ``_glue`` (is a token two or three words
glued together, by shape: ``_lower_glue``, ``_capital_glue``, ``_web_glue``), ``_foreign`` (a
name glued to a scrap of another language), ``_broken`` (is a pair of tokens one word broken
apart), ``_candidates`` (which of a document's types are worth judging), ``_evidence`` (what
the lexicon and the document say about a piece), and ``_code``; where a word occurs and whether it opens a sentence they ask the
document (``Document.occurrences``, ``Document.opens_sentence``). Its thresholds
are ``_thresholds.THRESHOLDS``; its word lists are ``data/*.txt``, read by ``_words``.
"""
