"""The curl examples in the README work, as written, against a live server."""

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from conftest import required_program

README = Path(settings.BASE_DIR) / "README.md"
DOCUMENTED_HOST = "http://127.0.0.1:8000"

pytestmark = pytest.mark.django_db(transaction=True)


def readme_examples() -> list[tuple[str, bool]]:
    """Return the README's API curl lines, each with whether it shows an error."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Public API", 1)[1].split("\n### ", 1)[0]
    examples = []
    for line in re.findall(r"^curl .*$", section, flags=re.MULTILINE):
        command, _, comment = line.partition("#")
        examples.append((command.strip(), "error" in comment))
    return examples


def test_the_readme_documents_examples_of_every_kind():
    examples = readme_examples()
    assert len(examples) >= 6
    assert any(shows_error for _command, shows_error in examples)


def test_readme_curl_examples_answer_as_documented(live_server, settings, demo_live):
    curl = required_program("curl", "to run the README's examples")
    settings.API_RATE_LIMIT = "1000/m"
    for command, shows_error in readme_examples():
        argv = shlex.split(command.replace(DOCUMENTED_HOST, live_server.url))
        done = subprocess.run(
            [curl, *argv[1:]], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, (command, done.stderr)
        body = json.loads(done.stdout)
        if shows_error:
            assert set(body["error"]) == {"status", "code", "message", "details"}
        else:
            assert "error" not in body, (command, body)
            assert body.get("items") or body.get("features") or body.get("name")
