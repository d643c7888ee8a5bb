"""The thesis loader on Hoffmann's thesis (001): facts checked against a reading of the text.
Facts its curation file supplies are tested in test_curated_scholarship.py."""

from __future__ import annotations

import re

from rdflib import URIRef

from normgraph.loaders.rdf.facts import Fact, Method
from normgraph.namespaces import DCTERMS, FOAF, NG, OA, ORG, RDFS, SCHEMA, VOCAB
from tests.documents import HOFFMANN_THESIS
from tests.loaders.scholarship_helpers import (
    facts,
    framework_stages,
    loaded,
    local,
    treaty_actions,
    value,
    values,
)

SPIRAL = [
    "repression",
    "denial",
    "tactical-concessions",
    "prescriptive-status",
    "rule-consistent-behaviour",
]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text))


def test_every_treaty_action_the_thesis_states_cites_its_verb_treaty_and_date() -> None:
    """The UN treaties the text says Kazakhstan ratified or acceded to, and when, each
    citing the verb, the treaty's name and the date ("acceded to the Convention of the
    Rights of the Child in 1994"); the EU agreements come from the curation file."""
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    stated = [f for f in facts(extraction, NG.TreatyAction) if f.method is Method.EXTRACTED]
    assert treaty_actions(extraction, Method.EXTRACTED) == {
        ("iccpr", "ratification", "2006", "kz"),
        ("icescr", "ratification", "2006", "kz"),
        ("crc", "accession", "1994", "kz"),
        ("cedaw", "accession", "1998", "kz"),
        ("cerd", "accession", "1998", "kz"),
        ("cat", "accession", "1998", "kz"),
    }
    for action in stated:
        verb, treaty, date = (span.quote for span in action.evidence)
        assert (
            verb
            == {"ratification": "ratified", "accession": "acceded"}[
                local(value(action, NG.actionKind))
            ]
        )
        assert treaty.startswith(("Convention", "International Covenant"))
        assert date == f"in {value(action, NG.date)}"


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


def test_the_title_page_gives_the_author_her_university_and_the_year() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    report = facts(extraction, NG.Report)[0]
    assert str(value(report, DCTERMS.issued)) == "2020"
    assert value(report, NG.genre) == VOCAB["genre/thesis"]
    author = next(f for f in extraction.facts if f.label == "Jelena Sofie Hoffmann")
    university = value(author, ORG.memberOf)
    assert university == URIRef(
        "https://w3id.org/normgraph/id/organisation/sofia-university-st-kliment-ohridski"
    )


def test_every_evidence_selector_quotes_the_text_at_its_offsets() -> None:
    source, _, graph = loaded(HOFFMANN_THESIS)
    selectors = list(graph.subjects(predicate=OA.start))
    assert selectors
    for selector in selectors:
        start = int(str(graph.value(selector, OA.start)))
        end = int(str(graph.value(selector, OA.end)))
        target = next(graph.subjects(OA.hasSelector, selector))
        quote = next(
            graph.value(s, OA.exact)
            for s in graph.objects(target, OA.hasSelector)
            if graph.value(s, OA.exact) is not None
        )
        assert source.text[start:end] == str(quote)


def test_statements_the_text_attributes_quote_its_words_and_name_a_speaker_it_writes() -> None:
    source, extraction, _ = loaded(HOFFMANN_THESIS)
    by_iri: dict[object, Fact] = {f.iri: f for f in extraction.facts}
    read = [f for f in facts(extraction, NG.ContestationStatement) if f.method is Method.EXTRACTED]
    assert read
    for statement in read:
        # its passage, in as many spans as the page furniture cuts it into, holds the
        # speaker's name and the words (emphasis marks and line breaks aside)
        passage = _words(" ".join(span.quote for span in statement.evidence))
        assert _words(str(value(statement, NG.quote))) in passage
        speaker = by_iri[value(statement, NG.speaker)]
        assert speaker.label is not None and _words(speaker.label) in _words(source.text)
    speakers = {by_iri[value(s, NG.speaker)].label: by_iri[value(s, NG.speaker)] for s in read}
    # "The Commission's Special Representative for Central Asia, Peter Burian, captured this
    # situation when he remarked that ...": a role and "he" say he is a person
    assert speakers["Peter Burian"].kind == FOAF.Person
    # "The Commission further stated that ...", "According to European Union, ...": names
    # of bodies, which nothing in the text calls persons
    assert speakers["The Commission"].kind == FOAF.Agent
    assert speakers["European Union"].kind == FOAF.Agent


def test_an_event_opened_by_a_year_is_dated_by_it() -> None:
    _, extraction, _ = loaded(HOFFMANN_THESIS)
    read = [f for f in facts(extraction, SCHEMA.Event) if f.method is Method.EXTRACTED]
    opened = {
        str(value(f, RDFS.comment)): str(value(f, SCHEMA.startDate))
        for f in read
        if re.match(r"In \d{4}, ", str(value(f, RDFS.comment)))
    }
    assert opened, "the thesis opens many sentences with a year"
    for sentence, date in opened.items():
        assert date == sentence[3:7], sentence
    assert any(s.startswith("In 2013, China launched") for s in opened)
