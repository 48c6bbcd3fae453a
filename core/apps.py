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


def _locales_after_migrate(sender, **kwargs) -> None:
    from .locales import ensure_locales

    ensure_locales()
