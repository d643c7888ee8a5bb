"""Who issued a report, what it is and when, read from title blocks the corpus does not have
(``identification_layouts``), and the recommendations of an annexed mission statement."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.registry import head_reader_for
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.fact_lookup import facts, texts
from tests.loaders.identification_layouts import ARTICLE, INSTITUTE, JOINT, PROGRAMME


def _names(extraction: Extraction, iris: list[str]) -> list[str]:
    return [str(extraction.get(URIRef(iri)).label) for iri in iris]  # type: ignore[union-attr]


def test_a_joint_statement_is_issued_by_the_institutions_its_opening_names() -> None:
    extraction = StatementLoader().extract(SourceText("joint", "joint.txt", JOINT))
    (report,) = facts(extraction, NG.Report)
    assert _names(extraction, texts(report, DCTERMS.creator)) == [
        "Office for Democratic Institutions and Human Rights",
        "Parliamentary Assembly of the Council of Europe",
    ]
    assert texts(report, DCTERMS.issued) == ["2034-03-06"]
    (election,) = facts(extraction, NG.Election)
    assert str(election.iri).endswith("/election/ee/parliamentary/2034-03-05")


def test_an_issuer_in_capitals_and_a_statement_place_date_line() -> None:
    extraction = StatementLoader().extract(SourceText("inst", "inst.txt", INSTITUTE))
    (report,) = facts(extraction, NG.Report)
    assert _names(extraction, texts(report, DCTERMS.creator)) == [
        "Baltic Institute for Electoral Integrity"
    ]
    assert texts(report, DCTERMS.creator)[0].endswith("/organisation/biei")
    assert texts(report, DCTERMS.issued) == ["2035-09-12"]
    findings = [texts(f, NG.text)[0] for f in facts(extraction, NG.Finding)]
    assert findings == [
        "The mission found that the campaign is competitive and that contestants campaign freely."
    ]
    recommendations = [
        (texts(r, NG.number)[0], texts(r, NG.text)[0]) for r in facts(extraction, NG.Recommendation)
    ]
    assert recommendations == [
        (
            "1",
            "The Central Election Commission should publish the results of each polling station.",
        ),
        ("2", "Parliament should adopt rules on online political advertising."),
    ]


def test_a_programme_report_and_its_annexed_mission_statement() -> None:
    extraction = ProgrammeLoader().extract(SourceText("prog", "prog.txt", PROGRAMME))
    main, annexed = facts(extraction, NG.Report)
    assert _names(extraction, texts(main, DCTERMS.creator)) == [
        "Nordic Centre for Civic Participation"
    ]
    assert texts(annexed, DCTERMS.isPartOf) == [str(main.iri)]
    assert texts(annexed, DCTERMS.creator) == texts(main, DCTERMS.creator)
    assert texts(annexed, DCTERMS.issued) == ["2032-05-02"]
    (programme,) = facts(extraction, NG.Programme)
    assert _names(extraction, texts(programme, NG.implementer)) == [
        "Nordic Centre for Civic Participation"
    ]
    assert _names(extraction, texts(programme, NG.donor)) == ["Northern Civic Fund"]
    assert texts(programme, NG.fundingReference) == ["NF-LT-2031-0042"]
    assert texts(programme, NG.country)[0].endswith("/lt")
    numbers = [texts(r, NG.number) for r in facts(extraction, NG.Recommendation)]
    assert numbers == [["1"], ["2"]]


def test_a_plain_text_article_names_its_author_affiliation_and_year() -> None:
    head = head_reader_for(Genre.JOURNAL_ARTICLE)(SourceText("art", "art.txt", ARTICLE))
    assert head.title == (
        "Counting on Trust: Domestic Observers and Electoral Reform in the Baltic States"
    )
    assert [(c.name, c.is_person) for c in head.creators] == [("Ieva Kalnina", True)]
    assert head.affiliation is not None
    assert head.affiliation.organisation == "University of Vilnius"
    assert head.issued == 2033


def test_each_layout_is_recognised_as_its_genre() -> None:
    assert detect_genre(JOINT) is Genre.PRELIMINARY_STATEMENT
    assert detect_genre(INSTITUTE) is Genre.PRELIMINARY_STATEMENT
    assert detect_genre(PROGRAMME) is Genre.PROGRAMME_REPORT  # "Final Narrative Report"
    assert detect_genre(ARTICLE) is Genre.JOURNAL_ARTICLE


def test_a_programme_stated_as_a_project_being_implemented() -> None:
    text = (
        "CIVIC BRIDGES FOUNDATION\n\nFINAL PROJECT REPORT\n\nI. SUMMARY\n\n"
        "Since March 2030, the Civic Bridges Foundation (CBF) has been implementing the Open "
        "Councils project in Montenegro, with funding from the Adriatic Trust (AT).\n"
    )
    extraction = ProgrammeLoader().extract(SourceText("proj", "proj.txt", text))
    (programme,) = facts(extraction, NG.Programme)
    assert _names(extraction, texts(programme, NG.implementer)) == ["Civic Bridges Foundation"]
    assert _names(extraction, texts(programme, NG.donor)) == ["Adriatic Trust"]
    assert texts(programme, NG.country)[0].endswith("/me")
