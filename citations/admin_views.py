"""Editors add a reference manager's export to the library, and see what it held."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.permission_policies import ModelPermissionPolicy

from core.editors import explorable_page_ids

from .bibliography import pages_with_dead_links
from .importing import ImportReport, ReferenceFileError, import_references
from .models import Source

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("References"),
        help_text=gettext_lazy(
            "A BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) file from Zotero, "
            "JabRef, EndNote or Mendeley, up to 2 MB."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."), code="size")
        try:
            self.text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not UTF-8 text; export it again as UTF-8."),
                code="encoding",
            ) from error
        return upload


def import_sources(request: HttpRequest) -> HttpResponse:
    """Upload a file of references; the library gains those it lacked."""
    if not ModelPermissionPolicy(Source).user_has_permission(request.user, "add"):
        raise PermissionDenied
    report: ImportReport | None = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            report = import_references(form.text, form.cleaned_data["file"].name)
        except ReferenceFileError as error:
            form.add_error("file", str(error))
    return TemplateResponse(
        request, "citations/admin/import.html", {"form": form, "report": report}
    )


def dead_links(request: HttpRequest) -> HttpResponse:
    """The pages citing an address that is dead or failing, with what was found."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    explorable = explorable_page_ids(request.user)
    pages = [item for item in pages_with_dead_links() if item.page.pk in explorable]
    return TemplateResponse(
        request, "citations/admin/dead_links.html", {"pages": pages}
    )
