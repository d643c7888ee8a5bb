"""Recommendation sections in layouts no fixture report uses (issue 13, recfall17), kept as
data in ``tests/cases/recommendation_unseen.toml``: invented reports and, for each, every
item's number as printed, its priority (None where the report marks none: the item has no
``priority`` key) and its full text.

``TUNE`` reports were used to fix the readers; ``HELD_OUT`` ones were written at the same
time and only measured, so that their figure says how the readers do on unseen layouts;
``HELD_OUT_LATER`` were written after the first held-out half had been measured and its
misses studied: the held-out half of the readers' second round. ``ROUND19`` were written
for a list item's number and priority whatever reads it (gen19a), before the fix.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from tests.case_tables import CASES
from tests.loaders.odihr_heads import final_report_head


@dataclass(frozen=True)
class Unseen:
    """An invented report and the recommendations a reader must get from it."""

    name: str
    genre: str
    text: str
    expected: tuple[tuple[str, bool | None, str], ...]


def _final(state: str, election: str, held: str, issued: str, body: str) -> str:
    return (
        final_report_head(state, election, held, "Election Observation Mission", issued)
        + "I. EXECUTIVE SUMMARY\n\nThe elections were competitive and fundamental freedoms"
        " were respected.\n\n"
        + body
        + "\nANNEX: FINAL ELECTION RESULTS\n\nThe results are those the commission announced.\n"
    )


def _report(table: dict[str, Any]) -> Unseen:
    """One ``[[report]]`` of the table, its text made whole."""
    if "final" in table:
        final = table["final"]
        text = _final(
            final["state"], final["election"], final["held"], final["issued"], table["body"]
        )
    else:
        text = table["text"]
    items = tuple((item["number"], item.get("priority"), item["text"]) for item in table["items"])
    return Unseen(table["name"], table["genre"], text, items)


def _halves() -> dict[str, tuple[Unseen, ...]]:
    with (CASES / "recommendation_unseen.toml").open("rb") as file:
        tables = tomllib.load(file)["report"]
    halves: dict[str, list[Unseen]] = {
        "tune": [],
        "held_out": [],
        "held_out_later": [],
        "round19": [],
    }
    for table in tables:
        if table["half"] not in halves:
            raise ValueError(
                f"recommendation_unseen.toml: {table['name']!r} has half {table['half']!r}"
            )
        halves[table["half"]].append(_report(table))
    return {half: tuple(reports) for half, reports in halves.items()}


_HALVES = _halves()
TUNE = _HALVES["tune"]
HELD_OUT = _HALVES["held_out"]
HELD_OUT_LATER = _HALVES["held_out_later"]
ROUND19 = _HALVES["round19"]


def read(report: Unseen) -> list[tuple[str | None, bool | None, str]]:
    """What the loader its text is detected as reads: each recommendation's number, priority
    and text (whitespace collapsed), in extraction order."""
    from normgraph.loaders.registry import loader_for
    from normgraph.loaders.text.genres import detect_genre
    from normgraph.loaders.text.source import SourceText
    from normgraph.namespaces import NG
    from tests.loaders.fact_lookup import first_text

    loader = loader_for(detect_genre(report.text))
    extraction = loader.extract(SourceText(report.name, f"{report.name}.txt", report.text))
    got: list[tuple[str | None, bool | None, str]] = []
    for fact in extraction.facts:
        if fact.kind != NG.Recommendation:
            continue
        priority = first_text(fact, NG.priority)
        got.append(
            (
                first_text(fact, NG.number),
                None if priority is None else priority == "true",
                " ".join(str(first_text(fact, NG.text)).split()),
            )
        )
    return got


def right(report: Unseen, got: list[tuple[str | None, bool | None, str]]) -> int:
    """How many expected items were read with their number, priority and full text (a
    report that marks no priority may give none or false)."""
    count = 0
    for number, priority, text in report.expected:
        wanted = {priority} if priority is not None else {None, False}
        count += any(n == number and p in wanted and t == text for n, p, t in got)
    return count
