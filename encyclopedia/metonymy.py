"""Whether a place's name stands for the event or school named after it.

"Versailles" is a town and, to a historian, as often the treaty signed there;
"Lipetsk" is a town and the flying school the Reichswehr ran outside it. The
words in :mod:`.cues` decide the clear cases ("after Munich", "a Lipetsk
graduate"); many others say it only by the sense of the clause ("Lipetsk
served as a test centre", "the way round Versailles"), which no short list of
words catches. For those a logistic model over the words around the name
gives the odds that the writer means the event or the school. The model is
learned from annotated text (``bench/train_metonymy.py`` reads the linker's
development sets) and kept in ``metonymy.json`` beside this module as weights
of words; it knows words, not entries, so it applies to any place an event or
school is named after.

Pure Python: a feature is a string, the model a dict of weights.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from .folding import fold

#: How many words on each side of the name the model reads: about a clause
#: (6 and 20 did worse on the annotated sets, held out one at a time).
WINDOW = 12
#: Words are cut to their first five letters, so that a Czech word's cases
#: and an English word's inflections are one feature ("pilot", "pilotů").
STEM = 5
#: The odds above which a name leaves its literal sense for the event or
#: school, and below which it keeps it. Between the two the words lean to
#: the event or school without making it clear, and the name is not linked:
#: no link serves a reader better than a wrong one. Held out one set at a
#: time, the model reads 1,075 of the 1,517 names no word decides rightly
#: and 219 wrongly with these bounds; deciding all at 0.8, 1,135 and 382.
#: The full linker on the eleven sets written last, the model held out, was
#: right in 98.1% of its English links and 97.8% of its Czech ones (97.5%
#: and 97.6% deciding at 0.8) and found 0.2 points fewer names in each.
PLACE_BELOW = 0.5
THING_ABOVE = 0.8
WEIGHTS = Path(__file__).with_name("metonymy.json")

_WORD = re.compile(r"\w+")
_REACH = 120


def context_features(
    text: str, start: int, end: int, *, english: bool, school: bool
) -> list[str]:
    """The features of the name at ``text[start:end]``: the words before and
    after it within its paragraph, the two nearest on each side also by
    position.

    Each feature carries the language and whether the sense asked about is a
    school or an event, since the words that speak of one do not of the
    other."""
    prefix = ("en" if english else "cs") + ("S" if school else "E")
    # Twelve words seldom take more than 120 characters; one slice is
    # folded, the name's place in it kept (folding keeps offsets).
    first, last = max(0, start - _REACH), end + _REACH
    # A paragraph ends the words that speak of the name.
    if (gap := text.rfind("\n\n", first, start)) != -1:
        first = gap + 2
    if (gap := text.find("\n\n", end, last)) != -1:
        last = gap
    folded = fold(text[first:last])
    before = [w[:STEM] for w in _WORD.findall(folded, 0, start - first)]
    after = [w[:STEM] for w in _WORD.findall(folded, end - first)]
    # Not the name itself, nor its ending: either would tell the model which
    # entry it is, not what the words say (a Czech case shows in the
    # preposition before it: "po Mnichovu").
    features = [f"{prefix}bias"]
    for place, word in enumerate(reversed(before[-WINDOW:])):
        features.append(f"{prefix}b:{word}")
        if place < 2:
            features.append(f"{prefix}b{place}:{word}")
    for place, word in enumerate(after[:WINDOW]):
        features.append(f"{prefix}a:{word}")
        if place < 2:
            features.append(f"{prefix}a{place}:{word}")
    return features


def probability(weights: dict[str, float], features: Iterable[str]) -> float:
    """The model's odds, as a probability, that the name means the event or
    school rather than the place."""
    score = sum(weights.get(feature, 0.0) for feature in set(features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def train(
    examples: list[tuple[list[str], bool]],
    *,
    epochs: int = 30,
    rate: float = 0.2,
    l2: float = 0.03,
) -> dict[str, float]:
    """Learn the weights from examples (features, whether the name meant the
    event or school) by stochastic gradient descent on the logistic loss,
    with an L2 penalty that keeps a word seen once from deciding alone.

    The examples are shuffled with a fixed seed: the same sets give the same
    weights."""
    weights: dict[str, float] = {}
    shuffled = [(sorted(set(features)), meant) for features, meant in examples]
    order = random.Random(1)
    for _epoch in range(epochs):
        order.shuffle(shuffled)
        for features, meant in shuffled:
            error = probability(weights, features) - (1.0 if meant else 0.0)
            for feature in features:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - rate * (error + l2 * weight)
    return {
        feature: round(weight, 3)
        for feature, weight in sorted(weights.items())
        if abs(weight) >= 0.01
    }


@cache
def learned_weights() -> dict[str, float]:
    """The weights shipped with the linker (empty where the file is absent:
    then no name leaves its literal sense but by the written cues)."""
    if not WEIGHTS.exists():
        return {}
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def named_thing_meant(
    text: str, start: int, end: int, *, english: bool, school: bool
) -> bool | None:
    """Whether the place's name at ``text[start:end]`` means, by the words
    around it, the event or school named after it (True) or the place
    (False); None where they leave it unclear. Without a model, the place."""
    weights = learned_weights()
    if not weights:
        return False
    features = context_features(text, start, end, english=english, school=school)
    return meant_by_odds(probability(weights, features))


def meant_by_odds(
    odds: float, *, place_below: float = PLACE_BELOW, thing_above: float = THING_ABOVE
) -> bool | None:
    """The event or school (True) above :data:`THING_ABOVE`, the place
    (False) below :data:`PLACE_BELOW`, None between (other bounds are for
    ``bench/train_metonymy.py`` to compare)."""
    if odds > thing_above:
        return True
    if odds < place_below:
        return False
    return None
