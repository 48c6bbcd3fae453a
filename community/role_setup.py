"""Give each role its group, permissions and review workflow. Safe to run again.

The magazine and encyclopedia are reached by model name (``articles.ArticleIndexPage``,
``encyclopedia.EncyclopediaPage``): the community sits below them and never
imports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.trees import collection_root

from .roles import Role

CONTRIBUTORS_COLLECTION = "Contributors"
MAGAZINE = "articles.ArticleIndexPage"
ENCYCLOPEDIA = "encyclopedia.EncyclopediaPage"
EDITORIAL_REVIEW = "Editorial review"
SIGN_OFF = "Publication sign-off"
# Every step is never approved by a party to the piece (community/workflows.py);
# the sign-off also knows the magazine's rules, so the magazine defines it.
REVIEW_TASK = "community.ReviewTask"
SIGN_OFF_TASK = "articles.PublicationSignOffTask"

#: Page permissions per role, on the section pages named.
PAGE_PERMISSIONS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.WRITER: {MAGAZINE: ("add",)},
    Role.RESEARCHER: {ENCYCLOPEDIA: ("add",)},
    Role.TRANSLATOR: {MAGAZINE: ("add",), ENCYCLOPEDIA: ("add",)},
    Role.EDITOR: {MAGAZINE: ("add", "change"), ENCYCLOPEDIA: ("add", "change")},
    Role.MODERATOR: {
        MAGAZINE: ("add", "change", "publish", "lock", "unlock"),
        ENCYCLOPEDIA: ("add", "change", "publish", "lock", "unlock"),
    },
    Role.ILLUSTRATOR: {},
}

#: Page permissions per role on the sections of the other languages only: a
#: translator edits the translations there, and sends them to review.
TRANSLATION_PAGE_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.TRANSLATOR: ("add", "change"),
}

_CHOOSE = ("choose_image", "choose_document")
_UPLOAD = ("add_image", "change_image", "add_document", "change_document", *_CHOOSE)

#: Collection permissions per role: on the root (every collection) or on the
#: contributors' own collection.
COLLECTION_PERMISSIONS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.WRITER: {"root": _CHOOSE},
    Role.RESEARCHER: {"root": _CHOOSE},
    Role.TRANSLATOR: {"root": _CHOOSE},
    Role.EDITOR: {"root": _CHOOSE},
    Role.ILLUSTRATOR: {CONTRIBUTORS_COLLECTION: _UPLOAD},
    Role.MODERATOR: {"root": (*_UPLOAD, "delete_image", "delete_document")},
}

_BYLINE = ("community.view_contributor", "articles.view_series")
_TRANSLATE = "wagtail_localize.submit_translation"
#: Whoever writes cites: choose a source from the library, or add one to it.
_CITE = ("citations.view_source", "citations.add_source")
#: Editors also mend the library's records (a new address, an archived copy).
_MEND = (*_CITE, "citations.change_source")

#: Editors and moderators grade pages' quality (``assessment``).
_ASSESS = "assessment.assess_page"

#: Model permissions per role ("app.codename").
MODEL_PERMISSIONS: dict[Role, tuple[str, ...]] = {
    Role.WRITER: (*_BYLINE, *_CITE),
    Role.RESEARCHER: ("community.view_contributor", *_CITE),
    Role.TRANSLATOR: (*_BYLINE, _TRANSLATE, *_CITE),
    Role.EDITOR: (*_BYLINE, _TRANSLATE, *_MEND, _ASSESS),
    Role.ILLUSTRATOR: (),
    Role.MODERATOR: (
        *_BYLINE,
        _TRANSLATE,
        *_MEND,
        _ASSESS,
        "community.add_contributor",
        "community.change_contributor",
        "community.view_application",
        "community.change_application",
        # The discussion's moderation queue: approve, reject, hide, lock.
        "discussion.view_post",
        "discussion.change_post",
        "discussion.change_thread",
    ),
}

#: The review each section's pages go through, task by task.
WORKFLOWS: dict[str, tuple[str, tuple[tuple[str, Role], ...]]] = {
    MAGAZINE: (
        "Magazine review",
        ((EDITORIAL_REVIEW, Role.EDITOR), (SIGN_OFF, Role.MODERATOR)),
    ),
    ENCYCLOPEDIA: ("Encyclopedia review", ((EDITORIAL_REVIEW, Role.EDITOR),)),
}


@dataclass
class RolesReport:
    created: list[str] = field(default_factory=list)


@transaction.atomic
def setup_roles() -> RolesReport:
    """Create or complete the role groups, their permissions and the workflows."""
    report = RolesReport()
    _retire_wagtail_default_groups(report)
    groups = {}
    for role in Role:
        group, created = Group.objects.get_or_create(name=role.value)
        groups[role] = group
        if created:
            report.created.append(f"group {role.value}")
        group.permissions.add(_permission("wagtailadmin.access_admin"))
        for name in MODEL_PERMISSIONS[role]:
            group.permissions.add(_permission(name))
    collections = _collections(report)
    for role, grants in COLLECTION_PERMISSIONS.items():
        for collection_name, codenames in grants.items():
            for codename in codenames:
                app = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[role],
                    collection=collections[collection_name],
                    permission=_permission(f"{app}.{codename}"),
                )
    for model_name, pages in _section_pages().items():
        for page in pages:
            for role in Role:
                granted = set(PAGE_PERMISSIONS[role].get(model_name, ()))
                if page.locale.language_code != settings.LANGUAGE_CODE:
                    granted |= set(TRANSLATION_PAGE_PERMISSIONS.get(role, ()))
                for permission_type in sorted(granted):
                    GroupPagePermission.objects.get_or_create(
                        group=groups[role],
                        page=page,
                        permission=_permission(f"wagtailcore.{permission_type}_page"),
                    )
        workflow = _workflow(model_name, groups, report)
        for page in pages:
            WorkflowPage.objects.update_or_create(
                page=page, defaults={"workflow": workflow}
            )
    return report


def _retire_wagtail_default_groups(report: RolesReport) -> None:
    # Wagtail's installation makes "Editors" and "Moderators" with rights over the
    # whole tree; beside our Editor and Moderator they would only confuse. They go
    # only while nobody belongs to them.
    for name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=name, user__isnull=True).first()
        if group is not None:
            group.delete()
            report.created.append(f"(removed Wagtail's default group {name})")


def _retire_plain_approval_task(name: str, report: RolesReport) -> None:
    # Older set-ups made the review steps Wagtail's plain group approval, which
    # lets the submitter approve; such a step goes, and pieces in it are sent
    # back to their authors to submit again.
    for task in GroupApprovalTask.objects.filter(name=name, active=True):
        task.deactivate()
        report.created.append(f"(retired the plain approval task {name})")


def _permission(name: str) -> Permission:
    app_label, codename = name.split(".")
    if name == _TRANSLATE:
        # wagtail-localize creates this one in a migration, on a content type of
        # no model, so a flushed database lacks it; make it as that migration does.
        content_type, _ = ContentType.objects.get_or_create(
            app_label=app_label, model="translation"
        )
        return Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": "Can submit translations"},
        )[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collections(report: RolesReport) -> dict[str, Collection]:
    root = collection_root()
    contributors = root.get_children().filter(name=CONTRIBUTORS_COLLECTION).first()
    if contributors is None:
        contributors = root.add_child(name=CONTRIBUTORS_COLLECTION)
        report.created.append(f"collection {CONTRIBUTORS_COLLECTION}")
    return {"root": root, CONTRIBUTORS_COLLECTION: contributors}


def _section_pages() -> dict[str, list[Page]]:
    pages = {}
    for model_name in (MAGAZINE, ENCYCLOPEDIA):
        model = apps.get_model(model_name)
        pages[model_name] = list(Page.objects.type(model).select_related("locale"))
    return pages


def _workflow(model_name: str, groups: dict, report: RolesReport) -> Workflow:
    name, steps = WORKFLOWS[model_name]
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        report.created.append(f"workflow {name}")
    tasks = []
    for task_name, role in steps:
        task_model = apps.get_model(
            SIGN_OFF_TASK if task_name == SIGN_OFF else REVIEW_TASK
        )
        task = task_model.objects.filter(name=task_name).first()
        if task is None:
            task = task_model.objects.create(name=task_name)
            report.created.append(f"task {task_name}")
        _retire_plain_approval_task(task_name, report)
        task.groups.add(groups[role])
        tasks.append(task)
    # Steps left from an older set-up go, so the workflow is exactly ``steps``.
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=tasks).delete()
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow
