"""The magazine's publication rules: what an article needs before readers see it."""

from django.utils.translation import gettext as _


def publication_problems(*, sources: int, authors: int) -> list[str]:
    """Return why an article with this many sources and authors cannot go live.

    An empty list means it may be published. The community publishes nothing
    unsourced and nothing anonymous.
    """
    problems = []
    if sources < 1:
        problems.append(
            _(
                "This article cannot be published without a source. Add at least "
                "one under Sources so that readers can check what it rests on."
            )
        )
    if authors < 1:
        problems.append(
            _(
                "This article cannot be published without an author. Add at least "
                "one contributor to the byline."
            )
        )
    return problems
