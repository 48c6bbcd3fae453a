"""The encyclopedia's index page and what every entry has, whatever its kind."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from assessment.models import Graded
from citations.models import PageCitation
from citations.panels import citations_panels
from core.blocks import CitedBodyBlock
from core.caching.page_types import CacheTaggedPage
from core.caching.routing import RoutedFromCopies
from core.caching.tags import links_to_tag
from core.panels import TITLE_PANEL
from core.privacy import OneQueryViewRestrictions
from history.models import ChangeNoted

from ..fields import HistoricalDateField
from ..keys import searchable_text

ENTRY_PAGE_TYPES = [
    "encyclopedia.PersonPage",
    "encyclopedia.UnitPage",
    "encyclopedia.OrganisationPage",
    "encyclopedia.EquipmentPage",
    "encyclopedia.PlacePage",
    "encyclopedia.EventPage",
]


class EncyclopediaPage(
    CacheTaggedPage, RoutedFromCopies, OneQueryViewRestrictions, Page
):
    """``/encyclopedia/``: every entry, browsable by kind and by letter."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [TITLE_PANEL, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ENTRY_PAGE_TYPES

    class Meta:
        verbose_name = _("encyclopedia")

    def get_context(self, request, *args, **kwargs):
        from ..browsing import browse_context

        context = super().get_context(request, *args, **kwargs)
        context.update(browse_context(self, request))
        return context


