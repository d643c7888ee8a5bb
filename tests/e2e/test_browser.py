"""End to end, in a real headless Chromium against a real uvicorn server: what a policy
officer does — open the home page, run the recurring-issues question through its form,
sort and download the answer, follow the chart to the quotes and open a record page."""

from __future__ import annotations

import csv
import io
import re

import httpx
from playwright.sync_api import Page, expect

from normgraph.api.recurrence_chart import RECURRENCE_QUERY
from normgraph.namespaces import NG
from tests.documents import ODIHR_2011_KEY

FORM_VALUES = {
    "recurring-by-reports": {"minReports": "2"},
    "recurring-unaddressed": {"country": "id:state/xx", "minElections": "2"},
}[RECURRENCE_QUERY]
"""What the officer types into the recurrence question's form to find the invented issue."""
ISSUE = "https://w3id.org/normgraph/id/issue/assembly"


def fill_form(page: Page, values: dict[str, str]) -> None:
    for name, value in values.items():
        field = page.locator(f"#p-{name}")
        if field.evaluate("element => element.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def count_in_store(site: str, cls: str) -> int:
    """Distinct instances of ``cls`` (a prefixed name), asked of the server's /sparql."""
    query = f"PREFIX ng: <{NG}> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}"
    answer = httpx.get(
        site + "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    ).json()
    return int(answer["results"]["bindings"][0]["n"]["value"])


def test_home_page_shows_what_the_graph_holds(page: Page, site: str) -> None:
    page.goto(site + "/")
    expect(page).to_have_title("normgraph · normgraph")
    elections = count_in_store(site, "ng:Election")
    expect(page.locator("#counts")).to_contain_text(f"{elections}elections")
    expect(page.locator(".timeline li")).to_have_count(elections)
    expect(page.locator(".timeline li").filter(has_text="2004-05-06")).to_have_count(1)
    # Every report, the corpus's and the invented ones, is listed, linked to its record page.
    expect(page.locator("#documents + ul li")).to_have_count(count_in_store(site, "ng:Report"))


def test_run_the_recurrence_question_sort_and_download_csv(page: Page, site: str) -> None:
    page.goto(site + "/questions")
    page.get_by_label("Tag", exact=True).select_option("recurrence")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name=RECURRENCE_QUERY, exact=True).click()
    expect(page.locator("h1")).to_have_text(RECURRENCE_QUERY)

    fill_form(page, FORM_VALUES)
    page.get_by_role("button", name="Run").click()
    answer = page.locator("#answer")
    expect(answer).to_be_visible()
    expect(
        answer.locator("tbody tr").filter(has_text="Restrictions on assembly")
    ).not_to_have_count(0)
    issue_link = answer.locator(f'a[title="{ISSUE}"]').first
    expect(issue_link).to_have_attribute("href", "/id/issue/assembly")

    # Sorting is a button in the column heading.
    heading = answer.locator("thead th").filter(has_text="issue").first
    heading.get_by_role("button").click()
    expect(heading).to_have_attribute("aria-sort", "ascending")

    # The permalink spells out the values and reproduces the answer.
    permalink = page.locator("#permalink").get_attribute("href")
    assert permalink is not None
    for name, value in FORM_VALUES.items():
        assert f"{name}={value}" in permalink
    rows = answer.locator("tbody tr").all_inner_texts()
    page.goto(site + permalink)
    assert sorted(page.locator("#answer tbody tr").all_inner_texts()) == sorted(rows)

    with page.expect_download() as download_info:
        page.locator("#download-csv").click()
    download = download_info.value
    assert download.suggested_filename == f"{RECURRENCE_QUERY}.csv"
    path = download.path()
    assert path is not None
    table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert ISSUE in {row["issue"] for row in table}
    assert "Restrictions on assembly" in {row["issueLabel"] for row in table}


def test_form_is_keyboard_usable(page: Page, site: str) -> None:
    page.goto(site + f"/questions/{RECURRENCE_QUERY}")
    first = next(iter(FORM_VALUES))
    page.keyboard.press("Tab")  # the skip link comes first
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.locator(f"#p-{first}").focus()
    expect(page.locator(f"#p-{first}")).to_be_focused()
    page.keyboard.press("Enter")  # submits the form
    expect(page.locator("#answer")).to_be_visible()


def test_chart_cell_leads_to_the_highlighted_quote_on_a_record_page(page: Page, site: str) -> None:
    page.goto(site + "/recurring")
    cells = page.locator("#chart svg a")
    expect(cells).not_to_have_count(0)
    invented = page.locator('#chart svg a[aria-label*="raised by Test Watchers"]').first
    expect(invented).to_have_attribute("aria-label", re.compile("Restrictions on assembly"))
    invented.click()
    expect(page.locator("mark")).to_have_text(["Lift the limits on peaceful assembly."])
    page.get_by_role("link", name="id:recommendation/a1").click()
    expect(page).to_have_url(site + "/id/recommendation/a1")
    expect(page.locator("blockquote mark")).to_have_text("Lift the limits on peaceful assembly.")


def _overlap(a: list[float], b: list[float]) -> bool:
    """Whether two [left, top, right, bottom] boxes share any area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_chart_reads_cleanly_on_a_laptop(page: Page, site: str) -> None:
    """At a laptop's width, as the browser lays the chart out: election headers apart,
    issue names left of the first column, each cell's words inside its box."""
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(site + "/recurring")
    boxes = page.evaluate(
        """() => {
      const svg = document.querySelector('#chart svg');
      const box = e => { const r = e.getBoundingClientRect();
                         return [r.left, r.top, r.right, r.bottom]; };
      return {
        headers: [...svg.querySelectorAll(':scope > text.small')].map(box),
        rows: [...svg.querySelectorAll(':scope > text.axis')].map(box),
        cells: [...svg.querySelectorAll('a')].map(a => ({
          rect: box(a.querySelector('rect.cell')),
          texts: [...a.querySelectorAll('text')].map(box)})),
      };
    }"""
    )
    headers, rows, cells = boxes["headers"], boxes["rows"], boxes["cells"]
    assert len(headers) >= 2 and rows and cells
    for i, header in enumerate(headers):
        for other in headers[i + 1 :]:
            assert not _overlap(header, other), (header, other)
    first_column = min(cell["rect"][0] for cell in cells)
    for row in rows:
        assert row[2] <= first_column, row
    for cell in cells:
        left, top, right, bottom = cell["rect"]
        for text in cell["texts"]:
            assert left <= text[0] and text[2] <= right and top <= text[1] <= bottom, cell
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_record_page_of_a_report_shows_quotes_in_their_paragraph(page: Page, site: str) -> None:
    page.goto(site + "/")
    page.get_by_role("link", name=re.compile("EARLY PRESIDENTIAL ELECTION, 3 April 2011")).click()
    expect(page).to_have_url(re.compile(f"/id/report/{ODIHR_2011_KEY}$"))
    mark = page.locator("blockquote mark").first
    expect(mark).to_be_visible()
    background = mark.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background == "rgb(255, 229, 138)"  # highlighted
    caption = page.locator("figure.evidence figcaption").first
    expect(caption).to_contain_text("002_78719f45d59fee38.txt, characters")
    expect(caption.locator("strong.section")).to_be_visible()


def test_pages_fit_a_phone_screen(page: Page, site: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    pages = (
        "/",
        "/questions",
        f"/questions/{RECURRENCE_QUERY}",
        "/recurring",
        "/id/organisation/ndi",
    )
    for path in pages:
        page.goto(site + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow}px wider than the phone"
