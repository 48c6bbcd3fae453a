"""A page's public history: its published revisions, each by its own permanent
link, and readable differences between any two of them."""
