"""``{% fragmentcache %}`` and ``{% shows %}``: fragments kept by what they show."""

from django import template
from django.db.models import Model

from core.caching.fragments import parse_fragmentcache
from core.caching.tags import depends_on_objects

register = template.Library()
register.tag("fragmentcache", parse_fragmentcache)


@register.simple_tag
def shows(*instances: Model | None) -> str:
    """Name the cache tags of what the template shows here; renders nothing."""
    depends_on_objects(*instances)
    return ""
