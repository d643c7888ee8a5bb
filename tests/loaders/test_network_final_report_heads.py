"""A citizen network's final report read as one whatever its masthead (issue 13, gen17a):
a body sentence wrapped so that "preliminary statement" opens a line is no title; a
masthead "NATIVE NAME \u00b7 ENGLISH NAME (ACRONYM)" names the issuer even when the name says
what it watches ("... FOR FAIR ELECTIONS"); a title's second line ("OF THE ...", "to the
...") names no issuer; and a final report whose head gives no election still files the
results tables of its body under the elections its text names. Invented texts: other
states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.head_organisations import head_organisations
from normgraph.loaders.odihr.head import head_final_report
from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.scholarship.head import head_journal_article
from normgraph.loaders.text.genres import Genre, read_genre
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts
from tests.loaders.odihr_heads import final_report_head

NETWORK = """\
RETEAUA CIVICA PENTRU ALEGERI CORECTE  ·  CITIZENS' NETWORK FOR FAIR ELECTIONS (CNFE)
Craiova, Pitesti, Ploiesti



              GENERAL ELECTIONS IN THE REPUBLIC OF MOLDOVA
                            4 November 2029


              FINAL REPORT OF THE CIVIC OBSERVATION
              OF THE CITIZENS' NETWORK FOR FAIR ELECTIONS (CNFE)


                          Chisinau, March 2030



CNFE observed the general elections of 4 November 2029, the presidential election
and the parliamentary elections held on one day, with 1,200 observers. It issued its
preliminary statement on 5 November 2029; this report covers the whole process up to the
announcement of the final results.

Results

Table 1. Presidential election, 4 November 2029 (valid votes)

Candidate (nominated by)          Votes        %
Elena Rusu (Party of Renewal)     812.344      51,20
Victor Ciobanu (independent)      774.286      48,80
"""


def test_a_wrapped_mention_of_the_preliminary_statement_is_no_title() -> None:
    assert read_genre(NETWORK).genre is Genre.FINAL_REPORT
    wrapped = NETWORK.replace("It issued its\npreliminary", "It issued\nits preliminary")
    assert read_genre(wrapped).genre is Genre.FINAL_REPORT  # cited with "its"
    statement = "CIVIC VOTE WATCH\n\nPreliminary Statement\n\nChisinau, 5 November 2029\n"
    assert read_genre(statement).genre is Genre.PRELIMINARY_STATEMENT


@pytest.mark.parametrize(
    ("masthead", "name", "short"),
    [
        (
            "RETEAUA CIVICA PENTRU ALEGERI CORECTE  ·  CITIZENS' NETWORK FOR FAIR ELECTIONS (CNFE)",
            "Citizens' Network for Fair Elections",
            "CNFE",
        ),
        (
            "Zaštita izbora  |  Coalition for Clean Elections (CCE)",
            "Coalition for Clean Elections",
            "CCE",
        ),
        ("ALLIANCE FOR FREE ELECTIONS", "Alliance for Free Elections", "AFE"),
    ],
)
def test_a_masthead_names_an_organisation_named_for_the_elections_it_watches(
    masthead: str, name: str, short: str
) -> None:
    text = f"{masthead}\n\nPARLIAMENTARY ELECTIONS\n12 June 2031\n\nFINAL REPORT\n"
    found = head_organisations(SourceText("x", "x.txt", text))
    assert [(c.name, c.short_name) for c in found][:1] == [(name, short)]


def test_a_title_line_or_a_mission_is_no_issuer() -> None:
    text = (
        "ELECTION OBSERVATION MISSION (EOM)\nALTERNATIVE REPORT\n"
        "to the United Nations Committee\nOF THE CIVIC NETWORK FOR ELECTIONS\n"
    )
    assert head_organisations(SourceText("x", "x.txt", text)) == []


def test_a_network_final_report_gets_its_issuer_and_its_body_results() -> None:
    head = head_final_report(SourceText("md", "md.txt", NETWORK))
    assert [(c.name, c.short_name) for c in head.creators] == [
        ("Citizens' Network for Fair Elections", "CNFE")
    ]
    extraction = OdihrLoader().extract(SourceText("md", "md.txt", NETWORK))
    results = [fact for fact in extraction.facts if str(fact.kind).endswith("Result")]
    votes = sorted(int(texts(fact, NG.votes)[0]) for fact in results)
    assert votes == [774286, 812344]
    elections = {str(e) for fact in results for e in texts(fact, NG.election)}
    assert elections and all("presidential/2029-11-04" in e for e in elections)


SHADOW = """\
LATVIAN CIVIC ELECTION MONITOR (LCEM)


SHADOW REPORT
to the Committee of Ministers

on the Right to Free Elections
in the Republic of Latvia

Riga, October 2031

Prepared by Anna Ozola



1.  INTRODUCTION

The monitor observed the elections of 2026 and 2030.
"""


def test_an_alternative_report_with_no_byline_names_the_organisation_over_its_title() -> None:
    head = head_journal_article(SourceText("lv", "lv.txt", SHADOW))
    assert [(c.name, c.short_name) for c in head.creators][:1] == [
        ("Latvian Civic Election Monitor", "LCEM")
    ]


@pytest.mark.parametrize("kind", ["GENERAL ELECTIONS", "Legislative Elections"])
def test_a_final_report_on_general_or_legislative_elections_is_about_parliament(kind: str) -> None:
    text = final_report_head(
        "REPUBLIC OF SAN MARINO", kind, "9 June 2030", "Election Expert Team", "1 September 2030"
    )
    text += "\n1. SUMMARY\n\nThe elections were competitive and trusted.\n"
    extraction = OdihrLoader().extract(SourceText("sm", "sm.txt", text))
    elections = [str(f.iri) for f in extraction.facts if f.kind == NG.Election]
    assert elections == ["https://w3id.org/normgraph/id/election/sm/parliamentary/2030-06-09"]
