"""Reading what the link stage groups and resolves from the store, with SPARQL.

Recommendations and findings (text, report, issuer, election, dates, topics, norms,
laws), observers' statements on earlier recommendations, the findings the recurrence graph
attaches to issues: the reads of what the recurrence stage (:mod:`normgraph.recurrence`)
groups and resolves. What an issue's block rests on besides (evidence, creators, the
statements an earlier link resolved) is read in :mod:`.recurrence_sources`.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterator, Mapping, Sequence

from rdflib import URIRef
from rdflib.term import Node

from normgraph.graph import GraphStore

from .build_state import BUILD_GRAPH
from .grouping import Item
from .namespaces import NG, RECURRENCE_GRAPH, VOCAB, sparql_prefixes
from .report_election import Election, own_elections

FULLY_IMPLEMENTED = VOCAB["implementation-status/fully-implemented"]

_PREFIXES = sparql_prefixes("ng", "dcterms", "oa", "rdfs", "prov")

RECOMMENDATIONS = (
    _PREFIXES
    + """
SELECT ?item ?class ?text ?report (MIN(?issuer0) AS ?issuer) (MIN(?election0) AS ?election)
       (MIN(?electionDate0) AS ?electionDate) (MIN(?issued0) AS ?issued)
       (MIN(?country0) AS ?country)
       (GROUP_CONCAT(DISTINCT STR(?topic); separator=" ") AS ?topics)
       (GROUP_CONCAT(DISTINCT STR(?norm); separator=" ") AS ?norms)
       (GROUP_CONCAT(DISTINCT STR(?law); separator=" ") AS ?laws)
WHERE {
  ?item a ?class ; ng:text ?text ; ng:sourceReport ?report .
  OPTIONAL { ?report dcterms:creator|dcterms:publisher ?issuer0 }
  OPTIONAL { ?item ng:election ?election0 }
  OPTIONAL { ?item ng:election/ng:electionDate ?electionDate0 }
  OPTIONAL { ?item ng:election/ng:country ?country0 }
  OPTIONAL { ?report dcterms:issued ?issued0 }
  OPTIONAL { ?item ng:topic ?topic }
  OPTIONAL { ?item ng:invokesNorm ?norm }
  OPTIONAL { ?item ng:concernsLaw ?law }
}
GROUP BY ?item ?class ?text ?report
ORDER BY ?item
"""
)
"""Every recommendation (or finding) with the election it names itself, if any; the
report's own election is chosen in Python (:data:`REPORT_ELECTIONS`)."""

REPORT_ELECTIONS = (
    _PREFIXES
    + """
SELECT DISTINCT ?class ?report ?election ?electionDate ?country ?issued ?observed
WHERE {
  { SELECT DISTINCT ?class ?report WHERE { ?item a ?class ; ng:sourceReport ?report } }
  ?report ng:election ?election .
  OPTIONAL { ?election ng:electionDate ?electionDate }
  OPTIONAL { ?election ng:country ?country }
  OPTIONAL { ?report dcterms:issued ?issued }
  BIND(EXISTS { ?mission ng:observes ?election ; ng:sourceReport ?report } AS ?observed)
}
"""
)
"""Every election named by a report holding items of a class, with what picks its own
(:func:`normgraph.report_election.own_election`): a report also names the elections it
recalls, and the smallest of their IRIs is not the one its recommendations were made after."""


CONCERNS = f"""
SELECT ?finding ?issue ?report WHERE {{
  GRAPH {RECURRENCE_GRAPH.n3()} {{ ?finding <{NG.concerns}> ?issue }}
  ?finding <{NG.sourceReport}> ?report
}}
"""
"""The findings the recurrence graph attaches to issues, with their reports."""
FINDING_REPORTS = (
    _PREFIXES + "SELECT DISTINCT ?report WHERE { ?f a ng:Finding ; ng:sourceReport ?report }"
)

