"""A page's quality grade and the assessments that gave it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision
from wagtail.search import index

from .grades import MEANINGS, Grade


class Graded(models.Model):
    """Mixed into the page types that are assessed, before ``Page``.

    The grade is the page's, not a revision's: only an assessment changes it
    (``assessment.services.assess``), so publishing or reverting a revision
    keeps it, a copy or a new translation starts without one, and the
    editor's form never shows it. An alias (an untranslated page in another
    language's tree) shows its original's grade.
    """

    grade = models.CharField(
        _("quality grade"),
        max_length=10,
        choices=Grade.choices,
        blank=True,
        editable=False,
        db_index=True,
    )

    grade_search_fields = [index.FilterField("grade")]
    exclude_fields_in_copy = ["grade"]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Whatever version is saved, the grade is the assessments' (a publish
        # that loaded the page before an assessment must not undo it), and a
        # translation made from an alias starts without its original's.
        if self.pk:
            self.grade = self.assessed_grade()
        return super().save(*args, **kwargs)

    @property
    def grade_meaning(self) -> str:
        return str(MEANINGS.get(self.grade, ""))

    def with_content_json(self, content):
        page = super().with_content_json(content)
        page.grade = self.assessed_grade()
        return page

    def assessed_grade(self) -> str:
        """The grade the assessments gave: the page's own, an alias's original's."""
        if self.alias_of_id:
            return (
                type(self)
                .objects.filter(pk=self.alias_of_id)
                .values_list("grade", flat=True)
                .first()
                or ""
            )
        latest = (
            Assessment.objects.filter(page_id=self.pk)
            .values_list("grade_after", flat=True)
            .first()
        )
        return latest or ""

    def get_cache_key_components(self) -> list:
        # Fragments are kept by the page's cache key: a new grade is a new page.
        return [*super().get_cache_key_components(), self.grade]

    def authors_user_ids(self) -> set[int]:
        """Who wrote this page, in any of its languages: the users of their
        revisions and their owners.

        Anyone who saved a version of it is involved, however small the change,
        and whoever wrote the original is involved in its translation; a page
        type adds whom its byline names.
        """
        versions = Page.objects.filter(translation_key=self.translation_key)
        users = set(
            Revision.page_revisions.filter(
                object_id__in=[str(pk) for pk in versions.values_list("pk", flat=True)]
            )
            .exclude(user=None)
            .values_list("user_id", flat=True)
        )
        users |= set(versions.exclude(owner=None).values_list("owner_id", flat=True))
        return users


class Assessment(models.Model):
    """One assessor's verdict on a page: a grade, the criteria it meets, a note.

    The page's grade is the outcome of its assessments; every one is kept, so
    a page's grading history is its list of assessments.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="assessments"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published version assessed."),
    )
    assessor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="assessments",
    )
    grade = models.CharField(_("grade proposed"), max_length=10, choices=Grade.choices)
    criteria = models.JSONField(_("criteria met"), default=list, blank=True)
    source_review = models.BooleanField(_("sources reviewed"), default=False)
    note = models.TextField(_("note"), blank=True, max_length=2000)
    grade_before = models.CharField(max_length=10, blank=True)
    grade_after = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        permissions = [("assess_page", _("Can assess pages' quality"))]

    def __str__(self) -> str:
        return f"{self.page_id}: {self.grade}"

    @property
    def changed_grade(self) -> bool:
        return self.grade_before != self.grade_after

    @property
    def grade_before_label(self) -> str:
        return str(Grade(self.grade_before).label) if self.grade_before else ""

    @property
    def grade_after_label(self) -> str:
        return str(Grade(self.grade_after).label) if self.grade_after else ""
