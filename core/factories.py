import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import AdSlot, GarrisonImage


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = GarrisonImage

    title = factory.Sequence(lambda n: f"Photograph {n}")
    credit = "Bundesarchiv"
    licence = "CC BY-SA 3.0 DE"


class AdSlotFactory(DjangoModelFactory):
    class Meta:
        model = AdSlot

    label = factory.Sequence(lambda n: f"Advertiser {n}")
    html = '<p>Visit the <a href="https://museum.example.org/">museum</a>.</p>'
    weight = 1
    is_active = True