_ASSESSMENT_ROWS = """
SELECT ?item ?report (MIN(?asked0) AS ?asked) (MIN(?quote0) AS ?quote) (MIN(?issued0) AS ?issued)
       (MIN(?country0) AS ?country) (MIN(?issuer0) AS ?issuer) (MIN(?status0) AS ?status)
WHERE {
  ?item a ng:ImplementationAssessment ; ng:sourceReport ?report ; ng:evidence ?annotation .
  ?annotation oa:hasTarget/oa:hasSelector/oa:exact ?quote0 .
FILTERS
  OPTIONAL { ?item ng:text ?asked0 }
  OPTIONAL { ?report dcterms:issued ?issued0 }
  OPTIONAL { ?report ng:election/ng:country ?country0 }
  OPTIONAL { ?report dcterms:creator|dcterms:publisher ?issuer0 }
  OPTIONAL { ?item ng:status ?status0 }
}
GROUP BY ?item ?report
ORDER BY ?item
"""
ASSESSMENTS = _PREFIXES + _ASSESSMENT_ROWS.replace(
    "FILTERS",
    "  FILTER NOT EXISTS { ?item a ng:InferredAssessment }\n"
    "  FILTER NOT EXISTS { ?item ng:assessor/a prov:SoftwareAgent }",
)
KEYED_ASSESSMENTS = _PREFIXES + _ASSESSMENT_ROWS.replace("FILTERS\n", "")
""":data:`ASSESSMENTS` for statements named by key and report (:data:`STATEMENT_KEYS`
already leave out the link's own and the software's): with a VALUES block of them the two
filters need not run, and the store starts from the statements, not from every one (2.4 ->
0.3 s CPU for 20 reports' 930 statements at 1,000 reports)."""

STATEMENT_KEYS = {
    "typed": "SELECT ?item ?report WHERE { ?item a ng:ImplementationAssessment ; "
    "ng:sourceReport ?report }",
    "inferred": "SELECT DISTINCT ?item WHERE { ?item a ng:InferredAssessment }",
    "software": "SELECT DISTINCT ?item WHERE { ?item ng:assessor ?agent . "
    "?agent a prov:SoftwareAgent }",
    "evidenced": "SELECT DISTINCT ?item WHERE { ?item a ng:ImplementationAssessment ; "
    "ng:evidence ?annotation }",
}
"""Every statement :data:`ASSESSMENTS` reads, as its key and report only (what a relink
needs of the statements an earlier link resolved and whose report did not move), as four
plain patterns filtered in Python: its two ``FILTER NOT EXISTS`` run per statement cost
three times as much. The evidence's quote is not followed: a statement whose evidence has
none (the shapes require one) is listed here, never read whole, so never matched."""


REPORT_VERSIONS = f"""
SELECT DISTINCT ?report ?graph ?key WHERE {{
  GRAPH ?graph {{ ?fact <{NG.sourceReport}> ?report }}
  FILTER(?graph != {RECURRENCE_GRAPH.n3()})
  OPTIONAL {{ GRAPH {BUILD_GRAPH.n3()} {{ ?graph <{NG.sha256}> ?key }} }}
}}
"""
"""The document graphs holding each report's facts, and their build keys."""
_FEW = 20
"""Up to this many reports' recommendations are read with a VALUES block; more, with one
query for all."""
_STATEMENTS: weakref.WeakKeyDictionary[GraphStore, dict[str, tuple[str, list[Item], set[str]]]] = (
    weakref.WeakKeyDictionary()
)


def report_versions(store: GraphStore) -> dict[str, str]:
    """Each report the store holds facts of, and its version: the build keys of the
    document graphs holding them ("" if one has no build record: such a report is read
    again on every link). A report's facts can have changed only if its version did."""
    _, rows = store.select(REPORT_VERSIONS)
    parts: dict[str, list[str]] = {}
    unknown: set[str] = set()
    for row in rows:
        report, key = str(row["report"]), row.get("key")
        parts.setdefault(report, []).append(f"{row['graph']} {key}")
        if key is None:
            unknown.add(report)
    return {r: "" if r in unknown else "|".join(sorted(p)) for r, p in parts.items()}


def stale_reports(versions: Mapping[str, str], seen: Mapping[str, str]) -> list[str]:
    """The reports whose facts may differ from what was read at versions ``seen``."""
    return sorted(r for r, v in versions.items() if not v or seen.get(r) != v)


