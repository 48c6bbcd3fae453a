from django.apps import AppConfig
from django.db.models.signals import post_delete


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .languages import forget_translation_urls

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_translation_urls, dispatch_uid=f"languages-{signal}")
        post_delete.connect(_page_deleted, dispatch_uid="languages-deleted")


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        from .languages import forget_translation_urls

        forget_translation_urls(sender, instance)
