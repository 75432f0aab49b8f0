"""`quotedb serve` and `quotedb ingest` as real processes, for tests of what a newsroom runs."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quotedb(*args) -> list[str]:
    """The command line of `quotedb ARGS` with this interpreter (python -m extractor)."""
    return [sys.executable, "-m", "extractor", *(str(a) for a in args)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accepts(host: str, port: int) -> bool:
    """Whether something listens on host:port (a refused connection is False)."""
    with socket.socket() as s:
        s.settimeout(2)
        try:
            s.connect((host, port))
            return True
        except OSError:
            return False


@contextmanager
def serving(db_path, *options, timeout: float = 60):
    """Run `quotedb serve --db DB --port P OPTIONS` until the block ends; yields the port."""
    port = free_port()
    log = open(Path(db_path).with_name(f"serve-{port}.log"), "w+", encoding="utf-8")
    proc = subprocess.Popen(quotedb("serve", "--db", db_path, "--port", port, *options), cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + timeout
        while not accepts("127.0.0.1", port) and not accepts("0.0.0.0", port):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise AssertionError(f"quotedb serve did not start (exit {proc.poll()}):\n{log.read()}")
            time.sleep(0.1)
        yield port
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()


def get(port: int, path: str, params: dict | None = None, data: bytes | None = None,
        timeout: float = 30) -> tuple[int, str]:
    """(status, body) of GET (POST with ``data``) http://127.0.0.1:PORT/PATH?PARAMS; error statuses are returned."""
    url = f"http://127.0.0.1:{port}{urllib.parse.quote(path)}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, data=data, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", errors="replace")


def get_json(port: int, path: str, params: dict | None = None):
    status, body = get(port, path, params)
    assert status == 200, (path, status, body[:500])
    return json.loads(body)
