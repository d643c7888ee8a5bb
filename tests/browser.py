"""A headless Chromium for end-to-end tests and screenshots, and the store they look at.

The browser is Debian's ``chromium`` package driven by Playwright's Python client through
``executable_path``: Playwright's own browser downloads are never used (this machine has
no network; ``.ci/run`` installs the package). Playwright's ``launch`` gives every run a
fresh temporary profile (user-data-dir). The store holds the corpus build plus the
invented facts of ``tests/fixtures/facts.trig``, so pages have elections, recurring issues
and assessments to show next to real quotes from the reports.
"""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from normgraph.graph import EmbeddedStore
from tests.conftest import build_store, load_facts
from tests.documents import CORPUS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM_ARGS = [
    "--no-sandbox",  # root in CI
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    """Debian's Chromium (``NORMGRAPH_CHROMIUM`` overrides); a clear error when absent."""
    found = os.environ.get("NORMGRAPH_CHROMIUM") or shutil.which("chromium")
    if not found:
        raise FileNotFoundError(
            "no chromium on PATH: run `apt-get update && apt-get install -y chromium` "
            "(bash .ci/run does) or set NORMGRAPH_CHROMIUM"
        )
    return found


def launch(playwright: Playwright) -> Browser:
    """Headless Chromium with no network side channels and a fresh profile."""
    return playwright.chromium.launch(
        executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
    )


def build_demo_store(path: Path, corpus_build: Path | None = None) -> Path:
    """The corpus build plus the invented facts in an on-disk store at ``path``, released
    so a server can open it. The build is a copy of ``corpus_build`` when one is given
    (the test session's), else made afresh."""
    if corpus_build is None:
        build_store(path)
    else:
        shutil.copytree(corpus_build, path)
    store = EmbeddedStore(path)
    load_facts(store)
    store.close()
    del store
    gc.collect()
    return path


def server_env(store: Path) -> dict[str, str]:
    return {
        "NORMGRAPH_STORE": str(store),
        "NORMGRAPH_CORPUS": str(CORPUS.resolve()),
        "NORMGRAPH_QUERY_TIMEOUT": "10",
        "NORMGRAPH_MAX_CONCURRENT_QUERIES": "2",
    }
