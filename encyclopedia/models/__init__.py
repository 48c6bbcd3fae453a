"""The encyclopedia's models: entry pages by kind, relations and mentions."""

from .entries import (
    EncyclopediaPage,
    EntryAlias,
    EntryCitation,
    EntryNamesake,
    EntryPage,
)
from .kinds import (
    EquipmentPage,
    EquipmentSpecification,
    EquipmentVariant,
    EventPage,
    OrganisationPage,
    PersonOffice,
    PersonPage,
    PlacePage,
    UnitPage,
)
from .mentions import Mention
from .relations import Relation, RelationKind

ENTRY_TYPES = (
    PersonPage,
    UnitPage,
    OrganisationPage,
    EquipmentPage,
    PlacePage,
    EventPage,
)

__all__ = [
    "ENTRY_TYPES",
    "EncyclopediaPage",
    "EntryAlias",
    "EntryNamesake",
    "EntryPage",
    "EntryCitation",
    "EquipmentPage",
    "EquipmentSpecification",
    "EquipmentVariant",
    "EventPage",
    "Mention",
    "OrganisationPage",
    "PersonOffice",
    "PersonPage",
    "PlacePage",
    "Relation",
    "RelationKind",
    "UnitPage",
]
