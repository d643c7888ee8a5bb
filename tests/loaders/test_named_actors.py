"""Actors named with a cue that says what they are (invented sentences and names)."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.named_actors import _named, add_named_actors
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

TEXT = """\
INTRODUCTION

The mission was led by Ms. Ilona Varga (Hungary). Tomas Brenner, director of the
Institute for Rural Studies, joined the core team. Deputy Minister of Justice Petra
Lindqvist met the mission, and the chair of the Central Election Commission, Oskar
Hallberg, briefed it.

The citizen observer coalition Clear Count deployed 900 observers. The opposition
coalition Green Harbour contested the results, while the ruling Union of Progress
welcomed them. The public broadcaster, Channel 7, provided free airtime, and the state
television channel NordTV covered the incumbent. The Broadcasting Council fined two
outlets. Appeals went to the Lakeside City Court, and later to the Supreme Court.

Women won 31 of the 101 seats in the Riksmote Hall. The unicameral Storting of the
island holds 50 seats. The Association of Young Voters ran a campaign. The Venice
Commission and the European Commission commented on the draft. Ambassador Karl Jensen
opened the event, attended by the incumbent President Aleksi Korhonen.
"""


def _actors() -> dict[str, set[str]]:
    extraction = Extraction()
    document = parse_document(SourceText("t", "t.txt", TEXT))
    add_named_actors(document, Actors(extraction, "xx"))
    found: dict[str, set[str]] = {}
    for fact in extraction.facts:
        kinds = {str(k).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for k in [fact.kind]}
        found.setdefault(str(fact.label), set()).update(kinds)
    return found


def test_people_by_title_role_and_apposition() -> None:
    found = _actors()
    people = {name for name, kinds in found.items() if "Person" in kinds}
    assert {
        "Ilona Varga",
        "Tomas Brenner",
        "Petra Lindqvist",
        "Oskar Hallberg",
        "Karl Jensen",
    } <= people
    # a title is not part of the name, and no institution is a person
    assert not any(name.startswith(("Ambassador", "President")) for name in people)
    assert not any("Commission" in name or "Court" in name for name in people)


def test_organisations_by_description_and_head_noun() -> None:
    found = _actors()
    assert found["Clear Count"] == {"ObserverGroup"}
    assert found["Green Harbour"] == {"PoliticalParty"}
    assert found["Union of Progress"] == {"PoliticalParty"}
    assert found["Channel 7"] == {"MediaOutlet"}
    assert found["NordTV"] == {"MediaOutlet"}
    assert found["Broadcasting Council"] == {"StateBody"}
    assert found["Lakeside City Court"] == {"Court"}
    assert found["Riksmote Hall"] == {"Parliament"}
    assert found["Storting"] == {"Parliament"}
    assert found["Association of Young Voters"] == {"CivilSocietyOrganisation"}


def test_international_and_generic_bodies_are_left_to_other_readers() -> None:
    found = _actors()
    assert "Venice Commission" not in found  # the generic institutions reader types it
    assert "European Commission" not in found
    assert "Supreme Court" not in found
    assert not any(
        "Korhonen" in name and "PoliticalParty" in kinds for name, kinds in found.items()
    )


def test_a_chamber_word_inside_a_longer_name_is_not_that_chamber() -> None:
    from normgraph.loaders.extract.actors import find_institutions

    alone = [name for _, _, _, name in find_institutions("The Majlis adopted the law.")]
    longer = [name for _, _, _, name in find_institutions("The Milli Majlis adopted the law.")]
    assert alone == ["Mazhilis"]  # the one-word name the reference data gives a chamber
    assert longer == []


def test_a_name_is_whole_or_left_out() -> None:
    from normgraph.loaders.extract.named_actors import _named

    def names(text: str) -> list[str]:
        return [name for _, _, name, _ in _named(text)]

    assert names("the OSCE High Commissioner on National Minorities said") == []
    assert names("an address to the Civic Council of Trust' (Oslo, 2019)") == [
        "Civic Council of Trust"
    ]  # a closing quotation mark is not part of the name
    assert names("the State Commission for Democratic reform met twice") == []
    assert names("the Regional Court of Appeal ruled on 3 May") == ["Regional Court of Appeal"]


def test_parties_offices_and_ministries_are_named_for_what_they_are() -> None:
    text = (
        "The incumbent was backed by the Maltese Labour Alliance; his rival, Ms. Rita Borg of "
        "the Nationalist Civic Party, was backed by the Ministry of the Interior and the "
        "National Statistics Office, while the European Union, the Union of Workers and the "
        "Office for Democratic Institutions stayed neutral."
    )
    named = {(name, kind) for _, _, name, kind in _named(text)}
    assert ("Maltese Labour Alliance", "party") in named
    assert ("Nationalist Civic Party", "party") in named
    assert ("Ministry of the Interior", "state-body") in named
    assert ("National Statistics Office", "state-body") in named
    assert not {name for name, _ in named} & {"European Union", "Union of Workers"}
    assert not any(name.endswith("Office for Democratic Institutions") for name, _ in named)


def test_a_ministry_for_european_affairs_is_the_states() -> None:
    text = "The team met the Ministry of Foreign and European Affairs and the European Commission."
    named = {(name, kind) for _, _, name, kind in _named(text)}
    assert ("Ministry of Foreign and European Affairs", "state-body") in named
    assert not any(name == "European Commission" for name, _ in named)


OUTLETS = """\
MEDIA

The private station Valley One was fined twice. Commercial broadcasters Nordsat and Baltia
Plus aired the debates, and the tabloid Morning Bell ran the leaked list. Private channels
Kanal Sever and Radio Brisa broadcast paid spots, and the daily Harbour Post reported them.
The station manager resigned; the daily schedule of the newspaper was unchanged.
"""


def test_outlets_by_a_description_before_their_names() -> None:
    extraction = Extraction()
    document = parse_document(SourceText("m", "m.txt", OUTLETS))
    add_named_actors(document, Actors(extraction, "xx"))
    media = {str(f.label) for f in extraction.facts if str(f.kind).endswith("MediaOutlet")}
    assert media == {
        "Valley One",
        "Nordsat",
        "Baltia Plus",
        "Morning Bell",
        "Kanal Sever",
        "Radio Brisa",
        "Harbour Post",
    }


def test_a_possessive_after_a_headed_name_is_no_part_of_it() -> None:
    for sentence, name in (
        ("The Court of Audit's report on party finance came late.", "Court of Audit"),
        (
            "Nobody appealed the Agency for Media Oversight's decisions.",
            "Agency for Media Oversight",
        ),
        ("Observers cited the Council of Elders' ruling on the count.", "Council of Elders"),
        ("The Bureau of Census\u2019s figures were disputed.", "Bureau of Census"),
    ):
        assert [found for _, _, found, _ in _named(sentence)] == [name], sentence
