"""Models every other app builds on: images and advertisement slots."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as _Image
from wagtail.search import index

from .html import find_unsafe_markup
from .validators import HttpURLField


class GarrisonImage(AbstractImage):
    """A picture with the credit and licence a history site must show beside it."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who made or holds the picture, e.g. 'Bundesarchiv'."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'CC BY-SA 4.0' or 'Public domain'."),
    )
    source_url = HttpURLField(_("source URL"), blank=True)

    admin_form_fields = (*_Image.admin_form_fields, "credit", "licence", "source_url")


class GarrisonRendition(AbstractRendition):
    image = models.ForeignKey(
        GarrisonImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class AdSlotQuerySet(models.QuerySet):
    def for_language(self, language: str):
        """Ads meant for readers of ``language``, and those meant for everyone."""
        return self.filter(Q(language="") | Q(language=language))

    def running(self, at=None):
        """Ads switched on whose active window contains ``at`` (default: now)."""
        at = at or timezone.now()
        return self.filter(
            Q(active_from__isnull=True) | Q(active_from__lte=at),
            Q(active_until__isnull=True) | Q(active_until__gt=at),
            is_active=True,
            weight__gt=0,
        )


class AdSlot(index.Indexed, models.Model):
    """An advertisement shown between paragraphs of articles."""

    label = models.CharField(
        _("label"), max_length=120, help_text=_("For editors; never shown to readers.")
    )
    html = models.TextField(
        _("HTML"),
        blank=True,
        help_text=_(
            "Text, links and images only. Scripts, event handlers and frames are "
            "refused."
        ),
    )
    image = models.ForeignKey(
        GarrisonImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image description"), max_length=255, blank=True)
    link_url = HttpURLField(_("link"), blank=True)
    active_from = models.DateTimeField(_("active from"), null=True, blank=True)
    active_until = models.DateTimeField(_("active until"), null=True, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MaxValueValidator(100)],
        help_text=_("How often this ad is picked relative to the others (0-100)."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Shown only on pages in this language; empty: in every one."),
    )

    objects = AdSlotQuerySet.as_manager()

    panels = [
        FieldPanel("label"),
        FieldPanel("html"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("link_url")],
            heading=_("Image ad"),
        ),
        FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")]),
        FieldRowPanel([FieldPanel("weight"), FieldPanel("is_active")]),
        FieldPanel("language"),
    ]
    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta:
        verbose_name = _("advertisement")
        verbose_name_plural = _("advertisements")
        ordering = ["label"]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        super().clean()
        errors: dict[str, ValidationError] = {}
        if problems := find_unsafe_markup(self.html):
            errors["html"] = ValidationError(
                _(
                    "The HTML contains code that could run in readers' browsers: "
                    "%(found)s."
                ),
                code="unsafe_html",
                params={"found": ", ".join(problems)},
            )
        if not self.html.strip() and not self.image_id:
            errors["html"] = ValidationError(
                _("Give the ad either HTML or an image."), code="empty_ad"
            )
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = ValidationError(
                _("Describe the image for readers who cannot see it."),
                code="alt_required",
            )
        if (
            self.active_from
            and self.active_until
            and self.active_until <= self.active_from
        ):
            errors["active_until"] = ValidationError(
                _("The end of the active period must come after its start."),
                code="ends_before_start",
            )
        if errors:
            raise ValidationError(errors)


@register_setting(icon="form")
class AdSettings(BaseSiteSetting):
    paragraphs_between_ads = models.PositiveSmallIntegerField(
        _("paragraphs between ads"),
        default=4,
        validators=[MaxValueValidator(100)],
        help_text=_("An ad follows every N paragraphs of an article; 0 turns ads off."),
    )
    max_ads_per_article = models.PositiveSmallIntegerField(
        _("ads per article at most"), default=2, validators=[MaxValueValidator(20)]
    )

    class Meta:
        verbose_name = _("advertising")


class ContentGeneration(models.Model):
    """How many times what readers see has changed: the version caches key by.

    One row, kept in the database so that a change made while the cache is down
    is never lost; the cache holds a copy of it (``core/caching/generation.py``).
    """

    value = models.PositiveBigIntegerField(_("generation"), default=0)

    class Meta:
        verbose_name = _("content generation")

    def __str__(self) -> str:
        return str(self.value)
