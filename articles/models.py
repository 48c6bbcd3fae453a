"""The magazine: article pages, their index, authors, sources, series and tags."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from assessment.models import Graded
from citations.models import PageCitation
from citations.panels import citations_panels
from community.review import AbstractReviewTask
from core.blocks import CitedBodyBlock
from core.caching.page_types import CacheTaggedPage
from core.caching.routing import RoutedFromCopies
from core.panels import TITLE_PANEL
from core.privacy import OneQueryViewRestrictions
from history.models import ChangeNoted

from .forms import ArticlePageForm
from .panels import MentionsPanel
from .publishing import body_words, publication_problems


class ArticleIndexPage(
    CacheTaggedPage,
    RoutedFromCopies,
    OneQueryViewRestrictions,
    RoutablePageMixin,
    Page,
):
    """The magazine's front: every article, newest first, with filters."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = [TITLE_PANEL, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("article index")

    def child_at(self, slug: str):
        # As its own type with what its byline shows, in one query.
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .filter(slug=slug)
            .select_related("lead_image", "views", "series")
            .first()
        )

    @path("")
    def index_route(self, request):
        from .views import article_index

        return article_index(request, self)

    @path("tags/<str:tag>/")
    def tag_route(self, request, tag: str):
        from .views import article_index

        return article_index(request, self, tag_slug=tag)


