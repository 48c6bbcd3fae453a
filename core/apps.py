from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Garrison core"

    def ready(self) -> None:
        from .models import AdSettings
        from .site_settings import forget_ad_settings

        post_migrate.connect(_locales_after_migrate, sender=self)
        post_save.connect(forget_ad_settings, sender=AdSettings)
        post_delete.connect(forget_ad_settings, sender=AdSettings)
        _connect_page_cache()


def _connect_page_cache() -> None:
    """Whatever readers see on a page, changed, empties the page cache."""
    from django.apps import apps
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .page_cache import forget_cached_pages

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_cached_pages, dispatch_uid=f"page-cache-{signal}")
    shown_around_pages = [
        apps.get_model(label)
        for label in (
            "core.AdSlot", "core.AdSettings", "articles.Series",
            "community.Contributor", "wagtailcore.Site",
        )
    ]  # fmt: skip
    for model in shown_around_pages:
        for signal in (post_save, post_delete):
            signal.connect(
                forget_cached_pages, sender=model, dispatch_uid=f"page-cache-{model}"
            )
    # Deleting a page sends post_delete for its own class and each parent class.
    post_delete.connect(_page_deleted, dispatch_uid="page-cache-deleted", weak=False)


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    from .page_cache import forget_cached_pages

    if isinstance(instance, Page):
        forget_cached_pages()


def _locales_after_migrate(sender, **kwargs) -> None:
    from .locales import ensure_locales

    ensure_locales()
