"""Document identification in layouts the fixtures lack (``document_layouts``): interim
reports closed by the period they cover, working papers, recommendations in passing."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.head import issuer_line
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.registry import head_reader_for, loader_for
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import DCTERMS, NG
from tests.loaders.document_layouts import IN_PASSING, INTERIM, WORKING_PAPER
from tests.loaders.fact_lookup import facts, texts

_BODY = INTERIM[INTERIM.index("I. SUMMARY") :]


def _extract(name: str, text: str) -> Extraction:
    return loader_for(detect_genre(text)).extract(SourceText(name, f"{name}.txt", text))


def _creators(extraction: Extraction, report: Fact) -> list[str]:
    return [
        str(extraction.get(URIRef(iri)).label)  # type: ignore[union-attr]
        for iri in texts(report, DCTERMS.creator)
    ]


def test_an_interim_report_with_its_period_and_issue_date() -> None:
    extraction = _extract("interim", INTERIM)
    (report,) = facts(extraction, NG.Report)
    assert texts(report, NG.genre) == [str(Genre.PRELIMINARY_STATEMENT.concept)]
    assert _creators(extraction, report) == [
        "OSCE Office for Democratic Institutions and Human Rights"
    ]
    assert texts(report, DCTERMS.issued) == ["2031-02-20"]


@pytest.mark.parametrize(
    "title_block",
    [
        "ODIHR Election Observation Mission\nLatvia \u2013 Presidential Election 2031\n\n"
        "INTERIM REPORT No. 1\n3 \u2013 17 February 2031\n\n",
        "Latvia, Presidential Election 2031\nODIHR Election Observation Mission\n"
        "Interim Report 2\n(28 January \u2013 10 February 2031)\n\n",
        "OSCE Office for Democratic Institutions and Human Rights\nElection Observation Mission\n"
        "Latvia, Presidential Election 2031\n\nINTERIM REPORT\n3 - 17 February 2031\n\n",
        "ODIHR Election Observation Mission\nLatvia, Presidential Election 2031\n\n"
        "INTERIM REPORT No. 1\n(for the period 3 \u2013 17 February 2031)\n\n",
        "ODIHR Election Observation Mission\nLatvia \u2013 Presidential Election 2031\n\n"
        "INTERIM REPORT No. 1, 3\u201317 February 2031\n\n",
        "# ODIHR Election Observation Mission\n## Latvia \u2013 Presidential Election 2031\n\n"
        "**INTERIM REPORT No. 1**\n**3 \u2013 17 February 2031**\n\n",
        "ODIHR ELECTION OBSERVATION MISSION\nLATVIA \u2013 PRESIDENTIAL ELECTION 2031\n\n"
        "INTERIM REPORT No. 1\n3 \u2013 17 February 2031\n\n",
    ],
)
def test_an_interim_report_closed_by_its_period_alone(title_block: str) -> None:
    """The period line closes the title block; its end is not taken as the issue date."""
    text = title_block + _BODY
    head = head_reader_for(detect_genre(text))(SourceText("i", "i.txt", text))
    assert [c.name for c in head.creators] == [
        "OSCE Office for Democratic Institutions and Human Rights"
    ]
    assert head.issued is None


def test_a_word_in_title_case_is_no_mission_acronym() -> None:
    text = (
        "Election Observation Mission\nLatvia, Presidential Election 2031\n\n"
        "INTERIM REPORT\n3 \u2013 17 February 2031\n\n" + _BODY
    )
    head = head_reader_for(Genre.PRELIMINARY_STATEMENT)(SourceText("i", "i.txt", text))
    assert [c.name for c in head.creators] != ["Election"]


def test_a_working_paper_is_an_article_by_both_its_authors() -> None:
    extraction = _extract("paper", WORKING_PAPER)
    (report,) = facts(extraction, NG.Report)
    assert texts(report, NG.genre) == [str(Genre.JOURNAL_ARTICLE.concept)]
    assert _creators(extraction, report) == ["Anna Veldt", "Tomas Brenner"]
    assert texts(report, DCTERMS.title)[0].startswith("PROMISES ON PAPER")


@pytest.mark.parametrize(
    ("series", "byline"),
    [
        ("Working Paper No. 7", "Anna Veldt and Tomas Brenner"),
        ("Policy Brief No. 4, March 2032", "Anna Veldt1 and Tomas Brenner2"),
        (
            "Centre for Regional Governance Studies\nDiscussion Paper Series, No. 3 (2032)",
            "Anna Veldt, University of Eastland\nTomas Brenner (Centre for Regional Studies)",
        ),
    ],
)
def test_series_lines_and_bylines_of_working_papers(series: str, byline: str) -> None:
    text = f"{series}\n\nPromises on Paper\n\n{byline}\n\nAbstract\nThis paper asks why.\n"
    assert detect_genre(text) is Genre.JOURNAL_ARTICLE
    head = head_reader_for(Genre.JOURNAL_ARTICLE)(SourceText("p", "p.txt", text))
    assert head.title == "Promises on Paper"
    assert [c.name for c in head.creators] == ["Anna Veldt", "Tomas Brenner"]


def test_a_working_paper_cited_in_the_body_is_no_cue() -> None:
    """Only the title block says what a text is: a statement citing a working paper stays a
    statement."""
    cited = IN_PASSING + "\nSee also Working Paper No. 12 of the Centre for Regional Studies.\n"
    assert detect_genre(cited) is Genre.PRELIMINARY_STATEMENT


def _passing(text: str) -> list[str]:
    extraction = _extract("passing", text)
    for fact in facts(extraction, NG.Recommendation):
        assert not texts(fact, NG.number)
    return [texts(fact, NG.text)[0] for fact in facts(extraction, NG.Recommendation)]


def test_recommendations_in_passing_are_unnumbered_and_only_where_the_text_recommends() -> None:
    assert _passing(IN_PASSING) == [
        "ODIHR recommends that the commission publish its decisions within one day.",
        "It is recommended that the rules on paid advertising be clarified before the next "
        "elections.",
    ]


@pytest.mark.parametrize(
    ("sentence", "recommends"),
    [
        ("The authorities could consider publishing all decisions online.", True),
        ("Consideration should be given to extending the deadline for appeals.", True),
        ("Contestants are encouraged to respect the campaign silence.", True),
        ("The IEOM recommends that the voter lists be reviewed.", True),
        ("ODIHR previously recommended that the voter lists be reviewed.", False),
        ("By law, the court should consider an appeal within three days.", False),
        ("The Central Election Commission recommends that voters bring a passport.", False),
        ("The election day was calm and orderly.", False),
    ],
)
def test_what_counts_as_recommending_in_passing(sentence: str, recommends: bool) -> None:
    text = IN_PASSING.replace(
        "The ballot design was discussed at length in the commission.", sentence
    )
    assert (sentence in _passing(text)) is recommends


def test_an_issue_date_after_a_place_under_the_period() -> None:
    text = INTERIM.replace("\n20 February 2031\n", "\nRiga, 20 February 2031\n")
    head = head_reader_for(Genre.PRELIMINARY_STATEMENT)(SourceText("i", "i.txt", text))
    assert head.issued is not None and head.issued.isoformat() == "2031-02-20"  # type: ignore[union-attr]


def test_a_line_of_capitals_names_no_acronym_the_text_does_not_define() -> None:
    text = "JOINT ELECTION OBSERVATION MISSION\n" + INTERIM.replace("(ODIHR)", "")
    text = text.replace("ODIHR Election Observation Mission\n", "")
    head = head_reader_for(Genre.PRELIMINARY_STATEMENT)(SourceText("i", "i.txt", text))
    assert [c.short_name for c in head.creators] != ["JOINT"]


@pytest.mark.parametrize(
    ("line", "name", "short"),
    [
        ("CIVIC ELECTION WATCH OF ESTONIA (CEWE)", "Civic Election Watch of Estonia", "CEWE"),
        ("Society for Fair Elections (SFE)", "Society for Fair Elections", "SFE"),
    ],
)
def test_a_title_line_naming_an_organisation_with_its_acronym(
    line: str, name: str, short: str
) -> None:
    text = f"{line}\n\nFINAL NARRATIVE REPORT\n\nThe project observed the elections.\n"
    (creator,) = [c for c in [issuer_line(SourceText("p", "p.txt", text), 0, len(line))] if c]
    assert (creator.name, creator.short_name) == (name, short)


@pytest.mark.parametrize(
    "line",
    ["STATEMENT OF THE OBSERVATION MISSION (EOM)", "Central Election Commission (XEC)"],
)
def test_a_title_or_an_acronym_of_other_initials_is_no_issuer_line(line: str) -> None:
    assert issuer_line(SourceText("p", "p.txt", line + "\n"), 0, len(line)) is None


def test_a_summary_mentioning_the_report_names_no_issuer() -> None:
    """ "This interim report covers the work of the ... Commission (CEC)" does not make the
    commission its issuer: the title block's mission line does."""
    summary = (
        "I. SUMMARY\n\n\u2022 This interim report covers the work of the Central Election "
        "Commission (CEC) until 17 February.\n"
    )
    text = INTERIM.replace("I. SUMMARY\n", summary)
    head = head_reader_for(Genre.PRELIMINARY_STATEMENT)(SourceText("i", "i.txt", text))
    assert [c.short_name for c in head.creators] == ["ODIHR"]
