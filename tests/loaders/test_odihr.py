"""The ODIHR final-report loader on the 2011 Kazakhstan report, checked against a reading
of the report by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ELI, NG, PREFIXES
from tests.case_tables import case_params
from tests.loaders.fact_lookup import facts as of_kind
from tests.loaders.fact_lookup import labels, values


@pytest.fixture(scope="module")
def extraction(odihr_2011: SourceText) -> Extraction:
    return OdihrLoader().extract(odihr_2011)


def value(fact: Fact, predicate: URIRef) -> object:
    """The fact's one value for ``predicate`` (asserted to be one), as a Python value."""
    found = values(fact, predicate)
    assert len(found) == 1, (fact.iri, predicate, found)
    term = found[0]
    return term.toPython() if isinstance(term, Literal) else term


def by_number(extraction: Extraction) -> dict[int | None, Fact]:
    """The report's own recommendations (not the earlier ones it assesses), by number."""
    recs = of_kind(extraction, NG.Recommendation)
    return {(int(str(v[0])) if (v := values(r, NG.number)) else None): r for r in recs}


def evidence_quotes(fact: Fact) -> Iterator[str]:
    return (span.quote for span in fact.evidence)


def test_the_election_is_read_from_the_title_block(extraction: Extraction) -> None:
    elections = {str(f.iri).split("/election/", 1)[1]: f for f in of_kind(extraction, NG.Election)}
    # the title block's election, and the earlier one the report names in passing
    assert set(elections) == {"kz/presidential/2011-04-03", "kz/presidential/2005"}
    election = elections["kz/presidential/2011-04-03"]
    assert value(election, NG.early) is True
    assert str(value(election, NG.country)).endswith("/state/kz")


def test_all_recommendations_with_numbers_priority_and_categories(extraction: Extraction) -> None:
    recs = by_number(extraction)
    # 21 numbered recommendations; the priority list's lead-in ("Commensurate efforts need
    # to be made ... This includes:") opens the list and is none of them, as the corpus
    # reading (tests/fixtures/corpus) has it.
    assert sorted(n for n in recs if n is not None) == list(range(1, 22))
    assert len(recs) == 21  # a count the report states: it numbers them 1 to 21
    priority = [n for n, r in recs.items() if value(r, NG.priority) is True]
    assert sorted(priority, key=lambda n: n or 0) == list(range(1, 12))
    categories = {n: str(value(recs[n], NG.categoryHeading)) for n in range(12, 22)}
    assert categories == {
        12: "LEGAL FRAMEWORK",
        13: "ELECTION ADMINISTRATION",
        14: "ELECTION ADMINISTRATION",
        15: "VOTER REGISTRATION",
        16: "ADJUDICATION OF ELECTION DISPUTES",
        17: "ADJUDICATION OF ELECTION DISPUTES",
        18: "ADJUDICATION OF ELECTION DISPUTES",
        19: "ADJUDICATION OF ELECTION DISPUTES",
        20: "MEDIA",
        21: "ELECTION DAY",
    }
    assert all(not values(recs[n], NG.categoryHeading) for n in range(1, 12))


def test_recommendations_split_by_footnotes_or_page_breaks_come_out_whole(
    extraction: Extraction,
) -> None:
    recs = by_number(extraction)
    three = str(value(recs[3], NG.text))
    assert three.startswith("Ensuring transparency and consistency of the candidate registration")
    assert "reasonable criteria for transparent evaluation of language fluency" in three
    assert three.endswith("criteria for verification of supporting signatures.")
    assert "¹²⁴" not in three and "- " not in three
    eighteen = str(value(recs[18], NG.text))
    assert eighteen.endswith("prior to exhaustion of the complaints and appeals process.")
    # A footnote block interrupts recommendation 3: two spans, one each side of it. Only a
    # page break (blank lines) interrupts 18: one span, its quote keeping the line breaks.
    before, after = recs[3].evidence
    assert before.end < after.start and after.quote.startswith("transparent evaluation")
    (whole,) = recs[18].evidence
    assert whole.quote.startswith("The Election Law should be amended to expressly provide")
    assert whole.quote.endswith("exhaustion\n\nof the complaints and appeals process.")