class Series(TranslatableMixin, models.Model):
    """A run of articles meant to be read in order ("Part 2 of 3").

    Translated like the pages (wagtail-localize): an article shows its series
    in the article's own language.
    """

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=1000)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self) -> str:
        return self.title

    @property
    def cache_tag(self) -> str:
        """One tag for the series in every language: a translation changes it."""
        return f"series:{self.translation_key}"


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(CacheTaggedPage, OneQueryViewRestrictions, ChangeNoted, Graded, Page):
    """A long-form magazine article with a byline, sources and inline ads."""

    cache_listing = "articles"

    standfirst = models.TextField(
        _("standfirst"),
        max_length=400,
        help_text=_("One or two sentences under the title that say what the piece is."),
    )
    lead_image = models.ForeignKey(
        "core.GarrisonImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the article is shared."),
    )
    lead_image_alt = models.CharField(
        _("lead image description"), max_length=300, blank=True
    )
    body = StreamField(CitedBodyBlock(), verbose_name=_("body"))
    series = models.ForeignKey(
        Series,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    series_part = models.PositiveSmallIntegerField(
        _("part in the series"), null=True, blank=True
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    show_ads = models.BooleanField(
        _("show advertisements"),
        default=True,
        help_text=_("Turn off for pieces that must carry no advertising."),
    )

    content_panels = [
        TITLE_PANEL,
        FieldPanel("standfirst"),
        InlinePanel("authors", label=_("Authors"), heading=_("Byline")),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        *citations_panels(),
        MultiFieldPanel(
            [
                MentionsPanel(),
                InlinePanel(
                    "mention_choices",
                    label=_("Link choice"),
                    help_text=_(
                        "Names are linked to the encyclopedia automatically. Pin "
                        "a spelling to an entry when it is ambiguous or wrong, or "
                        "leave the entry empty to never link it in this article."
                    ),
                ),
            ],
            heading=_("Encyclopedia links"),
        ),
        ChangeNoted.change_note_panel,
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("tags"),
        FieldRowPanel([FieldPanel("series"), FieldPanel("series_part")]),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("show_ads")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.SearchField("search_folded"),
        index.FilterField("first_published_at"),
        *Graded.grade_search_fields,
    ]

    base_form_class = ArticlePageForm
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")

    def search_folded(self) -> str:
        """The article's words folded: diacritics off, hyphens and dots as spaces.

        Searches are folded the same way, so "Sichany" finds a text that writes
        "Šichany" and "T28" one that writes "T-28" (PostgreSQL's parser keeps
        "-28" as a signed number, which "28" would not match).
        """
        from encyclopedia.linking import fold

        from .publishing import body_text

        text = f"{self.title} {self.standfirst} {body_text(self.body)}"
        return " ".join(fold(text).split())

    def authors_user_ids(self) -> set[int]:
        """Also the accounts of the contributors its byline names."""
        bylined = self.authors.exclude(contributor__user=None).values_list(
            "contributor__user_id", flat=True
        )
        return super().authors_user_ids() | set(bylined)

    def cache_tags_changed(self) -> set[str]:
        """Also the series: its other parts list this one."""
        tags = super().cache_tags_changed()
        if self.series_id:
            tags.add(self.series.cache_tag)
        return tags

    def get_context(self, request, *args, **kwargs):
        from .reading import article_context

        context = super().get_context(request, *args, **kwargs)
        context.update(article_context(self, request))
        return context

    def clean(self) -> None:
        super().clean()
        if self.series_id and not self.series_part:
            raise ValidationError(
                {"series_part": _("Say which part of the series this article is.")}
            )
        if self.lead_image_id and not self.lead_image_alt.strip():
            raise ValidationError(
                {
                    "lead_image_alt": _(
                        "Describe the image for readers who cannot see it."
                    )
                }
            )


class ArticleAuthor(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    contributor = models.ForeignKey(
        "community.Contributor", on_delete=models.PROTECT, related_name="authorships"
    )

    panels = [FieldPanel("contributor")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "contributor")]
        verbose_name = _("author")


class ArticleCitation(PageCitation):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="citations")

    class Meta(PageCitation.Meta):
        unique_together = [("page", "source")]


class ArticleMentionChoice(Orderable):
    """An editor's ruling on how one spelling links in this article."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="mention_choices"
    )
    surface = models.CharField(
        _("name as written"), max_length=300, help_text=_("e.g. 'Kama'.")
    )
    entry = models.ForeignKey(
        "encyclopedia.EntryPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: never link this name in this article."),
    )

    panels = [FieldRowPanel([FieldPanel("surface"), FieldPanel("entry")])]

    class Meta(Orderable.Meta):
        verbose_name = _("encyclopedia link")

    def __str__(self) -> str:
        return f"{self.surface} → {self.entry_id or '∅'}"


class ViewCount(models.Model):
    """How often an article was read.

    Kept off the page row on purpose: publishing a revision writes every page
    field back, which would reset a counter stored there to the revision's value.
    """

    page = models.OneToOneField(
        ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="views"
    )
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("view count")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.count}"


class ViewFlush(models.Model):
    """One batch of view counts moved from Redis into ``ViewCount``.

    Its key is the batch's id, written in the same transaction as the counts:
    a flush that dies after the commit and is tried again finds its batch here
    and does not count it twice.
    """

    batch = models.CharField(max_length=32, primary_key=True)
    flushed_at = models.DateTimeField(auto_now_add=True)
    views = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("flush of view counts")
        verbose_name_plural = _("flushes of view counts")

    def __str__(self) -> str:
        return f"{self.batch}: {self.views}"


class PublicationSignOffTask(AbstractReviewTask):
    """The moderators' final approval, which the magazine's rules can refuse.

    An article that breaks them (no source, no author) offers only "Request
    changes"; the editor's form says why if approval is tried anyway. Like
    every review step, it is never approved by a party to the article.
    """

    class Meta:
        verbose_name = _("publication sign-off")
        verbose_name_plural = _("publication sign-offs")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if isinstance(obj, ArticlePage) and article_problems(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups give the final approval; articles "
            "without a source or an author cannot be approved."
        )


def article_problems(page: ArticlePage) -> list[str]:
    """Return why an article, as it stands in memory, cannot be published."""
    return publication_problems(
        sources=len(page.citations.all()),
        authors=len(page.authors.all()),
        words=body_words(page.body),
    )
