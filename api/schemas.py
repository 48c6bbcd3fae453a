"""The shapes the API answers with; the OpenAPI schema is generated from these."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from ninja import Field, Schema

from .pagination import PageInfo

Language = Literal["en", "cs"]
EntryType = Literal["person", "unit", "organisation", "equipment", "place", "event"]
#: The quality grades (``/grades/``), lowest first.
GradeName = Literal["stub", "start", "c", "b", "a", "featured"]
GRADE_DESCRIPTION = (
    "The page's quality grade (stub, start, c, b, a, featured; what each means "
    "is at /grades/), null while it is not assessed."
)


class ErrorBody(Schema):
    status: int
    code: str = Field(description="A stable word for programs: not_found, ...")
    message: str = Field(description="What went wrong, in a sentence for people.")
    details: list[dict[str, str]] = Field(
        default_factory=list, description="Per parameter, where that applies."
    )


class ErrorOut(Schema):
    error: ErrorBody


class HistoricalDateOut(Schema):
    edtf: str = Field(
        description="Extended Date/Time Format (ISO 8601-2): 1925-07-15, 1925-07, "
        "1925, 192X for a decade; ~ marks an approximate date."
    )
    precision: Literal["decade", "year", "month", "day"]
    circa: bool
    text: str = Field(description="As a reader of the language sees it.")


class Period(Schema):
    start: HistoricalDateOut | None
    end: HistoricalDateOut | None


class AuthorOut(Schema):
    name: str
    slug: str
    url: str


class SourceOut(Schema):
    kind: str
    title: str
    author: str
    publisher: str
    year: int | None
    url: str
    accessed: date | None
    note: str
    citation: str = Field(description="The source written out as a reference.")


class CitedSourceOut(SourceOut):
    id: int = Field(description="The source's record in the site's library.")
    library_url: str = Field(description="Its page: every page that cites it.")
    locator: str = Field(description="The part the page rests on, e.g. pp. 45–60.")
    container: str = Field(description="The journal or collection it appeared in.")
    volume: str
    issue: str
    pages: str
    place: str
    isbn: str = Field(description="ISBN-13, digits only.")
    doi: str
    signature: str = Field(description="The archive's reference for a document.")
    url_status: str = Field(
        description="What the link checker last found at the address: live, "
        "failing, dead, not-allowed (by robots.txt), or '' (not checked yet)."
    )
    # Not "…_url": the API's fields so named are addresses on this site.
    archived_copy: str = Field(
        description="The address of a snapshot of the page in a web archive."
    )


class FootnoteOut(Schema):
    claim: str = Field(description="The words of the text the source supports.")
    source: int = Field(description="The source's record in the library.")
    number: int | None = Field(
        description="Its number in the page's sources; None if the page no "
        "longer lists it."
    )
    locator: str = Field(description="The page or part cited, e.g. p. 47.")
    anchor: str | None = Field(description="The superscript's id in body_html.")


class EntryLink(Schema):
    id: int
    type: EntryType
    title: str
    url: str
    api_url: str


class PageLink(Schema):
    id: int
    title: str
    url: str
    published: datetime | None = None


class ArticleSummary(Schema):
    id: int
    title: str
    slug: str
    url: str
    api_url: str
    language: Language = Field(description="The language tree the page is in.")
    text_language: Language = Field(
        description="The language of its text: differs while a page awaits "
        "translation and shows the original."
    )
    standfirst: str
    published: datetime | None
    authors: list[AuthorOut]
    tags: list[str]
    views: int
    posts: int = Field(description="Approved posts in the article's discussion.")
    grade: GradeName | None = Field(description=GRADE_DESCRIPTION)


class ArticleList(Schema):
    items: list[ArticleSummary]
    page: PageInfo


class MentionOut(Schema):
    surface: str = Field(description="The name as written in the article.")
    count: int
    entry: EntryLink | None = Field(description="None while the name is ambiguous.")
    candidates: list[int] = Field(description="Entry ids an ambiguous name may mean.")


class ArticleDetail(ArticleSummary):
    body_html: str
    body_text: str
    footnotes: list[FootnoteOut]
    sources: list[CitedSourceOut]
    mentions: list[MentionOut]
    translations: dict[str, str] = Field(
        description="The API address of each language version, by language."
    )


class EntrySummary(Schema):
    id: int
    type: EntryType
    title: str
    native_name: str
    summary: str
    url: str
    api_url: str
    language: Language
    text_language: Language
    period: Period
    posts: int = Field(description="Approved posts in the entry's discussion.")
    grade: GradeName | None = Field(description=GRADE_DESCRIPTION)


class EntryList(Schema):
    items: list[EntrySummary]
    page: PageInfo


class RelationOut(Schema):
    kind: str = Field(description="trained_at, served_in, commanded, ...")
    label: str = Field(description="How the relation reads from this entry.")
    direction: Literal["outgoing", "incoming"]
    entry: EntryLink
    period: Period
    source_title: str
    source_url: str


class NamesakeOut(Schema):
    name: str
    description: str


class EntryDetail(EntrySummary):
    other_names: list[str]
    namesakes: list[NamesakeOut] = Field(
        description="Others known by the entry's name, which it is not "
        "(a hatnote: 'Not to be confused with')."
    )
    body_html: str
    facts: dict[str, Any] = Field(
        description="The typed fields of the entry's kind: designation, "
        "coordinates, manufacturer ..."
    )
    relations: list[RelationOut]
    footnotes: list[FootnoteOut]
    sources: list[CitedSourceOut]
    mentioned_in: list[PageLink]
    translations: dict[str, str]


class SearchHit(Schema):
    type: str = Field(description="article or an entry type.")
    id: int
    title: str
    url: str
    api_url: str
    snippet: str
    when: str
    grade: GradeName | None = Field(description=GRADE_DESCRIPTION)


class ContributorSummary(Schema):
    slug: str
    name: str
    url: str
    api_url: str
    bio: str
    languages: list[str]


class SearchResults(Schema):
    query: str
    fallback: bool = Field(
        description="True when no result had every word and any word was used."
    )
    bounded: bool = Field(
        description="True when the words are in so many documents that only the "
        "best candidates were ranked; page.count is then how many were ranked."
    )
    items: list[SearchHit]
    contributors: list[ContributorSummary]
    page: PageInfo


class TimelineItemOut(Schema):
    id: int
    type: EntryType
    title: str
    url: str
    api_url: str
    start: HistoricalDateOut
    end: HistoricalDateOut | None
    is_event: bool
    summary: str


class TimelineOut(Schema):
    items: list[TimelineItemOut]
    truncated: bool = Field(description="True when the list stops at the limit.")
    limit: int


class PointGeometry(Schema):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[longitude, latitude]")


class PlaceFeature(Schema):
    type: Literal["Feature"]
    id: int
    geometry: PointGeometry
    properties: dict[str, Any]


class PlaceCollection(Schema):
    type: Literal["FeatureCollection"]
    features: list[PlaceFeature]


class ContributorList(Schema):
    items: list[ContributorSummary]
    page: PageInfo


class ContributorDetail(ContributorSummary):
    articles: list[PageLink]


class PostOut(Schema):
    id: int
    kind: Literal["discussion", "addition"] = Field(
        description="Discussion, or an addition or correction with its sources."
    )
    author: str = Field(description="The reader's display name; never an address.")
    html: str = Field(description="The text as sanitised HTML.")
    changes: str = Field(description="What an addition adds or corrects.")
    posted: datetime
    reply_to: int | None = Field(description="The post at the top it answers.")
    quoted: int | None = Field(description="The reply it quotes, if any.")
    pinned: bool
    sources: list[SourceOut]


class PostList(Schema):
    items: list[PostOut]
    page: PageInfo
