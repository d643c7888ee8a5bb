"""The "raised again" inferences grow with an issue's members, not with their square."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.namespaces import NG, PROV, RDFS
from normgraph.recurrence_blocks import digest, shared_parts
from normgraph.recurrence_triples import RAISED_AGAIN_RULE, link_blocks
from tests.core.recurrence_items import grouping_of, item

ASK = "The Central Election Commission should publish detailed results by polling station."


def test_each_earlier_member_is_inferred_once_from_the_latest_election_raising_it() -> None:
    years = [2004, 2006, 2008, 2010, 2012, 2014]
    items = [
        item(f"rec/{year}", ASK, f"report/{year}", f"{year}-05-01", organisation="org/odihr")
        for year in years
    ]
    # Two reports on the last election: either may be the one cited, but only one is.
    items.append(item("rec/2014b", ASK, "report/2014b", "2014-05-01", organisation="org/ndi"))
    [group] = grouping_of(items).groups()
    assert len(group.members) == len(items)
    blocks, outcome = link_blocks([group])
    graph = blocks.graph()
    inferred = set(graph.subjects(NG.assessor, RAISED_AGAIN_RULE))
    # One per member raised again at a later election (the five before 2014), where one
    # per member and later member made 6 + 5 + 4 + 3 + 2 = 20.
    assert outcome.inferred_assessments == len(inferred) == len(years) - 1
    judged = {str(graph.value(a, NG.recommendation)): a for a in inferred}
    assert set(judged) == {f"rec/{year}" for year in years[:-1]}
    latest = {graph.value(a, PROV.wasDerivedFrom) for a in inferred}
    assert latest == {URIRef("rec/2014b")}  # the latest date, its key last
    for n, year in enumerate(years[:-1]):
        later = len(years) - 1 - n
        word = "election" if later == 1 else "elections"
        assert str(graph.value(judged[f"rec/{year}"], RDFS.label)).endswith(
            f"raised again at {later} later {word})"
        )
        assert str(graph.value(judged[f"rec/{year}"], NG.date)) == "2014-05-01"


def test_signatures_written_with_shared_values_once_are_the_same() -> None:
    """An item met again inside :func:`shared_parts` is written from its first writing:
    the digests are those written in full."""
    first = item("a", "The CEC should publish results per polling station.", "r1", "2010-01-01")
    second = item("b", "Results should be published per polling station.", "r2", "2015-01-01")
    signatures = [(first, second, frozenset({"x", "y"})), (second, first, (first,)), (first,)]
    plain = [digest(s) for s in signatures]
    with shared_parts():
        shared = [digest(s) for s in signatures]
        again = [digest(s) for s in signatures]
    assert shared == again == plain
    assert len(set(plain)) == 3
