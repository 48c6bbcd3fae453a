from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from .readiness import CHECKS, service_problems


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