def test_addressees_are_the_actors_asked_to_act(extraction: Extraction) -> None:
    recs = by_number(extraction)

    def named(n: int) -> set[str]:
        return {str(v).rsplit("/", 1)[-1] for v in values(recs[n], NG.addressee)}

    assert named(12) == {"parliament"}
    assert named(13) == {"central-election-commission"}
    assert named(15) == {"central-election-commission"}
    assert named(19) == {"prosecutor-general-s-office", "ministry-of-interior"}
    assert named(16) == {"central-election-commission", "election-commissions"}
    assert named(8) == {"state-authorities", "courts"}
    assert named(2) == set() and named(4) == set() and named(17) == set()


def test_the_missions_figures_head_and_start_date_as_the_report_states_them(
    extraction: Extraction,
) -> None:
    (mission,) = of_kind(extraction, NG.ObservationMission)
    assert value(mission, NG.coreTeamSize) == 16
    assert value(mission, NG.longTermObserverCount) == 28
    assert value(mission, NG.participatingStateCount) == 27
    assert value(mission, NG.shortTermObserverCount) == 380
    assert value(mission, NG.shortTermObserverStateCount) == 43
    assert value(mission, NG.pollingStationsTotal) == 9725
    assert value(mission, NG.countsObserved) == 151
    assert str(value(mission, NG.date)) == "2011-03-01"
    assert str(value(mission, NG.headOfMission)).endswith("/person/daan-everts")
    assert "headed by Ambassador Daan Everts" in set(evidence_quotes(mission))


def test_results_annex_and_its_anomalies(extraction: Extraction) -> None:
    (result,) = of_kind(extraction, NG.ElectionTotals)
    assert value(result, NG.registeredVoters) == 9200298
    assert value(result, NG.validVotes) == 8216370
    assert str(value(result, NG.turnout)) == "89.98"
    national = [f for f in of_kind(extraction, NG.CandidateResult) if not values(f, NG.region)]
    totals = {f.label: value(f, NG.votes) for f in national}
    assert totals == {
        "Akhmetbekov": 111924,
        "Yeleusizov": 94452,
        "Kasymov": 159036,
        "Nazarbayev": 7850958,
    }
    # the annex's table as a reader counts it: four candidates, nationally and in 16 regions
    assert len(of_kind(extraction, NG.CandidateResult)) == 4 + 16 * 4
    notes = {
        str(value(n, NG.message)): list(evidence_quotes(n))
        for n in of_kind(extraction, NG.DataQualityNote)
    }
    assert notes == {
        "malformed figure: decimal comma instead of a point": ["89,98%"],
        "malformed figure: misplaced thousands separator": ["1,6970"],
        "the annex gives 9,200,298, the body 9,200,208": ["9,200,298", "9,200,208"],
    }
    south = next(
        f
        for f in of_kind(extraction, NG.CandidateResult)
        if f.label == "Akhmetbekov, South Kazakhstan"
    )
    assert value(south, NG.votes) == 16970


@pytest.mark.parametrize(("kind", "named"), case_params("odihr_2011_labels", "kind", "labels"))
def test_every_label_of_a_kind_the_report_gives(
    extraction: Extraction, kind: str, named: list[str]
) -> None:
    prefix, name = kind.split(":")
    assert labels(extraction, URIRef(PREFIXES[prefix] + name)) == set(named)


def test_every_fact_has_evidence_that_resolves(
    extraction: Extraction, odihr_2011: SourceText
) -> None:
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert odihr_2011.text[span.start : span.end] == span.quote


def test_actors_are_typed(extraction: Extraction) -> None:
    named = {
        kind: labels(extraction, kind)
        for kind in (
            NG.PoliticalParty,
            NG.MediaOutlet,
            NG.ObserverGroup,
            NG.Court,
        )
    }
    registered = {str(f.label): value(f, NG.registered) for f in of_kind(extraction, NG.Candidacy)}
    assert sum(v is True for v in registered.values()) == 4  # "the CEC registered four"
    assert registered["Salim Oten, refused registration"] is False
    assert {"Nur Otan", "Alga", "All-National Social Democratic Party"} <= named[NG.PoliticalParty]
    # the twelve monitored outlets, and the TV station K+ and the Uralskaya Nedelya newspaper
    assert len(named[NG.MediaOutlet]) == 14 and "Khabar" in named[NG.MediaOutlet]
    assert {"K+", "Uralskaya Nedelya"} <= named[NG.MediaOutlet]
    assert "Society of Young Professionals" in named[NG.ObserverGroup]
    assert {"Supreme Court", "Constitutional Council"} <= named[NG.Court]


