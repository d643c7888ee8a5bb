"""How asks and a later report's statements on earlier recommendations are read and resolved."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from normgraph.asks import ask_units
from normgraph.grouping import Item
from normgraph.recurrence_statements import described_ask, described_asks
from normgraph.textsim import terms
from tests.case_tables import case_params
from tests.core.recurrence_items import grouping_of, item, resolved_key


def test_the_named_ask_runs_to_the_verdict_not_to_any_verb() -> None:
    assert described_ask(
        "Previous recommendations to ensure that the composition of commissions is inclusive "
        "have not been addressed."
    ) == ("ensure that the composition of commissions is inclusive")
    assert described_ask(
        "The recommendation of the 2012 final report that candidate deposits be lowered "
        "was only partially implemented."
    ) == ("candidate deposits be lowered")


def test_the_one_of_a_report_s_recommendations_is_named_up_to_a_verdict_to_come() -> None:
    assert (
        described_ask(
            "Of the 2009 recommendations, the one on televised debates between candidates "
            "is still to be implemented."
        )
        == "televised debates between candidates"
    )


def test_a_tally_names_the_asks_it_counts() -> None:
    readings = described_asks(
        "The authorities adopted 3 of the 9 recommendations of the previous report, including "
        "the publication of campaign finance reports"
    )
    assert readings[0] == "the publication of campaign finance reports"


@pytest.mark.parametrize(
    ("earlier", "groups", "statements"),
    case_params(
        "statement_resolution", "earlier", "groups", "statements", defaults={"groups": None}
    ),
)
def test_a_statement_resolves_to_the_earlier_recommendation_it_is_about(
    earlier: list[dict[str, str]], groups: list[list[str]] | None, statements: list[dict[str, str]]
) -> None:
    grouping = grouping_of([item(**recommendation) for recommendation in earlier])
    if groups is not None:
        assert [sorted(i.key for i in g.items) for g in grouping.groups()] == groups
    for statement in statements:
        said = {name: value for name, value in statement.items() if name != "resolves_to"}
        # An empty resolves_to: the statement resolves to no recommendation.
        found = resolved_key(grouping, item(**said)) or ""
        assert found == statement["resolves_to"], said["text"]


def test_a_negated_restriction_asks_for_freedom_from_it() -> None:
    (unit,) = ask_units("Observers should have access to counting without undue restrictions.")
    assert "restrict" not in unit.actions and "unimpeded" in unit.object_terms


def test_an_agent_noun_of_a_remedy_is_part_of_the_object() -> None:
    """A subject "Prosecutors should ..." names who acts: the word stays in the object (where it
    meets its paraphrase, law enforcement) and is no remedy."""
    (unit,) = ask_units("Prosecutors should have a limited role in election disputes.")
    assert "lawenforcement" in unit.object_terms and "investigate" not in unit.actions


def test_a_statement_resolves_alike_however_many_other_states_reports_are_indexed() -> None:
    """Term weights learnt over every state must not move a statement below its match: it
    is matched against the reports it names with its own state's weights, and the best of
    them is taken when no other recommendation of those reports comes near it."""

    def by(key: str, text: str, document: str, date: str, country: str = "xx") -> Item:
        return item(key, text, document, date, organisation="org/alpha", country=country)

    own = [
        by("a", "Results of each polling station should be published online soon.", "r1", "2010"),
        by("b", "Campaign finance reports should be audited by an independent body.", "r1", "2010"),
        by("c", "The deadline for registering candidates should be extended.", "r1", "2010"),
    ]
    elsewhere = [
        by(f"o{n}", text, f"other{n}", "2012", country="yy")
        for n, text in enumerate(
            [
                "Results should be tabulated openly.",
                "Results protocols should be signed by all members.",
                "Station results should be posted at the entrance.",
                "Results of the count should be explained to observers.",
                "Results should be final only after appeals are decided.",
                "Polling stations should be accessible.",
                "Online voting should not be introduced.",
                "Polling station commissions should be trained online.",
            ]
        )
    ]
    statement = item(
        "s",
        "Following a previous ALPHA recommendation, the commission now posts polling station "
        "results on its site, though late.",
        "r2",
        "2014",
        organisation="org/beta",
    )
    assert resolved_key(grouping_of(own), statement) == "a"
    assert resolved_key(grouping_of(own + elsewhere), statement) == "a"
    unrelated = replace(
        statement, text="Following a previous ALPHA recommendation, voting hours were extended."
    )
    assert resolved_key(grouping_of(own + elsewhere), unrelated) is None


def test_a_right_named_is_what_is_at_stake_not_the_remedy() -> None:
    """ "The right to vote" names what is at stake; the remedy is the verb that grants,
    restores or protects it."""
    (kept,) = ask_units("Citizens without biometric data should not lose their right to vote.")
    assert kept.actions == frozenset()
    (granted,) = ask_units("Voters should be granted the right to challenge results in court.")
    assert granted.actions == {"access"}


@pytest.mark.parametrize(
    "verdict",
    [
        "was rejected by the senate",
        "has now been complied with",
        "went unheeded by the senate",
        "was given effect by a decree",
        "was disregarded by the new government",
        "was accepted by the senate in 2019",
        "was incompletely implemented",
    ],
)
def test_the_named_ask_stops_at_the_verdict_verbs_the_cues_read(verdict: str) -> None:
    """The verdict's words (and who gave it) are no part of what was asked."""
    assert described_ask(f"The recommendation to number the seals {verdict}.") == (
        "number the seals"
    )


