"""Elections of a statement on general elections, on invented texts: the title gives the
day and no type, the opening says which bodies were elected; each is one election of that
day, and a body only named (not elected) adds none."""

from __future__ import annotations

from normgraph.loaders.extract.elections import election_key
from normgraph.loaders.statement.general import general_mentions
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import NG

from .fact_lookup import election_paths, facts, values

GENERAL = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Lithuania - General Elections, 9 October 2033

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Vilnius, 10 October 2033

On 9 October, voters elected the President, the members of the parliament and the members
of the regional assemblies and municipal councils.

PRELIMINARY CONCLUSIONS

(a) The 9 October general elections were competitive and fundamental freedoms were generally
respected.
(b) The complex legal framework, with separate rules at each level, lacked clarity.

Election Administration

The election administration worked efficiently, but the late adoption of instructions caused
confusion among lower-level commissions.

Campaign Environment

Contestants were able to campaign freely. The 2029 presidential election was assessed as
well organised.
"""

LISTED = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
REPUBLIC OF CROATIA - HARMONISED ELECTIONS, 14 MAY 2034

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Zagreb, 15 May 2034

The President of the Republic called the harmonised elections for 14 May. They combined
parliamentary and municipal council elections.

PRELIMINARY CONCLUSIONS

The elections were well organised and competitive.
"""


def test_each_body_elected_on_the_day_of_general_elections_is_an_election() -> None:
    extraction = StatementLoader().extract(SourceText("g", "general.txt", GENERAL))
    paths = election_paths(extraction)
    for kind in ("presidential", "parliamentary", "local"):
        assert f"lt/{kind}/2033-10-09" in paths
    report = next(f for f in facts(extraction, NG.Report))
    linked = {election_key(str(v)).path for v in values(report, NG.election)}
    assert {"lt/presidential/2033-10-09", "lt/parliamentary/2033-10-09"} <= linked
    assert "lt/local/2033-10-09" in linked


def test_a_body_only_named_is_not_elected() -> None:
    extraction = StatementLoader().extract(SourceText("h", "listed.txt", LISTED))
    paths = election_paths(extraction)
    assert "hr/parliamentary/2034-05-14" in paths
    assert "hr/local/2034-05-14" in paths
    assert not any(path.startswith("hr/presidential") for path in paths)


def test_the_day_is_the_title_lines_not_the_issue_date_above_it() -> None:
    title = "Vilnius, 10 October 2033\nLITHUANIA\nGENERAL ELECTIONS\n9 OCTOBER 2033"
    opening = [("On 9 October, voters elected the President and the parliament.", _no_spans)]
    found = general_mentions(title, _no_spans, opening, "lt")
    assert [(m.kind, m.when) for m in found] == [
        ("presidential", (2033, 10, 9)),
        ("parliamentary", (2033, 10, 9)),
    ]
    assert general_mentions("LITHUANIA\nPARLIAMENTARY ELECTIONS", _no_spans, opening, "lt") == []


def _no_spans(start: int, end: int) -> list[Span]:
    return []


FEDERAL = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Swiss Confederation - General Elections, 20 October 2035

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Bern, 21 October 2035

On 20 October, voters elected the members of the National Council and of the twelve cantonal
assemblies.

PRELIMINARY CONCLUSIONS

The elections were well organised.
"""


def test_the_assemblies_of_a_federal_states_cantons_are_parliaments() -> None:
    """A canton's, province's or entity's legislature is a parliament, not a local body:
    general elections to the national and cantonal legislatures are one parliamentary
    election of that day, and no local one."""
    extraction = StatementLoader().extract(SourceText("f", "federal.txt", FEDERAL))
    paths = election_paths(extraction)
    assert "ch/parliamentary/2035-10-20" in paths
    assert not any(path.startswith("ch/local") for path in paths)
