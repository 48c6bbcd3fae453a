"""A looser Content-Security-Policy for the tools that need one."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from garrison.security import TOOLS_POLICY

#: Wagtail's admin and the API's Swagger page run third-party code with inline
#: scripts and styles; every reader-facing page keeps the strict policy.
TOOL_PREFIXES = ("/admin/", "/api/v1/docs")


class LooserPolicyForTools:
    """Set the tools' policy before Django's CSP middleware sets the site's.

    Django's middleware leaves a response alone when it already has the header,
    so this one sits inside it in ``MIDDLEWARE``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(TOOL_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", TOOLS_POLICY)
        return response
