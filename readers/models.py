"""Readers: the people who sign in to take part, and what they chose."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("At once, one email for each")
    DAILY = "daily", _("Once a day, in a digest")
    NEVER = "never", _("Never: only on the notifications page")


class ReaderProfile(models.Model):
    """What a reader chose: the name others see, a language, their emails.

    Every signed-up account has one (``readers.accounts.profile_of``); the
    account itself, with its email address and password, is Django's user,
    managed by django-allauth.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reader"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        help_text=_("Shown with what you write. Not your email address."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language of the emails the site sends you."),
    )
    email_frequency = models.CharField(
        _("notification emails"),
        max_length=12,
        choices=EmailFrequency.choices,
        default=EmailFrequency.IMMEDIATELY,
    )
    joined = models.DateTimeField(_("joined"), auto_now_add=True)
    #: Set when the reader deleted their account: nothing personal is kept.
    deleted = models.DateTimeField(_("deleted"), null=True, blank=True)

    class Meta:
        verbose_name = _("reader")
        verbose_name_plural = _("readers")

    def __str__(self) -> str:
        return self.shown_name

    @property
    def shown_name(self) -> str:
        """The name shown with the reader's posts."""
        return str(_("a deleted reader")) if self.deleted else self.display_name
