"""The observer-statement loader on ENEMO's preliminary report (2005 presidential election).

Expected values were checked by reading the report.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ELI, ID, NG, ORG, XSD
from tests.documents import ENEMO_2005, ENEMO_2005_KEY
from tests.loaders.extraction_fixtures import corpus_extraction
from tests.loaders.fact_lookup import facts, values

REPORT = ID[f"report/{ENEMO_2005_KEY}"]
ELECTION = ID["election/kz/presidential/2005-12-04"]


source, extraction = corpus_extraction(StatementLoader, ENEMO_2005)


def test_every_recommendation_is_found_in_order(extraction: Extraction) -> None:
    recommendations = facts(extraction, NG.Recommendation)
    assert [str(r.iri).rsplit("/", 1)[-1] for r in recommendations] == ["p1", "1", "2", "3"]
    assert [values(r, NG.number) for r in recommendations] == [
        [],
        [Literal("1")],
        [Literal("2")],
        [Literal("3")],
    ]
    texts = [str(values(r, NG.text)[0]) for r in recommendations]
    assert texts[0].startswith("Bring all legal standards and election laws in line with")
    assert texts[0].endswith("over improvements to the election law.")
    assert texts[1].startswith("Abolish the provisions in paragraph 6 of Article 44 of the Const")
    assert texts[2].startswith("Legislate the preferred usage of paper ballots")
    assert texts[3].endswith(
        "Such guarantees and restrictions on absentee ballots should be introduced."
    )
    assert all(values(r, NG.election) == [ELECTION] for r in recommendations)


def test_the_lead_in_is_not_a_recommendation(extraction: Extraction) -> None:
    texts = [str(values(r, NG.text)[0]) for r in facts(extraction, NG.Recommendation)]
    assert not any(text.startswith("To improve the election legislation") for text in texts)


def test_recommendations_cite_laws_articles_and_the_copenhagen_document(
    extraction: Extraction,
) -> None:
    first = extraction.get(ID[f"recommendation/{ENEMO_2005_KEY}/1"])
    assert first is not None
    law = ID["law/kz/constitutional-law-on-elections"]
    paragraph = URIRef(f"{law}/article/44/paragraph/6")
    assert paragraph in values(first, NG.concernsLaw)
    assert ID["law/kz/constitution/article/32"] in values(first, NG.concernsLaw)
    assert values(first, NG.invokesNorm) == [
        URIRef(str(ID).replace("/id/", "/vocab/") + "norm/freedom-of-assembly")
    ]
    article = extraction.get(URIRef(f"{law}/article/44"))
    assert article is not None and values(article, ELI.is_part_of) == [law]
    para = extraction.get(paragraph)
    assert para is not None and values(para, ELI.is_part_of) == [URIRef(f"{law}/article/44")]
    chapeau = extraction.get(ID[f"recommendation/{ENEMO_2005_KEY}/p1"])
    assert chapeau is not None
    assert ID["instrument/osce-copenhagen-document"] in values(chapeau, NG.concerns)
    treaty_law = extraction.get(ID["law/kz/law-on-international-agreements"])
    assert treaty_law is not None
    assert values(treaty_law, ELI.date_document) == [Literal("2005-05-30", datatype=XSD.date)]


def test_the_one_election_is_the_presidential_election_of_4_december_2005(
    extraction: Extraction,
) -> None:
    elections = facts(extraction, NG.Election)
    assert [e.iri for e in elections] == [ELECTION]
    assert values(elections[0], NG.electionDate) == [Literal("2005-12-04", datatype=XSD.date)]
    report = extraction.get(REPORT)
    assert report is not None and values(report, NG.election) == [ELECTION]


def test_the_mission_its_observers_dates_regions_and_member_organisations(
    extraction: Extraction,
) -> None:
    (mission,) = facts(extraction, NG.ObservationMission)
    assert values(mission, NG.shortTermObserverCount) == [Literal(30, datatype=XSD.integer)]
    assert values(mission, NG.longTermObserverCount) == [Literal(10, datatype=XSD.integer)]
    assert values(mission, NG.pollingStationsObserved) == [Literal(310, datatype=XSD.integer)]
    assert [str(v) for v in values(mission, URIRef("https://schema.org/startDate"))] == [
        "2005-11-19"
    ]
    assert [str(v) for v in values(mission, URIRef("https://schema.org/endDate"))] == ["2005-12-03"]
    assert len(values(mission, NG.region)) == 6
    assert values(mission, NG.observes) == [ELECTION]
    members = {
        str(values(m, ORG.member)[0]).rsplit("/", 1)[-1] for m in facts(extraction, ORG.Membership)
    }
    assert len(members) == 10
    assert {"viasna", "partnership", "voice", "it-s-your-choice"} <= members
    assert len(values(mission, NG.participatingState)) == 9


def test_findings_are_typed_by_topic_and_cite_polling_stations(extraction: Extraction) -> None:
    findings = facts(extraction, NG.Finding)
    # paragraphs that praise, then criticise, are a finding each (tenth session: 35, since
    # "quickly addressed concerns" praises and a lack reaches its clause's approving words;
    # twelfth session: 36, a problem sentence after a mixed one is a finding of its own)
    assert len(findings) == 36
    topics = {str(t).rsplit("/", 1)[-1] for f in findings for t in values(f, NG.topic)}
    assert {"observers", "new-voting-technologies", "campaign", "election-day", "media"} <= topics
    sealed = next(
        f for f in findings if "ballot-boxes were not sealed" in str(values(f, NG.text)[0])
    )
    stations = {str(s).split("/polling-station/kz/2005/")[1] for s in values(sealed, NG.concerns)}
    assert {"akmolinskaya/54", "almaty/295", "kostanai/5", "shimkent/593", "aktau/15"} <= stations
    assert not any(s.endswith("/15") and "aktau" not in s for s in stations)
    assert ID["polling-station/kz/2005/almaty/186"] in {f.iri for f in extraction.facts}
    assert ID["polling-station/kz/2005/unknown-locality/295"] in {f.iri for f in extraction.facts}


def test_every_fact_has_evidence_that_resolves(source: SourceText, extraction: Extraction) -> None:
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote
    graph = extraction_to_graph(source, extraction, StatementLoader.name)
    assert len(graph) > 4000


def _finding(extraction: Extraction, opening: str) -> Fact:
    return next(
        f for f in facts(extraction, NG.Finding) if str(values(f, NG.text)[0]).startswith(opening)
    )


def test_a_numbered_point_of_a_findings_section_is_a_finding(extraction: Extraction) -> None:
    point = _finding(extraction, "Observers have identified a number of inconsistencies")
    assert [str(v).rsplit("/", 1)[-1] for v in values(point, NG.polarity)] == ["problem"]
    assert [str(v).rsplit("/", 1)[-1] for v in values(point, NG.topic)] == ["legal-framework"]


def test_the_reporting_frame_does_not_decide_the_topic(extraction: Extraction) -> None:
    lead = _finding(extraction, "ENEMO international observers, identify the following")
    assert [str(v).rsplit("/", 1)[-1] for v in values(lead, NG.topic)] == ["legal-framework"]


def test_items_under_a_violations_heading_are_problems(extraction: Extraction) -> None:
    for opening in (
        "Police officers and other strangers were present",
        "Cases of campaigning during the election day were observed",
        "A similar situation occurred at the polling station # 110",
    ):
        polarity = values(_finding(extraction, opening), NG.polarity)
        assert [str(v).rsplit("/", 1)[-1] for v in polarity] == ["problem"], opening


def test_regions_are_named_without_the_cities_observed(extraction: Extraction) -> None:
    labels = {r.label for r in facts(extraction, NG.Region)}
    assert labels == {
        "Mangistau oblast",
        "South Kazakhstan oblast",
        "North Kazakhstan oblast",
        "Kostanai oblast",
        "Akmolinsk oblast",
        "Almaty oblast",
    }


INVENTED = """\
Preliminary Statement of the Testland Observer Network on the May 5, 2030 Parliamentary \
Election in Kazakhstan

