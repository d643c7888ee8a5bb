"""The thesis loader on Hoffmann's thesis (001): facts checked against a reading of the text.
Facts its curation file supplies are tested in test_curated_scholarship.py."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.rdf.facts import Method
from normgraph.namespaces import DCTERMS, NG, OA, ORG, VOCAB
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