def test_findings_carry_a_topic_and_a_polarity(extraction: Extraction) -> None:
    findings = of_kind(extraction, NG.Finding)
    assert len(findings) > 50
    texts = {str(value(f, NG.text)): f for f in findings}
    tabulation = next(t for t in texts if t.startswith("The tabulation process throughout"))
    assert str(value(texts[tabulation], NG.topic)).endswith("/tabulation-and-results")
    assert str(value(texts[tabulation], NG.polarity)).endswith("/problem")


def test_laws_articles_and_instruments(extraction: Extraction) -> None:
    laws = labels(extraction, NG.Law)
    assert {
        "Constitution",
        "Election Law",
        "Criminal Code",
        "Civil Procedures Code",
        "Law on Peaceful Assemblies",
        "Administrative Offences Code",
    } <= laws
    articles = labels(extraction, NG.LawArticle)
    assert {
        "Election Law, Article 20.9",
        "Criminal Code, Article 317\u20131",
        "Constitution, Article 41.2",
    } <= articles
    provisions = {f.label: f for f in of_kind(extraction, NG.Provision)}
    seven_five = provisions["OSCE Copenhagen Document 7.5"]  # the vocabularies' label
    assert str(value(seven_five, NG.states)).endswith("/norm/right-to-be-elected")
    dated = {f.label: str(value(f, ELI.date_document)) for f in of_kind(extraction, NG.Amendment)}
    assert dated["February 2009 amendment to the Election Law"] == "2009-02"
    assert dated["2007 amendment to the Constitution"] == "2007"


def test_a_party_named_in_short_is_the_party_named_in_full(extraction: Extraction) -> None:
    parties = {f.label: f for f in of_kind(extraction, NG.PoliticalParty)}
    # "the Communist Party" in the opposition's list is the CPK, not a tenth party
    assert "Communist Party" in set(evidence_quotes(parties["Communist Party of Kazakhstan"]))


def test_complaints_subjects_and_parties(extraction: Extraction) -> None:
    complaints = of_kind(extraction, NG.Complaint)
    subjects = {str(v) for c in complaints for v in values(c, NG.subjectMatter)}
    assert subjects == {
        "invalidation of results at a city level based on irregularities in the DEC composition",
        "invalidation of PEC results based on numerous voting and counting violations",
        "a DEC decision to appoint its own members \u2013 rather than appointment by the "
        "maslikhat or higher commission as required by law \u2013 was made without jurisdiction",
        "a PEC's refusal of its observer to accompany the mobile ballot box",
    }
    against = next(c for c in complaints if "against the incumbent" in str(value(c, NG.text)))
    assert str(value(against, NG.respondent)).endswith("/person/nursultan-nazarbayev")
    figures = sorted(
        int(str(value(f, NG.complaintCount))) for f in of_kind(extraction, NG.ComplaintFigure)
    )
    assert figures == [2, 5, 14, 20, 21, 47, 100]  # "no complaints were filed": no figure


def test_findings_polarity_as_a_reader_judges_it(extraction: Extraction) -> None:
    polarity = {
        str(value(f, NG.text)): str(value(f, NG.polarity)).rsplit("/", 1)[-1]
        for f in of_kind(extraction, NG.Finding)
    }

    def of(start: str) -> str:
        (found,) = (verdict for text, verdict in polarity.items() if text.startswith(start))
        return found

    assert of("Low professional education and standards") == "problem"
    assert of("The OSCE/ODIHR EOM noted that outside the news") == "problem"
    assert of("Election commissions at all levels, including the CEC") == "positive"
    assert not any(text.startswith("In line with the possibilities") for text in polarity)


def test_state_and_international_bodies(extraction: Extraction) -> None:
    state = labels(extraction, NG.StateBody)
    assert "Ministry of Justice" in state
    # chambers are typed as the state body they are, a parliament
    assert {"Senate", "Mazhilis", "Parliament"} <= labels(extraction, NG.Parliament)
    international = labels(extraction, NG.InternationalOrganisation)
    assert {
        "OSCE Parliamentary Assembly",
        "Commonwealth of Independent States",
        "Council of Europe",
        "OSCE Representative on Freedom of the Media",
        "OSCE Centre in Astana",
    } <= international
