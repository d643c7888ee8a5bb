"""The curation files of the corpus's scholarship applied: facts that come from
``loaders/resolve/curated/*.toml`` for Hoffmann's thesis (001) and Isaacs's article (000),
not from reading their text (the loaders' own readings are tested in test_thesis.py and
test_article.py). Each checks that the file's entries are applied as written."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.namespaces import FOAF, NG, ORG, PROV, SCHEMA, SKOS
from tests.documents import HOFFMANN_THESIS, ISAACS_ARTICLE
from tests.loaders.scholarship_helpers import facts, loaded, local, treaty_actions, value, values


def test_the_thesis_stage_events_per_phase_and_none_in_phase_five() -> None:
    """Curation, not extraction: which events the author places in which phase is a reading
    the curation file supplies; this checks that file is applied, not the text reader."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    events = facts(extraction, NG.NormStageEvent)
    assert Counter(local(value(event, NG.stage)) for event in events) == {
        "repression": 2,
        "denial": 3,
        "tactical-concessions": 10,
        "prescriptive-status": 6,
    }
    ombudsman = next(e for e in facts(extraction, NG.NormStageEvent) if "ombudsman" in str(e.iri))
    assert str(value(ombudsman, SCHEMA.startDate)) == "2002"
    # every event names its norm: human rights as a whole where the thesis names no one right
    for event in facts(extraction, NG.NormStageEvent):
        assert values(event, NG.norm), event.iri
    assert local(value(ombudsman, NG.norm)) == "human-rights"


def test_the_thesis_eu_agreements_with_their_dates_and_parties() -> None:
    """Curation, not extraction: the PCA in force since 1999 is a treaty action; the EPCA's
    provisional application and its upgrade of the PCA are dated events (an agreement
    entering into force is no act of one party), and the European Parliament's consent
    vote is no state's ratification (corp17)."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    actions = treaty_actions(extraction, Method.CURATED)
    assert actions == {("eu-kazakhstan-pca", "entry-into-force", "1999", "kz")}
    events = {local(f.iri): f for f in facts(extraction, SCHEMA.Event)}
    dates = {key: str(value(events[key], SCHEMA.startDate)) for key in events}
    assert dates["epca-provisional-application"] == "2016"
    assert dates["epca-in-force"] == "2020-03"
    assert sorted(local(a) for a in values(events["epca-in-force"], NG.actor)) == ["eu", "kz"]


def test_reform_packages_are_events_and_a_law_is_named_by_its_own_words() -> None:
    """A package of proposals signed into law and a constitutional reform package are dated
    events, not laws; the NGO funding law is evidenced by the sentence naming it."""
    text, extraction, _ = loaded(HOFFMANN_THESIS)
    events = {local(f.iri): f for f in facts(extraction, SCHEMA.Event)}
    assert str(value(events["reforms-2007"], SCHEMA.startDate)) == "2007"
    assert str(value(events["constitutional-reform-2017"], SCHEMA.startDate)) == "2017"
    laws = {str(f.label): f for f in facts(extraction, NG.Law)}
    assert not any("reform" in label.lower() for label in laws)
    funding = laws["NGO funding law"]
    quoted = [text.text[e.start : e.end] for e in funding.evidence]
    assert any(q.startswith("The new funding law") for q in quoted)


@pytest.mark.parametrize("document", [HOFFMANN_THESIS, ISAACS_ARTICLE])
def test_every_curated_fact_names_its_curator(document: str) -> None:
    _, extraction, _ = loaded(document)
    curated = [f for f in extraction.facts if f.method is Method.CURATED]
    assert curated
    assert all(f.agent is not None for f in curated)


def test_the_three_elections_and_the_observers_verdicts() -> None:
    """Curation, not extraction: the elections and verdicts come from the curation file."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    elections = {local(f.iri): f for f in facts(extraction, NG.Election)}
    assert sorted(str(f.iri).split("/election/kz/")[1] for f in elections.values()) == [
        "parliamentary/2007",
        "presidential/2005",
        "presidential/2019",
    ]
    assert str(value(elections["2007"], NG.early)) == "true"
    verdicts = {local(f.iri): f for f in facts(extraction, NG.Finding)}
    on_elections = sorted(local(v) for f in verdicts.values() for v in values(f, NG.election))
    assert on_elections == ["2005", "2007", "2019", "2019"]
    assert "92 percent" in str(value(verdicts["election-2005-criticised"], NG.text))
    result = verdicts["election-2019-result"]
    assert "70 percent" in str(value(result, NG.text)) and "16 percent" in str(
        value(result, NG.text)
    )
    assert local(value(verdicts["election-2019-irregularities"], PROV.wasAttributedTo)) == "osce"


