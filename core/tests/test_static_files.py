"""Production's static files middleware serves every collected file but the manifest."""

import gzip

import pytest
from django.http import HttpResponseNotFound
from django.test import RequestFactory

from core.static_files import StaticFilesMiddleware


@pytest.fixture
def collected(tmp_path, settings):
    manifest = b'{"paths": {"css/site.css": "css/site.0123456789ab.css"}}'
    (tmp_path / "staticfiles.json").write_bytes(manifest)
    (tmp_path / "staticfiles.json.gz").write_bytes(gzip.compress(manifest))
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "site.0123456789ab.css").write_text("body { margin: 0 }")
    settings.STATIC_ROOT = str(tmp_path)
    settings.STATIC_URL = "/static/"
    return tmp_path


@pytest.mark.parametrize("autorefresh", [False, True])
def test_the_manifest_goes_on_to_django_and_other_files_are_served(
    collected, settings, autorefresh
):
    settings.WHITENOISE_AUTOREFRESH = autorefresh
    middleware = StaticFilesMiddleware(lambda request: HttpResponseNotFound("no"))
    factory = RequestFactory()
    for path in ("/static/staticfiles.json", "/static/staticfiles.json.gz"):
        response = middleware(factory.get(path, HTTP_ACCEPT_ENCODING="gzip"))
        assert response.status_code == 404 and response.content == b"no"
    css = middleware(factory.get("/static/css/site.0123456789ab.css"))
    assert css.status_code == 200
    assert b"margin" in b"".join(css.streaming_content)
