import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from .models import Application, Contributor


class ContributorFactory(DjangoModelFactory):
    class Meta:
        model = Contributor
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Author Number{n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    bio = "Writes about the interwar armies."


class ApplicationFactory(DjangoModelFactory):
    class Meta:
        model = Application

    name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    languages = factory.LazyFunction(lambda: ["cs", "en"])
    interests = factory.LazyFunction(lambda: ["writing", "research"])
    experience = "Ten years of reading regimental histories."
    consented_at = factory.LazyFunction(timezone.now)
