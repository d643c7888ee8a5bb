"""Re-statements of the eighteenth session's kinds (pair21): a phrasal verb names its remedy
("struck off" removes, "made known" publishes, "follow up" investigates), a noun of time or
extent ("by the end of", "from end to end") names none, "bound by" a cap is a light verb, and
the field's other names for one thing (people without citizenship, a municipality's election,
those who campaign for a contestant, the year before an election, voting in another's name,
"electronically") link a later report's ask to an earlier one while a near-miss of the same
subject, another remedy, stays apart (the classes' wordings are rows of
``tests/cases/paraphrase_classes.toml``). Invented texts of an invented state, no report's
sentence."""

from __future__ import annotations

import pytest

from normgraph.ask_compare import change_factor
from normgraph.asks import read_unit
from tests.core.recurrence_items import linked_pairs


@pytest.mark.parametrize(
    ("text", "remedy"),
    [
        ("Entries of the dead should be struck off the register of voters.", "remove"),
        ("Election offices should strike off voters who moved abroad years ago.", "remove"),
        ("The outcome of every such case should be made known without delay.", "publish"),
        ("Spending by each contestant should be publicly reported within a month.", "publish"),
        ("Prosecutors should inform the public of what came of each complaint.", "publish"),
        ("The police should follow up every allegation of pressure on voters.", "investigate"),
        ("The authorities should crack down on the buying of votes in rural areas.", "investigate"),
    ],
)
def test_a_phrasal_verb_names_its_remedy(text: str, remedy: str) -> None:
    assert remedy in read_unit(text).actions


def test_a_time_or_extent_named_by_a_remedys_noun_names_no_remedy() -> None:
    """ "end" is the verb of *stop* only where something is to be ended."""
    tested = read_unit("Outside experts should test the tallying software from end to end.")
    posted = read_unit("Station protocols should be posted online by the end of the day.")
    assert "stop" not in tested.actions
    assert posted.actions == frozenset({"publish"})
    assert read_unit("The hiring of teachers as campaign staff must end.").actions == {"stop"}
    audit = read_unit("The tallying software should be audited by outside experts.")
    assert change_factor(tested, audit) >= change_factor(audit, audit) * 0.7


def test_a_split_phrasal_remedy_is_read_at_its_verb() -> None:
    """ "make X public" is "make public X": the remedy is read where the directive puts its
    verb, as for "should be made public"; a preposition after the verb opens no object."""
    for text in (
        "The regional boards should make every decision on a complaint public within a day.",
        "The ministry should make the list of polling places known a month ahead.",
    ):
        unit = read_unit(text)
        assert unit.actions == frozenset({"publish"}) and unit.directed, text
    taken = read_unit("Votes on complaints should be taken and made in public sessions.")
    assert "publish" not in taken.actions


def test_bound_by_a_cap_is_a_light_verb() -> None:
    """ "should be bound by a common cap" asks the cap, read with confidence like "should
    receive training": the remedy is read at the noun."""
    bound = read_unit("Private channels should be bound by a common cap on paid airtime.")
    capped = read_unit("Regional broadcasters should be bound by the same limits on spending.")
    assert bound.actions == capped.actions == frozenset({"restrict"})
    assert bound.directed and capped.directed


EARLIER = [
    "Non-citizens who have lived in the country for five years should be allowed to vote in "
    "local elections.",
    "Deceased voters and voters registered twice should be struck off the voter register "
    "before every election.",
    "The results of each polling station should be published by the end of election night.",
    "Vote buying should be investigated and prosecuted, whoever pays for the votes.",
]
LATER = [
    "Residents without citizenship should be able to cast a ballot in municipal elections.",
    "Municipal offices should strike off the list of voters anyone who has died or who "
    "appears on it twice.",
    "Every polling station's results should be made known to the public before the night is over.",
    "The police should follow up every report of vote buying and bring the buyers to court.",
    # near-misses: the same subject, another change
    "Non-citizens should be informed in their own languages of how to register as voters.",
    "The register of voters should be checked against the civil registry every year.",
    "The results of each polling station should be recounted by hand where the margin is narrow.",
]


def test_re_statements_are_linked_and_near_misses_stay_apart() -> None:
    together = linked_pairs(EARLIER, LATER)
    assert frozenset(("e0", "l0")) in together  # non-citizens, municipal = local
    assert frozenset(("e1", "l1")) in together  # struck off, died = deceased
    assert frozenset(("e2", "l2")) in together  # made known; "by the end of" no stop
    assert frozenset(("e3", "l3")) in together  # follow up = investigate
    assert frozenset(("e0", "l4")) not in together  # allow to vote / inform
    assert frozenset(("e1", "l5")) not in together  # remove / check the register
    assert frozenset(("e2", "l6")) not in together  # publish / recount
