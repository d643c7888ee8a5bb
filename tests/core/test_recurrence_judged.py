"""An issue's count of assessments judging it or a member fully implemented, as the link
stage writes it (``ng:fullyImplementedCount``) and a relink checks it on a kept block."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.grouping import Group
from normgraph.recurrence_blocks import Blocks
from normgraph.recurrence_judged import JUDGED_AT, Tie, judged_counts, judged_triple, moved_states
from normgraph.recurrence_statements import Resolved
from normgraph.recurrence_triples import issue_iri, link_blocks
from tests.core.recurrence_items import grouping_of, item

ASK = "The Central Election Commission should publish detailed results by polling station."
OTHER = "Televised debates between all candidates should be sponsored by the state broadcaster."


def _groups() -> list[tuple[str, Group]]:
    items = [
        item(f"rec/{year}/{n}", ask, f"report/{year}", f"{year}-05-01", organisation="org/o")
        for year in (2004, 2008)
        for n, ask in enumerate((ASK, OTHER))
    ]
    return [(str(issue_iri(g.members[0])), g) for g in grouping_of(items).groups()]


def _issue_of(groups: list[tuple[str, Group]], key: str) -> str:
    return next(issue for issue, g in groups if key in {i.key for i in g.items})


def test_a_statement_of_full_implementation_counts_on_the_issue_of_what_it_judges() -> None:
    groups = _groups()
    results, debates = _issue_of(groups, "rec/2004/0"), _issue_of(groups, "rec/2004/1")
    statement = item("assessment/2012/1", "done", "report/2012", "2012-05-01")
    found = [Resolved(statement, next(g for _, g in groups).items[0], None)]
    target = found[0].recommendation.key
    judged = _issue_of(groups, target)
    assert judged_counts(groups, found, done={statement.key}) == {judged: 1}
    assert judged_counts(groups, found, done=set()) == {}  # it said "not implemented"
    # Ties a document graph states: to an issue, or to a recommendation of one; a node
    # tied to both a recommendation and an issue ties them (as the reference's ?mm does).
    stated = [
        Tie("a/1", issue=debates, done=True),
        Tie("a/2", recommendation="rec/2008/0", done=True),
        Tie("a/3", recommendation="rec/x"),
        Tie("a/3", issue=debates),
        Tie("a/4", recommendation="rec/x", done=True),
    ]
    counts = judged_counts(groups, [], set(), stated)
    assert counts == {debates: 2, results: 1}


def test_an_issue_block_holds_its_count_where_a_relink_looks_for_it() -> None:
    groups = _groups()
    judged = {groups[0][0]: 2}
    blocks, _ = link_blocks([g for _, g in groups], judged=judged)
    for issue, _g in groups:
        expected = judged_triple(URIRef(issue), judged.get(issue, 0))
        assert blocks.triples[issue][JUDGED_AT] == expected
    assert moved_states(groups, judged, blocks) == frozenset()
    moved = moved_states(groups, {}, blocks)
    assert moved == {i.country for i in groups[0][1].items}
    assert moved_states(groups, judged, Blocks()) == frozenset()
