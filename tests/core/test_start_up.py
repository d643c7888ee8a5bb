"""What ``normgraph build`` imports before it runs: not the remote backend (httpx and rdflib's
SPARQL parser) when the store is a folder, which it opens only for an endpoint URL; and the
collector's setting a relink changes while it reads its caches back is restored after."""

from __future__ import annotations

import gc
import subprocess
import sys

from normgraph.graph import RemoteStore, open_store
from normgraph.graph.endpoint_url import is_endpoint_url
from normgraph.recurrence_files import FEWER_COLLECTIONS, fewer_collections


def test_the_command_s_imports_leave_the_remote_backend_out() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom normgraph import build, cli, recurrence\n"
            "print(' '.join(m for m in ('httpx', 'normgraph.graph.remote') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == ""


def test_an_endpoint_url_still_opens_the_remote_backend() -> None:
    assert is_endpoint_url("https://example.org/sparql") and not is_endpoint_url("/tmp/store")
    store = open_store("http://127.0.0.1:9/query")
    assert isinstance(store, RemoteStore)
    store.close()


def test_fewer_collections_is_undone_after_reading() -> None:
    before = gc.get_threshold()
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] == max(before[0], FEWER_COLLECTIONS)
            raise KeyError("a read that fails")
    except KeyError:
        pass
    assert gc.get_threshold() == before
