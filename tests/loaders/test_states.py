"""States as reports name them: ISO 3166 from pycountry, the 57 participating States from
their data file, and the state a report is about (title block first, then frequency)."""

from __future__ import annotations

import tomllib

import pycountry
import pytest

from normgraph.loaders.extract.states import (
    all_states,
    find_state,
    find_states,
    participating_states,
    state_by_code,
    state_named,
)
from normgraph.ontology import PARTICIPATING_STATES_FILE, read_text


def test_every_iso_country_and_the_57_participating_states() -> None:
    assert {s.code for s in all_states()} == {c.alpha_2 for c in pycountry.countries}
    listed = tomllib.loads(read_text(PARTICIPATING_STATES_FILE))["state"]
    assert len(listed) == 57
    assert [s.code for s in participating_states()] == sorted(
        (e["code"] for e in listed),
        key=lambda code: [c.alpha_2 for c in pycountry.countries].index(code),
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("the Kyrgyz Republic", "KG"),
        ("Kyrgyzstan", "KG"),
        ("Kyrgyz", "KG"),
        ("Georgian", "GE"),
        ("the Republic of Moldova", "MD"),
        ("Moldovan", "MD"),
        ("Russian Federation", "RU"),
        ("Türkiye", "TR"),
        ("U.S.", "US"),
        ("Republic of North Macedonia", "MK"),
        ("China", "CN"),  # not a participating State: ISO names still resolve
    ],
)
def test_a_state_by_any_name_reports_write(written: str, code: str) -> None:
    state = state_named(written)
    assert state is not None and state.code == code


def test_unknown_names_and_codes() -> None:
    assert state_named("Testland") is None
    with pytest.raises(KeyError, match="XX"):
        state_by_code("XX")
    assert state_by_code("ge").name == "Georgia"


def test_the_title_block_names_the_state_before_the_body_counts() -> None:
    text = (
        "GEORGIAN PARLIAMENTARY ELECTIONS\n31 October 2024\n\n"
        "Observers from Armenia, Armenia and Armenia visited Tbilisi."
    )
    found = find_state(text, head_end=text.index("\n\n"))
    assert found is not None and found.state.code == "GE"
    assert text[found.start : found.end] == "GEORGIAN"


def test_without_a_title_block_the_most_named_state_wins() -> None:
    text = (
        "Observers from Armenia came. The Republic of Moldova held elections; "
        "Moldova's CEC and the Russian-language media of Moldova. Russian, Russian, Russian."
    )
    found = find_state(text)
    assert found is not None and found.state.code == "MD"  # adjectives do not count here
    assert text[found.start : found.end] == "Republic of Moldova"
    assert find_state("No state is named here.") is None


def test_acronyms_only_in_capitals_and_whole_words() -> None:
    names = [f.state.code for f in find_states("the UK and the uk; Georgian; Nigeria; U.S. aid")]
    assert names == ["GB", "US"]
    assert [f.state.code for f in find_states("Georgian", adjectives=True)] == ["GE"]


def test_a_title_block_naming_a_donor_first_gives_way_to_the_state_the_body_is_about() -> None:
    text = (
        "FINAL NARRATIVE REPORT\nFunded by the Ministry of Foreign Affairs of Norway\n"
        "Voter education in Moldova, 2031-2032\n\n"
        + "The programme trained election officials across Moldova. " * 4
        + "Norway's embassy visited once."
    )
    found = find_state(text, head_end=text.index("\n\n"))
    assert found is not None and found.state.code == "MD"
    assert text[found.start : found.end] == "Moldova"  # the title block's mention


def test_an_affiliation_in_the_title_block_does_not_outweigh_the_state_studied() -> None:
    text = (
        "Follow-up Without Pressure: Recommendations in a Consolidated Democracy\n\n"
        "Ola Nordmann\nDepartment of Political Science, University of Oslo, Norway\n\n"
        + "Lithuania received 40 recommendations; Lithuania implemented half. "
        * 3
    )
    found = find_state(text, head_end=text.index("\n\n", text.index("Ola")))
    assert found is not None and found.state.code == "LT"
    assert text[found.start : found.end] == "Lithuania"
    # a title block naming the state once keeps it against a body that names it as often
    text = "Elections in Norway\n\n" + "Norway and Sweden held elections. " * 6
    found = find_state(text, head_end=text.index("\n\n"))
    assert found is not None and found.state.code == "NO"
