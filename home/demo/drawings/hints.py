"""Reading an entry's title and summary for what to draw: the words it is
described with, and for an aircraft its engines and its role."""

from __future__ import annotations

import re

# What a few well-known types are, for summaries that do not say it.
KNOWN_TYPES = {
    "tb-3": "four-engined bomber monoplane corrugated",
    "ju 52": "three-engined transport monoplane corrugated",
    "ju 87": "single-engined dive bomber monoplane",
    "junkers": "corrugated",
    "i-16": "monoplane fighter",
    "i-15": "biplane fighter",
    "bf 109": "monoplane fighter",
    "b-534": "biplane fighter",
    "ar 64": "biplane fighter",
    "ar 65": "biplane fighter",
    "he 59": "twin-engined biplane floatplane",
    "bt-7": "fast light tank",
    "t-35": "five-turreted heavy tank",
    "t-28": "three-turreted medium tank",
    "whippet": "first world war",
}

# The words that count engines, as in "twin-engined".
ENGINE_WORDS = {
    "single": 1,
    "one": 1,
    "twin": 2,
    "two": 2,
    "three": 3,
    "tri": 3,
    "four": 4,
}


def hint_text(spec: dict, first_sentence: bool = False) -> str:
    """The words an entry is described with, lower-cased, with those a known
    type adds put first. ``first_sentence`` keeps only the summary's first
    sentence, where a summary says what the thing is."""
    summary = str(spec.get("summary") or "")
    if first_sentence:
        summary = re.split(r"(?<=\.)\s", summary, maxsplit=1)[0]
    parts = [spec.get("title") or "", spec.get("designation") or "", summary]
    text = " ".join(str(part) for part in parts).lower()
    extras = [extra for name, extra in KNOWN_TYPES.items() if name in text]
    return " ".join([*extras, text])


def engine_count(hints: str) -> int | None:
    """The number of engines the text names ("twin-engined"), if it names one."""
    match = re.search(
        r"\b(single|one|twin|two|three|tri|four)[- ]?(engined|engine|motor)", hints
    )
    if match:
        return ENGINE_WORDS[match.group(1)]
    if "trimotor" in hints:
        return 3
    return None


def first_role(hints: str) -> str:
    """The role named first: "fighter", "bomber", "reconnaissance"..."""
    found = [
        (hints.find(word), role)
        for word, role in [
            ("fighter", "fighter"),
            ("dive bomber", "dive bomber"),
            ("dive-bomber", "dive bomber"),
            ("bomber", "bomber"),
            ("reconnaissance", "reconnaissance"),
            ("airliner", "airliner"),
            ("transport", "transport"),
            ("trainer", "trainer"),
        ]
        if word in hints
    ]
    return min(found)[1] if found else ""
