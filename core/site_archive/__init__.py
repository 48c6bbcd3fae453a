"""Backups that restore: the whole site's content and media in one archive.

An archive is a gzipped tar of ``manifest.json`` first (format, the migrations
it was made at, each member's size and SHA-256 and the number of rows per
model), ``data.jsonl`` (Django's serialisation of the content, one object a
line, naming related rows by primary key, content types and permissions by
natural key) and ``media/``
(every stored file the content refers to).

Importing checks the whole archive from its tar headers before writing
anything (``reading``), streams the members to temporary files checking each
checksum, then loads them in one transaction into a database that holds
nothing but what migrations create (``loading``). The models go in an order
derived from their relations (``ordering``).
"""

from .loading import import_site
from .manifest import FORMAT, ArchiveError, Summary
from .ordering import exported_models
from .writing import export_site

__all__ = [
    "FORMAT",
    "ArchiveError",
    "Summary",
    "export_site",
    "exported_models",
    "import_site",
]
