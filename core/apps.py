from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Garrison core"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in
        from django.core.checks import register
        from django.core.signals import setting_changed

        from .caching.redis import forget_unreachable
        from .checks import check_rate_limits
        from .editors import note_on_sign_in
        from .models import AdSettings
        from .site_settings import forget_ad_settings
        from .validators import enforce_bidi_rule

        post_migrate.connect(_locales_after_migrate, sender=self)
        user_logged_in.connect(note_on_sign_in, dispatch_uid="note-editors")
        setting_changed.connect(forget_unreachable, dispatch_uid="redis-unreachable")
        post_save.connect(forget_ad_settings, sender=AdSettings)
        post_delete.connect(forget_ad_settings, sender=AdSettings)
        _connect_page_cache()
        enforce_bidi_rule()
        register(check_rate_limits)


def _connect_page_cache() -> None:
    """Pages published, moved or deleted, and what is shown around every page."""
    from django.apps import apps
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .caching.generation import flush_site
    from .caching.invalidation import flush_site_on_change, page_changed

    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"page-cache-{signal}")
    # A move changes every address under the page; a deletion is as rare.
    post_page_move.connect(flush_site, dispatch_uid="page-cache-moved")
    connect_to_page_deletion(flush_site, "page-cache")
    for label in (
        "core.AdSlot", "core.AdSettings", "wagtailcore.Site", "wagtailcore.Locale",
        # Who may see a page changes every list it is in.
        "wagtailcore.PageViewRestriction",
    ):  # fmt: skip
        flush_site_on_change(apps.get_model(label))
    # The groups of a members-only restriction are set after it is saved.
    m2m_changed.connect(
        flush_site,
        sender=apps.get_model("wagtailcore.PageViewRestriction").groups.through,
        dispatch_uid="page-cache-restriction-groups",
    )


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
