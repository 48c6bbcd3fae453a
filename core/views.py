from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import never_cache

from .readiness import CHECKS, service_problems


def server_error(request: HttpRequest) -> HttpResponse:
    """Render ``500.html`` in the language of the address (``/cs/...`` in Czech).

    What failed may be the database, so the template gets no request context
    (no context processors) and uses no tag that queries; the language comes
    from the path, as the failure may have come before the locale middleware.
    """
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or settings.LANGUAGE_CODE):
        html = loader.render_to_string("500.html")
    return HttpResponseServerError(html)


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Answer that the process is alive, without touching any service."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """200 when the database, cache and storage answer; 503 naming those that do not."""
    problems = service_problems()
    body = {
        "ready": not problems,
        "services": {name: problems.get(name, "ok") for name in CHECKS},
    }
    if problems:
        body["down"] = sorted(problems)
    return JsonResponse(body, status=503 if problems else 200)


def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``, which browsers and crawlers ask for whatever the page says.

    A temporary redirect: the static file's name changes with its content.
    """
    return HttpResponseRedirect(static("img/favicon.ico"))
