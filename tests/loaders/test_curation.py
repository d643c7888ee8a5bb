"""The curation mechanism on small fixtures: strict checks, quote location, attribution."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from normgraph.loaders.rdf.facts import Extraction, Method
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.resolve.curated_facts import KINDS, Context, apply_curation
from normgraph.loaders.resolve.curation import CurationError, Date, EntryFields, load_curation
from normgraph.loaders.text.dates import When
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG, PROV, RDF, VOCAB

TEXT = (
    "Arcadia ratified the Covenant in 2006. The Covenant binds Arcadia.\n"
    "The minister said that \u2018observers are not needed\u2019 in\n   March 2012.\n"
)
SOURCE = SourceText("doc", "doc.txt", TEXT)
DIGEST = hashlib.sha256(TEXT.encode()).hexdigest()
GYEAR = URIRef("http://www.w3.org/2001/XMLSchema#gYear")


class NoteEntry(EntryFields):
    """A kind of entry for these tests: a quote and a required date."""

    date: Date


SIMPLE: dict[str, type[EntryFields]] = {"note-kind": NoteEntry}


def write(folder: Path, body: str, sha: str = DIGEST, source: str = "doc.txt") -> Path:
    header = f'[curation]\nsource = "{source}"\nsha256 = "{sha}"\ncurator = "tests"\n\n'
    path = folder / "doc.toml"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_no_curation_file_means_no_curation(tmp_path: Path) -> None:
    assert load_curation(SOURCE, SIMPLE, tmp_path) is None


def test_entries_are_located_and_typed(tmp_path: Path) -> None:
    write(
        tmp_path,
        '[[entry]]\nkind = "note-kind"\nid = "a"\nquote = "ratified the Covenant"\n'
        'date = "2006"\n\n'
        '[[entry]]\nkind = "note-kind"\nquote = "Arcadia"\noccurrence = 2\ndate = 2012-03-01\n',
    )
    curation = load_curation(SOURCE, SIMPLE, tmp_path)
    assert curation is not None
    first, second = curation.entries
    assert TEXT[first.quote.start : first.quote.end] == "ratified the Covenant"
    assert first.values["date"] == When(2006)
    assert second.quote.start == TEXT.index("Arcadia", 1)
    assert second.values["date"] == When(2012, 3, 1)


def test_white_space_in_a_quote_matches_any_run_of_white_space(tmp_path: Path) -> None:
    write(
        tmp_path,
        '[[entry]]\nkind = "note-kind"\nquote = "needed\u2019 in March 2012"\ndate = "2012-03"\n',
    )
    curation = load_curation(SOURCE, SIMPLE, tmp_path)
    assert curation is not None
    span = curation.entries[0].quote
    assert span.quote == "needed\u2019 in\n   March 2012"
    assert TEXT[span.start : span.end] == span.quote


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[entry]]\nkind = "note-kind"\nquote = "not in the text"\ndate = "2006"\n', "not found"),
        ('[[entry]]\nkind = "note-kind"\nquote = "Covenant"\ndate = "2006"\n', "occurs 2 times"),
        (
            '[[entry]]\nkind = "note-kind"\nquote = "Covenant"\noccurrence = 3\ndate = "2006"\n',
            "occurrence 3",
        ),
        ('[[entry]]\nkind = "note-kind"\nquote = "Arcadia ratified"\n', "missing field 'date'"),
        (
            '[[entry]]\nkind = "note-kind"\nquote = "Arcadia ratified"\ndate = "2006-02-30"\n',
            "bad date",
        ),
        (
            '[[entry]]\nkind = "note-kind"\nquote = "Arcadia ratified"\n'
            'date = "2006"\ncolour = 1\n',
            "unknown keys ['colour']",
        ),
        ('[[entry]]\nkind = "other"\nquote = "Arcadia ratified"\n', "unknown kind 'other'"),
        (
            '[[entry]]\nkind = "note-kind"\nquote = "Arcadia ratified"\ndate = 2006\n',
            "expected a date",
        ),
        ("[[entry]\n", "not valid TOML"),
    ],
)
def test_malformed_entries_fail_loudly_naming_file_and_entry(
    tmp_path: Path, body: str, message: str
) -> None:
    write(tmp_path, body)
    with pytest.raises(CurationError, match=r"doc\.toml") as error:
        load_curation(SOURCE, SIMPLE, tmp_path)
    assert message in str(error.value)
    if "entry" in body and "TOML" not in message:
        assert "entry 1" in str(error.value)


def test_a_curation_file_for_another_text_version_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "", sha="0" * 64)
    with pytest.raises(CurationError, match=r"doc.toml: written for another version of doc.txt"):
        load_curation(SOURCE, SIMPLE, tmp_path)
    write(tmp_path, "", source="other.txt")
    with pytest.raises(CurationError, match=r"written for 'other\.txt'"):
        load_curation(SOURCE, SIMPLE, tmp_path)


def test_an_overlong_quote_is_refused(tmp_path: Path) -> None:
    long_text = "x " * 300
    source = SourceText("doc", "doc.txt", long_text)
    digest = hashlib.sha256(long_text.encode()).hexdigest()
    write(
        tmp_path, f'[[entry]]\nkind = "note-kind"\nquote = "{long_text}"\ndate = "2006"\n', digest
    )
    with pytest.raises(CurationError, match="keep it under"):
        load_curation(source, SIMPLE, tmp_path)


def build(tmp_path: Path, body: str) -> Extraction:
    write(tmp_path, body)
    curation = load_curation(SOURCE, KINDS, tmp_path)
    assert curation is not None
    extraction = Extraction()
    report = ID["report/doc"]
    apply_curation(Context(extraction, report, "doc", curation, {"arc": ID["state/ar"]}))
    return extraction


CURATION = Path(__file__).parents[1] / "cases" / "curation"


def entries(*names: str) -> str:
    """Curation entries kept as data (``cases/curation/{name}.toml``), joined in order."""
    return "".join((CURATION / f"{name}.toml").read_text(encoding="utf-8") for name in names)


TREATY_ACTION = entries("treaty_action")


def test_curated_facts_are_curated_and_attributed_to_the_curation_file(tmp_path: Path) -> None:
    extraction = build(tmp_path, TREATY_ACTION)
    action = next(f for f in extraction.facts if f.kind == NG.TreatyAction)
    assert action.method is Method.CURATED
    assert action.agent == ID["curation/doc"]
    assert (NG.date, Literal("2006", datatype=GYEAR)) in action.values
    assert (NG.actionKind, VOCAB["treaty-action/ratification"]) in action.values
    graph = extraction_to_graph(SOURCE, extraction, "test")
    annotations = list(graph.subjects(NG.method, VOCAB["method/curated"]))
    assert annotations
    for annotation in annotations:
        assert graph.value(annotation, PROV.wasAttributedTo) == ID["curation/doc"]
    assert (ID["curation/doc"], RDF.type, PROV.Agent) in graph


def test_a_reference_to_an_undefined_key_names_the_entry(tmp_path: Path) -> None:
    body = TREATY_ACTION.replace('actor = "arc"', 'actor = "nowhere"')
    with pytest.raises(CurationError, match=r"entry 2 \(treaty-action\): unknown actor 'nowhere'"):
        build(tmp_path, body)


def test_statement_words_must_come_from_the_quote(tmp_path: Path) -> None:
    body = entries("minister", "minister_statement")
    with pytest.raises(CurationError, match="'words' must be part of the quote"):
        build(tmp_path, body)
    statement = build(tmp_path, body.replace("are welcome", "are not needed"))
    fact = next(f for f in statement.facts if f.kind == NG.ContestationStatement)
    assert (NG.quote, Literal("observers are not needed")) in fact.values
    assert (NG.stance, VOCAB["stance/rejects"]) in fact.values
    assert (NG.speaker, URIRef(ID["person/the-minister"])) in fact.values


FINDING = entries("minister", "minister_verdict")


def test_a_finding_need_not_concern_an_election_and_is_attributed_to_whoever_reached_it(
    tmp_path: Path,
) -> None:
    extraction = build(tmp_path, FINDING)
    finding = next(f for f in extraction.facts if f.kind == NG.Finding)
    assert not [v for p, v in finding.values if p == NG.election]
    assert (PROV.wasAttributedTo, ID["person/the-minister"]) in finding.values
    assert (NG.concerns, ID["person/the-minister"]) not in finding.values
    assert (NG.invokesNorm, VOCAB["norm/election-observation"]) in finding.values
    assert (NG.topic, VOCAB["topic/observers"]) in finding.values
    assert (NG.polarity, VOCAB["finding-polarity/problem"]) in finding.values
    assert any(p == NG.date and str(v) == "2012-03" for p, v in finding.values)
    untopical = build(tmp_path, FINDING.replace('topic = "observers"', "")).facts
    finding = next(f for f in untopical if f.kind == NG.Finding)
    assert (NG.topic, VOCAB["topic/political-context"]) in finding.values
