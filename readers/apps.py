from django.apps import AppConfig


class ReadersConfig(AppConfig):
    name = "readers"
    verbose_name = "Readers"

    def ready(self) -> None:
        from core.caching.invalidation import invalidate_on_change

        from .models import ReaderProfile

        # Posts show their author's display name ({% shows %}).
        invalidate_on_change(ReaderProfile)
