"""Activity codes of any shape open an activity only on a line of their own (invented work
plans: another state, other codes than the fixtures)."""

from __future__ import annotations

from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.programme.activities import add_activities
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import value

PLAN = """\
3. IMPLEMENTATION

WP1 - Observer network

T1 Recruitment. Volunteers were recruited in all regions of Montenegro.

T2 Training of observers
Nine regional sessions were held in May; 96 per cent of the trainees passed a test of
2.1 per cent of the questions asked twice.

WP2 - Election day

1.1.1 Deployment of mobile teams. Teams covered the mountain municipalities.

Work package 3: Advocacy
"""


def _read(text: str) -> list[tuple[str, str]]:
    document = parse_document(SourceText("plan", "plan.txt", text))
    extraction = Extraction()
    programme = Fact(iri=mint("programme", "plan"), kind=NG.Programme, label="Programme")
    found = add_activities(
        extraction, document, programme, find_organisations(extraction, document, "me")
    )
    return [(str(value(a, NG.number)), str(a.label).split(": ", 1)[1]) for a in found]


def test_tasks_are_activities_and_their_work_packages_are_not() -> None:
    assert _read(PLAN) == [
        ("T1", "Recruitment"),
        ("T2", "Training of observers"),
        ("1.1.1", "Deployment of mobile teams"),
    ]


def test_work_packages_are_the_activities_when_nothing_is_numbered_under_them() -> None:
    text = "PROJECT ACTIVITIES\n\nWP1 - Observer network. Set up in March.\n\n" + (
        "Work package 2: Advocacy\nTwo hearings in parliament.\n"
    )
    assert _read(text) == [("WP1", "Observer network"), ("WP2", "Advocacy")]


def test_a_plain_list_of_what_was_done_gives_unnumbered_activities() -> None:
    text = (
        "ACTIVITY SUMMARY\n\n"
        "- Training of 300 polling officials in six districts (March 2004).\n"
        "- Round table with the election commission on the voter register.\n"
        "- 12\n"
    )
    read = _read(text)
    assert [name for _, name in read] == [
        "Training of 300 polling officials in six districts (March 2004)",
        "Round table with the election commission on the voter register",
    ]
    assert {number for number, _ in read} == {"None"}


def test_roman_activity_numbers() -> None:
    text = "PROJECT ACTIVITIES\n\nActivity II: Media monitoring. Four channels were followed.\n"
    assert _read(text) == [("II", "Media monitoring")]


def test_codes_with_a_lettered_part_in_parentheses() -> None:
    text = (
        "WHAT THE PROJECT DID\n\n"
        "Output 2: Informed voters\n\n"
        "   Activity 2(a)  Door-to-door canvass.  Volunteers visited 3,100 homes in Tartu.\n\n"
        "   Activity 2(ii)  Leaflets.  A leaflet in Estonian and Russian was printed.\n"
    )
    assert _read(text) == [("2(a)", "Door-to-door canvass"), ("2(ii)", "Leaflets")]


def test_a_section_number_before_a_worded_code_gives_way_to_it() -> None:
    text = (
        "4  PROJECT ACTIVITIES\n\n"
        "4.1  Work package 1: Monitoring\n\n"
        "T1   Media monitoring. Six outlets were followed from March.\n\n"
        "4.2  Work package 2: Dialogue\n\n"
        "T2   Round tables. Three were held in Vilnius.\n"
    )
    assert _read(text) == [("T1", "Media monitoring"), ("T2", "Round tables")]
