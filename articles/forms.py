from wagtail.admin.forms import WagtailAdminPageForm

from .publishing import body_words, publication_problems


class ArticlePageForm(WagtailAdminPageForm):
    """The article editor's form: drafts save freely, publishing checks the rules."""

    def clean(self):
        cleaned_data = super().clean()
        if self.data.get("action-publish") or self._signing_off():
            for problem in publication_problems(
                sources=self._kept_rows("citations"),
                authors=self._kept_rows("authors"),
                words=body_words(cleaned_data.get("body")),
            ):
                self.add_error(None, problem)
        return cleaned_data

    def _signing_off(self) -> bool:
        """Tell whether this submission approves the final, sign-off step."""
        if not (
            self.data.get("action-workflow-action")
            and self.data.get("workflow-action-name") == "approve"
        ):
            return False
        task = self.instance.current_workflow_task if self.instance.pk else None
        return (
            task is not None
            and type(task.specific).__name__ == "PublicationSignOffTask"
        )

    def _kept_rows(self, formset_name: str) -> int:
        """Count the inline rows that will exist once this form is saved."""
        formset = self.formsets.get(formset_name)
        if formset is None:
            return 0
        formset.is_valid()
        return sum(
            1
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and not form.cleaned_data.get("DELETE")
        )
