"""Typed, dated links between entries, read in both directions."""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from core.validators import HttpURLField

from ..fields import HistoricalDateField
from .entries import EntryPage


class RelationKind(models.TextChoices):
    TRAINED_AT = "trained_at", _("trained at")
    SERVED_IN = "served_in", _("served in")
    COMMANDED = "commanded", _("commanded")
    TESTED_AT = "tested_at", _("tested at")
    MADE_BY = "made_by", _("made by")
    PART_OF = "part_of", _("part of")
    TOOK_PLACE_AT = "took_place_at", _("took place at")
    TOOK_PART_IN = "took_part_in", _("took part in")
    SIGNED = "signed", _("signed")


#: How a relation reads from its far end: "Trained here", "Commanded by".
INVERSE_LABELS = {
    RelationKind.TRAINED_AT: _("trained here"),
    RelationKind.SERVED_IN: _("members"),
    RelationKind.COMMANDED: _("commanded by"),
    RelationKind.TESTED_AT: _("tested here"),
    RelationKind.MADE_BY: _("made here"),
    RelationKind.PART_OF: _("includes"),
    RelationKind.TOOK_PLACE_AT: _("events here"),
    RelationKind.TOOK_PART_IN: _("participants"),
    RelationKind.SIGNED: _("signed by"),
}


class ImpliedRelation(NamedTuple):
    """A field of a kind of entry that reads as a relation to the entries it names.

    An equipment's manufacturer is "made by" it; the manufacturer's page lists
    the equipment under the inverse label, "made here". A ``reversed`` field
    names the relation's subjects: an event's participants "took part in" it.
    """

    field: str
    kind: RelationKind
    #: The kinds of entry the field may name, where narrower than its model.
    names: tuple[type, ...] = ()
    reversed: bool = False


class Relation(Orderable):
    """``subject`` —kind→ ``target``, e.g. Kurt Student —trained at→ Lipetsk."""

    subject = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        EntryPage,
        on_delete=models.CASCADE,
        related_name="incoming_relations",
        verbose_name=_("entry"),
    )
    start = HistoricalDateField(_("from"))
    end = HistoricalDateField(_("until"))
    source_title = models.CharField(_("source"), max_length=400, blank=True)
    source_url = HttpURLField(_("source URL"), max_length=1000, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("target")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("source_title"), FieldPanel("source_url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        indexes = [models.Index(fields=["target", "kind"])]

    def __str__(self) -> str:
        return f"{self.subject_id} {self.kind} {self.target_id}"

    def clean(self) -> None:
        super().clean()
        if self.subject_id and self.subject_id == self.target_id:
            raise ValidationError({"target": _("An entry cannot relate to itself.")})
        if self.start and self.end and self.end.certainly_before(self.start):
            raise ValidationError({"end": _("The end comes before the start.")})
        if self.source_url and not self.source_title:
            raise ValidationError(
                {"source_title": _("Name the source the address points to.")}
            )
