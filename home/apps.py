from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core.apps import connect_to_page_deletion

        from .languages import forget_translation_urls

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_translation_urls, dispatch_uid=f"languages-{signal}")
        connect_to_page_deletion(forget_translation_urls, "languages")
