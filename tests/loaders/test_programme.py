"""The programme-report loader on NDI's Kazakhstan report 1999-2005 and its attached
pre-election delegation statement (July 2004). Expected values were checked by reading it.
"""

from __future__ import annotations

from rdflib import DCTERMS, Literal

from normgraph.loaders.extract.elections import election_key
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG, ORG, RDFS, SCHEMA, XSD
from tests.documents import NDI_PROGRAMME, NDI_PROGRAMME_KEY, NDI_STATEMENT_KEY
from tests.loaders.corpus_reading import corpus_gold, on_marked, unread
from tests.loaders.extraction_fixtures import corpus_extraction
from tests.loaders.fact_lookup import election_paths, facts, values

PROGRAMME_REPORT = ID[f"report/{NDI_PROGRAMME_KEY}"]
STATEMENT = ID[f"report/{NDI_STATEMENT_KEY}"]


source, extraction = corpus_extraction(ProgrammeLoader, NDI_PROGRAMME)


def test_the_attached_statement_is_a_report_of_its_own(extraction: Extraction) -> None:
    part = extraction.get(STATEMENT)
    whole = extraction.get(PROGRAMME_REPORT)
    assert part is not None and whole is not None
    assert values(part, DCTERMS.isPartOf) == [PROGRAMME_REPORT]
    assert values(whole, DCTERMS.hasPart) == [STATEMENT]
    assert values(part, DCTERMS.issued) == [Literal("2004-07-23", datatype=XSD.date)]
    assert values(part, DCTERMS.creator) == [ID["organisation/ndi"]]


def test_every_recommendation_of_the_statement_with_its_run_in_heading(
    source: SourceText, extraction: Extraction
) -> None:
    recommendations = facts(extraction, NG.Recommendation)
    marked = corpus_gold(source)["recommendation"]
    assert unread(recommendations, marked) == []
    # one paragraph the reader does not mark is read as a recommendation too: its "should"
    # states a principle ("Any system designed in this way should have ...") under the
    # "Election Commissions" run-in heading, and the corpus reading leaves it out
    unmarked = [r for r in recommendations if not on_marked(r, marked)]
    assert [str(values(r, NG.text)[0]).split(".")[0] for r in unmarked] == [
        "Current law draws commission members from political parties"
    ]
    assert all(values(r, NG.sourceReport) == [STATEMENT] for r in recommendations)
    headings = [str(values(r, NG.categoryHeading)[0]) for r in recommendations]
    assert headings == [
        *["Media"] * 3,
        "Intimidation",
        "Electronic Voting",
        *["Election Commissions"] * 3,
        *["Voter Registries"] * 2,
        "Citizen Monitoring of Elections",
        "Transparency of Election Results",
        "Accountability for Electoral Offenses",
    ]
    texts = [str(values(r, NG.text)[0]) for r in recommendations]
    assert texts[1].startswith("The delegation commends the televised debates sponsored by the CEC")
    assert texts[7].startswith("Current law gives the president exclusive authority to select")
    assert texts[12] == (
        "The government should publicize the penalties for violation of the laws related to "
        "the election process. Alleged violations by officials should be promptly investigated "
        "and prosecuted, and the results distributed widely to participants in the process and "
        "through the news media."
    )
    addressees = [
        sorted(str(a).rsplit("/", 1)[-1] for a in values(r, NG.addressee)) for r in recommendations
    ]
    assert addressees == [
        [],
        ["government"],  # "The delegation encourages the government to do so again"
        ["political-parties"],  # "recommends that political parties ... observe"
        ["state-authorities"],  # "The authorities should urgently take steps"
        [],
        [],
        [],
        [],  # "... balance of the CEC should be instituted": the CEC is not the subject
        ["central-election-commission"],
        ["central-election-commission"],
        [],
        [],
        ["government"],
    ]


def test_run_in_headings_of_the_findings_sections_are_not_recommendations(
    extraction: Extraction,
) -> None:
    texts = [str(values(r, NG.text)[0]) for r in facts(extraction, NG.Recommendation)]
    assert not any(t.startswith("Amendments adopted in 2004") for t in texts)
    assert not any("Based upon NDI's global experience" in t for t in texts)
    findings = [
        f for f in facts(extraction, NG.Finding) if values(f, NG.sourceReport) == [STATEMENT]
    ]
    assert any(
        str(values(f, NG.text)[0]).startswith("Amendments adopted in 2004") for f in findings
    )


