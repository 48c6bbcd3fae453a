"""`bin/serve` runs the production configuration: granian, whitenoise, headers."""

import gzip
import os
import re
import subprocess
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]


def get(url: str, **headers: str):
    return urlopen(Request(url, headers=headers), timeout=10)


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{folder / 'serve.sqlite3'}",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        SECRET_KEY="a-test-only-production-key-" + "x" * 40,
        PORT=str(port),
        WEB_CONCURRENCY="1",
        # HSTS goes only to requests the app takes for HTTPS, so it shows
        # whether a forged X-Forwarded-Proto was believed.
        SECURE_HSTS_SECONDS="3600",
    )
    env.pop("BEHIND_PROXY", None)
    server = subprocess.Popen(
        [str(ROOT / "bin" / "serve")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            get(f"{base}/healthz")
            break
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"bin/serve stopped: {server.stderr.read()}")
            time.sleep(0.1)
    yield base, folder
    server.terminate()
    server.wait(timeout=20)


def test_static_files_have_hashed_names_compressed_copies_and_long_lives(
    production_server,
):
    base, folder = production_server
    manifest = (folder / "static" / "staticfiles.json").read_text()
    hashed = re.search(r'"css/garrison\.css": "(css/garrison\.[0-9a-f]{12}\.css)"',
                       manifest).group(1)  # fmt: skip
    response = get(f"{base}/static/{hashed}", **{"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]
    assert b"{" in gzip.decompress(response.read())


def test_the_production_server_sends_the_security_headers(production_server):
    base, _ = production_server
    response = get(f"{base}/healthz", **{"X-Forwarded-Proto": "https"})
    assert response.read() == b"ok"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_manifest_of_static_files_is_not_served(production_server):
    base, folder = production_server
    assert (folder / "static" / "staticfiles.json").exists()
    for name in ("staticfiles.json", "staticfiles.json.gz", "staticfiles.json.br"):
        # Whitenoise passes it on to Django (whose 404 needs the database this
        # server has not migrated; core/tests/test_static_files.py pins the 404).
        with pytest.raises(HTTPError) as refused:
            get(f"{base}/static/{name}", **{"Accept-Encoding": "gzip, br"})
        assert b"css/garrison.css" not in refused.value.read()
    assert get(f"{base}/static/css/garrison.css").status == 200


def test_without_a_proxy_a_forged_https_header_is_not_believed(production_server):
    base, _ = production_server
    response = get(f"{base}/healthz", **{"X-Forwarded-Proto": "https"})
    assert response.status == 200
    assert "Strict-Transport-Security" not in response.headers
