"""A real uvicorn server over the corpus build plus the invented facts, and a headless
Chromium (Debian's, through Playwright) to drive it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.browser import build_demo_store, launch, server_env
from tests.net import serve_app


@pytest.fixture(scope="session")
def site(corpus_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the app on a loopback port, over the corpus and the invented facts."""
    store = build_demo_store(tmp_path_factory.mktemp("demo") / "store", corpus_store)
    with serve_app(server_env(store)) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, tmp_path: Path) -> Iterator[Page]:
    """A fresh browser context (no cookies, no cache) that accepts downloads."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()
