from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Garrison core"

    def ready(self) -> None:
        from django.core.checks import register

        from .checks import check_rate_limits
        from .models import AdSettings
        from .site_settings import forget_ad_settings
        from .validators import enforce_bidi_rule

        post_migrate.connect(_locales_after_migrate, sender=self)
        post_save.connect(forget_ad_settings, sender=AdSettings)
        post_delete.connect(forget_ad_settings, sender=AdSettings)
        _connect_page_cache()
        enforce_bidi_rule()
        register(check_rate_limits)


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
            # Who may see a page, and which languages there are, change every
            # page served without any publication.
            "wagtailcore.PageViewRestriction", "wagtailcore.Locale",
        )
    ]  # fmt: skip
    for model in shown_around_pages:
        for signal in (post_save, post_delete):
            signal.connect(
                forget_cached_pages, sender=model, dispatch_uid=f"page-cache-{model}"
            )
    # The groups of a members-only restriction are set after it is saved.
    m2m_changed.connect(
        forget_cached_pages,
        sender=apps.get_model("wagtailcore.PageViewRestriction").groups.through,
        dispatch_uid="page-cache-restriction-groups",
    )
    connect_to_page_deletion(forget_cached_pages, "page-cache")


def connect_to_page_deletion(receiver, uid: str) -> None:
    """Call ``receiver(sender, instance)`` whenever a page is deleted.

    Wagtail has no signal of its own for it; Django's post_delete comes for every
    model (and for a page, once for its class and once for each parent class).
    """

    def page_deleted(sender, instance, **kwargs) -> None:
        from wagtail.models import Page

        if isinstance(instance, Page):
            receiver(sender, instance)

    post_delete.connect(page_deleted, dispatch_uid=f"{uid}-page-deleted", weak=False)


def _locales_after_migrate(sender, **kwargs) -> None:
    from .locales import ensure_locales

    ensure_locales()
