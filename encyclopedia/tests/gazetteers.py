"""The linker's tests build their gazetteers as the site does, from a few
entries' names in one language."""

from encyclopedia.linking import Gazetteer
from encyclopedia.spellings import EntryNames, capitalises_every_word, spellings


def gazetteer_of(entries: list[EntryNames], language: str) -> Gazetteer:
    """A gazetteer of every spelling of ``entries`` in ``language`` text."""
    return Gazetteer(
        (name for entry in entries for name in spellings(entry, language)),
        every_word_capitalised=capitalises_every_word(language),
    )
