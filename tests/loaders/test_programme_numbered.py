"""Numbered programme activities ("Activity 1.2: Name."), in an invented report section."""

from __future__ import annotations

from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.programme.activities import add_activities
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

TEXT = """\
PROGRAM ACTIVITIES

Objective 1: Parties engage voters.

Activity 1.1: Regional workshops. Between May 2020 and June 2021, the Civic Action Centre (CAC)
held 12 workshops for party activists with the Youth Voters League (YVL).

Activity 1.2: Voter survey. The CAC commissioned two surveys.

In March 2022, the CAC trained 40 party members.
"""


def test_a_numbered_activity_is_one_activity_with_its_number_name_and_date() -> None:
    source = SourceText("programme", "programme.txt", TEXT)
    document = parse_document(source)
    extraction = Extraction()
    orgs = find_organisations(extraction, document, "md")
    programme = Fact(iri=mint("programme", "invented"), kind=NG.Programme, label="Programme")
    programme.add(NG.implementer, orgs.by_short["CAC"])
    activities = add_activities(extraction, document, programme, orgs)
    numbered = {str(a.label): a for a in activities}
    assert sorted(numbered) == [
        "Activity 1.1: Regional workshops",
        "Activity 1.2: Voter survey",
        "Training: In March 2022, the CAC trained 40 party members.",
    ]
    first = numbered["Activity 1.1: Regional workshops"]
    assert [str(v) for p, v in first.values if p == SCHEMA.startDate] == ["2020-05"]
    assert (NG.implementer, orgs.by_short["CAC"]) in first.values
    assert (NG.partner, orgs.by_short["YVL"]) in first.values
    assert [str(v) for p, v in first.values if p == NG.number] == ["1.1"]
