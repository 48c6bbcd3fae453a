from django.http import HttpRequest, HttpResponse


def healthz(request: HttpRequest) -> HttpResponse:
    """Answer that the process is alive (readiness checks come with production)."""
    return HttpResponse("ok", content_type="text/plain")
