"""Recommendation sections in layouts no fixture report uses (issue 13, recfall17), written
for the tests: every name, figure and sentence is invented. Each report carries what a
reader must get from it: every item's number as printed, its priority (None where the
report marks none) and its full text (whitespace collapsed; parts "(a) ..." included).

``TUNE`` reports were used to fix the readers; ``HELD_OUT`` ones were written at the same
time and only measured, so that their figure says how the readers do on unseen layouts.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.loaders.odihr_heads import final_report_head


@dataclass(frozen=True)
class Unseen:
    """An invented report and the recommendations a reader must get from it."""

    name: str
    genre: str
    text: str
    expected: tuple[tuple[str, bool | None, str], ...]


def _final(state: str, election: str, held: str, issued: str, body: str) -> str:
    return (
        final_report_head(state, election, held, "Election Observation Mission", issued)
        + "I. EXECUTIVE SUMMARY\n\nThe elections were competitive and fundamental freedoms"
        " were respected.\n\n"
        + body
        + "\nANNEX: FINAL ELECTION RESULTS\n\nThe results are those the commission announced.\n"
    )


_PIPE_TABLE = _final(
    "PORTUGUESE REPUBLIC",
    "PARLIAMENTARY ELECTIONS",
    "4 May 2031",
    "20 July 2031",
    """\
X. CONCLUSIONS

The process was well administered.

ANNEX: RECOMMENDATIONS

| No. | Recommendation                                        | Addressee   | Priority |
|-----|-------------------------------------------------------|-------------|----------|
| 1   | The electoral code should set a deadline for the      | Parliament  | High     |
|     | adjudication of complaints on election day.           |             |          |
| 2   | The commission should publish its minutes online.     | Commission  | Medium   |
| 3   | Voter lists should be open to public scrutiny before  | Commission  | High     |
|     | election day, with a period for corrections.          |             |          |
| 4   | Media coverage rules should apply to online outlets.  | Regulator   | Low      |
| 5   | Observers should be accredited without fees.          | Commission  | Low      |
""",
)

_DECIMAL_PRIORITY = _final(
    "REPUBLIC OF ESTONIA",
    "PRESIDENTIAL ELECTION",
    "9 March 2031",
    "2 June 2031",
    """\
XI. RECOMMENDATIONS

The following recommendations are offered for consideration by the authorities.

1. Legal Framework

1.1 (priority) The law should provide for the review of all decisions of the election
administration by a court.

1.2 The deadlines for registering candidates should be harmonised.

2. Election Administration

2.1 (priority) The Electoral Office should hold its sessions in public and announce them in
advance.

2.2 Polling staff should be trained on the counting procedures.

2.3 Ballot boxes should be sealed in the presence of observers.
""",
)

_CODED_PAGED = _final(
    "REPUBLIC OF FINLAND",
    "MUNICIPAL ELECTIONS",
    "18 April 2032",
    "30 June 2032",
    """\
IX. RECOMMENDATIONS

Priority recommendations are R1, R3 and R5.

R1.   The Election Act should be amended to allow international and citizen observers
      at all stages of the process.
R2.   The Ministry should publish the number of voters per polling station before election
      day.
Finland, Municipal Elections, 18 April 2032                                   Page 21
ODIHR EOM Final Report
R3.   Candidates should be able to appeal against the rejection of their registration to
      a court within three days.
R4.   Campaign finance reports should be published in full.
R5.   Voters with disabilities should be able to vote independently and in secret.
""",
)

_PRIORITY_PARTS = _final(
    "IRELAND",
    "PRESIDENTIAL ELECTION",
    "26 October 2032",
    "12 January 2033",
    """\
VIII. RECOMMENDATIONS

PRIORITY RECOMMENDATIONS

Legal Framework

1) The legislation should be reviewed to:
   (a) remove the restrictions on the right to stand;
   (b) provide for citizen observation.

2) The Referendum Commission should be given a standing mandate.

Election Administration

3) The returning officers should publish the results by polling station.

OTHER RECOMMENDATIONS

4) The register of electors should be updated from civil records.

5) Postal voting should be extended to voters abroad.
""",
)

_BULLET_NUMBERED = """\
Cyprus Citizen Watch

