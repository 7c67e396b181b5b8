"""R: scraping residue -- lines of the web page that are not the article."""
