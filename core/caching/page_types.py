"""What every Garrison page type tells the caches: what it shows and what it changes."""

from __future__ import annotations

from .tags import (
    all_declared,
    depends_on,
    listing_tag,
    page_tag,
    translations_tag,
)


class CacheTaggedPage:
    """Mixed into Garrison's page types, before ``Page``.

    Serving names the page's own tags and says that its render names the rest
    (the presenters and templates do: ``depends_on``, ``{% shows %}``);
    :meth:`cache_tags_changed` is what publishing or unpublishing it makes
    stale. A page type adds its own by extending both.
    """

    #: The lists this type of page appears in (``listing:<name>:<locale>``).
    cache_listing = ""

    def serve(self, request, *args, **kwargs):
        all_declared()
        depends_on(page_tag(self.pk), translations_tag(self.translation_key))
        return super().serve(request, *args, **kwargs)

    def cache_tags_changed(self) -> set[str]:
        """The tags a publication or withdrawal of this page makes stale."""
        tags = {page_tag(self.pk), translations_tag(self.translation_key)}
        if self.cache_listing:
            tags.add(listing_tag(self.cache_listing, self.locale_id))
        return tags