def test_a_verb_of_the_ask_is_no_verdict() -> None:
    assert described_ask(
        "The recommendation to let voters who went abroad vote by post has not been implemented."
    ) == ("let voters who went abroad vote by post")


@pytest.mark.parametrize(
    "statement",
    [
        "Campaigning with state vehicles persisted, notwithstanding earlier recommendations.",
        "State vehicles were still used for campaigning, an issue raised in earlier reports.",
        "Office holders continued to campaign with state vehicles, contrary to past advice.",
        "In spite of that, state vehicles were again used for campaigning, although "
        "prohibited; nevertheless nobody was sanctioned.",
        "The previous call to stop campaigning with state vehicles went unheeded.",
        "A proposal to stop campaigning with state vehicles was not acted upon.",
        "Nothing came of the suggestion to stop campaigning with state vehicles.",
        "Officials were urged and advised to stop campaigning with state vehicles.",
        "The advice to stop campaigning with state vehicles was not heeded.",
    ],
)
def test_words_of_the_verdict_are_no_part_of_the_ask(statement: str) -> None:
    """A statement that tells an earlier ask went unmet in words of persistence ("persisted",
    "still", "again", "an issue raised") or names the recommendation otherwise ("the call
    to", "a proposal", "urged") describes the ask in its other words: those of the verdict
    would only dilute the match with the recommendation."""
    (reading,) = (r for r in described_asks(statement) if "recommendation to" not in r)
    words = set(terms(reading))
    assert words.isdisjoint(
        {"persist", "notwithstand", "still", "again", "continu", "contrary", "issu", "rais"}
        | {"call", "propos", "proposal", "suggest", "advic", "urged", "advis", "acted", "heed"}
        | {"unheed", "noth"}
    ), words
    assert {"campaign", "adminresources"} <= words, words  # state vehicles: a paraphrase
    earlier = [
        item("a", "Campaigning with state vehicles should be prohibited.", "r1", "2010"),
        item("b", "Voter lists should be displayed for public scrutiny.", "r1", "2010"),
    ]
    assert resolved_key(grouping_of(earlier), item("s", statement, "r2", "2014")) == "a"


