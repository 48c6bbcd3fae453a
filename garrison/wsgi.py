import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "garrison.settings")

django_application = get_wsgi_application()

# Imported once Django is set up: the beacon's fast path uses the models.
from articles.beacon import with_beacon  # noqa: E402

# The view beacon's common case is counted before Django's request handling.
application = with_beacon(django_application)
