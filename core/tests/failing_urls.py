"""The site's URLs and one view that fails, for the tests of the 500 page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from garrison.urls import handler500
from garrison.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def fail(request):
    raise RuntimeError("A fault on purpose, for the tests of the 500 page.")


urlpatterns = [
    *i18n_patterns(path("failing/", fail), prefix_default_language=False),
    *site_urlpatterns,
]
