"""Loopback helpers for tests that run real servers (uvicorn, oxigraph) on this machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_app(env: dict[str, str], timeout: float = 60) -> Iterator[str]:
    """The normgraph app in a real uvicorn process on a loopback port: its base URL.

    ``env`` adds ``NORMGRAPH_*`` settings (the store folder, the corpus, limits) to this
    process's environment. The server is stopped on exit.
    """
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "normgraph.api.app:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
    ]  # fmt: skip
    with running_server(command, port, env, timeout) as url:
        yield url


@contextmanager
def running_server(
    command: list[str], port: int, env: dict[str, str] | None = None, timeout: float = 60
) -> Iterator[str]:
    """Run ``command`` (a server listening on ``port``), wait until /health answers 200,
    yield its base URL and stop it on exit."""
    process = subprocess.Popen(command, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"the server did not start: {' '.join(command)}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)