def read_items_of(
    store: GraphStore, reports: Collection[str], cls: URIRef = NG.Recommendation
) -> list[Item]:
    """The recommendations (or findings) of the named reports, in key order; many reports
    are read a page of them at a time (:data:`PAGE`)."""
    listed = sorted(reports)
    if len(listed) <= _FEW:
        return read_items(store, cls, [URIRef(r) for r in listed]) if listed else []
    return sorted(
        (item for page in _pages(listed) for item in read_items(store, cls, page)),
        key=lambda item: item.key,
    )


PAGE = 50
"""Reports read per query when many are: one query for every report held all its rows as
Python terms (and Oxigraph its grouping) at once."""


def _pages(reports: Sequence[str]) -> Iterator[list[URIRef]]:
    for start in range(0, len(reports), PAGE):
        yield [URIRef(report) for report in reports[start : start + PAGE]]


def _text(row: Mapping[str, Node], name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value)


def _words(row: dict[str, Node], name: str) -> frozenset[str]:
    return frozenset(_text(row, name).split())


def _of_reports(query: str, reports: Node | Sequence[Node] | None) -> str:
    """The query restricted to some reports by a VALUES block opening each of its patterns
    (a pre-bound ``?report`` is applied after the pattern is matched: 0.1 s a report at 30
    reports, ten times a VALUES block's cost, and growing with the store)."""
    if reports is None:
        return query
    listed = [reports] if isinstance(reports, Node) else list(reports)
    values = f" VALUES ?report {{ {' '.join(report.n3() for report in listed)} }}\n"
    assert "WHERE {" in query, "a query to restrict has a 'WHERE {' pattern"
    return query.replace("WHERE {", "WHERE {" + values)


def read_report_elections(
    store: GraphStore,
    cls: URIRef = NG.Recommendation,
    report: Node | Sequence[Node] | None = None,
) -> dict[str, Election]:
    """The own election of every report holding items of ``cls`` (or of ``report``)."""
    _, rows = store.select(_of_reports(REPORT_ELECTIONS, report), bindings={"class": cls})
    return own_elections(rows)


def read_items(
    store: GraphStore,
    cls: URIRef = NG.Recommendation,
    report: Node | Sequence[Node] | None = None,
) -> list[Item]:
    """Every recommendation (or finding) in the store, or in some reports, as grouping sees
    it: at the election it names itself, else at its report's own election."""
    _, rows = store.select(_of_reports(RECOMMENDATIONS, report), bindings={"class": cls})
    own = read_report_elections(store, cls, report)
    items = []
    for row in rows:
        election = _text(row, "election")
        date, country = _text(row, "electionDate"), _text(row, "country")
        if not election and _text(row, "report") in own:
            chosen = own[_text(row, "report")]
            election, date, country = chosen.iri, chosen.date or "", chosen.country
        items.append(
            Item(
                key=_text(row, "item"),
                text=_text(row, "text"),
                document=_text(row, "report"),
                organisation=_text(row, "issuer"),
                election=election,
                date=(date or _text(row, "issued"))[:10],
                topics=_words(row, "topics"),
                norms=_words(row, "norms"),
                laws=_words(row, "laws"),
                country=country,
            )
        )
    return items


def read_assessments(store: GraphStore) -> list[Item]:
    """Observer assessments of earlier recommendations, with the ask they describe (their
    ``ng:text``, for one ask named in a list) or else the sentence that states them."""
    return read_statements(store)[0]


def read_statements(
    store: GraphStore, report: Node | Sequence[Node] | None = None
) -> tuple[list[Item], set[str]]:
    """The assessments (of every report, or of one) as :func:`read_assessments` reads them,
    and the keys of those that state full implementation."""
    _, rows = store.select(_of_reports(ASSESSMENTS, report))
    return _statements(rows, read_report_elections(store, NG.ImplementationAssessment, report))


