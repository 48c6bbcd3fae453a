"""The collected static files, as production serves them: all but the manifest."""

from __future__ import annotations

from whitenoise.middleware import WhiteNoiseMiddleware

#: Django's manifest of hashed names (ManifestStaticFilesStorage.manifest_name).
MANIFEST_NAME = "staticfiles.json"


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, less ``staticfiles.json``.

    The manifest is for the storage that writes pages' static URLs; no browser
    needs it, and served it would list every file and version of the admin and
    of each library to whoever asks. Requests for it go on to Django, which
    answers 404.
    """

    def add_file_to_dictionary(self, url, path, stat_cache=None) -> None:
        if not self._is_manifest(url):
            super().add_file_to_dictionary(url, path, stat_cache=stat_cache)

    def find_file(self, url):
        # With WHITENOISE_AUTOREFRESH (DEBUG) files are looked up per request.
        return None if self._is_manifest(url) else super().find_file(url)

    def _is_manifest(self, url: str) -> bool:
        return url == self.static_prefix + MANIFEST_NAME
