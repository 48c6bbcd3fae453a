"""One JSON shape for every error the API returns.

``{"error": {"status": 404, "code": "not_found", "message": "...", "details": []}}``
"""

from __future__ import annotations

from django.http import JsonResponse

#: The code each HTTP status gets when the raiser names none.
CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_parameters",
    429: "rate_limited",
    500: "server_error",
}


class ApiError(Exception):
    """An error a handler raises for the client: a status, a code and a sentence."""

    def __init__(
        self, status: int, message: str, *, code: str = "", details: list | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details or []


def error_response(
    status: int, message: str, *, code: str = "", details: list | None = None
) -> JsonResponse:
    """Return the API's error body with its status."""
    return JsonResponse(
        {
            "error": {
                "status": status,
                "code": code or CODES.get(status, "error"),
                "message": message,
                "details": details or [],
            }
        },
        status=status,
    )


def validation_details(errors: list[dict]) -> list[dict]:
    """Turn pydantic's errors into ``{"parameter", "message"}`` pairs."""
    details = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part != "query"]
        details.append(
            {"parameter": ".".join(location), "message": str(error.get("msg", ""))}
        )
    return details