(May 6, 2030)

I. Findings

1. Observers have identified inconsistencies between the election law and the Constitution.

VIOLATIONS ON ELECTION DAY

- Strangers were present at polling station 12 Almaty.

II. Recommendations

The observers recommend:

Media: The debates sponsored by the CEC in 2025 gave voters a forum. The mission \
encourages the government to hold them again.

Commissions: Rules protecting the balance of the CEC should be adopted. The authorities \
must investigate every threat against observers.
"""


@pytest.fixture(scope="module")
def invented() -> Extraction:
    return StatementLoader().extract(SourceText("invented", "invented.txt", INVENTED))


def test_an_addressee_is_the_actor_asked_to_act(invented: Extraction) -> None:
    recommendations = facts(invented, NG.Recommendation)
    addressees = [
        sorted(str(a).rsplit("/", 1)[-1] for a in values(r, NG.addressee)) for r in recommendations
    ]
    # The CEC sponsored debates (no request) and is the object of "the balance of": neither
    # makes it an addressee; "encourages the government to" and "The authorities must" do.
    assert addressees == [["government"], ["state-authorities"]]


def test_invented_findings_numbered_points_and_heading_polarity(invented: Extraction) -> None:
    findings = {str(values(f, NG.text)[0]): f for f in facts(invented, NG.Finding)}
    point = findings[
        "Observers have identified inconsistencies between the election law and the Constitution."
    ]
    assert [str(v).rsplit("/", 1)[-1] for v in values(point, NG.topic)] == ["legal-framework"]
    strangers = findings["Strangers were present at polling station 12 Almaty."]
    assert [str(v).rsplit("/", 1)[-1] for v in values(strangers, NG.polarity)] == ["problem"]


def test_findings_concern_the_institutions_they_name(extraction: Extraction) -> None:
    refusal = _finding(extraction, "The Ministry of Foreign Affairs of the Republic of Kazakhstan")
    named = {str(v).rsplit("/", 1)[-1] for v in values(refusal, NG.concerns)}
    assert {"ministry-of-foreign-affairs", "central-election-commission"} <= named


def test_a_paragraph_opening_with_a_linking_adverb_is_a_finding_of_its_own(
    extraction: Extraction,
) -> None:
    # The paragraph before it lacks a full stop; that is not a page break.
    praise = _finding(extraction, "Observers noted a generally high standard")
    assert str(values(praise, NG.text)[0]).endswith("higher level electoral commissions")
    assert "Unfortunately" not in str(values(praise, NG.text)[0])
    blame = _finding(extraction, "Unfortunately, in spite of these achievements")
    assert [str(v).rsplit("/", 1)[-1] for v in values(blame, NG.polarity)] == ["problem"]


def test_organisations_defined_with_an_acronym(extraction: Extraction) -> None:
    rnim = extraction.get(ID["organisation/rnim"])
    assert rnim is not None and rnim.label == "Republican Network of Independent Observers"
    assert NG.ObserverGroup in rnim.extra_types


def test_a_member_named_in_full_meets_the_acronym_other_reports_use(
    extraction: Extraction,
) -> None:
    # ENEMO's report names "Committee of Voters of Ukraine"; NDI's report defines it as CVU.
    resolved = resolve(extraction)
    members = {str(values(m, ORG.member)[0]) for m in facts(resolved, ORG.Membership)}
    assert str(ID["organisation/cvu"]) in members