FINAL STATEMENT ON THE PARLIAMENTARY ELECTIONS OF 30 MAY 2032

Nicosia, 2 June 2032

Cyprus Citizen Watch deployed 300 observers for the parliamentary elections of 30 May 2032.

FINDINGS

The elections were calm. Voting was orderly and the count was transparent.

KEY RECOMMENDATIONS

\u2022 1. Priority \u2013 The parliament should adopt a law on citizen observation before
  the next elections.
\u2022 2. The electoral service should publish turnout by polling station.
\u2022 3. Priority \u2013 Political parties should disclose their campaign expenditure within
  thirty days of election day.
\u2022 4. The broadcaster should give free airtime to all lists on equal terms.

ABOUT CYPRUS CITIZEN WATCH

Cyprus Citizen Watch is a non-partisan network of observers.
"""

_REC_RESTARTING = _final(
    "REPUBLIC OF SLOVENIA",
    "EARLY PARLIAMENTARY ELECTIONS",
    "24 April 2033",
    "19 July 2033",
    """\
XII. RECOMMENDATIONS

A. Legal framework

Rec. 1  The Law on the Election of Deputies should be consolidated into a single act.

Rec. 2  The threshold for the registration of lists should be lowered.

B. Election administration

Rec. 1  The National Election Commission should adopt its decisions by a public vote.
   Slovenia, Early Parliamentary Elections, 24 April 2033                      Page 30
Rec. 2  Polling boards should include members nominated by the opposition.

Rec. 3  The commission should publish its decisions within 24 hours.
""",
)

TUNE = (
    Unseen(
        "pipe_table",
        "odihr",
        _PIPE_TABLE,
        (
            (
                "1",
                True,
                "The electoral code should set a deadline for the adjudication of complaints"
                " on election day.",
            ),
            ("2", False, "The commission should publish its minutes online."),
            (
                "3",
                True,
                "Voter lists should be open to public scrutiny before election day, with a"
                " period for corrections.",
            ),
            ("4", False, "Media coverage rules should apply to online outlets."),
            ("5", False, "Observers should be accredited without fees."),
        ),
    ),
    Unseen(
        "decimal_priority",
        "odihr",
        _DECIMAL_PRIORITY,
        (
            (
                "1.1",
                True,
                "The law should provide for the review of all decisions of the election"
                " administration by a court.",
            ),
            ("1.2", False, "The deadlines for registering candidates should be harmonised."),
            (
                "2.1",
                True,
                "The Electoral Office should hold its sessions in public and announce them in"
                " advance.",
            ),
            ("2.2", False, "Polling staff should be trained on the counting procedures."),
            ("2.3", False, "Ballot boxes should be sealed in the presence of observers."),
        ),
    ),
    Unseen(
        "coded_paged",
        "odihr",
        _CODED_PAGED,
        (
            (
                "R1",
                True,
                "The Election Act should be amended to allow international and citizen"
                " observers at all stages of the process.",
            ),
            (
                "R2",
                False,
                "The Ministry should publish the number of voters per polling station before"
                " election day.",
            ),
            (
                "R3",
                True,
                "Candidates should be able to appeal against the rejection of their"
                " registration to a court within three days.",
            ),
            ("R4", False, "Campaign finance reports should be published in full."),
            (
                "R5",
                True,
                "Voters with disabilities should be able to vote independently and in secret.",
            ),
        ),
    ),
    Unseen(
        "priority_parts",
        "odihr",
        _PRIORITY_PARTS,
        (
            (
                "1",
                True,
                "The legislation should be reviewed to: (a) remove the restrictions on the"
                " right to stand; (b) provide for citizen observation.",
            ),
            ("2", True, "The Referendum Commission should be given a standing mandate."),
            ("3", True, "The returning officers should publish the results by polling station."),
            ("4", False, "The register of electors should be updated from civil records."),
            ("5", False, "Postal voting should be extended to voters abroad."),
        ),
    ),
    Unseen(
        "bullet_numbered",
        "statement",
        _BULLET_NUMBERED,
        (
            (
                "1",
                True,
                "The parliament should adopt a law on citizen observation before the next"
                " elections.",
            ),
            ("2", False, "The electoral service should publish turnout by polling station."),
            (
                "3",
                True,
                "Political parties should disclose their campaign expenditure within thirty"
                " days of election day.",
            ),
            ("4", False, "The broadcaster should give free airtime to all lists on equal terms."),
        ),
    ),
    Unseen(
        "rec_restarting",
        "odihr",
        _REC_RESTARTING,
        (
            (
                "1",
                None,
                "The Law on the Election of Deputies should be consolidated into a single act.",
            ),
            ("2", None, "The threshold for the registration of lists should be lowered."),
            (
                "1",
                None,
                "The National Election Commission should adopt its decisions by a public vote.",
            ),
            ("2", None, "Polling boards should include members nominated by the opposition."),
            ("3", None, "The commission should publish its decisions within 24 hours."),
        ),
    ),
)

_LETTER_CODED = _final(
    "GRAND DUCHY OF LUXEMBOURG",
    "PARLIAMENTARY ELECTIONS",
    "8 October 2034",
    "15 December 2034",
    """\
