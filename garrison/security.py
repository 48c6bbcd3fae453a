"""The Content-Security-Policy: what a reader's browser may load, and from where."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.utils.csp import CSP

#: Where the video block's embeds play from (Wagtail's oEmbed finders).
VIDEO_ORIGINS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)


def content_security_policy(
    *, tile_url: str, media_origin: str | None
) -> dict[str, list[str]]:
    """The site's policy: scripts and styles from the site alone (no inline
    code anywhere in the templates), images also from the map's tile server
    and the media store, frames from the video providers."""
    images = [CSP.SELF, "data:"]
    tiles = tile_origin(tile_url)
    if tiles:
        images.append(tiles)
    if media_origin:
        images.append(media_origin)
    return {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF],
        "style-src": [CSP.SELF],
        "img-src": images,
        "media-src": [CSP.SELF, *([media_origin] if media_origin else [])],
        "frame-src": [CSP.SELF, *VIDEO_ORIGINS],
        "connect-src": [CSP.SELF],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.SELF],
    }


#: For the admin and the API's docs page, whose third-party code writes inline
#: scripts and styles; still nothing from other sites but images.
TOOLS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; "
    "media-src 'self' https:; frame-src 'self' https:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'self'"
)


def tile_origin(tile_url: str) -> str | None:
    """The origin of a Leaflet tile URL template; ``{s}`` subdomains become ``*``."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url)
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}" if parts.scheme and host else None