def test_findings_of_the_bodies_the_thesis_cites_are_attributed_and_dated() -> None:
    """Curation, not extraction: the cited bodies' findings come from the curation file."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    verdicts = {local(f.iri): f for f in facts(extraction, NG.Finding)}
    by = {key: local(value(f, PROV.wasAttributedTo)) for key, f in verdicts.items()}
    assert by["freedom-house-2019"] == "freedom-house"
    assert by["un-hrc-israil-extradition"] == "un-human-rights-committee"
    assert by["ep-resolution-2017"] == by["ep-resolution-2019"] == "ep"
    assert str(value(verdicts["freedom-house-2019"], NG.date)) == "2019"
    amnesty = verdicts["amnesty-2019"]
    assert sorted(local(n) for n in values(amnesty, NG.invokesNorm)) == [
        "freedom-of-assembly",
        "freedom-of-association",
        "freedom-of-the-media",
    ]
    assert local(value(amnesty, NG.topic)) == "fundamental-freedoms"
    impunity = verdicts["torture-impunity-2018"]
    assert "176 complaints" in str(value(impunity, NG.text))
    assert value(impunity, PROV.wasAttributedTo) is None  # the thesis's own finding


def test_actors_posts_and_the_opposition_the_thesis_names() -> None:
    """Curation, not extraction: people, parties and posts come from the curation file."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    people = {str(f.label) for f in facts(extraction, FOAF.Person)}
    assert {"Amirzhan Kosanov", "Akezhan Kazhegeldin", "Rakhat Aliyev", "Peter Burian"} <= people
    parties = sorted(str(f.label) for f in facts(extraction, NG.PoliticalParty))
    assert parties == ["Azat", "Nur Otan"]
    posts = {str(f.label): f for f in facts(extraction, ORG.Post)}
    nazarbayev = posts["President of Kazakhstan (Nazarbayev, 1991-2019)"]
    assert (str(value(nazarbayev, SCHEMA.startDate)), str(value(nazarbayev, SCHEMA.endDate))) == (
        "1991",
        "2019",
    )
    assert local(value(posts["Head of the Nur Otan party"], ORG.postIn)) == "nur-otan"


