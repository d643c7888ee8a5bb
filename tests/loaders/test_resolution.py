"""Entity resolution on Extraction fixtures: spellings meet, distinct things stay apart."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, SKOS, XSD

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.rdf.facts import Agent, Extraction, Fact, Method
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.resolve.vocabulary import default_vocabulary, normalise
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import DCTERMS, ELI, ID, NG, ORG, PROV, RDF, VOCAB
from tests.loaders.odihr_fixtures import CAMPAIGN

TEXT = (
    "The Central Electoral Commission (CEC) met the Mazhilis. President Nazarbaev spoke. "
    "The incumbent won. The Communist Party and the Communist People's Party disagreed. "
    'The Law "On Elections" and the Constitutional Law on Elections, Article 44. '
    "The 2004 parliamentary elections. A Regional Watch group. Regional Watch again."
)
SOURCE = SourceText(document_id="fixture", file_name="fixture.txt", text=TEXT)


def span(quote: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(quote, start + 1)
    return Span(start, start + len(quote), quote)


def actor(kind: URIRef, segment: str, name: str, occurrence: int = 0) -> Fact:
    return Fact(iri=mint(segment, name), kind=kind, label=name, evidence=[span(name, occurrence)])


def election_fact(type_slug: str, date: str, quote: str, iri: URIRef | None = None) -> Fact:
    """An election fact in the fixture state, as an extractor states one: by default under
    the IRI an extractor mints from its type and date (a year alone is an ``xsd:gYear``)."""
    iri = iri or mint("election", "kz", type_slug, date)
    election = Fact(iri=iri, kind=NG.Election, evidence=[span(quote)])
    election.add(NG.electionType, VOCAB[f"election-type/{type_slug}"])
    election.add(NG.electionDate, Literal(date, datatype=XSD.gYear if len(date) == 4 else XSD.date))
    election.add(NG.country, ID["state/kz"])
    return election


def resolved_iris(extraction: Extraction) -> dict[str, URIRef]:
    return {str(fact.label): fact.iri for fact in resolve(extraction).facts if fact.label}


def test_spellings_of_one_body_resolve_to_its_canonical_iri() -> None:
    extraction = Extraction(
        [
            actor(NG.ElectionCommission, "organisation", "Central Electoral Commission"),
            actor(NG.ElectionCommission, "organisation", "CEC"),
            actor(NG.Parliament, "organisation", "Mazhilis"),
        ]
    )
    facts = resolve(extraction).facts
    cec = ID["organisation/kz/central-election-commission"]
    assert [f.iri for f in facts] == [cec, ID["organisation/kz/mazhilis"]]
    merged = facts[0]
    assert {s.quote for s in merged.evidence} == {"Central Electoral Commission", "CEC"}
    assert (SKOS.altLabel, Literal("CEC")) in merged.values


def test_a_person_never_resolves_to_a_party_or_body() -> None:
    extraction = Extraction([actor(FOAF.Person, "person", "CEC")])
    assert resolve(extraction).facts[0].iri == mint("person", "CEC")


def test_two_communist_parties_stay_two_nodes() -> None:
    extraction = Extraction(
        [
            actor(NG.PoliticalParty, "organisation", "Communist Party"),
            actor(NG.PoliticalParty, "organisation", "Communist People's Party"),
        ]
    )
    iris = resolved_iris(extraction)
    assert iris["Communist Party"] == ID["party/kz/communist-party-of-kazakhstan"]
    assert iris["Communist People's Party"] == ID["party/kz/communist-peoples-party-of-kazakhstan"]


def test_transliteration_variants_of_a_person_meet() -> None:
    assert normalise("Nazarbayev") == normalise("Nazarbaev")
    iris = resolved_iris(Extraction([actor(FOAF.Person, "person", "President Nazarbaev")]))
    assert iris["President Nazarbaev"] == ID["person/nursultan-nazarbayev"]


def test_the_incumbent_is_the_post_holder_on_the_documents_election_day() -> None:
    election = election_fact("presidential", "2005-12-04", "The incumbent won")
    incumbent = actor(FOAF.Person, "person", "The incumbent")
    iris = resolved_iris(Extraction([election, incumbent]))
    assert iris["The incumbent"] == ID["person/nursultan-nazarbayev"]
    without_election = resolved_iris(Extraction([actor(FOAF.Person, "person", "The incumbent")]))
    assert without_election["The incumbent"] == ID["person/incumbent"]


def test_names_of_the_election_law_resolve_and_references_follow() -> None:
    quoted = actor(NG.Law, "law", 'Law "On Elections"')
    formal = actor(NG.Law, "law", "Constitutional Law on Elections")
    article = Fact(
        iri=URIRef(str(formal.iri) + "/article/44"),
        kind=NG.LawArticle,
        label="Article 44",
        evidence=[span("Article 44")],
    )
    article.add(ELI.is_part_of, formal.iri).add(NG.number, "44")
    finding = Fact(iri=ID["finding/x/1"], kind=NG.Finding, evidence=[span("Article 44")])
    finding.add(NG.concernsLaw, article.iri).add(NG.concernsLaw, quoted.iri)
    facts = resolve(Extraction([quoted, formal, article, finding])).facts
    law = ID["law/kz/constitutional-law-on-elections"]
    assert [f.iri for f in facts][:2] == [law, URIRef(str(law) + "/article/44")]
    assert facts[-1].values == [
        (NG.concernsLaw, URIRef(str(law) + "/article/44")),
        (NG.concernsLaw, law),
    ]


def test_an_election_by_year_resolves_to_the_reference_election() -> None:
    election = election_fact("parliamentary", "2004", "The 2004 parliamentary elections")
    recommendation = Fact(iri=ID["recommendation/x/1"], kind=NG.Recommendation, evidence=[])
    recommendation.evidence.append(span("The 2004"))
    recommendation.add(NG.election, election.iri)
    facts = resolve(Extraction([election, recommendation])).facts
    canonical = ID["election/kz/parliamentary/2004-09-19"]
    assert facts[0].iri == canonical
    assert (NG.election, canonical) in facts[1].values
    # The year becomes the reference's day: one date per election across all graphs.
    dates = [v for p, v in facts[0].values if p == NG.electionDate]
    assert dates == [Literal("2004-09-19", datatype=XSD.date)]


def test_another_day_for_a_reference_election_becomes_its_day() -> None:
    """A report dating the year's one election of that type to another day (a misprint, or
    a second round's day) resolves to it and keeps one date: two gave every answer over the
    union one row per date (the flagship at 1,000 reports listed 70 members twice)."""
    election = election_fact("parliamentary", "2004-10-03", "The 2004 parliamentary elections")
    [fact] = resolve(Extraction([election])).facts
    assert fact.iri == ID["election/kz/parliamentary/2004-09-19"]
    dates = [v for p, v in fact.values if p == NG.electionDate]
    assert dates == [Literal("2004-09-19", datatype=XSD.date)]


def test_an_unlisted_election_gets_a_minted_iri_from_country_type_and_date() -> None:
    election = election_fact("local", "2003-09-20", "2004", ID["election/e1"])
    assert resolve(Extraction([election])).facts[0].iri == ID["election/kz/local/2003-09-20"]


def test_unlisted_names_minted_from_their_spelling_are_re_minted_normalised() -> None:
    first = actor(NG.ObserverGroup, "organisation", "Regional Watch")
    second = actor(NG.ObserverGroup, "organisation", "Regional Watch", occurrence=1)
    second.iri = mint("group", "the Regional Watch")
    second.label = "the Regional Watch"
    facts = resolve(Extraction([first, second])).facts
    assert [f.iri for f in facts] == [ID["organisation/regional-watch"]]
    assert len(facts[0].evidence) == 2


def test_an_iri_not_minted_from_the_name_is_kept() -> None:
    tec = Fact(
        iri=ID["organisation/tec/almaty"],
        kind=NG.ElectionCommission,
        label="Regional Watch",
        evidence=[span("Regional Watch")],
    )
    assert resolve(Extraction([tec])).facts[0].iri == ID["organisation/tec/almaty"]


def test_resolved_extraction_still_turns_into_evidence_that_resolves() -> None:
    extraction = resolve(
        Extraction(
            [
                actor(NG.ElectionCommission, "organisation", "Central Electoral Commission"),
                actor(NG.ElectionCommission, "organisation", "CEC"),
            ]
        )
    )
    graph = extraction_to_graph(SOURCE, extraction, "fixture")
    cec = ID["organisation/kz/central-election-commission"]
    assert (cec, RDF.type, NG.ElectionCommission) in graph
    assert len(list(graph.objects(cec, NG.evidence))) == 2


def test_reference_vocabulary_lists_kazakhstans_elections_and_aliases() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.lookup("organisation", "OSCE/ODIHR") == ID["organisation/osce-odihr"]
    assert vocabulary.lookup("organisation", "ODIHR") == ID["organisation/osce-odihr"]
    assert vocabulary.lookup("organisation", "Central Elections Commission") == vocabulary.lookup(
        "organisation", "Central Election Commission"
    )
    assert vocabulary.lookup("law", "Election Law") == ID["law/kz/constitutional-law-on-elections"]
    assert len({e.iri for e in vocabulary.elections}) == len(vocabulary.elections) >= 10


def test_resolution_keeps_the_agent_curated_facts_are_attributed_to() -> None:
    """A curated fact names its curation file as agent; resolving its IRI must not drop it
    (else the store attributes curated evidence to the loader)."""
    curation = Agent(ID["curation/fixture"], "fixture.toml", (PROV.Agent,))
    fact = Fact(
        iri=mint("organisation", "Mazhilis"),
        kind=NG.Parliament,
        label="Mazhilis",
        evidence=[span("Mazhilis")],
        method=Method.CURATED,
        agent=curation.iri,
    )
    resolved = resolve(Extraction([fact], agents=[curation]))
    assert resolved.facts[0].iri == ID["organisation/kz/mazhilis"]
    assert resolved.facts[0].agent == curation.iri
    assert resolved.agents == [curation]
    graph = extraction_to_graph(SOURCE, resolved, "test")
    annotation = graph.value(resolved.facts[0].iri, NG.evidence)
    assert graph.value(annotation, PROV.wasAttributedTo) == curation.iri


def test_a_partys_names_in_articles_and_reports_meet_and_its_namesake_stays_apart() -> None:
    # The article's "Peoples Communist Party of Kazakhstan (KNPK)" is ODIHR's "Communist
    # People's Party of Kazakhstan (CPPK)"; the Communist Party of Kazakhstan is another.
    vocabulary = default_vocabulary()
    cppk = ID["party/kz/communist-peoples-party-of-kazakhstan"]
    for name in ("Peoples Communist Party of Kazakhstan", "KNPK", "CPPK"):
        assert vocabulary.lookup("party", name) == cppk
    assert vocabulary.lookup("party", "Communist Party of Kazakhstan") != cppk
    patriots = ID["party/kz/party-of-patriots-of-kazakhstan"]
    assert vocabulary.lookup("party", "Party of Patriots") == patriots
    assert vocabulary.lookup("party", "Party of Patriots of Kazakhstan") == patriots


def _loaded(text: str, name: str) -> dict[str, URIRef]:
    """People and parties of an invented ODIHR report, read and resolved."""
    extraction = resolve(OdihrLoader().extract(SourceText(name, f"{name}.txt", text)))
    kinds = (FOAF.Person, NG.PoliticalParty)
    return {str(f.label): f.iri for f in extraction.facts if f.kind in kinds}


def test_namesakes_in_two_states_reports_stay_apart_and_meet_within_one_state() -> None:
    moldova = _loaded(CAMPAIGN, "md-2021")
    armenia = _loaded(CAMPAIGN.replace("REPUBLIC OF MOLDOVA", "REPUBLIC OF ARMENIA"), "am-2021")
    later = _loaded(CAMPAIGN.replace("9 May 2021", "12 May 2024"), "md-2024")
    named = [moldova["Ion Rivers"], moldova["Harbour Party"]]
    named += [armenia["Ion Rivers"], armenia["Harbour Party"]]
    assert len(set(named)) == 4, named
    assert moldova["Ion Rivers"] == ID["person/md/ion-rivers"]
    assert armenia["Harbour Party"] == ID["party/am/harbour-party"]
    assert later["Ion Rivers"] == moldova["Ion Rivers"]
    assert later["Harbour Party"] == moldova["Harbour Party"]


def test_the_head_of_an_international_mission_is_not_scoped() -> None:
    moldova = _loaded(CAMPAIGN, "md-2021")
    armenia = _loaded(CAMPAIGN.replace("REPUBLIC OF MOLDOVA", "REPUBLIC OF ARMENIA"), "am-2021")
    assert moldova["Jane Example"] == armenia["Jane Example"] == ID["person/jane-example"]


def test_a_reports_author_and_a_member_of_an_international_body_are_not_scoped() -> None:
    state = Fact(iri=ID["state/md"], kind=NG.State, label="Moldova")
    state.add(NG.countryCode, Literal("MD"))
    author = Fact(iri=mint("person", "Ann Scholar"), kind=FOAF.Person, label="Ann Scholar")
    report = Fact(iri=ID["report/r"], kind=NG.Report, label="A study")
    report.add(DCTERMS.creator, author.iri)
    body = Fact(iri=mint("organisation", "Watch Network"), kind=NG.InternationalOrganisation)
    body.label = "Watch Network"
    staff = Fact(iri=mint("person", "Bo Staff"), kind=FOAF.Person, label="Bo Staff")
    staff.add(ORG.memberOf, body.iri)
    local = Fact(iri=mint("person", "Cy Local"), kind=FOAF.Person, label="Cy Local")
    ngo = Fact(iri=mint("organisation", "Civic Watch"), kind=NG.CivilSocietyOrganisation)
    ngo.label = "Civic Watch"
    membership = Fact(iri=mint("membership", "civic-watch"), kind=ORG.Membership)
    membership.add(ORG.member, ngo.iri)
    membership.add(ORG.organization, body.iri)
    facts = [state, report, author, body, staff, local, ngo, membership]
    iris = resolved_iris(Extraction(facts))
    assert iris["Ann Scholar"] == ID["person/ann-scholar"]
    assert iris["Bo Staff"] == ID["person/bo-staff"]
    assert iris["Watch Network"] == ID["organisation/watch-network"]
    assert iris["Cy Local"] == ID["person/md/cy-local"]
    assert iris["Civic Watch"] == ID["organisation/md/civic-watch"]  # a member, not the network
