"""Validators shared by every app: links, and the direction-control rule.

The rule on direction-control characters is here whole: what it refuses, what
it strips, and (``enforce_bidi_rule``) where it applies.
"""

from django import forms
from django.core.exceptions import ValidationError
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


# Direction controls: the embeddings and overrides U+202A..U+202E and the
# isolates U+2066..U+2069 reorder the text that follows them, so that
# "photo\u202egpj.exe" reads as "photoexe.jpg" and a title can show other
# words than it holds. Right-to-left text never needs them; the marks it does
# use (U+200E, U+200F, U+061C) change no order and are allowed.
BIDI_CONTROLS = frozenset(
    chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
_BIDI_TABLE = dict.fromkeys(map(ord, BIDI_CONTROLS))

#: The apps whose models' text fields refuse direction controls (and Wagtail's
#: page title fields, below).
BIDI_CHECKED_APPS = (
    "core",
    "community",
    "encyclopedia",
    "articles",
    "home",
    "citations",
)


def refuse_bidi_controls(value) -> None:
    """Refuse text holding a direction control, naming it."""
    found = sorted({char for char in str(value) if char in BIDI_CONTROLS})
    if found:
        raise ValidationError(
            _(
                "Remove the invisible direction control characters (%(codes)s): "
                "they make text read in another order than it is written."
            ),
            code="bidi_control",
            params={"codes": ", ".join(f"U+{ord(char):04X}" for char in found)},
        )


def strip_bidi_controls(text: str) -> str:
    """Return ``text`` without direction controls."""
    return text.translate(_BIDI_TABLE)


def enforce_bidi_rule() -> None:
    """Apply the rule everywhere, once, when the apps are ready.

    What people type (titles, names, every text field of our models and the
    pages' titles) is refused with a message; what comes with an upload (the
    file's name, and the image or document title Wagtail takes from it) has
    the controls removed, since the uploader never typed them.
    """
    from django.apps import apps
    from django.db.models.signals import pre_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    uploads = (get_image_model(), get_document_model())
    text_fields = [
        field
        for app_label in BIDI_CHECKED_APPS
        for model in apps.get_app_config(app_label).get_models()
        for field in model._meta.get_fields(include_parents=False)
        if isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and not (model in uploads and field.name == "title")
    ]
    text_fields += [Page._meta.get_field(name) for name in ("title", "seo_title")]
    for field in text_fields:
        if refuse_bidi_controls not in field.validators:
            field.validators.append(refuse_bidi_controls)
    for model in uploads:
        pre_save.connect(
            _strip_from_upload, sender=model, dispatch_uid=f"bidi-{model._meta.label}"
        )


def _strip_from_upload(sender, instance, **kwargs) -> None:
    instance.title = strip_bidi_controls(instance.title)
    if instance.file and not instance.file._committed:
        instance.file.name = strip_bidi_controls(instance.file.name)
