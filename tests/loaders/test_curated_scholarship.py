"""The curation files of the corpus's scholarship applied: facts that come from
``loaders/resolve/curated/*.toml`` for Hoffmann's thesis (001) and Isaacs's article (000),
not from reading their text (the loaders' own readings are tested in test_thesis.py and
test_article.py). Each checks that the file's entries are applied as written."""

from __future__ import annotations

from collections import Counter

from normgraph.namespaces import FOAF, NG, ORG, PROV, SCHEMA
from tests.documents import HOFFMANN_THESIS, ISAACS_ARTICLE
from tests.loaders.scholarship_helpers import facts, loaded, local, value, values


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
