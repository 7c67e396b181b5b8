"""P: punctuation and spacing -- missing spaces after sentence ends, stray spaces, doubled marks."""
