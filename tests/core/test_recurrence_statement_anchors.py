"""A statement's explicit anchors decide which earlier recommendation it judges before text
similarity does: "the previous report" is the latest, two named reports holding one ask
name that ask, and a match sharing only part of what the best shares is no rival (invented
reports of one state, one issuer)."""

from __future__ import annotations

from normgraph.grouping import Item
from tests.core.recurrence_items import grouping_of, item, resolved_key

ORG = "org/alpha"


def _reports() -> list[Item]:
    older = {
        "a1": "Home voting should be available to every voter who cannot travel, on request.",
        "a2": "The deposit for candidates should be lowered.",
        "a3": "Observers should have access to the count at every polling station.",
        "a4": "Ballots should be printed in braille on request.",
    }
    newer = {
        "b1": "The arrangements for voters in hospital should be set out in the law itself,"
        " not in instructions issued shortly before election day.",
        "b2": "Campaign material should carry the name of whoever paid for it.",
        "b3": "Observers should have access to the count at every polling station.",
        "b4": "Ballots should be printed in braille for blind voters who ask for them.",
    }
    return [item(k, t, "alpha-2012", "2012", organisation=ORG) for k, t in older.items()] + [
        item(k, t, "alpha-2016", "2016", organisation=ORG) for k, t in newer.items()
    ]


def test_the_previous_report_is_the_latest_earlier_one() -> None:
    """ "As the previous report had recommended" anchors the statement in the latest report
    of its issuer: an older report's ask sharing some words ("voters", "vote") no longer
    makes its match doubtful."""
    said = (
        "A 2019 amendment laid down in the law itself how voters staying in hospital may vote"
        " on request, as the previous report had recommended, and the new rules were applied in"
        " every district during the campaign period."
    )
    later = item("s", said, "alpha-2020", "2020", organisation=ORG)
    assert resolved_key(grouping_of(_reports()), later) == "b1"


def test_two_named_reports_holding_one_ask_name_it() -> None:
    """A statement naming two reports by year resolves to the ask both of them made, though
    it shares a single term with it: the anchor says which ask it is."""
    said = (
        "There are still no braille versions, contrary to what was recommended in 2012 and in 2016."
    )
    later = item("s", said, "alpha-2020", "2020", organisation=ORG)
    assert resolved_key(grouping_of(_reports()), later) in {"a4", "b4"}
    # one named report is no such anchor: one shared term stays too little
    once = item("s", said.replace(" and in 2016", ""), "alpha-2020", "2020", organisation=ORG)
    assert resolved_key(grouping_of(_reports()), once) is None


def test_a_match_sharing_only_part_of_what_the_best_shares_is_no_rival() -> None:
    """Another ask of the named report that matches on a part of the best's terms alone
    (registration of a party, not its being new) describes nothing the best does not."""
    earlier = [
        item(
            "r1",
            "The requirements for registering a new political party should be reduced.",
            "alpha-2012",
            "2012",
            organisation=ORG,
        ),
        item(
            "r2",
            "Signatures to register a political party should be checked.",
            "alpha-2012",
            "2012",
            organisation=ORG,
        ),
        *_reports()[2:4],
    ]
    said = (
        "Registering a new party has become much easier since 2013, as the alpha organisation"
        " had recommended, and several of them stood in many districts during the campaign."
    )
    later = item("s", said, "alpha-2020", "2020", organisation=ORG)
    assert resolved_key(grouping_of(earlier), later) == "r1"
