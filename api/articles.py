"""``/api/v1/articles``: the magazine."""

from django.http import HttpRequest
from ninja import Field, Path, Query, Router

from articles import selectors
from articles.models import ArticlePage
from articles.selectors import narrowed
from core.privacy import public_pages

from .errors import ApiError
from .pagination import PageQuery, paginate
from .params import ERRORS, MAX_ID, LanguageFilter, Slug, Year
from .presenting import article_detail, article_summaries, listed_articles
from .schemas import ArticleDetail, ArticleList, GradeName

router = Router(tags=["Articles"])


class ArticleFilters(LanguageFilter):
    author: Slug | None = Field(None, description="A contributor's slug.")
    tag: Slug | None = Field(None, description="A tag's slug.")
    year: Year | None = Field(None, description="Year of first publication.")
    grade: GradeName | None = Field(None, description="Only articles of this grade.")


def published_articles():
    return public_pages(ArticlePage.objects.live())


@router.get("", response={200: ArticleList, **ERRORS}, url_name="articles")
def list_articles(
    request: HttpRequest,
    filters: Query[ArticleFilters],
    paging: Query[PageQuery],
):
    """Published articles, newest first."""
    articles = published_articles().order_by("-first_published_at", "-pk")
    if filters.lang:
        articles = articles.filter(locale__language_code=filters.lang)
    # Narrowed as the magazine's index narrows them (articles.selectors).
    articles, applied = narrowed(
        articles,
        selectors.ArticleFilters(
            tag=filters.tag or "",
            author=filters.author or "",
            year=str(filters.year or ""),
            grade=filters.grade or "",
        ),
    )
    if applied.problems:
        raise ApiError(404, applied.problems[0])
    items, page = paginate(request, listed_articles(articles), paging)
    return {"items": article_summaries(items, request), "page": page}


@router.get(
    "/{article_id}", response={200: ArticleDetail, **ERRORS}, url_name="article"
)
def get_article(request: HttpRequest, article_id: int = Path(..., ge=1, le=MAX_ID)):
    """One article: its text as HTML and as plain text, its sources and mentions."""
    page = listed_articles(published_articles()).filter(pk=article_id).first()
    if page is None:
        raise ApiError(404, f"No published article has the id {article_id}.")
    return article_detail(page, request)