def test_every_election_the_report_mentions(extraction: Extraction) -> None:
    assert election_paths(extraction) == [
        "kz/by-election/2002-12-28",
        "kz/local/1999",
        "kz/local/2003-09-20",
        "kz/parliamentary/1994-03",
        "kz/parliamentary/1999-10",
        "kz/parliamentary/2004-09-19",
        "ua/presidential/2004",
    ]
    run_off = extraction.get(ID["election/kz/parliamentary/2004-09-19/round/2"])
    assert run_off is not None
    assert values(run_off, NG.roundDate) == [Literal("2004-10-03", datatype=XSD.date)]
    second = extraction.get(ID["election/kz/local/2003-09-20/round/2"])
    assert second is not None
    assert values(second, NG.roundDate) == [Literal("2003-10-12", datatype=XSD.date)]


def test_conflicting_dates_are_recorded_not_silently_resolved(extraction: Extraction) -> None:
    notes = {
        election_key(str(values(n, NG.flags)[0])).path: n
        for n in facts(extraction, NG.DataQualityNote)
    }
    assert sorted(notes) == ["kz/local/2003-09-20", "kz/parliamentary/2004-09-19"]
    message = str(values(notes["kz/parliamentary/2004-09-19"], NG.message)[0])
    assert "SEPTEMBER 19, 2004" in message and "September 20, 2004" in message
    assert "October Mazhilis" in message


def test_elections_judged_in_the_report_get_findings(extraction: Extraction) -> None:
    judged = [
        f for f in facts(extraction, NG.Finding) if values(f, NG.sourceReport) == [PROGRAMME_REPORT]
    ]
    none_free = next(
        f for f in judged if "none of which were free or fair" in str(values(f, NG.text)[0])
    )
    linked = {election_key(str(e)).path for e in values(none_free, NG.election)}
    assert linked == {
        "kz/parliamentary/1999-10",
        "kz/by-election/2002-12-28",
        "kz/parliamentary/2004-09-19",
        "kz/local/1999",
        "kz/local/2003-09-20",
    }


def test_the_programme_and_its_activities(extraction: Extraction) -> None:
    (programme,) = facts(extraction, NG.Programme)
    assert values(programme, NG.fundingReference) == [Literal("116-0007-A-00-9014-00")]
    assert values(programme, SCHEMA.startDate) == [Literal("1999-07-25", datatype=XSD.date)]
    assert values(programme, SCHEMA.endDate) == [Literal("2005-01-31", datatype=XSD.date)]
    assert values(programme, NG.implementer) == [ID["organisation/ndi"]]
    assert values(programme, NG.donor) == [ID["organisation/usaid"]]
    assert len(values(programme, DCTERMS.description)) == 4
    activities = facts(extraction, NG.ProgrammeActivity)
    assert len(activities) >= 20
    workshop = next(a for a in activities if "workshop in Almaty" in str(values(a, NG.text)[0]))
    assert values(workshop, NG.partner) == [ID["party/kz/civic-party"]]
    assert values(workshop, NG.implementer) == [ID["organisation/ndi"]]
    assert values(workshop, SCHEMA.startDate) == [Literal("2000-04", datatype=XSD.gYearMonth)]
    dck = next(a for a in activities if "with NED funding" in str(values(a, NG.text)[0]))
    assert values(dck, NG.donor) == [ID["organisation/ned"]]


def test_parties_are_kept_apart(extraction: Extraction) -> None:
    parties = {str(p.iri).rsplit("/", 1)[-1] for p in facts(extraction, NG.PoliticalParty)}
    dck = "democratic-choice-of-kazakhstan"
    assert {"civic-party", dck, "ak-zhol", "otan", "rnpk", "azamat"} <= parties
    communist = "communist-party-of-kazakhstan"
    assert {"aist", "agrarian-party", communist, "united-democratic-party"} <= parties
    assert "peoples-congress" in parties


def test_the_delegation_and_pledges(extraction: Extraction) -> None:
    (mission,) = facts(extraction, NG.ObservationMission)
    assert values(mission, NG.observerCount) == [Literal(5, datatype=XSD.integer)]
    assert values(mission, NG.observes) == [ID["election/kz/parliamentary/2004-09-19"]]
    pledges = facts(extraction, NG.ContestationStatement)
    # Four pledges: the government's (election law), the Ministry of Information's (media
    # balance; "public commitment to media reform" in the recommendations comes back to
    # it), the minister's by name (end intimidation of the media), the CEC chair's
    # (publish results by polling station, quoted three times).
    assert len(pledges) == 4
    cec = next(p for p in pledges if "CEC Chairperson" in str(values(p, NG.quote)[0]))
    quotes = [span.quote for span in cec.evidence]
    for opening in ("A pledge by the CEC", "In a very important", "Transparency of Election"):
        assert any(q.startswith(opening) for q in quotes), opening
    speakers = {str(values(p, NG.speaker)[0]).rsplit("/", 1)[-1] for p in pledges}
    assert speakers == {
        "altynbek-sarsenbayuly",
        "central-election-commission",
        "government",
        "ministry-of-information",
    }


