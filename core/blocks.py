"""StreamField blocks shared by articles and, later, encyclopedia entries."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings come from HeadingBlock only, so the table of contents sees them all.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]
VIDEO_EXTENSIONS = (".mp4", ".webm", ".ogv")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value["text"])
        return context


def heading_anchor(text: str) -> str:
    """Return the fragment id a heading gets (the table of contents links to it)."""
    return slugify(text) or "section"


class FigureBlock(blocks.StructBlock):
    """An image with the text alternative, caption and credit readers need."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("description for screen readers"),
        max_length=300,
        # Checked in clean() instead, to say why the description matters.
        required=False,
        help_text=_("Required: what the image shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=500)
    credit = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the credit stored with the image."),
    )
    licence = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the licence stored with the image."),
    )

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"

    def clean(self, value):
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe the image for readers who cannot see it."),
                        code="alt_required",
                    )
                }
            )
        return super().clean(value)


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote_block.html"


class VideoBlock(blocks.StructBlock):
    """A video file from the media library, or an address on a video site."""

    title = blocks.CharBlock(max_length=200)
    file = DocumentChooserBlock(
        required=False, help_text=_("An MP4, WebM or Ogg video file.")
    )
    url = blocks.URLBlock(
        required=False, help_text=_("Or the address of the video on a video site.")
    )
    caption = blocks.CharBlock(required=False, max_length=500)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        has_file, has_url = bool(value.get("file")), bool(value.get("url"))
        if has_file == has_url:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose a video file or give a video address, not both."),
                        code="one_video_source",
                    )
                }
            )
        if has_url and not value["url"].startswith(("http://", "https://")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Enter a web address that starts with http:// or https://."),
                        code="invalid_url_scheme",
                    )
                }
            )
        if has_file and not value["file"].file.name.lower().endswith(VIDEO_EXTENSIONS):
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _("The file is not a video (MP4, WebM or Ogg)."),
                        code="not_a_video",
                    )
                }
            )
        return value


class FactRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=100)
    value = blocks.CharBlock(max_length=300)


class FactsBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, default=_("Key facts"))
    rows = blocks.ListBlock(FactRowBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/facts_box_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, icon="pilcrow")
    heading = HeadingBlock()
    figure = FigureBlock()
    pull_quote = PullQuoteBlock()
    video = VideoBlock()
    facts = FactsBoxBlock()


class CitedBodyBlock(BodyBlock):
    """The body of a page with sources: its paragraphs may mark a claim with
    one of them (the "citation" feature, ``citations/footnotes.py``)."""

    paragraph = blocks.RichTextBlock(
        features=[*PARAGRAPH_FEATURES, "citation"], icon="pilcrow"
    )
