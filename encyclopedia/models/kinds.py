"""The kinds of entry: persons, units, organisations, equipment, places, events."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from core.panels import TITLE_PANEL

from ..fields import HistoricalDateField
from .entries import EntryPage
from .relations import ImpliedRelation, RelationKind


def _panels(cls, *typed) -> list:
    """Lay out an entry's edit form: names, period, what its kind adds, the rest."""
    return [
        TITLE_PANEL,
        FieldPanel("summary"),
        EntryPage.names_panel,
        cls.period_panel(),
        *typed,
        EntryPage.image_panel,
        FieldPanel("body"),
        EntryPage.relations_panel,
        *EntryPage.sources_panels,
        EntryPage.change_note_panel,
    ]


class PersonPage(EntryPage):
    birth_place = models.ForeignKey(
        "encyclopedia.PlacePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("place of birth"),
    )
    death_place = models.ForeignKey(
        "encyclopedia.PlacePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("place of death"),
    )
    nationality = models.CharField(_("nationality"), max_length=120, blank=True)

    period_labels = (_("Born"), _("Died"))
    infobox_fields = (
        "period_start",
        "birth_place",
        "period_end",
        "death_place",
        "nationality",
    )
    child_lists = ("offices",)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")


PersonPage.content_panels = _panels(
    PersonPage,
    FieldRowPanel([FieldPanel("birth_place"), FieldPanel("death_place")]),
    FieldPanel("nationality"),
    InlinePanel("offices", label=_("Rank or office"), heading=_("Ranks and offices")),
)


class PersonOffice(Orderable):
    """A rank held or an office filled, with when."""

    person = ParentalKey(PersonPage, on_delete=models.CASCADE, related_name="offices")
    title = models.CharField(_("rank or office"), max_length=255)
    start = HistoricalDateField(_("from"))
    end = HistoricalDateField(_("until"))

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("rank or office")

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end.certainly_before(self.start):
            raise ValidationError({"end": _("The end comes before the start.")})


class UnitKind(models.TextChoices):
    ARMED_FORCE = "armed_force", _("Armed force or service")
    ARMY = "army", _("Army or army group")
    CORPS = "corps", _("Corps")
    DIVISION = "division", _("Division")
    BRIGADE = "brigade", _("Brigade or regiment")
    BATTALION = "battalion", _("Battalion or company")
    AIR_UNIT = "air_unit", _("Air wing, group or squadron")
    NAVAL_UNIT = "naval_unit", _("Fleet or flotilla")
    OTHER = "other", _("Other")


class OrganisationKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry or government office")
    ARMED_FORCE = "armed_force", _("Armed force")
    COMPANY = "company", _("Company")
    SCHOOL = "school", _("School or training centre")
    AGENCY = "agency", _("Agency or institute")
    OTHER = "other", _("Other")


class Formation(models.Model):
    """What units and organisations share: a parent body and a home."""

    parent_entry = models.ForeignKey(
        EntryPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("part of"),
        help_text=_("The unit or organisation it belonged to."),
    )
    seat = models.ForeignKey(
        "encyclopedia.PlacePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("garrison or seat"),
    )

    #: What the seat is called for this kind: a unit's garrison, a firm's seat.
    seat_label = _("Seat")

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        parent = self.parent_entry
        if parent is None:
            return
        if parent.pk and parent.pk == self.pk:
            raise ValidationError(
                {"parent_entry": _("An entry cannot be its own parent.")}
            )
        if not isinstance(parent.specific, Formation):
            raise ValidationError(
                {"parent_entry": _("The parent must be a unit or an organisation.")}
            )

    @classmethod
    def formation_panels(cls) -> list:
        return [
            FieldPanel("kind"),
            FieldRowPanel(
                [FieldPanel("parent_entry"), FieldPanel("seat", heading=cls.seat_label)]
            ),
        ]


class UnitPage(EntryPage, Formation):  # noqa: DJ008 (Page gives __str__)
    """A military unit or formation."""

    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)

    period_labels = (_("Formed"), _("Disbanded"))
    seat_label = _("Garrison")

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")


UnitPage.content_panels = _panels(UnitPage, *UnitPage.formation_panels())


class OrganisationPage(EntryPage, Formation):  # noqa: DJ008 (Page gives __str__)
    """A ministry, company, school or agency."""

    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)

    period_labels = (_("Founded"), _("Dissolved"))

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")


OrganisationPage.content_panels = _panels(
    OrganisationPage, *OrganisationPage.formation_panels()
)

# EntryPage comes first in their bases, so what it declares is set here.
for _formation in (UnitPage, OrganisationPage):
    _formation.infobox_fields = (
        "kind",
        "parent_entry",
        "seat",
        "period_start",
        "period_end",
    )
    _formation.infobox_labels = {"seat": _formation.seat_label}
    # A parent is a unit or an organisation (Formation.clean), though the
    # field may name any entry.
    _formation.implied_relations = (
        ImpliedRelation("parent_entry", RelationKind.PART_OF, names=(Formation,)),
    )


class EquipmentCategory(models.TextChoices):
    AIRCRAFT = "aircraft", _("Aircraft")
    TANK = "tank", _("Tank")
    VEHICLE = "vehicle", _("Vehicle")
    FIREARM = "firearm", _("Firearm")
    ARTILLERY = "artillery", _("Artillery")
    CHEMICAL = "chemical", _("Chemical agent")
    SHIP = "ship", _("Ship")
    OTHER = "other", _("Other")


