from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Community"

    def ready(self) -> None:
        from core.caching.invalidation import invalidate_on_change

        from .models import Contributor

        post_migrate.connect(_setup_roles_after_migrate, dispatch_uid="setup-roles")
        # Bylines and cards show a contributor's name ({% shows %}).
        invalidate_on_change(Contributor)


def _setup_roles_after_migrate(sender, **kwargs) -> None:
    # Permissions are created app by app as post_migrate runs; the roles need
    # every app's, so they are set up once, after the last app.
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender.label != with_models[-1].label:
        return
    from .role_setup import setup_roles

    setup_roles()
