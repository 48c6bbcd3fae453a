"""Where articles name entries, as found by the linker."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .entries import EntryPage


class Mention(models.Model):
    """An entry named in a page, with where and how often.

    ``entry`` is empty when the spelling is shared by several entries
    (``candidates``) and the editor has not chosen one yet. ``occurrences`` holds
    ``[block id, start, end]`` for each place the name appears, in reading order;
    the offsets count characters of the block's visible text.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="mentions"
    )
    entry = models.ForeignKey(
        EntryPage,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="mentioned_in",
    )
    surface = models.CharField(_("as written"), max_length=300)
    candidates = models.JSONField(_("candidate entries"), default=list, blank=True)
    occurrences = models.JSONField(default=list)
    count = models.PositiveIntegerField(_("times named"), default=1)

    class Meta:
        verbose_name = _("mention")
        ordering = ["page", "pk"]
        indexes = [models.Index(fields=["entry", "page"])]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "entry"],
                condition=models.Q(entry__isnull=False),
                name="one_mention_row_per_entry_and_page",
            )
        ]

    def __str__(self) -> str:
        return f"{self.surface} ({self.count}×)"

    @property
    def ambiguous(self) -> bool:
        return self.entry_id is None