IX. RECOMMENDATIONS

Recommendations marked with an asterisk (*) are priorities.

A. LEGAL FRAMEWORK

A.1* The electoral law should guarantee access for citizen observers to all polling
     stations.
A.2  The law should regulate campaigning by third parties.

B. ELECTION ADMINISTRATION

B.1  The commission should publish the full list of polling stations in advance.
B.2* Voters should be able to check their registration online.
B.3  Counting should take place in the polling station where the votes were cast.
""",
)

_ROMAN_HANGING = _final(
    "KINGDOM OF DENMARK",
    "LOCAL ELECTIONS",
    "16 November 2033",
    "1 March 2034",
    """\
VIII. RECOMMENDATIONS

Priority recommendations

I.    The municipalities should make all polling stations accessible to voters
      with disabilities.
II.   The Ministry should issue guidance on the counting of postal votes.

Other recommendations

III.  Voter education campaigns should be conducted in minority languages.
IV.   The deadline for submitting candidate lists should be extended.
V.    Election officials should receive written instructions on assisted voting.
""",
)

_SPACED_TABLE = _final(
    "KINGDOM OF NORWAY",
    "PARLIAMENTARY ELECTIONS",
    "13 September 2033",
    "20 December 2033",
    """\
X. RECOMMENDATIONS

No.  Recommendation                                              Addressee      Priority
1    The Election Act should allow the review of all             Parliament     Yes
     election-day decisions by a court.
2    The Directorate should publish detailed results by          Directorate    No
     polling district.
3    Advance voting should be available in all care homes.       Municipalities Yes
                                                                            Page 27
4    Observers should have access to the counting of advance     Directorate    No
     votes.
""",
)

_PARENS_PARTS = _final(
    "PRINCIPALITY OF ANDORRA",
    "GENERAL ELECTIONS",
    "2 April 2034",
    "10 July 2034",
    """\
7. RECOMMENDATIONS OF THE MISSION

(1) The electoral law should be amended to:
    (a) allow independent candidates to stand nationwide;
    (b) set clear rules for the financing of campaigns. (priority)

(2) The Electoral Board should publish all its decisions. (priority)

(3) Voters abroad should be able to vote by post.

(4) The media regulator should monitor online campaigning.

(5) Training of polling staff should cover the handling of complaints.
""",
)

_URGENT_FURTHER = _final(
    "REPUBLIC OF LATVIA",
    "PARLIAMENTARY ELECTIONS",
    "1 October 2034",
    "5 February 2035",
    """\
XI. RECOMMENDATIONS

Most urgent recommendations

1. The Saeima should lower the number of signatures required to register a list.

2. The Central Election Commission should publish the voter register figures by
municipality.

Further recommendations

3. Candidates should be able to challenge registration decisions in court.

4. The rules on the use of administrative resources should be clarified.

5. Observers should be given copies of the results protocols.
""",
)

_NETWORK_FOOTNOTES = """\
LITHUANIA VOTE WATCH

FINAL REPORT ON THE SEIMAS ELECTIONS OF 11 OCTOBER 2032

Vilnius, December 2032

1. INTRODUCTION

Lithuania Vote Watch deployed 450 observers for the Seimas elections of 11 October 2032.

2. RECOMMENDATIONS

The network considers recommendations 1, 3 and 4 to be priorities.

