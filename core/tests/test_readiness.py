"""/healthz says the process is alive; /readyz that its services answer."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from garrison import backing_services

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NOBODY_LISTENS = "127.0.0.1:1"


def test_ready_when_database_cache_and_storage_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "services": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]
    assert client.get("/healthz").content == b"ok"


def test_ready_with_a_real_redis(client, redis_url):
    assert client.get("/readyz").json()["services"]["cache"] == "ok"


def test_a_stopped_redis_is_named_and_pages_are_still_served(
    client, settings, site_tree
):
    settings.CACHES = backing_services.caches(f"redis://{NOBODY_LISTENS}/0")
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["ready"] is False and body["down"] == ["cache"]
    assert "Connection" in body["services"]["cache"]
    # The request path treats a lost Redis as a cache miss, not an error.
    assert client.get("/").status_code == 200


def test_an_unreachable_media_store_is_named(client, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "media",
                "endpoint_url": f"http://{NOBODY_LISTENS}",
                "access_key": "test",
                "secret_key": "test",
                "region_name": "us-east-1",
            },
        },
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["down"] == ["storage"]


def test_a_stopped_database_is_named():
    script = (
        "from django.test import Client;"
        "r = Client(HTTP_HOST='localhost').get('/readyz');"
        "print(r.status_code, r.json()['down'])"
    )
    env = {
        **os.environ,
        "GARRISON_ENV": "development",
        "DATABASE_URL": f"postgres://garrison@{NOBODY_LISTENS}/garrison",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "503 ['database']", result.stderr