def test_organisation_names_lose_the_article_and_the_possessive(extraction: Extraction) -> None:
    labels = {str(f.iri).rsplit("/", 1)[-1]: f.label for f in extraction.facts}
    assert labels["enemo"] == "European Network of Election Monitoring Organizations"
    assert labels["yisk"] == "Youth Information Service of Kazakhstan"
    assert labels["osce"] == "Organization for Security and Cooperation in Europe"


def test_every_fact_has_evidence_that_resolves(source: SourceText, extraction: Extraction) -> None:
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote


def test_complaints_the_report_says_its_partners_filed(extraction: Extraction) -> None:
    complaints = facts(extraction, NG.Complaint)  # a batch of 200 is a figure, not one
    assert [str(values(c, NG.subjectMatter)[0]) for c in complaints] == [
        "redress of procedural and individual rights violations",
    ]
    (courts,) = (values(c, NG.filedWith) for c in complaints)
    assert [str(b).rsplit("/", 1)[-1] for b in courts] == ["courts"]
    assert all(values(c, NG.complainant) == [ID["organisation/rnim"]] for c in complaints)
    election = ID["election/kz/parliamentary/2004-09-19"]
    assert all(values(c, NG.election) == [election] for c in complaints)
    figures = facts(extraction, NG.ComplaintFigure)
    assert [values(f, NG.complaintCount) for f in figures] == [
        [Literal(900, datatype=XSD.integer)],  # filed by RNIM monitors in the first round
        [Literal(200, datatype=XSD.integer)],  # filed with the General Prosecutor's Office
    ]
    prosecutor = values(figures[1], NG.filedWith)
    assert [str(b).rsplit("/", 1)[-1] for b in prosecutor] == ["prosecutor-general-s-office"]


def test_the_political_context_the_report_describes(extraction: Extraction) -> None:
    context = [f for f in facts(extraction, NG.Finding) if "/context/" in str(f.iri)]
    texts = [str(values(f, NG.text)[0]) for f in context]

    def the(opening: str) -> Fact:
        (found,) = [f for f, t in zip(context, texts, strict=True) if t.startswith(opening)]
        return found

    the("Freedom of speech, press, assembly and association are all")
    the("Opposition political parties in Kazakhstan continue to be small")
    the("Kazakhstan's elections since independence have been marred")
    # Judgements under a negation are problems too ("little real pluralism", "not
    # significantly more free or competitive").
    the("Today, there are 11 registered parties")
    the("The political environment in Kazakhstan is not significantly more free")
    # Said in the summary and again in the evaluation: one finding, both places cited.
    freedoms = {span.start for span in the("Freedom of speech").evidence}
    assert max(freedoms) - min(freedoms) > 50_000
    polarities = {str(v).rsplit("/", 1)[-1] for f in context for v in values(f, NG.polarity)}
    assert polarities == {"problem"}
    # Results of the programme itself ("YISK was able to achieve tangible results") are not
    # findings about the country.
    assert not any(t.startswith("YISK was able") for t in texts)


def test_parties_founding_years_and_leaders(extraction: Extraction) -> None:
    founded = {
        str(p.iri).rsplit("/", 1)[-1]: [str(v) for v in values(p, SCHEMA.foundingDate)]
        for p in facts(extraction, NG.PoliticalParty)
    }
    assert founded["otan"] == ["1999"]
    assert founded["asar"] == ["2003"]
    assert founded["aist"] == ["1998"]
    assert founded["democratic-choice-of-kazakhstan"] == []
    leaders = {
        (
            str(values(m, ORG.member)[0]).rsplit("/", 1)[-1],
            str(values(m, ORG.organization)[0]).rsplit("/", 1)[-1],
            str(values(m, RDFS.comment)[0]),
        )
        for m in facts(extraction, ORG.Membership)
        if "/party/" in str(values(m, ORG.organization)[0])
    }
    assert leaders == {
        ("president-nazarbayev", "otan", "role: chair"),
        ("dariga-nazarbayeva", "asar", "role: chair"),  # "his daughter" is not in the name
        ("azat-peruash", "aist", "role: chair"),
        ("mukhtar-ablyazov", "democratic-choice-of-kazakhstan", "role: leader"),
        ("galymzhan-zhakiyanov", "democratic-choice-of-kazakhstan", "role: leader"),
        ("zharmakhan-tuyakbay", "otan", "role: deputy chairman"),
    }