1) The Seimas should adopt a law on citizen observation.7
2) The Central Electoral Commission should publish the minutes of its sessions within two
days.
_______________
7 See the network's report on the 2028 elections.
Lithuania Vote Watch \u2013 Final Report                                        12
3) Municipal election commissions should be appointed through an open competition.
4) Voters should be able to check the status of their postal ballot.
5) Political parties should train their observers on the counting procedures.

3. ABOUT THE NETWORK

Lithuania Vote Watch is a coalition of civic organisations.
"""

HELD_OUT = (
    Unseen(
        "letter_coded",
        "odihr",
        _LETTER_CODED,
        (
            (
                "A.1",
                True,
                "The electoral law should guarantee access for citizen observers to all"
                " polling stations.",
            ),
            ("A.2", False, "The law should regulate campaigning by third parties."),
            (
                "B.1",
                False,
                "The commission should publish the full list of polling stations in advance.",
            ),
            ("B.2", True, "Voters should be able to check their registration online."),
            (
                "B.3",
                False,
                "Counting should take place in the polling station where the votes were cast.",
            ),
        ),
    ),
    Unseen(
        "roman_hanging",
        "odihr",
        _ROMAN_HANGING,
        (
            (
                "I",
                True,
                "The municipalities should make all polling stations accessible to voters"
                " with disabilities.",
            ),
            ("II", True, "The Ministry should issue guidance on the counting of postal votes."),
            (
                "III",
                False,
                "Voter education campaigns should be conducted in minority languages.",
            ),
            ("IV", False, "The deadline for submitting candidate lists should be extended."),
            (
                "V",
                False,
                "Election officials should receive written instructions on assisted voting.",
            ),
        ),
    ),
    Unseen(
        "spaced_table",
        "odihr",
        _SPACED_TABLE,
        (
            (
                "1",
                True,
                "The Election Act should allow the review of all election-day decisions by a"
                " court.",
            ),
            (
                "2",
                False,
                "The Directorate should publish detailed results by polling district.",
            ),
            ("3", True, "Advance voting should be available in all care homes."),
            ("4", False, "Observers should have access to the counting of advance votes."),
        ),
    ),
    Unseen(
        "parens_parts",
        "odihr",
        _PARENS_PARTS,
        (
            (
                "1",
                True,
                "The electoral law should be amended to: (a) allow independent candidates to"
                " stand nationwide; (b) set clear rules for the financing of campaigns.",
            ),
            ("2", True, "The Electoral Board should publish all its decisions."),
            ("3", False, "Voters abroad should be able to vote by post."),
            ("4", False, "The media regulator should monitor online campaigning."),
            ("5", False, "Training of polling staff should cover the handling of complaints."),
        ),
    ),
    Unseen(
        "urgent_further",
        "odihr",
        _URGENT_FURTHER,
        (
            (
                "1",
                True,
                "The Saeima should lower the number of signatures required to register a list.",
            ),
            (
                "2",
                True,
                "The Central Election Commission should publish the voter register figures by"
                " municipality.",
            ),
            ("3", False, "Candidates should be able to challenge registration decisions in court."),
            ("4", False, "The rules on the use of administrative resources should be clarified."),
            ("5", False, "Observers should be given copies of the results protocols."),
        ),
    ),
    Unseen(
        "network_footnotes",
        "statement",
        _NETWORK_FOOTNOTES,
        (
            ("1", True, "The Seimas should adopt a law on citizen observation."),
            (
                "2",
                False,
                "The Central Electoral Commission should publish the minutes of its sessions"
                " within two days.",
            ),
            (
                "3",
                True,
                "Municipal election commissions should be appointed through an open competition.",
            ),
            ("4", True, "Voters should be able to check the status of their postal ballot."),
            (
                "5",
                False,
                "Political parties should train their observers on the counting procedures.",
            ),
        ),
    ),
)


def read(report: Unseen) -> list[tuple[str | None, bool | None, str]]:
    """What the loader its text is detected as reads: each recommendation's number, priority
    and text (whitespace collapsed), in extraction order."""
    from normgraph.loaders.registry import loader_for
    from normgraph.loaders.text.genres import detect_genre
    from normgraph.loaders.text.source import SourceText
    from normgraph.namespaces import NG
    from tests.loaders.fact_lookup import first_text

    loader = loader_for(detect_genre(report.text))
    extraction = loader.extract(SourceText(report.name, f"{report.name}.txt", report.text))
    got: list[tuple[str | None, bool | None, str]] = []
    for fact in extraction.facts:
        if fact.kind != NG.Recommendation:
            continue
        priority = first_text(fact, NG.priority)
        got.append(
            (
                first_text(fact, NG.number),
                None if priority is None else priority == "true",
                " ".join(str(first_text(fact, NG.text)).split()),
            )
        )
    return got


def right(report: Unseen, got: list[tuple[str | None, bool | None, str]]) -> int:
    """How many expected items were read with their number, priority and full text (a
    report that marks no priority may give none or false)."""
    count = 0
    for number, priority, text in report.expected:
        wanted = {priority} if priority is not None else {None, False}
        count += any(n == number and p in wanted and t == text for n, p, t in got)
    return count


_KEY_THEN_ALL = _final(
    "REPUBLIC OF AUSTRIA",
    "FEDERAL PRESIDENTIAL ELECTION",
    "4 October 2034",
    "12 January 2035",
    """\
