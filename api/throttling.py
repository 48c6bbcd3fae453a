"""The per-client rate limit, keyed on the address the site trusts."""

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import SimpleRateThrottle

from core.clients import client_address


class ClientRateThrottle(SimpleRateThrottle):
    """``API_RATE_LIMIT`` requests per client address, signed in or not.

    Ninja's own guess at the address believes any X-Forwarded-For header; this
    one trusts it only behind the proxy the settings name.
    """

    scope = "api-client"

    def __init__(self) -> None:
        super().__init__(settings.API_RATE_LIMIT)

    def allow_request(self, request: HttpRequest) -> bool:
        # Read per request, so a changed setting applies without a restart.
        self.rate = settings.API_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request: HttpRequest) -> str:
        return self.cache_format % {
            "scope": self.scope,
            "ident": client_address(request),
        }
