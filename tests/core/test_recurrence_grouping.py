"""Asks, issue names, grouping and statement resolution as pure functions."""

from __future__ import annotations

import pytest

from normgraph.ask_articles import articles
from normgraph.asks import ask_units
from normgraph.grouping import Grouping, group
from normgraph.issue_names import issue_name, short_name
from normgraph.recurrence_statements import described_ask, resolve_all
from tests.case_tables import case_params
from tests.core.recurrence_items import item


def test_asks_read_remedy_and_articles_with_generic_patterns() -> None:
    (unit,) = ask_units("Results protocols should be posted online.")
    assert unit.actions == {"publish"}
    assert articles("Abolish paragraph 6 of Article 44 and Article 44(6).") == {"art44.6"}


@pytest.mark.parametrize(
    ("text", "actions", "kept"),
    case_params("ask_remedies", "text", "actions", "object", defaults={"object": []}),
)
def test_a_remedy_is_read_from_its_verb_s_own_forms_not_from_words_that_start_alike(
    text: str, actions: list[str], kept: list[str]
) -> None:
    """A "country" is no *count*, "capacity" no *cap*, "bank" no *ban*: they stay in the
    object; a remedy's inflections and derivations ("counted", "banned", "verifiable")
    and an agent noun ("prosecutors": who acts, kept in the object) are read as before; a
    negated permission is a prohibition, lengthening a remedy of its own."""
    (unit,) = ask_units(text)
    assert unit.actions == set(actions)
    assert set(kept) <= set(unit.object_terms)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The CEC should publish detailed results.", "Publish detailed results"),
        (
            "Results protocols should be posted on the website.",
            "Post results protocols on the website",
        ),
        (
            "Voter lists should be made available to parties.",
            "Make voter lists available to parties",
        ),
        (
            "Consideration could be given to limiting the role of prosecutors, as recommended.",
            "Limit the role of prosecutors",
        ),
        (
            "Guaranteeing inclusive composition of commissions.",
            "Guarantee inclusive composition of commissions",
        ),
    ],
)
def test_issue_names_are_short_imperatives(text: str, name: str) -> None:
    assert short_name(text) == name
    assert len(short_name(text * 5)) <= 80


def test_same_subject_with_another_remedy_stays_apart_and_one_reports_asks_never_merge() -> None:
    earlier = [
        item("a1", "Precinct results protocols should be published on the website.", "a", "2010"),
        item("a2", "Precinct results protocols should be published in the media.", "a", "2010"),
    ]
    later = [
        item(
            "b1",
            "Results protocols of every precinct should be posted online promptly.",
            "b",
            "2014",
        ),
        item(
            "b2",
            "Ballots at every precinct should be counted aloud before the protocols.",
            "b",
            "2014",
        ),
    ]
    groups = group([*earlier, *later])
    together = [{i.key for i in g.items} for g in groups]
    assert any({"a1", "b1"} <= keys or {"a2", "b1"} <= keys for keys in together)
    assert not any({"a1", "a2"} <= keys for keys in together)  # one report's asks
    assert not any("b2" in keys for keys in together)  # count aloud is another remedy


def test_states_never_mix_and_a_new_report_joins_the_index() -> None:
    grouping = Grouping()
    grouping.add(
        [
            item("x1", "Signed voter lists should be published after election day.", "x", "2010"),
            item(
                "y1",
                "Signed voter lists should be published after election day.",
                "y",
                "2012",
                country="yy",
            ),
        ]
    )
    assert grouping.groups() == []  # the same words in two states are two issues
    grouping.add(
        [item("x2", "Signed voter lists should be published after each election.", "x2", "2014")]
    )
    (found,) = grouping.groups()
    assert {i.key for i in found.items} == {"x1", "x2"}
    assert issue_name(found).startswith("Publish signed voter lists")


def test_the_ask_a_statement_names_is_read_without_its_verdict() -> None:
    assert (
        described_ask(
            "The recommendation to publish detailed results protocols on the website, made in "
            "the previous final report, remains unaddressed."
        )
        == "publish detailed results protocols on the website"
    )
    assert described_ask(
        "Previous recommendations to lower the deposit have not been addressed."
    ) == ("lower the deposit")


def test_remedies_in_directive_position_and_conditions_are_read_apart() -> None:
    """A long unit names remedy words in passing; its remedy is the verb its directive
    puts after the modal. A condition ("until ...") is not what is asked."""
    (unit,) = ask_units("The CEC should publicize instructions so that observers can check them.")
    assert unit.actions == {"publish"}
    (unit,) = ask_units("Widespread electronic voting should not be introduced until trust grows.")
    assert "trust" not in unit.object_terms and "evoting" in unit.object_terms
    groups = group(
        [
            item(
                "a",
                "E-voting should not be introduced until elections meet international standards.",
                "a",
                "2004",
            ),
            item("b", "Bring all election laws in line with international standards.", "b", "2005"),
        ]
    )
    assert groups == []


def test_a_statement_on_an_ask_missing_from_the_store_links_its_own_reports_restatement() -> None:
    grouping = Grouping()
    grouping.add(
        [
            item(
                "own",
                "Clear criteria for assessing the language proficiency of candidates should be "
                "set in law.",
                "r2",
                "2011",
            ),
            item("old", "Polling station results should be published online.", "r1", "2005"),
        ]
    )
    unaddressed = item(
        "s1",
        "Previous recommendations to clarify the criteria for assessing candidates' language "
        "proficiency remain unaddressed.",
        "r2",
        "2011",
    )
    done = item(
        "s2",
        "Following previous recommendations, criteria for assessing the language proficiency "
        "of candidates were set in law.",
        "r2",
        "2011",
    )
    found = resolve_all(grouping, [unaddressed, done], done={"s2"})
    assert [(f.assessment.key, f.recommendation.key, f.earlier) for f in found] == [
        ("s1", "own", False)
    ]
