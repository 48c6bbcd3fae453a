"""Every cache on Garrison's serving path, and what makes each stale.

The layers, from the reader inwards:

1. **The front cache** (nginx's micro-cache in ``deploy/nginx``, or a CDN):
   anonymous pages for a second or two, so a burst on one address reaches the
   application once. Wagtail's ``frontend_cache`` sends it a ``PURGE`` for a
   page published, and the page cache one for every address it stored that a
   change made stale (``store.purge_in_front``).
2. **The page cache** (``pages.AnonymousPageCache``): whole pages for
   anonymous readers in Redis, served without a query. It saves the render,
   about nine tenths of a request's cost (``bench/pages.py``).
3. **Fragments** (``{% fragmentcache %}``, ``fragments.py``): the parts of a
   page that are the same for every reader (an article's body, an entry's
   content, the home page's lists), for signed-in readers and whatever the
   page cache may not keep (a page with a form). What belongs to one reader
   is rendered around them. A ``sitewide`` fragment (the header's links) is
   kept once for every page in a language. A page's fragments come from Redis
   in one round trip.
4. **Process copies** (``process_copies.py``): the site, the locales, the
   home pages and sections, which every request walks and about nothing
   changes; three queries a request.
5. **The beacon's memory** of which articles are live (``articles.beacon``),
   for ten seconds: the beacon is the request the site gets most.

Besides, the view counter buffers its writes in Redis (``articles.view_buffer``).

**What makes them stale.** Pages and fragments are filed under cache tags
(``tags.py``): what a render shows names itself while it is rendered
(``depends_on``, ``{% shows %}``, ``cached_property_with_tags``). A change
makes stale exactly what is filed under the tags it names (``store.py``):

- a page published or unpublished: its ``CacheTaggedPage.cache_tags_changed``
  (the page, its lists, its translations, and what a type adds: an entry the
  entries it points at, an article its series);
- an entry's mentions stored again: the page naming them, the entries named;
- a model an app registers in ``ready()`` with ``invalidation.invalidate_on_change``
  (a contributor, a series).

What truly changes every page flushes the site (``generation.flush_site``): a
home page or section published, a page moved or deleted, sites, locales,
advertising, view restrictions. Layers 4 and 5 follow only the site
generation and their own short trust.

**A new page type** mixes in ``CacheTaggedPage`` (before ``Page``), sets
``cache_listing`` if lists show it, and makes sure whatever its template shows
of other objects names their tags (a presenter's ``cached_property_with_tags``
or ``depends_on``; ``{% shows obj %}`` in a template). A view that names no
tags is filed under ``content``, stale on any change: slow, never wrong.

**A new kind of write** that readers see calls ``store.invalidate(tags)`` with
the tags of what it changes, or registers its model with
``invalidate_on_change``; a write that changes every page calls
``flush_site``. Both act once the transaction commits.
"""
