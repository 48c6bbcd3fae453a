"""`bin/web` replaces a worker that dies, and the server goes on answering."""

import os
import signal
import subprocess
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]


def workers_of(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (granian's workers)."""
    children = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # The parent pid is the second field after the command's closing ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                children.add(int(entry.name))
    return children


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def healthy(base: str) -> bool:
    try:
        return urlopen(f"{base}/healthz", timeout=30).read() == b"ok"
    except OSError:
        return False


def answered(base: str) -> bool:
    """Whether ``/healthz`` answers, asked again after a reset connection.

    Without ``net.ipv4.tcp_migrate_req`` a connection the kernel queued for the
    worker being replaced is reset; a new one goes to a living worker unless it
    lands on the dead worker's queue again, which a few tries rule out.
    """
    return any(healthy(base) for _ in range(5))


@pytest.fixture
def web_server(tmp_path):
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'web.sqlite3'}",
        SECRET_KEY="a-test-only-key-" + "x" * 40,
        PORT=str(port),
        WEB_CONCURRENCY="2",
        WEB_LOG_LEVEL="info",
    )
    log = tmp_path / "web.log"
    server = subprocess.Popen(
        [str(ROOT / "bin" / "web")],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    # Both workers must have loaded the site: a worker still loading answers
    # nothing, and the one killed below would leave no other to answer.
    for _ in range(600):
        if log.read_text().count("Started worker") == 2 and healthy(base):
            break
        if server.poll() is not None:
            pytest.fail(f"bin/web stopped: {log.read_text()}")
        time.sleep(0.1)
    else:
        server.kill()
        pytest.fail(f"bin/web did not start two workers in a minute: {log.read_text()}")
    yield server, base, log
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        for pid in workers_of(server.pid):
            os.kill(pid, signal.SIGKILL)
        server.kill()
        raise


def test_a_killed_worker_is_replaced_and_the_server_goes_on_answering(web_server):
    server, base, log = web_server
    workers = workers_of(server.pid)
    victim = min(workers)
    os.kill(victim, signal.SIGKILL)
    while is_running(victim):
        time.sleep(0.05)
    # The other worker answers meanwhile.
    assert all(answered(base) for _ in range(20))
    for _ in range(300):
        replaced = workers_of(server.pid)
        if len(replaced) == 2 and victim not in replaced:
            break
        time.sleep(0.1)
    assert "Respawning worker" in log.read_text()
    assert server.poll() is None
    assert len(replaced) == 2 and victim not in replaced
    # Stopping granian while the new worker still loads would keep it waiting.
    for _ in range(300):
        if log.read_text().count("Started worker") == 3:
            break
        time.sleep(0.1)
    assert all(answered(base) for _ in range(20))
