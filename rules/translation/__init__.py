"""T: machine-translation artifacts -- duplicated subjects, doubled and missing words, untranslated text."""
