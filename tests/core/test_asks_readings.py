"""The eighth session's readings of an ask: what each reads, and that two wordings of one
change now score as one ask while a near-miss (same subject, another change) stays apart."""

from __future__ import annotations

from normgraph.ask_compare import remedies_conflict
from normgraph.asks import ask_units, read_unit
from normgraph.grouping import THRESHOLD, Grouping
from tests.core.recurrence_items import item


def _best(first: str, second: str) -> float:
    """The best score between two texts' ask units, each in a report of its own."""
    grouping = Grouping()
    grouping.add([item("a", first, "r1", "2015-01-01"), item("b", second, "r2", "2019-01-01")])
    mine = [u for u in grouping.units if u.item.key == "a"]
    theirs = [u for u in grouping.units if u.item.key == "b"]
    return max(grouping.score(x, y).score for x in mine for y in theirs)


def test_a_permission_negated_in_a_finding_stays_a_permission() -> None:
    """A directive's negation prohibits; a finding's negation describes what to lift."""
    assert read_unit("Parties should no longer be allowed to swap members.").actions == {"restrict"}
    finding = read_unit("Domestic observers are still not allowed to observe the count.")
    assert "access" in finding.actions and "restrict" not in finding.actions


def test_providing_for_and_allowing_are_one_change_but_publishing_and_counting_are_not() -> None:
    provide = read_unit("The law should provide for citizen observation.")
    allow = read_unit("Citizen observers should be allowed to observe elections.")
    publish = read_unit("Precinct results should be published online.")
    count = read_unit("Ballots should be counted aloud at the precinct.")
    assert provide.actions == {"introduce"} and allow.actions == {"access"}
    assert not remedies_conflict(provide, allow)
    assert remedies_conflict(publish, count)


def test_a_paraphrase_holding_a_remedy_word_names_a_thing_kept_in_the_object() -> None:
    """ "Manual counts", "spending limits" and "self-nominated candidates" were stripped as
    the remedies *count*, *restrict* and *appoint*, so their paraphrases never met."""
    manual = read_unit("Manual counts should be conducted at a sample of polling stations.")
    hand = read_unit("A hand recount in random polling stations should be introduced.")
    assert "manualcount" in manual.object_terms and "manualcount" in hand.object_terms
    assert "count" in manual.actions and "count" in hand.actions  # the subject's remedy
    assert "spendinglimit" in read_unit("Spending limits should be lowered.").object_terms
    assert read_unit("Self-nominated candidates should be allowed.").object_terms == (
        "independentcandidate",
    )
    # a paraphrase whose term is a remedy class is that remedy, never an object term
    (unit,) = ask_units("The CEC should publish results.")
    assert unit.actions == {"publish"} and "publish" not in unit.object_terms


def test_two_wordings_of_one_ask_group_and_a_near_miss_stays_apart() -> None:
    earlier = "Manual counts of a sample of ballots should be conducted at every polling station."
    restated = (
        "A mandatory hand recount of ballots in random polling stations should be introduced."
    )
    near_miss = "Results should be published by polling station on the website."
    assert _best(earlier, restated) >= THRESHOLD
    assert _best(earlier, near_miss) < THRESHOLD
    media = "State-funded media should provide balanced coverage of all candidates."
    assert _best(media, "Public broadcasters should give all candidates balanced coverage.") >= (
        THRESHOLD
    )


def test_a_negated_directive_naming_no_remedy_asks_for_a_prohibition() -> None:
    """A directive saying what should not be done asks that it be prohibited, as
    "should refrain from" does: not the remedy a word met in passing names
    ("information" is no ask to train); what should not be faced is a freedom asked."""
    aired = read_unit(
        "Ministry information broadcasts praising the governing party should not be aired"
        " during the campaign."
    )
    refrain = read_unit(
        "The ministry should refrain from information broadcasts that praise the governing party."
    )
    assert aired.actions == {"restrict"}
    assert not remedies_conflict(aired, refrain)
    faced = read_unit("Observers should not face undue obstacles when they request data.")
    assert "restrict" not in faced.actions
    confined = read_unit("Minority voters should not be confined to the minority list.")
    assert "restrict" not in confined.actions
    # A negated directive whose verb names a remedy keeps it.
    assert read_unit("The ink should not be removed by the voters.").actions == {"remove"}


def test_an_imperative_s_conjoined_imperatives_are_asks_of_their_own() -> None:
    """ "Repeal X and stop Y" asks two changes, and its verb window reads the first only
    (*remove*): a later "Y should be prohibited" (*restrict*, one change with *stop*) met
    the whole text as another remedy. Each conjunct is now a unit with its own remedy. A
    modal sentence ("the regulator should verify X and publish Y") is one subject's ask."""
    text = (
        "Repeal the criminal provisions on insult and stop the licensing of bloggers and online"
        " journalists."
    )
    units = {u.text: u.actions for u in ask_units(text)}
    assert units["Repeal the criminal provisions on insult"] == {"remove"}
    assert units["stop the licensing of bloggers and online journalists."] == {"stop"}
    later = "The licensing of bloggers and online journalists should be prohibited by law."
    assert _best(text, later) >= THRESHOLD
    modal = ask_units(
        "The media regulator should verify the airtime logs of all broadcasters and publish"
        " its monitoring findings every week."
    )
    assert not any(u.text.startswith("publish") for u in modal)
    # A remedy noun after "and" opens no directive: the list stays one ask.
    listed = ask_units(
        "Establish transparent rules for the nomination of candidates, the deadlines and"
        " criteria for verifying their supporting signatures."
    )
    assert not any(u.text.startswith("criteria") for u in listed)
