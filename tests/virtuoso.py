"""A private OpenLink Virtuoso for tests, started and stopped by ``scripts/virtuoso.sh``."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from normgraph.config import Settings
from tests.net import free_port

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "virtuoso.sh"
INSTALL = (
    "Virtuoso is not installed: run `sudo scripts/virtuoso.sh install` "
    "(apt-get install -y virtuoso-opensource-7)"
)


@contextmanager
def running_virtuoso(folder: Path, max_rows: int | None = None) -> Iterator[Settings]:
    """Virtuoso on free loopback ports with its database in ``folder``: the settings that
    reach it, as ``NORMGRAPH_ENDPOINT*`` would give them. Stopped on exit, even when the
    start failed halfway. Its absence is a failure naming the install command, never a
    skip. ``max_rows`` sets its answer cap (ResultSetMaxRows)."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        pytest.fail(INSTALL)
    env = {**os.environ, **({"VIRTUOSO_MAX_ROWS": str(max_rows)} if max_rows else {})}
    ports = [str(free_port()), str(free_port())]
    try:
        started = subprocess.run(
            [str(SCRIPT), "start", str(folder), *ports],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            env=env,
        )
        if started.returncode != 0:
            log = folder / "virtuoso.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            pytest.fail(f"scripts/virtuoso.sh start failed: {started.stderr}{tail}")
        values = dict(line.split("=", 1) for line in started.stdout.splitlines() if "=" in line)
        yield Settings(
            endpoint=values["NORMGRAPH_ENDPOINT"],
            endpoint_update=values["NORMGRAPH_ENDPOINT_UPDATE"],
            endpoint_graph_store=values["NORMGRAPH_ENDPOINT_GRAPH_STORE"],
            endpoint_union=values["NORMGRAPH_ENDPOINT_UNION"],
            endpoint_user=values["NORMGRAPH_ENDPOINT_USER"],
            endpoint_password=values["NORMGRAPH_ENDPOINT_PASSWORD"],
            query_timeout=120,
        )
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], timeout=60, check=False)
