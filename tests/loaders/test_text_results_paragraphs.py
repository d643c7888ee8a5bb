"""A result sentence right after a table, a heading or a list whose last line ends in no
full stop: the sentence starts at its paragraph, so the words above it (a caption about
polling stations processed, a district's table) do not make it a local count (invented
texts, other states and layouts than the fixture that showed it)."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.text_results import text_results
from normgraph.loaders.text.source import SourceText

AFTER_TABLE = """\
Preliminary results, with 98.1 per cent of polling stations processed
   Union of Farmers                         410 101      51.20
   Total valid votes                        801 004     100.00

In the second round of the presidential election, Ilze Berzina received 412 907 votes
(55.10 per cent of valid votes) and Raimo Tamm 336 458 votes (44.90 per cent).
"""

AFTER_HEADING = """\
RESULTS IN THE DISTRICTS AND MUNICIPALITIES

Marek Novak won 1,204,331 votes (48.2 per cent), ahead of Jana Kral with 1,096,002 votes
(43.9 per cent).
"""

AFTER_LIST = """\
The observers visited:
  - 312 polling stations in 40 districts
  - 61 district commissions

Anna Keskula received 88 210 votes (61.4 per cent) and Peeter Rand 55 411 votes (38.6 per
cent) in the run-off.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AFTER_TABLE, [("Ilze Berzina", 412907), ("Raimo Tamm", 336458)]),
        (AFTER_HEADING, [("Marek Novak", 1204331), ("Jana Kral", 1096002)]),
        (AFTER_LIST, [("Anna Keskula", 88210), ("Peeter Rand", 55411)]),
    ],
)
def test_a_result_sentence_starts_at_its_paragraph(
    text: str, expected: list[tuple[str, int]]
) -> None:
    found = text_results(SourceText("t", "t.txt", text))
    assert [(one.name, one.votes) for one in found] == expected


def test_a_sentence_about_polling_stations_is_still_no_result() -> None:
    text = (
        "Preliminary count\n\n"
        "In polling station 14, Ilze Berzina received 412 votes (55.1 per cent).\n"
    )
    assert text_results(SourceText("t", "t.txt", text)) == []
