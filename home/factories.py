import wagtail_factories
from wagtail.models import Site

from core.trees import tree_root

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page under the tree's root, made the default site's root."""

    class Meta:
        model = HomePage

    title = "Garrison"
    slug = "home"
    intro = "Military history, written together."
    join_text = "Researchers, writers and illustrators are welcome."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("parent", tree_root())
        home = super()._create(model_class, *args, **kwargs)
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", is_default_site=True
        )
        site.root_page = home
        site.save()
        return home
