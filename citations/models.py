"""The bibliography: sources as records of their own, and pages' citations of them.

A book cited by thirty articles is one ``Source``; each page that rests on it
has a citation (``PageCitation``) that keeps the page's order and a locator.
"""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from core.citations import Citation, format_citation
from core.validators import HttpURLField

from .identifiers import match_key, normalise_doi, normalise_isbn


class SourceKind(models.TextChoices):
    WEB = "web", _("Web page")
    BOOK = "book", _("Book")
    JOURNAL = "journal", _("Journal article")
    ARCHIVE = "archive", _("Archive document")
    OTHER = "other", _("Other")


class LinkStatus(models.TextChoices):
    UNCHECKED = "", _("not checked yet")
    LIVE = "live", _("live")
    FAILING = "failing", _("failing")
    DEAD = "dead", _("dead")
    NOT_ALLOWED = "not-allowed", _("not checked: the site turns the checker away")


class AbstractSource(models.Model):
    """What describes a source: the fields a reader's post and the library share."""

    kind = models.CharField(
        _("kind"), max_length=10, choices=SourceKind.choices, default=SourceKind.WEB
    )
    title = models.CharField(_("title"), max_length=400)
    author = models.CharField(_("author"), max_length=255, blank=True)
    publisher = models.CharField(_("publisher or site"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(2100)],
    )
    url = HttpURLField(_("URL"), max_length=1000, blank=True)
    accessed = models.DateField(_("accessed on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("publisher")]),
        FieldRowPanel([FieldPanel("url"), FieldPanel("accessed")]),
        FieldPanel("note"),
    ]

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.citation

    def clean(self) -> None:
        super().clean()
        if self.kind == SourceKind.WEB and not self.url:
            raise ValidationError(
                {"url": _("A web page source needs its address.")}, code="required"
            )
        if self.accessed and not self.url:
            raise ValidationError(
                {"accessed": _("An access date only makes sense with a URL.")},
                code="accessed_without_url",
            )

    @property
    def citation(self) -> str:
        return format_citation(
            Citation(
                kind=self.kind,
                title=self.title,
                author=self.author,
                publisher=self.publisher,
                year=self.year,
                url=self.url,
                accessed=self.accessed,
                note=self.note,
            )
        )


class Source(index.Indexed, AbstractSource):
    """A book, article, web page or archive document, once for the whole site."""

    publisher = models.CharField(
        _("publisher, site or archive"), max_length=255, blank=True
    )
    container = models.CharField(
        _("journal or collection"),
        max_length=400,
        blank=True,
        help_text=_("Where a journal article or a chapter appeared."),
    )
    volume = models.CharField(_("volume"), max_length=20, blank=True)
    issue = models.CharField(_("issue"), max_length=20, blank=True)
    pages = models.CharField(
        _("pages"),
        max_length=40,
        blank=True,
        help_text=_("A journal article's pages, e.g. 45–67."),
    )
    place = models.CharField(_("place of publication"), max_length=120, blank=True)
    # Kept as 13 digits (save() normalises); room for an ISBN as written.
    isbn = models.CharField(_("ISBN"), max_length=32, blank=True)
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    signature = models.CharField(
        _("archive signature"),
        max_length=120,
        blank=True,
        help_text=_("The archive's reference for the document, e.g. RH 12-1/53."),
    )
    # What the link checker found (citations/linkrot.py).
    url_status = models.CharField(
        _("link status"),
        max_length=12,
        choices=LinkStatus.choices,
        blank=True,
        default=LinkStatus.UNCHECKED,
    )
    url_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    url_checked = models.DateTimeField(_("link checked"), null=True, blank=True)
    url_failures = models.PositiveSmallIntegerField(default=0)
    url_check_after = models.DateTimeField(null=True, blank=True, db_index=True)
    archive_url = HttpURLField(
        _("archived copy"),
        max_length=1000,
        blank=True,
        help_text=_(
            "A snapshot of the page in a web archive; found by the link checker, "
            "shown to readers when the page is gone."
        ),
    )
    #: Author, main title and year folded (identifiers.match_key): how a source
    #: cited without identifiers is found again.
    match_key = models.CharField(max_length=700, editable=False, db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("publisher")]),
        MultiFieldPanel(
            [
                FieldPanel("container"),
                FieldRowPanel(
                    [FieldPanel("volume"), FieldPanel("issue"), FieldPanel("pages")]
                ),
                FieldPanel("place"),
            ],
            heading=_("Where it appeared"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("isbn"), FieldPanel("doi")]),
                FieldPanel("signature"),
                FieldRowPanel([FieldPanel("url"), FieldPanel("accessed")]),
                FieldPanel("archive_url"),
            ],
            heading=_("Identifiers"),
        ),
        FieldPanel("note"),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("author"),
        index.SearchField("publisher"),
        index.SearchField("container"),
        index.AutocompleteField("title"),
        index.AutocompleteField("author"),
        index.FilterField("year"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["author", "title", "pk"]
        constraints = [
            # One record per identifier: what makes the library one library.
            models.UniqueConstraint(
                fields=["isbn"], condition=~Q(isbn=""), name="source_isbn_unique"
            ),
            models.UniqueConstraint(
                fields=["doi"], condition=~Q(doi=""), name="source_doi_unique"
            ),
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique"
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        # Identifiers one way each, however the record was made (a form's
        # clean() has already refused those that are not identifiers at all).
        self.normalise_identifiers()
        self.match_key = match_key(self.author, self.title, self.year)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "match_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("citations:source", args=[self.pk])

    def clean(self) -> None:
        super().clean()
        errors = self.normalise_identifiers()
        if errors:
            raise ValidationError(errors)
        from .library import find_duplicate

        duplicate = find_duplicate(self)
        if duplicate:
            # On the identifier the two share, where they share one: the form
            # marks that field, and the database's own check is not repeated.
            shared = next(
                (
                    name
                    for name in ("isbn", "doi", "url")
                    if getattr(self, name)
                    and getattr(self, name).rstrip("/")
                    == getattr(duplicate, name).rstrip("/")
                ),
                NON_FIELD_ERRORS,
            )
            raise ValidationError(
                {
                    shared: ValidationError(
                        _("The library already holds this source: “%(source)s”.")
                        % {"source": duplicate.title},
                        code="duplicate",
                    )
                }
            )

    def normalise_identifiers(self) -> dict[str, ValidationError]:
        """Write the ISBN and DOI one way each; return, by field, those that
        are not identifiers at all (left as written)."""
        errors = {}
        for field, normalise in (("isbn", normalise_isbn), ("doi", normalise_doi)):
            try:
                setattr(self, field, normalise(getattr(self, field)))
            except ValidationError as error:
                errors[field] = error
        return errors


class PageCitation(Orderable):
    """A page's citation of a source: the page keeps its order and a locator."""

    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("source"),
    )
    locator = models.CharField(
        _("locator"),
        max_length=100,
        blank=True,
        help_text=_("The part this page rests on, e.g. pp. 45–60 or chapter 3."),
    )

    panels = [FieldPanel("source"), FieldPanel("locator")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
