from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.caching.tags import depends_on, listing_tag

from . import counting
from .models import ArticleIndexPage
from .selectors import ArticleFilters, filtered_articles

ARTICLES_PER_PAGE = 12


def article_index(
    request: HttpRequest, index: ArticleIndexPage, *, tag_slug: str | None = None
) -> HttpResponse:
    """List the index's articles, filtered by tag, author and year."""
    filters = ArticleFilters.from_query(request.GET, tag_slug=tag_slug)
    depends_on(listing_tag("articles", index.locale_id))
    articles, applied = filtered_articles(index, filters)
    if tag_slug and applied.tag is None:
        raise Http404(_("There is no tag “%(tag)s”.") % {"tag": tag_slug})
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "articles/article_index_page.html",
        {
            "page": index,
            "self": index,
            "articles": page,
            "filters": applied,
            "query_without_page": applied.query_string(),
        },
    )


@csrf_exempt
@require_POST
def count_view(request: HttpRequest) -> JsonResponse:
    """Take the beacon an article page sends and count a view when it should.

    CSRF protection is off on purpose: the beacon comes from cached pages whose
    token may be stale, and it can do nothing but add one to a public counter,
    at most once per visitor per window.
    """
    page_id = counting.beacon_page_id(request.POST.get("page", ""))
    if page_id is None:
        return JsonResponse(
            {"error": _("The beacon must name the article by its numeric id.")},
            status=400,
        )
    if not counting.is_public_article(page_id):
        return JsonResponse(
            {"error": _("There is no public article with that id.")}, status=404
        )
    counted, reason = counting.count_request(request, page_id)
    return JsonResponse({"counted": counted, "reason": reason})
