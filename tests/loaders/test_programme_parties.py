"""Party founding years and leaders from an invented programme-report passage."""

from __future__ import annotations

from normgraph.loaders.extract.state_data import Named
from normgraph.loaders.programme.parties import add_party_profiles
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, ORG, RDFS, SCHEMA

TEXT = """\
I. BACKGROUND

The leading parties were Sunrise (Dawn), founded in 2001 and led by her cousin Mara Kell;
and Harbour, founded in 1995. Two Harbour leaders, Ivo Brand and Lea Stone, were jailed.
"""
PARTIES = [
    Named(mint("party", "xx", "sunrise"), "Sunrise", ("Sunrise",)),
    Named(mint("party", "xx", "harbour"), "Harbour", ("Harbour",)),
]
"""The parties as a state's reference data would give them."""


def _run() -> Extraction:
    extraction = Extraction()
    for party in PARTIES:
        extraction.add(Fact(iri=party.iri, kind=NG.PoliticalParty, label=party.label))
    document = parse_document(SourceText("invented", "invented.txt", TEXT))
    add_party_profiles(extraction, document.elements, PARTIES)
    return extraction


def test_founding_years_and_leaders_as_written() -> None:
    extraction = _run()
    years = {
        f.label: [str(v) for p, v in f.values if p == SCHEMA.foundingDate]
        for f in extraction.facts
        if f.kind == NG.PoliticalParty
    }
    assert years == {"Sunrise": ["2001"], "Harbour": ["1995"]}
    roles = sorted(
        (f.label, str(dict(f.values)[RDFS.comment]))
        for f in extraction.facts
        if f.kind == ORG.Membership
    )
    assert roles == [
        ("Ivo Brand in harbour", "role: leader"),
        ("Lea Stone in harbour", "role: leader"),
        ("Mara Kell in sunrise", "role: chair"),  # "her cousin" is a description, not a name
    ]
