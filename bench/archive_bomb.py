"""Benchmark import_site against a tar bomb: time and peak memory of the refusal.

Writes, streaming, a gzipped archive of a few megabytes whose one media member
holds 2 GiB of zeros, then runs the real `manage.py import_site` on it three
ways and reads each process's peak resident memory from the kernel:

- the member passes `--max-size 1G`: refused from its header;
- the manifest understates the member's size: refused from its header;
- the manifest states it and the limit allows it, but its checksum is wrong:
  the whole member is streamed to a temporary file, then refused.

The baseline is the same command refusing a missing file (Django and Wagtail
loaded, nothing read). The last case needs a migrated database; the script
migrates a SQLite file of its own in a temporary folder.

    .venv/bin/python bench/archive_bomb.py [--gibibytes 2]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.tests.archive_tools import Zeros, run_import  # noqa: E402

MEMBER = "media/original_images/bomb.jpg"


def bomb(path: Path, size: int, *, stated_size: int) -> None:
    """Write an archive whose member holds ``size`` zeros; its checksum is wrong."""
    data = b""
    manifest = {
        "format": 2,
        "created": "2026-11-29T00:00:00+00:00",
        "migrations": {},
        "rows": {},
        "checksums": {
            "data.jsonl": hashlib.sha256(data).hexdigest(),
            MEMBER: hashlib.sha256(b"a photograph").hexdigest(),
        },
        "sizes": {"data.jsonl": 0, MEMBER: stated_size},
    }
    with tarfile.open(path, "w:gz", compresslevel=9) as archive:
        for name, content in (("manifest.json", json.dumps(manifest).encode()),):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
        info = tarfile.TarInfo("data.jsonl")
        archive.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo(MEMBER)
        info.size = size
        archive.addfile(info, Zeros(size))


def timed_import(
    path: Path, environment: dict, *options: str
) -> tuple[float, int, str]:
    """Run `manage.py import_site`; return seconds, peak RSS in bytes and stderr."""
    started = time.perf_counter()
    _, stderr, peak = run_import(path, environment, *options)
    return time.perf_counter() - started, peak, stderr.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gibibytes", type=float, default=2)
    size = int(parser.parse_args().gibibytes * 1024**3)
    with tempfile.TemporaryDirectory(prefix="garrison-bench-") as folder:
        folder = Path(folder)
        environment = {
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
        }
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env={**os.environ, **environment},
            check=True,
        )
        started = time.perf_counter()
        understated, stated = folder / "understated.tar.gz", folder / "stated.tar.gz"
        bomb(understated, size, stated_size=825)
        bomb(stated, size, stated_size=size)
        print(
            f"two archives of {understated.stat().st_size / 1e6:.1f} MB, each holding "
            f"{size / 1024**3:g} GiB, written in {time.perf_counter() - started:.1f} s"
        )
        start, baseline, _ = timed_import(folder / "missing.tar.gz", environment)
        print(
            f"baseline (a missing file refused): {start:.1f} s, "
            f"peak RSS {baseline / 1e6:.0f} MB"
        )
        cases = (
            ("past --max-size 1G", understated, ("--max-size", "1G")),
            ("size understated", understated, ()),
            ("streamed, checksum wrong", stated, ("--max-size", "3G")),
        )
        for label, path, options in cases:
            seconds, peak, message = timed_import(path, environment, *options)
            print(
                f"{label}: refused in {seconds:.1f} s (+{seconds - start:.1f} s), "
                f"peak RSS {peak / 1e6:.0f} MB "
                f"(+{(peak - baseline) / 1e6:.1f} MB): {message.split(': ', 3)[-1]}"
            )


if __name__ == "__main__":
    main()
