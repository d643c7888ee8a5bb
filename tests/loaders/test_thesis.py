"""The thesis loader on Hoffmann's thesis (001): facts checked against a reading of the text."""

from __future__ import annotations

from collections import Counter

from rdflib import URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.namespaces import DCTERMS, FOAF, NG, OA, ORG, PROV, SCHEMA, VOCAB
from tests.documents import HOFFMANN_THESIS
from tests.loaders.scholarship_helpers import facts, framework_stages, loaded, local, value, values

SPIRAL = [
    "repression",
    "denial",
    "tactical-concessions",
    "prescriptive-status",
    "rule-consistent-behaviour",
]


def test_every_treaty_action_the_thesis_states_with_its_date() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    actions = {
        (
            local(value(f, NG.treaty)),
            local(value(f, NG.actionKind)),
            str(value(f, NG.date)),
            local(value(f, NG.actor)),
            f.method.value,
        )
        for f in facts(extraction, NG.TreatyAction)
    }
    assert actions == {
        ("iccpr", "ratification", "2006", "kz", "extracted"),
        ("icescr", "ratification", "2006", "kz", "extracted"),
        ("crc", "accession", "1994", "kz", "extracted"),
        ("cedaw", "accession", "1998", "kz", "extracted"),
        ("cerd", "accession", "1998", "kz", "extracted"),
        ("cat", "accession", "1998", "kz", "extracted"),
        ("eu-kazakhstan-pca", "entry-into-force", "1999", "kz", "curated"),
        ("eu-kazakhstan-epca", "entry-into-force", "2016", "kz", "curated"),
        ("eu-kazakhstan-epca", "ratification", "2017-12-12", "ep", "curated"),
        ("eu-kazakhstan-epca", "entry-into-force", "2020-03", "kz", "curated"),
    }


def test_a_treaty_action_cites_its_verb_treaty_and_date() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    crc = next(f for f in facts(extraction, NG.TreatyAction) if "crc" in str(f.iri))
    assert [s.quote for s in crc.evidence] == [
        "acceded",
        "Convention of the Rights of the Child",
        "in 1994",
    ]


def test_every_phase_of_the_spiral_model_is_stated_with_its_heading() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    stages = framework_stages(extraction, "spiral-phase")
    assert sorted(stages) == sorted(SPIRAL)
    assert [s.quote for s in stages["repression"].evidence] == [
        "3.1.3 Phase 1 - Repression",
        "(1) repression",
    ]
    sections = [s for s in facts(extraction, NG.Section) if values(s, NG.stage)]
    assert [(str(value(s, NG.number)), local(value(s, NG.stage))) for s in sections] == [
        ("3.1.3", "repression"),
        ("3.1.4", "denial"),
        ("3.1.5", "tactical-concessions"),
        ("3.1.6", "prescriptive-status"),
        ("3.1.7", "rule-consistent-behaviour"),
    ]


def test_stage_events_per_phase_and_none_in_phase_five() -> None:
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


def test_report_node_author_university_and_year() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    report = facts(extraction, NG.Report)[0]
    assert str(value(report, DCTERMS.issued)) == "2020"
    assert value(report, NG.genre) == VOCAB["genre/thesis"]
    author = next(f for f in extraction.facts if f.label == "Jelena Sofie Hoffmann")
    university = value(author, ORG.memberOf)
    assert university == URIRef(
        "https://w3id.org/normgraph/id/organisation/sofia-university-st-kliment-ohridski"
    )


def test_every_selector_resolves_and_methods_are_counted() -> None:
    source, extraction, graph = loaded(HOFFMANN_THESIS)
    assert extraction.counts_by_method() == {
        "curated": 129,
        # + attributed statements read from the text ("According to <speaker>, ...", "As
        # <speaker> said", "<officials> noted that", "who said", "the statements of ...")
        # and their speakers, 20 dated events (16 "In <year>, ...", 2 in subsections the
        # layout numbers like list items), a law, three elections (two named by a year
        # alone and typed by their context), an institution named with a cue ("the
        # National Council of ...")
        "extracted": 123,  # with 4 findings of its own
    }
    for selector in graph.subjects(predicate=OA.start):
        start = int(str(graph.value(selector, OA.start)))
        end = int(str(graph.value(selector, OA.end)))
        target = next(graph.subjects(OA.hasSelector, selector))
        quote = next(
            graph.value(s, OA.exact)
            for s in graph.objects(target, OA.hasSelector)
            if graph.value(s, OA.exact) is not None
        )
        assert source.text[start:end] == str(quote)
    curated = [f for f in extraction.facts if f.method is Method.CURATED]
    assert all(f.agent is not None for f in curated)
