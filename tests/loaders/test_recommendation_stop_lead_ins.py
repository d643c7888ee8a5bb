"""A statement's recommendations section opened by a sentence that ends on what follows it
("... to take the following steps.", with a full stop rather than a colon): it announces
the list and is none of its recommendations; the lettered items below it are. The text is
invented (another state, network and layout than the fixtures')."""

from __future__ import annotations

from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line

STOPPED = """\
Voters' Watch Armenia (VWA)

SECOND INTERIM REPORT

Yerevan, 3 May 2034

SECTION 1   OVERVIEW

The campaign for the parliamentary elections of 20 May 2034 was calm.

SECTION 2   RECOMMENDATIONS

Before election day, VWA asks the authorities to consider the following measures.

To the Central Electoral Commission:

a) The Commission should publish the lists of polling station members.
b) The Commission should train polling staff on the new counting forms.

To the police:

c) The police should investigate reports of vote buying without delay.
"""


def test_a_lead_in_ending_on_the_following_measures_is_no_recommendation() -> None:
    facts = StatementLoader().extract(SourceText("am", "am.txt", STOPPED)).facts
    found: list[Fact] = [f for f in facts if f.kind == NG.Recommendation]
    texts = [one_line(f) for f in found]
    assert texts == [
        "The Commission should publish the lists of polling station members.",
        "The Commission should train polling staff on the new counting forms.",
        "The police should investigate reports of vote buying without delay.",
    ]
    assert [first_text(f, NG.number) for f in found] == ["a", "b", "c"]
