import pytest
from django.core.exceptions import ValidationError

from articles.models import ArticleSource
from core.factories import AdSlotFactory, ImageFactory


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://archive.example.org/file", "data:text/html,x", "no"],
)
def test_source_url_must_be_http_or_https(url):
    source = ArticleSource(kind="web", title="Lipetsk", url=url)
    with pytest.raises(ValidationError) as error:
        source.clean_fields(exclude=["page", "sort_order"])
    assert "http:// or https://" in str(error.value.message_dict["url"])


def test_web_source_needs_its_address():
    source = ArticleSource(kind="web", title="Lipetsk")
    with pytest.raises(ValidationError) as error:
        source.clean()
    assert "needs its address" in str(error.value)


@pytest.mark.django_db
def test_ad_with_script_is_refused_with_what_was_found():
    ad = AdSlotFactory.build(html="<p>Buy</p><script>steal()</script>")
    with pytest.raises(ValidationError) as error:
        ad.full_clean()
    assert "<script> element" in str(error.value.message_dict["html"])


@pytest.mark.django_db
def test_image_ad_needs_a_description():
    ad = AdSlotFactory.build(html="", image=ImageFactory())
    with pytest.raises(ValidationError) as error:
        ad.full_clean()
    assert "image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_empty_ad_and_backwards_period_are_refused():
    from datetime import UTC, datetime

    ad = AdSlotFactory.build(
        html="",
        active_from=datetime(2026, 5, 1, tzinfo=UTC),
        active_until=datetime(2026, 4, 1, tzinfo=UTC),
    )
    with pytest.raises(ValidationError) as error:
        ad.full_clean()
    assert set(error.value.message_dict) == {"html", "active_until"}
