"""``/robots.txt``: crawl the site, not the admin; here is the sitemap."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .absolute_urls import absolute_url


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    # The emailed links exist under every language's prefix (/cs/join/...).
    prefixes = [""] + [
        f"/{code}"
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
    private = ("/join/confirm/", "/join/withdraw/", "/join/set-password/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *[f"Disallow: {prefix}{path}" for prefix in prefixes for path in private],
        "Disallow: /beacon/",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
