"""``/api/v1/``: the read-only public API, its error shape and its limits.

django-ninja generates the OpenAPI 3 schema (``/api/v1/openapi.json``) and the
browsable docs (``/api/v1/docs``) from the typed handlers and schemas.
"""

from __future__ import annotations

import logging

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, Throttled, ValidationError

from . import articles, contributors, discussion, entries, finding, maps
from .errors import ApiError, error_response, validation_details
from .throttling import ClientRateThrottle

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="Garrison API",
    version="1.0.0",
    description=(
        "Read-only access to Garrison's magazine and encyclopedia: articles with "
        "their sources and mentions, entries with their structured fields, "
        "relations and partial historical dates, search, timelines, places as "
        "GeoJSON and contributors. Every error has the same JSON shape; every "
        "client may make a limited number of requests per minute."
    ),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    throttle=[ClientRateThrottle()],
)
api.add_router("/articles", articles.router)
api.add_router("/entries", entries.router)
api.add_router("/search", finding.router)
api.add_router("/", maps.router)
api.add_router("/contributors", contributors.router)
api.add_router("/pages", discussion.router)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, error: ApiError) -> HttpResponse:
    return error_response(
        error.status, error.message, code=error.code, details=error.details
    )


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, error: ValidationError) -> HttpResponse:
    details = validation_details(error.errors)
    names = ", ".join(sorted({d["parameter"] for d in details if d["parameter"]}))
    return error_response(
        400,
        f"Some parameters are not valid: {names}." if names else "Invalid request.",
        code="invalid_parameters",
        details=details,
    )


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, error: Throttled) -> HttpResponse:
    response = error_response(
        429, "Too many requests from your address; wait a little and try again."
    )
    if error.wait:
        response["Retry-After"] = str(max(1, round(error.wait)))
    return response


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
    return error_response(error.status_code, str(error))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return error_response(404, str(error) or "Nothing is published at this address.")


@api.exception_handler(Exception)
def _server_error(request: HttpRequest, error: Exception) -> HttpResponse:
    logger.exception("API request %s failed", request.get_full_path())
    return error_response(500, "The server failed to answer; the error is logged.")
