"""What changed between two revisions of a page, in the words of its text.

Wagtail's own comparison (``wagtail.admin.compare``, the admin's "Compare"
view) does the work: it diffs each field the editor shows, rich text and
StreamField blocks word by word, sources row by row. Readers get the fields of
the page's content, not the editors' settings, with additions and deletions
marked as ``<ins>`` and ``<del>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.compare import StreamBlockComparison, StreamFieldComparison
from wagtail.admin.panels import ObjectList
from wagtail.models import Page

#: Content panels readers are not shown: the editors' own settings.
EDITORS_ONLY = {"mention_choices", "change_note"}

_MARKS = re.compile(r'<span class="(addition|deletion)">(.*?)</span>', re.S)


@dataclass(frozen=True)
class FieldChange:
    label: str
    html: SafeString


def page_changes(old: Page, new: Page) -> list[FieldChange]:
    """Return the fields that differ between two versions of one page."""
    model = type(new)
    panels = ObjectList(model.content_panels).bind_to_model(model)
    comparisons = panels.get_bound_panel(
        instance=new, request=None, form=None
    ).get_comparison()
    changes = []
    for make in comparisons:
        comparison = make(old, new)
        if comparison.field.name in EDITORS_ONLY or not comparison.has_changed():
            continue
        if getattr(comparison, "is_child_relation", False):
            html = _rows_html(comparison)
        elif isinstance(comparison, StreamFieldComparison):
            html = _blocks_html(comparison)
        else:
            html = comparison.htmldiff()
        if str(html).strip():
            changes.append(FieldChange(str(comparison.field_label()), _semantic(html)))
    return changes


def _blocks_html(comparison: StreamFieldComparison) -> str:
    """A body's changed blocks only: the words changed in a block, whole blocks
    added or removed. (Wagtail's own view shows every block, for editors.)"""
    if not (
        comparison.has_block_ids(comparison.val_a)
        and comparison.has_block_ids(comparison.val_b)
    ):
        return comparison.htmldiff()
    stream = StreamBlockComparison(
        comparison.field.stream_block, True, True, comparison.val_a, comparison.val_b
    )
    parts = []
    for block in stream.get_block_comparisons():
        if block.is_new():
            parts.append(
                f'<ins class="diff__block">{block.htmlvalue(block.val_b)}</ins>'
            )
        elif block.is_deleted():
            parts.append(
                f'<del class="diff__block">{block.htmlvalue(block.val_a)}</del>'
            )
        elif block.has_changed():
            html = str(block.htmldiff())
            if _MARKS.search(html):  # not only a new id on a list's item
                parts.append(f'<div class="diff__block">{html}</div>')
    return "\n".join(parts)


def _rows_html(comparison) -> str:
    """A child relation (sources, aliases, relations) as a list of changed rows."""
    items = []
    for row in comparison.get_child_comparisons():
        if not row.has_changed() and not (row.is_addition() or row.is_deletion()):
            continue
        fields = [
            field.htmldiff()
            for field in row.get_field_comparisons()
            if not (_empty(field.val_a) and _empty(field.val_b))
        ]
        text = " · ".join(str(field) for field in fields if str(field).strip())
        if row.is_addition():
            text = f'<span class="addition">{_unmarked(text)}</span>'
        elif row.is_deletion():
            text = f'<span class="deletion">{_unmarked(text)}</span>'
        items.append(f"<li>{text}</li>")
    return f'<ul class="diff__rows">{"".join(items)}</ul>'


def _empty(value) -> bool:
    return value is None or value == ""


def _unmarked(html: str) -> str:
    return _MARKS.sub(r"\2", html)


def _semantic(html: str) -> SafeString:
    """Wagtail's marked spans as ``<ins>`` and ``<del>``, which say what they are."""
    tags = {"addition": "ins", "deletion": "del"}
    # Wagtail's comparison escapes the text it marks.
    return mark_safe(
        _MARKS.sub(lambda m: f"<{tags[m[1]]}>{m[2]}</{tags[m[1]]}>", str(html))
    )
