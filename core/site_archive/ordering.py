"""Which models an archive holds, in an order that loads."""

from __future__ import annotations

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model

#: Content and the people who make it; not what is rebuilt (search and
#: reference indexes, renditions), per-visit (sessions, tasks) or per-process.
EXPORTED_APPS = (
    "auth", "wagtailcore", "wagtailusers", "taggit", "wagtailimages",
    "wagtaildocs", "wagtailredirects", "wagtailembeds", "wagtail_localize",
    "core", "citations", "community", "encyclopedia", "articles", "home",
    "account", "mfa", "readers", "discussion", "assessment",
)  # fmt: skip
SKIPPED_MODELS = {
    "auth.permission", "wagtailimages.rendition", "core.garrisonrendition",
    "wagtailcore.referenceindex", "wagtailcore.uploadedfile",
    "wagtailcore.pagesubscription", "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry", "wagtailcore.taskstate", "wagtailcore.workflowstate",
    # Made again after loading (core.locales.ensure_locales): loading it would
    # make wagtail-localize synchronise the trees half-way through the load.
    "wagtail_localize.localesynchronization",
    # The caches' version of the content: a restored site's caches start afresh.
    "core.contentgeneration",
    # A link to confirm an address lives three days; the address itself is kept.
    "account.emailconfirmation",
}  # fmt: skip

Graph = dict[type[Model], set[type[Model]]]


def exported_models() -> list[type[Model]]:
    """Return the models an archive holds, each after the models it refers to."""
    models = [
        model
        for label in EXPORTED_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label_lower not in SKIPPED_MODELS and not model._meta.proxy
    ]
    return dependency_order(models)


def dependency_order(models: list[type[Model]]) -> list[type[Model]]:
    """Order ``models`` so that each follows the models its relations point to.

    Two things make the load independent of the order, each on its own: the
    archive names related rows by primary key (``writing.ArchiveSerializer``),
    which needs no lookup while reading, and the load runs in one transaction
    whose foreign keys are checked at commit (Django declares them ``DEFERRABLE
    INITIALLY DEFERRED`` on SQLite and PostgreSQL, and loaddata checks them at
    the end). The order is a third safeguard: no row arrives before what it
    refers to, so the load depends on neither, and signal handlers find what a
    row names. (Format 1 named rows by natural key, resolved as each row was
    read, and its order followed many-to-one keys only: the one-to-one from
    ``core.AdSettings`` reached its site before the site was loaded.) The order
    is derived from the models, every kind of relation alike:
    foreign keys, one-to-ones (multi-table parents too), ParentalKeys,
    many-to-manys and ParentalManyToManys. A required key must be satisfied; a
    nullable key or a many-to-many is followed too unless it would close a
    cycle, where the deferral takes over.
    Generic foreign keys (revisions, tagged items) keep the target's id as
    plain text that nothing looks up or checks, so they need no place.
    """
    position = {model: index for index, model in enumerate(models)}
    after: Graph = {model: set() for model in models}
    optional: list[tuple[type[Model], type[Model]]] = []
    for model in models:
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
            if not field.is_relation or field.related_model is None:
                continue
            target = field.related_model._meta.concrete_model
            if target not in position or target is model:
                continue
            if field.many_to_many or field.null:
                optional.append((model, target))
            else:
                after[model].add(target)
    for model, target in optional:
        if not _depends_on(after, target, model):
            after[model].add(target)
    ordered: list[type[Model]] = []
    placed: set[type[Model]] = set()
    waiting = list(models)
    while waiting:
        # The first ready model in the declared order keeps the order stable.
        model = next((m for m in waiting if after[m] <= placed), None)
        if model is None:  # only required keys can close a cycle
            raise ImproperlyConfigured(
                "The exported models' required keys form a cycle that no load "
                f"order satisfies, among: {', '.join(m._meta.label for m in waiting)}."
            )
        ordered.append(model)
        placed.add(model)
        waiting.remove(model)
    return ordered


def _depends_on(after: Graph, model: type[Model], other: type[Model]) -> bool:
    """Whether ``model`` must come after ``other``, directly or through others."""
    seen: set[type[Model]] = set()
    stack = [model]
    while stack:
        current = stack.pop()
        if current is other:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(after[current])
    return False
