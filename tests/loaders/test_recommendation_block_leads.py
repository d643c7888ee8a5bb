"""A numbered block of recommendations whatever the width its lead-in is wrapped at
(fuzz21a): a lead-in line short enough to look like a title of recommendations ("Nordvakt
offers the following recommendations to the authorities,") runs on into the next line and
closes no block; and a lead-in that ranks the first items ("The first two are urgent")
ranks them in the block reader too, wherever its sentence is broken."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.recommendation_blocks import recommendation_block
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

_ITEMS = (
    "The Storting should publish the draft of the new election act for public comment.",
    "The electoral commission should train all count staff on the new procedures.",
    "Municipalities should make every polling station accessible to voters in wheelchairs.",
)


def _report(title: str, lead: str, label: str) -> str:
    """An invented observers' report on Norway: some findings, then ``title`` over the
    lead-in paragraph ``lead`` (its line breaks as given) and three items labelled ``label``
    (a format of the number)."""
    items = "".join(
        f"{label.format(n=n)}  {text[:60]}\n         {text[60:]}\n"
        for n, text in enumerate(_ITEMS, start=1)
    )
    return (
        "NORDVAKT ELECTION WATCH\n\nStorting elections, 13 September 2043\n\n"
        "Election day\n\nVoting was calm and orderly in the polling stations visited by the"
        " observers.\n\n"
        f"{title}\n\n{lead}\n\n{items}\nContact: the press office of the network.\n"
    )


def _block(text: str) -> list[tuple[str, bool | None]]:
    document = parse_document(SourceText("x", "x.txt", text))
    return [(item.number, item.priority) for item in recommendation_block(document)]


_SHORT_LEAD = (
    "Nordvakt offers the following recommendations to the authorities,\n"
    "the parties and the media, and asks that they be acted upon soon."
)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        pytest.param("*** 7. RECOMMENDATIONS ***", "Rec. 0{n}", id="starred-codes"),
        pytest.param("12 / Recommendations", "0{n}", id="slashed-padded"),
        pytest.param("[7] OUR RECOMMENDATIONS", "({n})", id="bracketed"),
    ],
)
def test_a_wrapped_lead_in_naming_recommendations_closes_no_block(title: str, label: str) -> None:
    assert [number for number, _ in _block(_report(title, _SHORT_LEAD, label))] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "We address these points to the authorities. The first two are urgent.", id="one-line"
        ),
        pytest.param(
            "We address these points to the authorities. The\nfirst two are urgent.", id="broken"
        ),
        pytest.param(
            "We address these points to the authorities.\n"
            "The first 2 recommendations are priorities.",
            id="digits",
        ),
    ],
)
def test_a_lead_in_ranking_the_first_items_ranks_the_blocks_items(lead: str) -> None:
    got = _block(_report("Our recommendations", lead, "0{n}"))
    assert got == [("1", True), ("2", True), ("3", False)]
