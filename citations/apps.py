from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitationsConfig(AppConfig):
    name = "citations"
    verbose_name = _("Citations")

    def ready(self) -> None:
        from core.caching.invalidation import invalidate_on_change
        from core.caching.tags import ANY_CONTENT, object_tag

        from .models import Source

        # Pages show their sources ({% shows %} by object), and the
        # bibliography lists them all.
        invalidate_on_change(Source, lambda source: {object_tag(source), ANY_CONTENT})