class EntryPage(CacheTaggedPage, OneQueryViewRestrictions, ChangeNoted, Graded, Page):
    """One encyclopedia entry. Never created as such: each kind is a subclass."""

    native_name = models.CharField(
        _("name in the original script"),
        max_length=255,
        blank=True,
        help_text=_("As written in its own language: 'Михаил Тухачевский'."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_(
            "A few sentences: the entry's lead, also shown in lists and link cards."
        ),
    )
    body = StreamField(CitedBodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "core.GarrisonImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image description"), max_length=300, blank=True)
    image_caption = models.CharField(
        _("image caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the picture: what it shows, where and when."),
    )
    period_start = HistoricalDateField(_("from"))
    period_end = HistoricalDateField(_("until"))

    #: What the period means for this kind of entry, e.g. born and died.
    period_labels = (_("From"), _("Until"))
    #: The infobox of this kind of entry, in order: its fields (a date, a
    #: choice, text, or another entry, shown as a link) and properties.
    infobox_fields: tuple[str, ...] = ("period_start", "period_end")
    #: Labels of infobox rows other than the field's own name.
    infobox_labels: dict = {}
    #: Headings that open a group of infobox rows, by the group's first row.
    infobox_headings: dict = {}
    #: Its fields that read as relations (``models.relations.ImpliedRelation``).
    implied_relations: tuple = ()
    #: Its own lists its page shows (a person's offices), by related name.
    child_lists: tuple[str, ...] = ()

    names_panel = MultiFieldPanel(
        [
            FieldPanel("native_name"),
            InlinePanel("other_names", label=_("Alias")),
            InlinePanel(
                "namesakes",
                label=_("Namesake"),
                heading=_("Not to be confused with"),
                help_text=_(
                    "Other people, places or things known by the entry's name "
                    "(the physiologist Ivan Pavlov beside the general). Readers "
                    "see them under the title; the linker does not link the name "
                    "in a passage that speaks of one of them."
                ),
            ),
        ],
        heading=_("Other names"),
    )
    image_panel = MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")],
        heading=_("Image"),
    )
    sources_panels = citations_panels()
    relations_panel = InlinePanel(
        "relations", label=_("Relation"), heading=_("Relations to other entries")
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("native_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("other_names", [index.SearchField("name")]),
        index.SearchField("search_names", boost=2),
        index.AutocompleteField("title"),
        index.AutocompleteField("search_names"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
        *Graded.grade_search_fields,
    ]

    is_creatable = False
    parent_page_types = ["encyclopedia.EncyclopediaPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")

    @classmethod
    def period_panel(cls) -> FieldRowPanel:
        start, end = cls.period_labels
        return FieldRowPanel(
            [
                FieldPanel("period_start", heading=start),
                FieldPanel("period_end", heading=end),
            ]
        )

    @property
    def on_map(self) -> bool:
        """Whether the entry is a point on the map (a place with coordinates)."""
        return False

    @classmethod
    def infobox_label(cls, name: str) -> str:
        """How this kind's infobox labels its field or property ``name``."""
        start, end = cls.period_labels
        labels = {"period_start": start, "period_end": end, **cls.infobox_labels}
        if name in labels:
            return str(labels[name])
        return capfirst(cls._meta.get_field(name).verbose_name)

    @classmethod
    def get_indexed_objects(cls):
        # The index reads spellings() once per search field; with the other
        # names prefetched that costs no query per entry.
        return super().get_indexed_objects().prefetch_related("other_names")

    def spellings(self) -> list[str]:
        """Every name the entry is known by: title, native name, aliases, and for
        equipment its designation and variants. Call on the specific page."""
        names = [self.title, self.native_name, getattr(self, "designation", "")]
        names += [alias.name for alias in self.other_names.all()]
        if hasattr(self, "variants"):
            names += [variant.name for variant in self.variants.all()]
        return [name for name in names if name]

    def search_names(self) -> str:
        """Every spelling of the entry, folded and with designation variants."""
        return searchable_text(self.spellings())

    def get_template(self, request, *args, **kwargs) -> str:
        return "encyclopedia/entry_page.html"

    cache_listing = "entries"

    def cache_tags_changed(self) -> set[str]:
        """Also the entries this one points at: their relations list it now.

        Those it stopped pointing at show it, so ``page:<id>`` reaches them.
        """
        return super().cache_tags_changed() | {
            links_to_tag(key)
            for key in Page.objects.filter(pk__in=self.pages_pointed_at()).values_list(
                "translation_key", flat=True
            )
        }

    def pages_pointed_at(self) -> set[int]:
        """The entries this one's relations and typed fields point at."""
        specific = self.specific
        ids = {relation.target_id for relation in self.relations.all()}
        for field in type(specific)._meta.get_fields():
            related = getattr(field, "related_model", None)
            if not (field.concrete and related and issubclass(related, EntryPage)):
                continue
            if field.many_to_many:
                ids |= {other.pk for other in getattr(specific, field.name).all()}
            elif (value := getattr(specific, field.attname)) is not None:
                ids.add(value)
        return ids

    def get_context(self, request, *args, **kwargs):
        from ..presenting import entry_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(entry_page_context(self, request))
        return context

    def clean(self) -> None:
        super().clean()
        start, end = self.period_start, self.period_end
        if start and end and end.certainly_before(start):
            start_label, end_label = self.period_labels
            raise ValidationError(
                {
                    "period_end": _(
                        "%(end_label)s (%(end)s) comes before %(start_label)s "
                        "(%(start)s)."
                    )
                    % {
                        "end_label": end_label,
                        "end": end.iso,
                        "start_label": str(start_label).lower(),
                        "start": start.iso,
                    }
                }
            )


class EntryAlias(Orderable):
    """Another spelling, transliteration, codename or designation of an entry."""

    entry = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="other_names")
    name = models.CharField(_("name"), max_length=255)
    is_common_word = models.BooleanField(
        _("also an ordinary word"),
        default=False,
        help_text=_(
            "Like 'Student' or 'Model': linked only when capitalised and not the "
            "first word of a sentence."
        ),
    )

    is_inflected_form = models.BooleanField(
        _("a grammatical form"),
        default=False,
        help_text=_(
            "A declined form such as 'v Lipecku': the linker finds it, readers "
            "are not shown it as another name."
        ),
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("name"),
                FieldPanel("is_common_word"),
                FieldPanel("is_inflected_form"),
            ]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.name


class EntryCitation(PageCitation):
    entry = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="citations")

    class Meta(PageCitation.Meta):
        unique_together = [("entry", "source")]


class EntryNamesake(Orderable):
    """Another person, place or thing known by the entry's name, which the
    entry is not: a hatnote ("Not to be confused with Ivan Pavlov, the
    physiologist") and, for the linker, the words that tell it apart."""

    entry = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="namesakes")
    name = models.CharField(_("name"), max_length=255)
    description = models.CharField(
        _("description"),
        max_length=300,
        help_text=_(
            "What it is, in the words a text about it would use: 'Russian "
            "physiologist who studied reflexes in dogs', 'wine village under "
            "the Pálava hills in South Moravia'."
        ),
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("description")])]

    class Meta(Orderable.Meta):
        verbose_name = _("namesake")
        verbose_name_plural = _("namesakes")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        # The hatnote ends the list with its own full stop.
        self.description = self.description.strip().rstrip(".")
