"""Production settings: refuse to start without a secret, pass Django's deploy check."""

import os
import subprocess
import sys
from pathlib import Path

from core.checks import check_rate_limits

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "DEBUG",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            # Set by the browser tests for the live server; never in deployment.
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", GARRISON_ENV="production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when GARRISON_ENV=production" in result.stderr


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        GARRISON_ENV="production",
        SECRET_KEY="x" * 20 + "a-long-and-random-looking-secret-for-the-check-0123",
        ALLOWED_HOSTS="garrison.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_malformed_rate_limit_is_reported_by_name(settings):
    settings.SEARCH_RATE_LIMIT = "sixty a minute"
    settings.VIEW_COUNT_PER_ADDRESS = 0
    errors = {error.id: error.msg for error in check_rate_limits()}
    assert errors["core.E010"].startswith("SEARCH_RATE_LIMIT: 'sixty a minute'")
    assert errors["core.E011"] == "VIEW_COUNT_PER_ADDRESS must be at least 1, not 0."


def test_each_log_line_is_written_once():
    """Django gives its own logger a console handler; with the root's, every
    line of ``make run`` came out twice."""
    import subprocess
    import sys

    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('Not Found: /nowhere/')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "garrison.settings",
            "DEBUG": "true",
        },
    )
    assert result.stderr.count("Not Found: /nowhere/") == 1, result.stderr
