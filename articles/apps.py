from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Magazine"

    def ready(self) -> None:
        from core.caching.invalidation import invalidate_on_change

        from . import signals
        from .models import Series

        signals.connect()
        # Articles of a series show its title in their kicker and navigation.
        invalidate_on_change(Series, lambda series: {series.cache_tag})
