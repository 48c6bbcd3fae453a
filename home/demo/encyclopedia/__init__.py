"""The demo encyclopedia: the people, places, schools, machines and events behind
the German-Soviet military cooperation of 1922-1933 and the wider interwar years.

Written for Garrison's demo. Each entry names the typed fields of its kind;
entries refer to each other by title, resolved when the demo is built. One
module per kind; the shared sources and builders are in :mod:`.common`.
"""

from . import czechoslovakia, red_army_and_spain
from .common import HABECK, JOHNSON, ZEIDLER
from .equipment import EQUIPMENT
from .events import EVENTS
from .footnotes import ENTRY_FOOTNOTES
from .organisations import ORGANISATIONS
from .persons import PERSONS
from .places import PLACES
from .relations import RELATIONS
from .units import UNITS

ENTRIES = [
    *PLACES,
    *ORGANISATIONS,
    *UNITS,
    *EQUIPMENT,
    *PERSONS,
    *EVENTS,
    *czechoslovakia.CZECHOSLOVAKIA,
    *red_army_and_spain.RED_ARMY_AND_SPAIN,
]
RELATIONS = [
    *RELATIONS,
    *czechoslovakia.CZECHOSLOVAKIA_RELATIONS,
    *red_army_and_spain.RED_ARMY_AND_SPAIN_RELATIONS,
]
#: English title → the Czech version, for the entries of the later themes; the
#: first theme's are in :mod:`home.demo.czech`.
CZECH = czechoslovakia.CZECH | red_army_and_spain.CZECH

__all__ = [
    "CZECH",
    "ENTRIES",
    "ENTRY_FOOTNOTES",
    "HABECK",
    "JOHNSON",
    "RELATIONS",
    "ZEIDLER",
]
