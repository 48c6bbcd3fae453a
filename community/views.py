from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .models import Contributor
from .selectors import contributor_record, listed_contributors


def contributor_list(request):
    page = Paginator(listed_contributors(), 48).get_page(request.GET.get("page"))
    return render(request, "community/contributor_list.html", {"contributors": page})


def contributor_detail(request, slug: str):
    contributor = get_object_or_404(
        Contributor.objects.select_related("photo"), slug=slug
    )
    record = contributor_record(contributor)
    return render(
        request,
        "community/contributor_detail.html",
        {
            "contributor": contributor,
            "record": record,
            "articles": record.articles,
            "total_views": record.total_views,
        },
    )