def test_memberships_chairmanship_and_institutions() -> None:
    """Curation, not extraction: memberships and institutions come from the curation file."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    memberships = {local(value(f, ORG.organization)): f for f in facts(extraction, ORG.Membership)}
    assert sorted(memberships) == ["coe", "csto", "eaeu", "osce", "sco", "un"]
    assert str(value(memberships["un"], SCHEMA.startDate)) == "1992"
    chair = next(f for f in facts(extraction, ORG.Post) if "OSCE" in (f.label or ""))
    assert str(value(chair, SCHEMA.startDate)) == "2010"
    founded = {f.label: str(value(f, SCHEMA.foundingDate)) for f in facts(extraction, NG.StateBody)}
    assert founded["Presidential Commission on Human Rights"] == "1994"
    assert founded["Ombudsman for Human Rights"] == "2002"
    assert founded["State Commission for Democratic Reform"] == "2006"


def test_the_articles_curated_stage_events_for_both_norms() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    curated = [e for e in facts(extraction, NG.NormStageEvent) if e.method.value == "curated"]
    assert len(curated) == 21
    actors = {local(value(e, NG.actor)) for e in curated}
    speakers = {"nursultan-nazarbayev", "vladimir-dvoretzky", "marat-sarsembayev"}
    assert speakers | {"mels-yeleusizov", "nur-otan"} <= actors
    refusal = next(e for e in curated if "refusal-of-missions" in str(e.iri))
    assert str(value(refusal, SCHEMA.startDate)) == "2012-03-02"
    law = next(e for e in curated if "observation-enshrined-in-law" in str(e.iri))
    assert local(value(law, NG.stage)) == "acceptance"
    assert law.evidence[0].quote == "as it is enshrined in Article 20 of the 1995 Law on Elections"


def test_the_articles_findings_on_its_elections_and_the_monitors_scores() -> None:
    """Curation, not extraction: which elections each finding concerns, who made it."""
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    findings = {local(f.iri): f for f in facts(extraction, NG.Finding)}
    assert len(values(findings["no-election-met-copenhagen-standards"], NG.election)) == 11
    commissions = findings["commission-independence-concerns"]
    assert sorted(local(e)[:4] for e in values(commissions, NG.election)) == [
        "2004",
        "2007",
        "2012",
        "2016",
    ]
    assert local(value(commissions, PROV.wasAttributedTo)) == "osce-odihr"
    assert local(value(commissions, NG.topic)) == "election-administration"
    counting = findings["vote-counting-violations"]
    assert len(values(counting, NG.election)) == 5
    # the monitors' scores the article quotes, attributed to them
    assert local(value(findings["freedom-house-nations-in-transit"], PROV.wasAttributedTo)) == (
        "freedom-house"
    )
    assert "6.17" in str(value(findings["freedom-house-nations-in-transit"], NG.text))


def test_the_articles_interview_statements_with_role_stance_and_date() -> None:
    """Curation, not extraction: the interviews' stances, roles and dates (the statement
    read from the text alone is tested in test_article.py)."""
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    statements = {
        local(f.iri): f
        for f in facts(extraction, NG.ContestationStatement)
        if f.method is Method.CURATED
    }
    assert len(statements) == 17
    stances = sorted(local(value(s, NG.stance)) for s in statements.values() if value(s, NG.stance))
    assert stances == ["contests"] * 7 + ["endorses"] * 8 + ["reinterprets", "rejects"]
    # each interview is dated by the note that gives its date (the press by the article's)
    dates = {key: str(value(s, NG.date)) for key, s in statements.items()}
    assert dates["nazarbayev-western-culture"] == "2012-04-25"
    assert dates["tazhin-double-standards"] == "2008-12-05"
    assert dates["zhunusov-observers-knowledge"] == dates["zhunusov-not-needed"] == "2012-04-03"
    assert dates["sarsembayev-benevolent"] == "2011-07-11"
    assert dates["dvoretzky-balanced-commissions"] == "2011-07-09"
    assert dates["kaliev-counting-hidden"] == "2011-07-07"
    assert dates["kossanov-teachers-lose-job"] == "None"  # the note gives no date
    poland = statements["zhunusov-poland"]
    assert str(value(poland, NG.date)) == "2012-04-03"
    assert str(value(poland, NG.speakerRole)).startswith("election official")
    assert str(value(poland, NG.quote)).startswith("Poland, the country which hosts")


def test_the_osce_chairmanship_kazakhstan_held() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    chair = next(f for f in facts(extraction, ORG.Post) if "chairmanship" in str(f.iri))
    assert chair.method is Method.CURATED
    assert local(value(chair, ORG.heldBy)) == "kz"


def test_the_articles_parties_and_interviewees_are_kept_distinct() -> None:
    """Curation, not extraction: the parties and people come from the curation file."""
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    parties = {str(f.label) for f in facts(extraction, NG.PoliticalParty)}
    assert {
        "Nur Otan",
        "Nationwide Social Democratic Party",
        "OSDP-Azat",
        "Social Democratic Party 'Auyl'",
        "'Auyl' People's Patriotic Party",
        "Party of Patriots",
        "Adilet",
        "Rukhaniyat",
        "Birlik",
        "Ak Zhol",
        "Peoples Communist Party of Kazakhstan",
    } == parties
    assert len({f.iri for f in facts(extraction, NG.PoliticalParty)}) == 11
    people = {f.iri for f in facts(extraction, FOAF.Person) if f.method is Method.CURATED}
    assert len(people) == 12  # the president, a minister and ten interviewees
    merger = next(f for f in facts(extraction, SCHEMA.Event) if "auyl-merger" in str(f.iri))
    assert len(values(merger, NG.actor)) == 3


def test_a_described_speaker_the_interview_note_names_and_the_texts_spelling() -> None:
    """Curation: the CEC member the article describes is named by its interview notes, so
    his two statements are his; a person's ``short_name`` is the spelling this text uses (an
    alternative label), the node staying the one the thesis spells otherwise (corp17)."""
    text, extraction, _ = loaded(ISAACS_ARTICLE)
    statements = {local(f.iri): f for f in facts(extraction, NG.ContestationStatement)}
    for key in ("sarsembayev-monitoring-by-law", "sarsembayev-observers-after-the-fact"):
        assert local(value(statements[key], NG.speaker)) == "marat-sarsembayev"
    refuse = statements["nazarbayev-could-refuse-missions"]
    assert str(value(refuse, NG.date)) == "2012-03-02"
    # the extracted twin with an unnamed speaker gives way to the curated statement
    monitoring = statements["sarsembayev-monitoring-by-law"].evidence[0]
    assert not [
        f
        for f in statements.values()
        if f.method is Method.EXTRACTED
        and any(e.start < monitoring.end and monitoring.start < e.end for e in f.evidence)
    ]
    teachers = statements["kossanov-teachers-lose-job"]
    quoted = [text.text[e.start : e.end] for e in teachers.evidence]
    assert any(q.startswith("polling stations are usually located") for q in quoted)
    speaker = value(teachers, NG.speaker)
    assert isinstance(speaker, URIRef)
    person = extraction.get(speaker)
    assert person is not None
    assert "Amirzhan Kossanov" in {str(v) for p, v in person.values if p == SKOS.altLabel}
