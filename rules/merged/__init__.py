"""M: merged and split words -- a space lost by scraping or translation, or a word broken apart."""