def test_a_statement_naming_no_report_resolves_to_a_lone_match_below_the_threshold() -> None:
    """Another issuer's statement that names no report is matched against every earlier
    report of its state. A description in other words scores below the threshold; it still
    resolves when it shares two subject terms with its best match and no other ask comes
    near (the rule that statements naming their reports already had), to the best itself."""
    texts = [
        "Citizen observer groups should be accredited free of charge within a short deadline.",
        "Voter lists should be displayed for public scrutiny well before election day.",
        "Complaints should be decided within short, fixed deadlines by the courts.",
        "Results should be published for each polling station online.",
        "Candidates should be registered without onerous paperwork.",
        "Observers should have access to the tabulation at every level.",
        "Campaign finance reports should be published before election day.",
        "Commission sessions should be open to observers and the media.",
        "The deposit for candidates should be lowered.",
        "Party observers should be trained by the commission.",
    ]
    earlier = [
        item(f"x{n}", text, "r1", "2010", organisation="org/alpha") for n, text in enumerate(texts)
    ]
    grouping = grouping_of(earlier)

    def resolved(text: str) -> str | None:
        return resolved_key(grouping, item("s", text, "r2", "2014", organisation="org/beta"))

    for text in [
        "The recommendation to accredit citizen observers quickly and at no cost was ignored.",
        "The previous call to accredit citizen observers quickly and at no cost went unheeded.",
        "Citizen observers still wait weeks and pay a fee for accreditation, despite a "
        "previous recommendation.",
    ]:
        assert resolved(text) == "x0", text
    assert resolved("Observers still faced obstacles, despite previous recommendations.") is None


@pytest.mark.parametrize(
    "described",
    [
        "the origin rules for the Senate and the Chamber remain in place.",
        "smaller communities still cannot sit in the Senate.",
    ],
)
def test_a_recommendation_s_other_ask_is_no_rival_of_its_best_one(described: str) -> None:
    """A recommendation's asks sit in clusters of their own (its whole text, its sentence):
    below the named threshold, its second ask scoring near its best is the same
    recommendation, not another one the statement could mean."""
    earlier = [
        item(
            "r1",
            "Provisions that bar members of smaller communities from standing for the Senate and"
            " the Upper Chamber on the basis of their origin and residence should be repealed, in"
            " line with the rulings of the regional human rights court.",
            "alpha-2010",
            "2010",
            organisation="org/alpha",
        ),
        item("r2", "The deposit for candidates should be lowered.", "alpha-2010", "2010"),
        item(
            "r3",
            "Observers should have access to the count at every polling station.",
            "alpha-2010",
            "2010",
        ),
    ]
    statement = item(
        "s",
        f"Contrary to the Alpha 2010 recommendation, {described}",
        "beta-2015",
        "2015",
        organisation="org/beta",
    )
    assert resolved_key(grouping_of(earlier), statement) == "r1"


def test_an_anaphor_names_no_ask() -> None:
    """ "Recommendations to this effect" describes nothing: the whole statement is read."""
    readings = described_asks(
        "The recommendations to this effect made in 2015 and 2019 have not been implemented."
    )
    assert not any(reading.startswith("this effect") for reading in readings)
    assert described_ask("The recommendation to publish the minutes was ignored.") == (
        "publish the minutes"
    )


def test_an_ask_named_in_few_words_resolves_when_nothing_else_matches_them() -> None:
    """ "Previous recommendations on the voter register": one subject term, but the whole
    ask the statement names, and no recommendation of another cluster matches it (the
    invented follow-up reports of one state in tests/fixtures/recurrence)."""
    fixtures = Path(__file__).parents[1] / "fixtures" / "recurrence"
    earlier = []
    for name in ("mk-2016", "mk-2020", "mk-2024"):
        report = json.loads((fixtures / f"{name}.json").read_text(encoding="utf-8"))
        earlier += [
            item(
                r["id"], r["text"], report["document"], report["election"], organisation="org/alpha"
            )
            for r in report["recommendations"]
        ]
    grouping = grouping_of(earlier)
    report = json.loads((fixtures / "mk-2024.json").read_text(encoding="utf-8"))
    statement = item(
        "s", report["statements"][4]["text"], report["document"], "2024", organisation="org/alpha"
    )
    assert "recommendations on the voter register" in statement.text
    found = resolved_key(grouping, statement)
    assert found in {"mk16-voter-list", "mk20-register"}
