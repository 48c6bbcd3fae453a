"""``/api/v1/contributors``: the people who write the site."""

from django.http import HttpRequest
from ninja import Query, Router

from community.models import Contributor
from community.selectors import listed_contributors, published_articles
from core.absolute_urls import absolute_url

from .errors import ApiError
from .pagination import PageQuery, paginate
from .params import ERRORS, Slug
from .presenting import contributor_summary
from .schemas import ContributorDetail, ContributorList

router = Router(tags=["Contributors"])


@router.get("", response={200: ContributorList, **ERRORS}, url_name="contributors")
def list_contributors(request: HttpRequest, paging: Query[PageQuery]):
    """Every contributor, by name."""
    items, page = paginate(request, listed_contributors(), paging)
    return {"items": [contributor_summary(c, request) for c in items], "page": page}


@router.get(
    "/{slug}", response={200: ContributorDetail, **ERRORS}, url_name="contributor"
)
def get_contributor(request: HttpRequest, slug: Slug):
    """One contributor and their published articles."""
    contributor = Contributor.objects.filter(slug=slug).first()
    if contributor is None:
        raise ApiError(404, f"There is no contributor “{slug}”.")
    return {
        **contributor_summary(contributor, request),
        "articles": [
            {
                "id": article.pk,
                "title": article.title,
                "url": absolute_url(request, article.url),
                "published": article.published_at,
            }
            for article in published_articles(contributor)
        ],
    }
