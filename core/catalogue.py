"""Find the interface text of templates and code, to check it is all translated.

Django's ``makemessages`` needs GNU gettext; this reads the same strings with
Django's own template scanner and Python's parser, so the check runs anywhere.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation.template import templatize

_LITERAL = r"""u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_CALL = re.compile(
    rf"\b(?P<func>n?p?gettext)\((?P<args>{_LITERAL}(?:,\s*{_LITERAL})*)(?:,\s*\w+)?\)"
)
_GETTEXT_NAMES = {
    "_": 1,
    "gettext": 1,
    "gettext_lazy": 1,
    "ngettext": 2,
    "ngettext_lazy": 2,
    "pgettext": 2,
    "pgettext_lazy": 2,
}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str = ""
    context: str = ""
    origin: str = ""


def template_messages(source: str, origin: str = "") -> list[Message]:
    """Return the translatable strings of a Django template's source."""
    found = []
    for match in _CALL.finditer(templatize(source)):
        literals = [
            ast.literal_eval(text.lstrip("u"))
            for text in re.findall(_LITERAL, match["args"])
        ]
        func = match["func"]
        context = literals.pop(0) if func.startswith(("pgettext", "npgettext")) else ""
        plural = literals[1] if func.startswith(("ngettext", "npgettext")) else ""
        found.append(Message(literals[0], plural, context, origin))
    return found


def python_messages(source: str, origin: str = "") -> list[Message]:
    """Return the strings a Python module passes to gettext and its aliases."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in _GETTEXT_NAMES:
            continue
        texts = [
            arg.value
            for arg in node.args[: _GETTEXT_NAMES[name]]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        ]
        if len(texts) != _GETTEXT_NAMES[name]:
            continue
        if name.startswith("pgettext"):
            found.append(Message(texts[1], "", texts[0], origin))
        elif name.startswith("ngettext"):
            found.append(Message(texts[0], texts[1], "", origin))
        else:
            found.append(Message(texts[0], "", "", origin))
    return found


def project_messages(root: Path, apps: list[str]) -> list[Message]:
    """Return the strings of the project's templates and app code (not tests)."""
    found = []
    folders = [root / "templates", *(root / app / "templates" for app in apps)]
    for folder in folders:
        for path in sorted(folder.rglob("*.html")) + sorted(folder.rglob("*.txt")):
            found += template_messages(path.read_text(encoding="utf-8"), str(path))
    for app in apps:
        for path in sorted((root / app).rglob("*.py")):
            parts = set(path.relative_to(root).parts)
            if parts & {"tests", "migrations"}:
                continue
            found += python_messages(path.read_text(encoding="utf-8"), str(path))
    return found


def untranslated(messages: list[Message], catalogue) -> list[str]:
    """Describe each message the polib catalogue lacks or translates badly."""
    entries = {(entry.msgctxt or "", entry.msgid): entry for entry in catalogue}
    problems = []
    for message in messages:
        entry = entries.get((message.context, message.msgid))
        where = f"{message.origin}: {message.msgid!r}"
        if entry is None or entry.obsolete:
            problems.append(f"{where} is not in the catalogue")
        elif "fuzzy" in entry.flags:
            problems.append(f"{where} is only a fuzzy guess")
        elif entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                problems.append(f"{where} lacks a plural form")
        elif not entry.msgstr:
            problems.append(f"{where} has no translation")
        elif set(PLACEHOLDER.findall(entry.msgstr)) != set(
            PLACEHOLDER.findall(entry.msgid)
        ):
            problems.append(f"{where} has other placeholders in its translation")
    return problems
