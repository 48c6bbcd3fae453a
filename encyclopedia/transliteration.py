"""The Latin spellings a Russian name takes in English, German and Czech texts.

An entry's name in the original script ("Михаил Тухачевский") is written in
Latin letters by rules that differ by language: English texts write
Tukhachevsky, German ones Tuchatschewski, Czech ones Tuchačevskij, and scholars
Tuchačevskij or Tuhačevskij. Each system is a table from Cyrillic letters to
Latin ones; where a system allows two spellings (English "Yegorov" and
"Egorov", "-sky" and "-skiy") both are made. The linker folds diacritics, so
"Tuchačevskij" and "Tuchacevskij" are one spelling to it.

Pure Python; no Django.
"""

from __future__ import annotations

from itertools import product

#: Letters every system writes alike.
_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "ъ": "", "ь": "",
}  # fmt: skip

#: Each system's own letters; a tuple where it allows more than one spelling.
_SYSTEMS: dict[str, dict[str, str | tuple[str, ...]]] = {
    # BGN/PCGN as English-language books and newspapers use it.
    "en": {
        "е": ("e", "ye"), "ё": ("yo", "e"), "ж": "zh", "й": ("y", "i"),
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y",
        "э": "e", "ю": "yu", "я": "ya",
    },
    # Duden, as German texts write Russian names.
    "de": {
        "в": "w", "е": ("e", "je"), "ё": "jo", "ж": "sch", "з": "s", "й": "i",
        "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ы": "y",
        "э": "e", "ю": "ju", "я": "ja",
    },
    # ČSN, as Czech texts write them (the linker folds č, š, ž).
    "cs": {
        "е": ("e", "je"), "ё": "jo", "ж": "ž", "й": "j", "х": "ch", "ц": "c",
        "ч": "č", "ш": "š", "щ": "šč", "ы": "y", "э": "e", "ю": "ju", "я": "ja",
    },
    # The Library of Congress system, as older English books write it.
    "loc": {
        "е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu", "я": "ia",
    },
    # French: Tchkalov, Toukhatchevski.
    "fr": {
        "е": "e", "ё": "io", "ж": "j", "й": "ï", "у": "ou", "х": "kh", "ц": "ts",
        "ч": "tch", "ш": "ch", "щ": "chtch", "ы": "y", "э": "e", "ю": "iou",
        "я": "ia",
    },
    # ISO 9 and the scholarly system, folded.
    "iso": {
        "е": "e", "ё": "e", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č",
        "ш": "š", "щ": "šč", "ы": "y", "э": "e", "ю": "ju", "я": "ja",
    },
}  # fmt: skip

#: Endings each system writes its own way, tried before the letters.
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"ий": ("y", "iy", "ii", "i"), "ый": ("y", "yi"), "ой": ("oy", "oi")},
    "de": {"ий": ("i", "ij"), "ый": ("y", "i"), "ой": ("oi", "oj")},
    "cs": {"ий": ("ij",), "ый": ("yj",), "ой": ("oj",)},
    "loc": {"ий": ("ii", "y"), "ый": ("yi",), "ой": ("oi",)},
    "fr": {"ий": ("i",), "ый": ("y",), "ой": ("oï",)},
    "iso": {},
}
#: Spellings a name may make at most, per system: a bound on the gazetteer.
MAX_SPELLINGS = 8
_VOWELS = frozenset("аеёиоуыэюя")


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` is written in Cyrillic (at least half its letters)."""
    if text.isascii():
        return False
    letters = [char for char in text if char.isalpha()]
    cyrillic = [char for char in letters if "\u0400" <= char <= "\u04ff"]
    return bool(letters) and len(cyrillic) * 2 >= len(letters)


def latin_spellings(text: str) -> set[str]:
    """Every Latin spelling of a Cyrillic ``text`` in the systems above."""
    found: set[str] = set()
    for system in _SYSTEMS:
        found |= {" ".join(words) for words in _spelled(text, system)}
    return found


def _spelled(text: str, system: str) -> list[tuple[str, ...]]:
    per_word = [_word_spellings(word, system) for word in text.split()]
    combinations = []
    for words in product(*per_word):
        combinations.append(words)
        if len(combinations) >= MAX_SPELLINGS:
            break
    return combinations


def _between_vowels(word: str, index: int) -> bool:
    return 0 < index < len(word) - 1 and {word[index - 1], word[index + 1]} <= _VOWELS


def _word_spellings(word: str, system: str) -> list[str]:
    table = _SYSTEMS[system]
    lower = word.lower()
    stem, endings = lower, ("",)
    for ending, spelled in _ENDINGS[system].items():
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem, endings = lower[: -len(ending)], spelled
            if system == "cs" and stem.endswith(("ск", "цк")):
                # Czech also makes the surname its own adjective: Tuchačevský.
                endings = (*endings, "ý")
            break
    choices: list[tuple[str, ...]] = []
    for index, char in enumerate(stem):
        spelled = table.get(char, _COMMON.get(char, char))
        options = spelled if isinstance(spelled, tuple) else (spelled,)
        if char == "с" and system == "de" and _between_vowels(stem, index):
            options = ("ss", "s")  # Wassili: a single s would be voiced
        if char == "е" and system in ("en", "de", "cs") and len(options) > 1:
            # "ye"/"je" only where Russian says it: first, or after a vowel
            # or a soft or hard sign ("Yegorov", "Jeschow"); "e" elsewhere.
            after_vowel = index == 0 or stem[index - 1] in _VOWELS | {"ь", "ъ"}
            options = options if after_vowel else options[:1]
        choices.append(options)
    spellings = []
    for letters in product(*choices):
        for ending in endings:
            spelled = "".join(letters) + ending
            spellings.append(spelled[:1].upper() + spelled[1:])
            if len(spellings) >= MAX_SPELLINGS:
                return spellings
    return spellings
