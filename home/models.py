from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.caching.page_types import CacheTaggedPage
from core.caching.process_copies import localized_home
from core.caching.routing import RoutedFromCopies
from core.panels import TITLE_PANEL
from core.privacy import OneQueryViewRestrictions

from .front import front_page_articles


class HomePage(CacheTaggedPage, RoutedFromCopies, OneQueryViewRestrictions, Page):
    """The site's front page: a featured article, the latest, the most read."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    featured_article = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_title = models.CharField(_("title"), max_length=120, default=_("Join us"))
    join_text = models.TextField(
        _("text"),
        blank=True,
        max_length=1000,
        help_text=_("Who the community is looking for and what they would do."),
    )

    children_are_sections = True

    @property
    def localized(self):
        # Wagtail routes every request from the root page's ``localized``.
        return localized_home(self)

    content_panels = [
        TITLE_PANEL,
        FieldPanel("intro"),
        FieldPanel("featured_article"),
        MultiFieldPanel(
            [FieldPanel("join_title"), FieldPanel("join_text")],
            heading=_("Call for contributors"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.ArticleIndexPage", "home.StandardPage"]
    # One home page per language: each locale's tree has its own at the top.

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's fragment is rendered, not served.
        context["front"] = SimpleLazyObject(lambda: front_page_articles(self))
        return context


class StandardPage(CacheTaggedPage, OneQueryViewRestrictions, Page):
    """A page of the site's own: about Garrison, the privacy notice, the licence.

    Those marked "Show in menus" are linked from every page's footer.
    """

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [TITLE_PANEL, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("standard page")
