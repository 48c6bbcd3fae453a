"""What a page keeps for its public history beside Wagtail's revisions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ChangeNoted(models.Model):
    """Mixed into the page types readers read the history of, before ``Page``.

    The note is saved with each revision, so every published revision keeps
    the note it was published with; the history shows a note where it changed.
    """

    change_note = models.CharField(
        _("note on this change"),
        max_length=255,
        blank=True,
        help_text=_(
            "What changed and why, shown in the page's public history, "
            "e.g. 'Added the second runway, with its source.'"
        ),
    )

    change_note_panel = FieldPanel("change_note")

    class Meta:
        abstract = True
