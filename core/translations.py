"""Compile the committed translation catalogues (``.po``) into ``.mo`` files.

Django's ``compilemessages`` needs GNU gettext's ``msgfmt``, which a fresh
machine may not have; polib does the same in Python, so ``make run`` and
``make test`` can always build the catalogues.
"""

from __future__ import annotations

from pathlib import Path

import polib
from django.conf import settings


def catalogue_paths() -> list[Path]:
    """Return every ``.po`` file of the project (not of installed packages)."""
    found = []
    for folder in settings.LOCALE_PATHS:
        found += sorted(Path(folder).glob("*/LC_MESSAGES/*.po"))
    return found


def compile_catalogue(po_path: Path) -> Path:
    """Write the ``.mo`` beside a ``.po`` when it is missing or older; return it."""
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
        catalogue = polib.pofile(str(po_path))
        # Fuzzy entries are guesses; gettext leaves them out, and so do we.
        for entry in catalogue.fuzzy_entries():
            catalogue.remove(entry)
        catalogue.save_as_mofile(str(mo_path))
    return mo_path
