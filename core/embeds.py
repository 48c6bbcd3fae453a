"""Video embeds that never hold up a page when the video site cannot be reached."""

import logging

from django.core.cache import cache
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

logger = logging.getLogger(__name__)

# A failed lookup is not retried for this long, so a dead video site costs one
# slow render, not one per reader.
FAILURE_TTL_SECONDS = 60 * 60


def embed_html(url: str) -> str | None:
    """Return the provider's embed HTML for ``url``, or None when there is none."""
    failure_key = f"embed-failed:{url}"
    if cache.get(failure_key):
        return None
    try:
        return get_embed(url).html or None
    except (EmbedException, OSError) as error:
        logger.info("No embed for %s: %s", url, error)
        cache.set(failure_key, True, FAILURE_TTL_SECONDS)
        return None