VII. RECOMMENDATIONS

A. URGENT RECOMMENDATIONS

1.  The Federal Electoral Board should deliberate in public.
    Austria, Federal Presidential Election, 4 October 2034              Page 19
2.  The law should set a deadline for the publication of results by polling station.

B. ADDITIONAL RECOMMENDATIONS

3.  Voters in hospitals should be able to vote on election day.
4.  The rules on campaign spending by third parties should be tightened.
""",
)

_SLASHED_CODES = _final(
    "REPUBLIC OF CROATIA",
    "PARLIAMENTARY ELECTIONS",
    "17 April 2033",
    "30 June 2033",
    """\
11. RECOMMENDATIONS

Priority recommendations are marked "(P)".

Rec. 1 (P) The State Electoral Commission should be a permanent body with its own staff.
Rec. 2 The law should allow voters to check their entry in the register online.
Rec. 3 (P) Complaints on election day should be decided within 24 hours.
Rec. 4 The media regulator should publish its monitoring findings during the campaign.
""",
)

_TAB_TABLE = _final(
    "REPUBLIC OF BULGARIA",
    "LOCAL ELECTIONS",
    "29 October 2034",
    "2 February 2035",
    """\
X. RECOMMENDATIONS

No.\tRecommendation\tResponsible\tPriority
1\tThe Electoral Code should be stable in the year before an election.\tParliament\tHigh
2\tThe commission should publish its decisions in machine-readable form.\tCEC\tLow
3\tVoters should be informed of their polling station by post.\tMunicipalities\tHigh
""",
)

HELD_OUT_LATER = (
    Unseen(
        "key_then_all",
        "odihr",
        _KEY_THEN_ALL,
        (
            ("1", True, "The Federal Electoral Board should deliberate in public."),
            (
                "2",
                True,
                "The law should set a deadline for the publication of results by polling station.",
            ),
            ("3", False, "Voters in hospitals should be able to vote on election day."),
            (
                "4",
                False,
                "The rules on campaign spending by third parties should be tightened.",
            ),
        ),
    ),
    Unseen(
        "slashed_codes",
        "odihr",
        _SLASHED_CODES,
        (
            (
                "1",
                True,
                "The State Electoral Commission should be a permanent body with its own staff.",
            ),
            (
                "2",
                False,
                "The law should allow voters to check their entry in the register online.",
            ),
            ("3", True, "Complaints on election day should be decided within 24 hours."),
            (
                "4",
                False,
                "The media regulator should publish its monitoring findings during the campaign.",
            ),
        ),
    ),
    Unseen(
        "tab_table",
        "odihr",
        _TAB_TABLE,
        (
            (
                "1",
                True,
                "The Electoral Code should be stable in the year before an election.",
            ),
            (
                "2",
                False,
                "The commission should publish its decisions in machine-readable form.",
            ),
            ("3", True, "Voters should be informed of their polling station by post."),
        ),
    ),
)
"""Written after the first held-out half had been measured and its misses studied: the
held-out half of the readers' second round."""
