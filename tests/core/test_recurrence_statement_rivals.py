"""Which matches keep a statement from resolving, and which report's wording of an ask it
resolves to (invented reports of one state, one issuer)."""

from __future__ import annotations

import pytest

from normgraph.grouping import Item
from normgraph.recurrence_statements import described_ask
from tests.core.recurrence_items import grouping_of, item, resolved_key


def _codes() -> list[Item]:
    texts = {
        "c1": "Election rules scattered over several statutes and decrees should be consolidated"
        " into a single electoral code.",
        "c2": "The legal quota for women on candidate lists should be enforced.",
        "c3": "Observers should have access to the count at every polling station.",
        "c4": "The deposit for candidates should be lowered.",
    }
    return [
        item(key, text, "alpha-2010", "2010", organisation="org/alpha")
        for key, text in texts.items()
    ]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # two subject terms of c1; c2 shares one word ("legal") with it, no description
        (
            "The legal framework is still scattered over a dozen statutes, as recommended in 2010.",
            "c1",
        ),
        (
            "The legal framework is still scattered over a dozen statutes and decrees, despite"
            " the 2010 recommendation.",
            "c1",
        ),
        # one word of the statement's own is no description of c2 either
        ("The legal framework was amended as recommended in 2010.", None),
    ],
)
def test_a_match_sharing_one_word_is_no_rival_of_a_described_ask(
    statement: str, expected: str | None
) -> None:
    """Below the named threshold, a statement resolves to the named report's ask it
    describes in two terms or more when nothing else comes near; a recommendation that
    shares a single word with it ("legal") is no description, so no rival either."""
    later = item("s", statement, "alpha-2014", "2014", organisation="org/alpha")
    assert resolved_key(grouping_of(_codes()), later) == expected


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "The registration fee for candidates was not reduced; for mayors of the largest"
            " towns it even rose, so neither the Beta recommendation nor ours on this point was"
            " heeded.",
            "f4",
        ),
        # the clause tells nothing of the fee: no clause describes an ask
        (
            "Mayoral candidates in the largest towns now pay twice as much as before; neither"
            " the Beta recommendation nor ours on this point was heeded.",
            None,
        ),
        (
            "Displaced voters may now change where they vote on application: a partial response"
            " to the Beta recommendation of 2011 and to our own of 2014.",
            None,
        ),
    ],
)
def test_a_clause_that_tells_what_was_done_describes_the_ask(
    statement: str, expected: str | None
) -> None:
    """A domestic observer's statement on another issuer's recommendation and its own that
    tells the deed in one clause and judges it in another resolves through the clause: read
    whole, the judgement dilutes the description below any threshold."""
    texts = {
        "f1": (
            "beta-2011",
            "The high fee required to register as a candidate should be reduced"
            " so that it is no undue barrier to standing.",
        ),
        "f2": (
            "beta-2011",
            "Complaints should be decided within short, fixed deadlines by the courts.",
        ),
        "f3": ("beta-2011", "Results should be published for each polling station online."),
        "f4": (
            "beta-2014",
            "The amount candidates pay to register should be lowered, since its"
            " size restricts the right to stand.",
        ),
        "f5": ("beta-2014", "Observers should have access to the tabulation at every level."),
    }
    earlier = [
        item(key, text, document, document[-4:], organisation="org/beta")
        for key, (document, text) in texts.items()
    ]
    earlier.append(
        item(
            "g1",
            "Party observers should be trained by the commission.",
            "gamma-2014",
            "2014",
            organisation="org/gamma",
        )
    )
    later = item("s", statement, "gamma-2016", "2016", organisation="org/gamma")
    assert resolved_key(grouping_of(earlier), later) == expected


@pytest.mark.parametrize(
    ("statement", "ask"),
    [
        (
            "The long-standing recommendation for a public audit of the register is thus still"
            " outstanding.",
            "a public audit of the register",
        ),
        (
            "The earlier recommendations to lift the cap have therefore been implemented only in"
            " part.",
            "lift the cap",
        ),
    ],
)
def test_a_connective_before_the_verdict_is_no_part_of_the_ask(statement: str, ask: str) -> None:
    assert described_ask(statement) == ask


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The earlier recommendations to remove the cap have been implemented only in part.", None),
        (
            "The earlier recommendations to remove the restriction have been implemented only in"
            " part.",
            None,
        ),
        (
            "The earlier recommendations to remove the restrictions on campaigning in other"
            " languages have been implemented only in part.",
            "k1",
        ),
    ],
)
def test_a_remedy_alone_describes_no_ask(statement: str, expected: str | None) -> None:
    """ "To remove the cap" shares a remedy with many asks ("removed", "lowered") and no
    subject with any: it resolves to none of them, however high the remedy scores."""
    texts = {
        "k1": (
            "alpha-2010",
            "Restrictions on campaigning in languages other than the official"
            " one should be removed.",
        ),
        "k2": (
            "alpha-2010",
            "The ceiling on how many voting sites may open in each foreign"
            " country should be abolished.",
        ),
        "k3": ("alpha-2013", "The deposit for candidates should be lowered."),
        "k4": ("alpha-2013", "Observers should have access to the tabulation at every level."),
    }
    earlier = [
        item(key, text, document, document[-4:], organisation="org/alpha")
        for key, (document, text) in texts.items()
    ]
    later = item("s", statement, "alpha-2016", "2016", organisation="org/alpha")
    assert resolved_key(grouping_of(earlier), later) == expected
