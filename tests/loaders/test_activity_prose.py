"""Activities told as prose: what the programme's own side did, with a figure (invented
texts: a Finnish and a Slovak programme, no codes, no date openers)."""

from __future__ import annotations

from normgraph.loaders.extract.organisations import find_organisations
from normgraph.loaders.programme.activities import add_activities
from normgraph.loaders.programme.activity_prose import done_by_programme
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA
from tests.loaders.fact_lookup import value

NAMES = ["Lake Region Voter Forum", "LRVF"]


def test_the_programme_side_doing_something_with_a_figure() -> None:
    assert done_by_programme("We trained 240 polling officials in six districts.", NAMES)
    assert done_by_programme("Our volunteers visited 3,100 homes in Oulu.", NAMES)
    assert done_by_programme("In the last week, LRVF held three radio debates.", NAMES)
    assert done_by_programme("The project carried out a survey of 1,200 voters.", NAMES)


def test_judgements_others_and_figureless_sentences_are_not_activities() -> None:
    assert not done_by_programme("We noted 14 cases of family voting.", NAMES)
    assert not done_by_programme("We observed that 12 stations opened late.", NAMES)
    assert not done_by_programme("The commission trained 400 members in May.", NAMES)
    assert not done_by_programme("We organised the work of the secretariat.", NAMES)
    assert not done_by_programme("Turnout reached 61 per cent.", NAMES)


TEXT = """\
PROGRAMME ACTIVITIES

We trained 180 observers in Kosice and Presov in March 2010. Each observer received a
handbook.

Our lawyers drafted 12 model complaints for voters and candidates. They were published
online.

The election commission registered 2,900 observers.

FINDINGS

We trained nobody after the vote, but we published 3 statements.
"""


def test_an_activities_section_told_as_paragraphs() -> None:
    document = parse_document(SourceText("sk", "sk.txt", TEXT))
    extraction = Extraction()
    programme = Fact(iri=mint("programme", "sk"), kind=NG.Programme, label="Programme")
    found = add_activities(
        extraction, document, programme, find_organisations(extraction, document, "sk")
    )
    assert [str(value(a, NG.text)) for a in found] == [
        "We trained 180 observers in Kosice and Presov in March 2010.",
        "Our lawyers drafted 12 model complaints for voters and candidates.",
    ]
    assert [str(value(a, SCHEMA.startDate)) for a in found] == ["2010-03", "2010"]
