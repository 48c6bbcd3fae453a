"""Keep the API's one error shape for answers Django gives before the API runs."""

from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse

from .errors import error_response

API_PREFIX = "/api/"


class ApiErrorShape:
    """Rewrite non-JSON error answers under /api/ (unknown paths, wrong methods)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.path.startswith(API_PREFIX)
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            shaped = error_response(response.status_code, _message(request, response))
            for header in ("Allow", "Retry-After"):
                if header in response:
                    shaped[header] = response[header]
            return shaped
        return response


def _message(request: HttpRequest, response: HttpResponse) -> str:
    if response.status_code == 404:
        return f"There is no endpoint at {request.path}; see /api/v1/docs."
    if response.status_code == 405:
        return f"{request.method} is not allowed here; the API only reads (GET)."
    return HTTPStatus(response.status_code).phrase + "."
