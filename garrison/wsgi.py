import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "garrison.settings")

django_application = get_wsgi_application()

# Imported once Django is set up: the beacon's fast path uses the models.
from articles.beacon import with_beacon  # noqa: E402

# The view beacon's common case is counted before Django's request handling.
application = with_beacon(django_application)

# What is loaded by now (Django, Wagtail, every URL module) lives as long as
# the process. Python collects its oldest generation only once the garbage
# there reaches a quarter of everything long-lived, about 50,000 objects here,
# so the few reference cycles each request leaves behind piled up for minutes,
# about 1 MB per 1,000 requests, until granian replaced the worker for its size
# (bench/README.md). Frozen, the loaded objects no longer count, and each
# request's cycles are freed within seconds.
get_resolver().url_patterns  # noqa: B018 (imports every URL module now)
gc.collect()
gc.freeze()
gc.collect()
