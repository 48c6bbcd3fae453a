from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Garrison core"

    def ready(self) -> None:
        from .models import AdSettings
        from .site_settings import forget_ad_settings

        post_save.connect(forget_ad_settings, sender=AdSettings)
        post_delete.connect(forget_ad_settings, sender=AdSettings)
