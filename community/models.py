"""The people who write, research and illustrate Garrison."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.validators import HttpURLField

from .review import AbstractReviewTask
from .roles import Interest
from .states import OPEN_STATES, ApplicationState


def choice_labels(codes: list[str], choices: list[tuple]) -> list[str]:
    """Return the readable labels of stored choice codes, in their order."""
    labels = dict(choices)
    return [str(labels.get(code, code)) for code in codes]


class Contributor(index.Indexed, models.Model):
    """A member of the community as readers see them: a byline and a page."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributor",
    )
    name = models.CharField(_("display name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_("The address of the contributor's page: /contributors/<slug>/."),
    )
    bio = models.TextField(_("biography"), blank=True, max_length=3000)
    bio_language = models.CharField(
        _("language of the biography"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Pages in the other language mark it, for screen readers."),
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Language codes the contributor works in, e.g. cs, en."),
    )
    photo = models.ForeignKey(
        "core.GarrisonImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("bio"),
        FieldPanel("bio_language"),
        FieldPanel("languages"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("bio"),
        index.SearchField("search_folded"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("community:contributor", kwargs={"slug": self.slug})

    @property
    def initials(self) -> str:
        """Two letters for a contributor without a photo: "Jana Dvořáková" → "JD"."""
        words = self.name.split()
        return "".join(word[0] for word in words[:1] + words[1:][-1:]).upper()

    @property
    def language_labels(self) -> list[str]:
        return choice_labels(self.languages, LANGUAGE_CHOICES)

    def search_folded(self) -> str:
        """The name without case or accents, so "Kralova" finds "Králová"."""
        import unicodedata

        decomposed = unicodedata.normalize("NFKD", self.name.lower())
        return "".join(c for c in decomposed if not unicodedata.combining(c))


INTEREST_CHOICES = [
    (Interest.RESEARCH.value, _("Historical research")),
    (Interest.WRITING.value, _("Writing articles")),
    (Interest.EDITING.value, _("Editing text")),
    (Interest.MODERATING.value, _("Moderating")),
    (Interest.IMAGES.value, _("Images and graphics")),
    (Interest.VIDEO.value, _("Video")),
    (Interest.TRANSLATION.value, _("Translation")),
]
LANGUAGE_CHOICES = [("cs", _("Czech")), ("en", _("English")), ("other", _("Other"))]
STATE_CHOICES = [
    (ApplicationState.SUBMITTED.value, _("Submitted, email not confirmed")),
    (ApplicationState.CONFIRMED.value, _("Confirmed")),
    (ApplicationState.UNDER_REVIEW.value, _("Under review")),
    (ApplicationState.ACCEPTED.value, _("Accepted")),
    (ApplicationState.DECLINED.value, _("Declined")),
    (ApplicationState.WITHDRAWN.value, _("Withdrawn")),
]


class Application(models.Model):
    """A request to join the community, from "Join us" to a decision.

    The state changes only through ``community.services``, which checks the move
    against ``community.states.MOVES``, logs it and tells the applicant.
    """

    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"), max_length=254)
    languages = models.JSONField(_("languages"), default=list)
    other_languages = models.CharField(_("other languages"), max_length=200, blank=True)
    interests = models.JSONField(_("interests"), default=list)
    experience = models.TextField(_("experience"), max_length=5000)
    sample_url = HttpURLField(
        _("writing sample or portfolio"), max_length=500, blank=True
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=STATE_CHOICES,
        default=ApplicationState.SUBMITTED.value,
        db_index=True,
    )
    consented_at = models.DateTimeField(_("agreed to the privacy notice at"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        verbose_name=_("account"),
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=models.Q(
                    state__in=sorted(state.value for state in OPEN_STATES)
                ),
                name="one_open_application_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    @property
    def interest_labels(self) -> list[str]:
        return choice_labels(self.interests, INTEREST_CHOICES)

    @property
    def interest_text(self) -> str:
        return ", ".join(self.interest_labels)

    @property
    def language_labels(self) -> list[str]:
        return choice_labels(self.languages, LANGUAGE_CHOICES)


class ReviewTask(AbstractReviewTask):
    """A workflow step approved by a group, never by a party to the piece."""

    class Meta:
        verbose_name = _("review by another member")
        verbose_name_plural = _("reviews by another member")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; never the person who submitted "
            "the piece or wrote the version under review."
        )
