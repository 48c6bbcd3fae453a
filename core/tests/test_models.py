import pytest
from django.core.exceptions import ValidationError

from core.factories import AdSlotFactory, ImageFactory


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
