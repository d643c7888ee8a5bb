"""The ODIHR loader on final reports of other eras (written for the tests; see
``final_report_eras``): the report's own election from its title block, two rounds as one
election with its rounds, and the results a careful reader marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normgraph.loaders.odihr.head import title_dates
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.namespaces import NG
from tests.loaders.extraction_fixtures import text_extraction
from tests.loaders.fact_lookup import facts, python_values
from tests.loaders.final_report_eras import TEXT_ONLY, TWO_ROUNDS

text_only = text_extraction(OdihrLoader, "text-only", TEXT_ONLY)
two_rounds = text_extraction(OdihrLoader, "two-rounds", TWO_ROUNDS)


def elections(extraction: Extraction) -> set[str]:
    return {str(f.iri).split("/id/election/", 1)[1] for f in facts(extraction, NG.Election)}


def results(extraction: Extraction) -> dict[str, tuple[object, ...]]:
    """Each result's last IRI segment and its votes, share and seats."""
    return {
        str(fact.iri).rsplit("/", 1)[-1]: tuple(
            (python_values(fact, prop) or [None])[0] for prop in (NG.votes, NG.voteShare, NG.seats)
        )
        for fact in extraction.facts
        if any(p in (NG.votes, NG.seats) for p, _ in fact.values)
    }


def test_the_title_block_names_the_report_s_own_election(text_only: Extraction) -> None:
    assert "lt/parliamentary/2005-02-27" in elections(text_only)
    assert "lt/presidential/2004-06-13" in elections(text_only)
    assert "lt/parliamentary/2000-10" in elections(text_only)  # "elections, held in October 2000"


def test_two_rounds_in_the_title_are_one_election_dated_by_its_first_round(
    two_rounds: Extraction,
) -> None:
    assert elections(two_rounds) == {
        "sk/presidential/2014-03-15",
        "sk/parliamentary/2012-03-10",
        "sk/presidential/2009",  # "the previous presidential election took place in 2009"
    }
    (election,) = [f for f in facts(two_rounds, NG.Election) if str(f.iri).endswith("2014-03-15")]
    assert python_values(election, NG.roundCount) == [2]
    rounds = sorted(
        (python_values(r, NG.roundNumber)[0], str(python_values(r, NG.roundDate)[0]))
        for r in facts(two_rounds, NG.ElectionRound)
    )
    assert rounds == [(1, "2014-03-15"), (2, "2014-03-29")]


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("15 and 29 March 2014", ["2014-03-15", "2014-03-29"]),
        ("26 October and 9 November 2014", ["2014-10-26", "2014-11-09"]),
        ("19 November 2000 and 14 January 2001", ["2000-11-19", "2001-01-14"]),
        ("29 March 2014", []),
        ("29 and 15 March 2014", []),
    ],
)
def test_a_title_line_with_two_dates_gives_both(line: str, dates: list[str]) -> None:
    assert [day.isoformat() for day, _, _ in title_dates(line)] == dates


def test_space_grouped_votes_are_read_and_seats_tables_give_no_votes(
    text_only: Extraction,
) -> None:
    assert results(text_only) == {
        "labour-union": (318442, Decimal("28.44"), None),
        "homeland-alliance": (221086, Decimal("19.75"), None),
        "farmers-party": (97310, Decimal("8.69"), None),
    }


def test_each_round_s_annex_gives_that_round_s_results(two_rounds: Extraction) -> None:
    found = {
        "/".join(str(fact.iri).rsplit("/", 2)[-2:]): python_values(fact, NG.votes)[0]
        for fact in two_rounds.facts
        if any(p == NG.votes for p, _ in fact.values)
    }
    assert found == {
        "round-1/marek-dolinec": 531919,
        "round-1/pavol-kerner": 456243,
        "round-1/jana-vrbova": 403548,
        "round-1/tomas-zelenak-nominated-by-the-civic-conservative-party": 212004,
        "round-1/ondrej-mrazik": 101233,
        "round-2/pavol-kerner": 1307065,
        "round-2/marek-dolinec": 893841,
    }
