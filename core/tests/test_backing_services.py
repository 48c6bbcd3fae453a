"""Each service is configured from its variable, and a bad value stops start-up
with a message naming the variable."""

import environ
import pytest

from garrison import backing_services

from .test_settings import run_manage


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DATABASE_URL", "mysql2://x@db/garrison", "DATABASE_URL must start with"),
        ("DATABASE_URL", "postgres://x@db:port/garrison", "DATABASE_URL has a port"),
        ("DATABASE_URL", "postgres://x:secret@db:5432", "DATABASE_URL names no"),
        ("REDIS_URL", "localhost:6379", "REDIS_URL must start with redis://"),
        ("REDIS_URL", "redis://:6379/0", "REDIS_URL names no host"),
        ("REDIS_URL", "redis://cache:6379/main", "REDIS_URL must end in a database"),
        ("TASK_BACKEND", "celery", "TASK_BACKEND must be one of immediate, database"),
        ("MEDIA_STORAGE", "ftp", "MEDIA_STORAGE must be one of filesystem, s3"),
    ],
)
def test_a_bad_service_variable_stops_start_up_naming_it(variable, value, message):
    result = run_manage("check", **{variable: value})
    assert result.returncode != 0
    assert message in result.stderr
    assert "secret" not in result.stderr  # passwords never reach the log


def test_s3_needs_a_bucket():
    result = run_manage("check", MEDIA_STORAGE="s3", S3_BUCKET="")
    assert result.returncode != 0
    assert "S3_BUCKET must be set when MEDIA_STORAGE=s3" in result.stderr


def test_unset_variables_give_the_embedded_defaults(tmp_path):
    database = backing_services.database(f"sqlite:///{tmp_path}/sub/garrison.sqlite3")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert (tmp_path / "sub").is_dir()
    caches = backing_services.caches(None)
    assert caches["default"]["BACKEND"].endswith("LocMemCache")
    assert caches["views"]["BACKEND"].endswith("DatabaseCache")
    assert backing_services.tasks("immediate")["default"]["BACKEND"].endswith(
        "ImmediateBackend"
    )
    storage = backing_services.media_storage("filesystem", environ.Env())
    assert storage["BACKEND"].endswith("FileSystemStorage")
    assert backing_services.media_origin(storage) is None


def test_set_variables_choose_the_production_services(monkeypatch):
    database = backing_services.database(
        "postgres://garrison:pw@db.internal:5433/garrison"
    )
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.internal",
        5433,
        "garrison",
    )
    caches = backing_services.caches("redis://cache:6379/1")
    assert caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert caches["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert backing_services.tasks("database")["default"]["BACKEND"] == (
        "django_tasks_db.DatabaseBackend"
    )
    monkeypatch.setenv("S3_BUCKET", "media")
    monkeypatch.setenv("S3_ENDPOINT_URL", "http://minio:9000")
    storage = backing_services.media_storage("s3", environ.Env())
    assert storage["OPTIONS"]["bucket_name"] == "media"
    assert backing_services.media_origin(storage) == "http://minio:9000"
