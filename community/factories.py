import factory
from factory.django import DjangoModelFactory

from .models import Contributor


class ContributorFactory(DjangoModelFactory):
    class Meta:
        model = Contributor
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Author Number{n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    bio = "Writes about the interwar armies."
