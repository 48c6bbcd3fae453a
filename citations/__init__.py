"""Citing Garrison: "Cite this page" in Chicago, APA and ČSN ISO 690, the
downloads reference managers read (BibTeX, RIS, CSL-JSON), and the meta tags
Zotero and Google Scholar read from a page's head."""
