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


LETTERED = """\
4. ACTIVITIES AND RESULTS

Objective A: Fair Electoral Rules

A.1 Legal drafting support. Between March 2021 and May 2021, the Civic Action Centre (CAC) advised
the drafting group of the parliament.

A.2 Public hearings. The CAC held 5 hearings in the regions.

Objective B: Informed Voters

Activity 3: Voter information. The CAC printed leaflets in June 2021. The leaflets named
2.1 Districts. (this line continues a sentence and numbers nothing)
"""


def test_lettered_activities_under_objective_headings_and_a_single_number() -> None:
    document = parse_document(SourceText("programme", "programme.txt", LETTERED))
    extraction = Extraction()
    activities = add_activities(
        extraction,
        document,
        Fact(iri=mint("programme", "lettered"), kind=NG.Programme, label="Programme"),
        find_organisations(extraction, document, "ge"),
    )
    numbers = [next(str(v) for p, v in a.values if p == NG.number) for a in activities]
    assert numbers == ["A.1", "A.2", "3"]
    first = activities[0]
    assert [str(v) for p, v in first.values if p == SCHEMA.startDate] == ["2021-03"]
    assert first.evidence[0].quote.startswith("A.1 Legal drafting support.")
    assert "A.2" not in " ".join(span.quote for span in first.evidence)