class EquipmentPage(EntryPage):
    """An aircraft, tank, weapon, ship or agent."""

    category = models.CharField(
        _("category"), max_length=20, choices=EquipmentCategory.choices
    )
    designation = models.CharField(
        _("designation"), max_length=120, blank=True, help_text=_("e.g. 'He 51'.")
    )
    manufacturer = models.ForeignKey(
        "encyclopedia.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("manufacturer"),
    )
    first_built = HistoricalDateField(_("first built"))

    period_labels = (_("In service from"), _("In service until"))
    infobox_fields = (
        "category",
        "designation",
        "manufacturer",
        "first_built",
        "period_start",
        "period_end",
    )
    infobox_headings = {"period_start": _("Service")}
    implied_relations = (ImpliedRelation("manufacturer", RelationKind.MADE_BY),)
    child_lists = ("variants", "specifications")

    search_fields = [*EntryPage.search_fields, index.SearchField("designation")]

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("variants")

    class Meta:
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")


EquipmentPage.content_panels = _panels(
    EquipmentPage,
    FieldRowPanel([FieldPanel("category"), FieldPanel("designation")]),
    FieldRowPanel([FieldPanel("manufacturer"), FieldPanel("first_built")]),
    InlinePanel("variants", label=_("Variant"), heading=_("Variants")),
    InlinePanel(
        "specifications", label=_("Specification"), heading=_("Specifications")
    ),
)


class EquipmentVariant(Orderable):
    equipment = ParentalKey(
        EquipmentPage, on_delete=models.CASCADE, related_name="variants"
    )
    name = models.CharField(_("name"), max_length=120)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("variant")

    def __str__(self) -> str:
        return self.name


class EquipmentSpecification(Orderable):
    """One line of a specification table: "engine power 600 hp"."""

    equipment = ParentalKey(
        EquipmentPage, on_delete=models.CASCADE, related_name="specifications"
    )
    name = models.CharField(_("name"), max_length=120)
    value = models.CharField(_("value"), max_length=120)
    unit = models.CharField(_("unit"), max_length=30, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("value"), FieldPanel("unit")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("specification")

    def __str__(self) -> str:
        return f"{self.name}: {self.value} {self.unit}".strip()


class PlaceKind(models.TextChoices):
    CITY = "city", _("City or town")
    REGION = "region", _("Region")
    AIRFIELD = "airfield", _("Airfield")
    TEST_RANGE = "test_range", _("Test range")
    FACTORY = "factory", _("Factory")
    SCHOOL = "school", _("School")
    BASE = "base", _("Base")
    NATURAL = "natural", _("River, mountain or other natural feature")
    OTHER = "other", _("Other")


class PlacePage(EntryPage):
    kind = models.CharField(_("kind"), max_length=20, choices=PlaceKind.choices)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=_("Decimal degrees, north positive: 52.61."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text=_("Decimal degrees, east positive: 39.60."),
    )
    country_then = models.CharField(_("country then"), max_length=120, blank=True)
    country_now = models.CharField(_("country now"), max_length=120, blank=True)

    period_labels = (_("In use from"), _("In use until"))
    infobox_fields = (
        "kind",
        "period_start",
        "period_end",
        "coordinates",
        "country_then",
        "country_now",
    )
    infobox_labels = {"coordinates": _("Coordinates")}
    infobox_headings = {"coordinates": _("Location")}

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")

    @property
    def on_map(self) -> bool:
        return self.latitude is not None

    @property
    def coordinates(self) -> tuple | None:
        """Latitude and longitude as decimal degrees, or None where unknown."""
        if self.latitude is None:
            return None
        return (self.latitude, self.longitude)

    def clean(self) -> None:
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "latitude" if self.latitude is None else "longitude"
            raise ValidationError(
                {missing: _("Give both latitude and longitude, or neither.")}
            )


PlacePage.content_panels = _panels(
    PlacePage,
    FieldPanel("kind"),
    MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            FieldRowPanel([FieldPanel("country_then"), FieldPanel("country_now")]),
        ],
        heading=_("Location"),
    ),
)


class EventKind(models.TextChoices):
    TREATY = "treaty", _("Treaty or agreement")
    BATTLE = "battle", _("Battle or campaign")
    EXERCISE = "exercise", _("Exercise")
    FOUNDING = "founding", _("Founding")
    CLOSURE = "closure", _("Closure")
    OTHER = "other", _("Other")


class EventPage(EntryPage):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    place = models.ForeignKey(
        PlacePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("place"),
    )
    participants = ParentalManyToManyField(
        EntryPage, blank=True, related_name="+", verbose_name=_("participants")
    )

    period_labels = (_("Start"), _("End"))
    infobox_fields = ("kind", "period_start", "period_end", "place")
    implied_relations = (
        ImpliedRelation("place", RelationKind.TOOK_PLACE_AT),
        ImpliedRelation("participants", RelationKind.TOOK_PART_IN, reversed=True),
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


EventPage.content_panels = _panels(
    EventPage,
    FieldRowPanel([FieldPanel("kind"), FieldPanel("place")]),
    FieldPanel("participants"),
)
