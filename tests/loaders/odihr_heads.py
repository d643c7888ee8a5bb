"""The head an invented ODIHR final report opens with, for the tests that write one.

The reports the tests invent differ in what follows the head (the list layout each pins);
the head itself is one shape (office, state, election and its day, the mission's report,
place and date of issue), so it is written here once, as the document looks."""

from __future__ import annotations


def final_report_head(
    state: str, election: str, held: str, mission: str, issued: str, report: str = "Final Report"
) -> str:
    """The head of an ODIHR final report by ``mission`` ("Election Assessment Mission"),
    then the blank line before the body; ``report`` is what the mission calls it ("Report"
    for an expert team's).

    >>> final_report_head("REPUBLIC OF MALTA", "PARLIAMENTARY ELECTIONS", "3 June 2033",
    ...     "Election Expert Team", "1 September 2033").splitlines()[4:8]
    ['PARLIAMENTARY ELECTIONS', '3 June 2033', '', 'ODIHR Election Expert Team Final Report']
    """
    return f"""\
OSCE Office for Democratic Institutions and Human Rights

{state}

{election}
{held}

ODIHR {mission} {report}

Warsaw
{issued}

"""
