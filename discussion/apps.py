from django.apps import AppConfig


class DiscussionConfig(AppConfig):
    name = "discussion"
    verbose_name = "Discussion"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from .folding import credit_incorporated

        def credit_on_publish(sender, instance, **kwargs) -> None:
            credit_incorporated(instance)

        page_published.connect(
            credit_on_publish, dispatch_uid="discussion-credit", weak=False
        )
