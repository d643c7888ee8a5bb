"""Each issue member's report and the one election it was made after, for the pages.

The choice is :func:`normgraph.report_election.own_election`, the link stage's too (a
report names the elections it recalls as well as its own); this module reads, with the
labels a page shows, the elections of the reports that make issue members.
"""

from __future__ import annotations

from normgraph.graph import GraphStore
from normgraph.report_election import Election, own_election, own_elections

from .page_data import PREFIXES, preferred_label

REPORT_ELECTIONS = (
    PREFIXES
    + f"""
SELECT DISTINCT ?report ?election ?electionLabel ?electionDate ?issued ?observed
WHERE {{
  ?membership a ng:IssueMembership ; ng:recommendation/ng:sourceReport ?report .
  ?report ng:election ?election .
  OPTIONAL {{ ?report dcterms:issued ?issued }}
  {preferred_label("?election", "electionLabel")}
  OPTIONAL {{ ?election ng:electionDate ?electionDate }}
  BIND(EXISTS {{ ?mission ng:observes ?election ; ng:sourceReport ?report }} AS ?observed)
}}
"""
)
"""Every election named by a report that makes an issue member, with what picks one."""


def read_own_elections(store: GraphStore) -> dict[str, Election]:
    """Each issue member's report and the one election it observed."""
    _, rows = store.select(REPORT_ELECTIONS)
    return own_elections(rows)


__all__ = ["Election", "own_election", "read_own_elections"]
