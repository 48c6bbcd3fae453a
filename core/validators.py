"""Validators shared by every app that stores links or editor-supplied HTML."""

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

http_url_validator = URLValidator(
    schemes=["http", "https"],
    message=_("Enter a web address that starts with http:// or https://."),
    code="invalid_url_scheme",
)


class HttpURLFormField(forms.URLField):
    """A form URL field that accepts only http(s) addresses."""

    default_validators = [http_url_validator]


class HttpURLField(models.URLField):
    """A URL column that refuses every scheme but http and https.

    Django's own URLField also takes ftp:// addresses; links shown to readers must
    open in a browser, and javascript: or data: addresses must never get in.
    """

    default_validators = [http_url_validator]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": HttpURLFormField, **kwargs})