def read_statements_of(
    store: GraphStore, keys: Sequence[tuple[str, str]]
) -> tuple[list[Item], set[str]]:
    """:func:`read_statements` for the statements named by (key, report), as
    :func:`statement_keys` lists them (:data:`KEYED_ASSESSMENTS`), :data:`KEYED_BATCH` a
    query."""
    if not keys:
        return [], set()
    rows: list[Mapping[str, Node]] = []
    for start in range(0, len(keys), KEYED_BATCH):
        values = " ".join(
            f"({URIRef(key).n3()} {URIRef(report).n3()})"
            for key, report in keys[start : start + KEYED_BATCH]
        )
        query = KEYED_ASSESSMENTS.replace(
            "WHERE {", f"WHERE {{ VALUES (?item ?report) {{ {values} }}\n", 1
        )
        rows += store.select(query)[1]
    rows.sort(key=lambda row: _text(row, "item"))
    reports = sorted({URIRef(report) for _, report in keys})
    return _statements(rows, read_report_elections(store, NG.ImplementationAssessment, reports))


KEYED_BATCH = 400
"""Statements per query read by key: 930 in one VALUES block read in 0.3 s CPU at 1,000
reports, 1,025 in 23 s (another plan); 400 at a time, 0.9 s."""


def _statements(
    rows: Sequence[Mapping[str, Node]], own: Mapping[str, Election]
) -> tuple[list[Item], set[str]]:
    done = {_text(row, "item") for row in rows if _text(row, "status") == str(FULLY_IMPLEMENTED)}
    return [
        Item(
            key=_text(row, "item"),
            # What the statement describes, else its quote (picked here: Virtuoso 7.2 cannot
            # compile a COALESCE of two aggregates).
            text=_text(row, "asked") or _text(row, "quote"),
            document=_text(row, "report"),
            organisation=_text(row, "issuer"),
            date=_text(row, "issued")[:10],
            country=own[source].country
            if (source := _text(row, "report")) in own
            else _text(row, "country"),
        )
        for row in rows
    ], done


def statement_keys(store: GraphStore) -> list[tuple[str, str]]:
    """Each statement's key and report (:data:`STATEMENT_KEYS`), in key order."""
    found = {}
    for name, query in STATEMENT_KEYS.items():
        found[name] = store.select(_PREFIXES + query)[1]
    left_out = {_text(row, "item") for name in ("inferred", "software") for row in found[name]}
    evidenced = {_text(row, "item") for row in found["evidenced"]}
    keys = {(_text(row, "item"), _text(row, "report")) for row in found["typed"]}
    return sorted(k for k in keys if k[0] in evidenced and k[0] not in left_out)


def current_statements(
    store: GraphStore,
    versions: Mapping[str, str],
    reports: Collection[str] | None = None,
    keys: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[Item], set[str]]:
    """:func:`read_statements` for the store's reports at ``versions`` (or for those of
    ``reports``), reading again only the reports whose version changed since this process
    last read them. ``keys``: every statement's key per report at ``versions``
    (:func:`.recurrence_keys.statement_keys`), to read them by key (:data:`KEYED_ASSESSMENTS`)."""
    kept = _STATEMENTS.setdefault(store, {})
    seen = {report: version for report, (version, _, _) in kept.items()}
    wanted = versions if reports is None else {r: versions[r] for r in reports if r in versions}
    stale = stale_reports(wanted, seen)
    # A page of reports at a time (one query for all held every statement's row at once).
    statements: list[Item] = []
    done: set[str] = set()
    for page in _pages(stale):
        if keys is None:
            more, ended = read_statements(store, page)
        else:
            named = [(key, str(report)) for report in page for key in keys.get(str(report), ())]
            more, ended = read_statements_of(store, named)
        statements += more
        done |= ended
    fresh: dict[str, tuple[list[Item], set[str]]] = {r: ([], set()) for r in stale}
    for statement in statements:
        if statement.document in fresh:
            fresh[statement.document][0].append(statement)
            if statement.key in done:
                fresh[statement.document][1].add(statement.key)
    for report, (statements, done) in fresh.items():
        kept[report] = (versions[report], statements, done)
    for report in kept.keys() - versions.keys():
        del kept[report]
    chosen = [kept[r] for r in wanted if r in kept]
    everything = sorted((s for _, items, _ in chosen for s in items), key=lambda s: s.key)
    return everything, {key for _, _, done in chosen for key in done}
