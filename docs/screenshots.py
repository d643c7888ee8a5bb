"""Screenshots of the main web pages at laptop and phone widths, for the README.

Run: ``.venv/bin/python docs/screenshots.py [--out docs/screenshots]``. Builds the corpus
plus the invented test facts (``tests/fixtures/facts.trig``) into a temporary store,
serves it on a loopback port and photographs each page with Debian's headless Chromium
(see ``tests/browser.py``). The facts about "Testland" are invented; the quotes on the
record page are real, from the corpus.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import build_demo_store, launch, server_env  # noqa: E402
from tests.net import serve_app  # noqa: E402

SHOTS = [
    ("home", "/"),
    ("questions", "/questions?tag=recommendations"),
    ("question-answer", "/questions/recurring-by-reports?minReports=2"),
    ("recurring-chart", "/recurring"),
    ("cell-evidence", None),
    ("record-page", "/id/organisation/ndi"),
]
SIZES = {"laptop": (1280, 800), "phone": (390, 844)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = build_demo_store(Path(folder) / "store")
        with serve_app(server_env(store)) as url, sync_playwright() as playwright:
            browser = launch(playwright)
            for size, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for name, path in SHOTS:
                    if path is None:  # the first cell of the chart
                        page.goto(url + "/recurring")
                        page.locator("#chart a").first.click()
                    else:
                        page.goto(url + path)
                    page.wait_for_load_state("networkidle")
                    target = args.out / f"{name}-{size}.png"
                    page.screenshot(path=str(target), full_page=False)
                    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB")
                context.close()
            browser.close()


if __name__ == "__main__":
    main()
