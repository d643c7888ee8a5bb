"""Small ODIHR-style final reports written for the tests (no text taken from real reports)."""

from __future__ import annotations


def title_page(state: str, election: str, held: str, issued: str) -> str:
    """The title page of an ODIHR final report: the office, the state, the election and its
    date, the report's name and where and when it was issued."""
    return (
        "Office for Democratic Institutions and Human Rights\n\n"
        f"{state}\n\n{election}\n{held}\n\n"
        "OSCE/ODIHR Election Observation Mission Final Report\n\n"
        f"Warsaw\n{issued}\n\n"
    )


# A parliamentary election; recommendations under lettered sub-headings at "XV."; no
# results annex; one recommendation split by a footnote block.
PARLIAMENTARY = (
    title_page(
        "REPUBLIC OF MOLDOVA", "PARLIAMENTARY ELECTIONS", "14 June 2020", "30 September 2020"
    )
    + """\
I. EXECUTIVE SUMMARY

The elections were competitive, but the campaign was marred by misuse of public office.

II. INTRODUCTION AND ACKNOWLEDGMENTS

Following an invitation from the authorities, the OSCE Office for Democratic Institutions \
and Human Rights (OSCE/ODIHR) on 12 May 2020 deployed an Election Observation Mission \
(EOM). The EOM was headed by Ambassador Jane Example and consisted of 12 experts and 20 \
long-term observers from 15 OSCE participating States.

III. LEGAL FRAMEWORK

Earlier OSCE/ODIHR recommendations on campaign finance remain unaddressed. Article 12.3 of \
the Electoral Code limits campaign spending.¹

¹ See Paragraph 7.7 of the 1990 OSCE Copenhagen Document.

XV. RECOMMENDATIONS

These recommendations are offered to further improve the conduct of elections.

A. PRIORITY RECOMMENDATIONS

1. The Electoral Code should be amended to give every contestant an effective remedy before

² A remedy includes a public hearing.

- a court, within short deadlines.
2. The Central Election Commission should publish all its decisions promptly.

B. OTHER RECOMMENDATIONS

Media

3. Parliament should consider decriminalising defamation.
"""
)

# A referendum whose title block states everything on one line; a results annex whose
# total row does not add up.
REFERENDUM = """\
Office for Democratic Institutions and Human Rights

Republic of Armenia
Constitutional Referendum 6 December 2015

OSCE/ODIHR Election Observation Mission Final Report

Warsaw
10 March 2016

I. INTRODUCTION

The mission was headed by Mr. John Sample and consisted of 10 analysts.

II. RECOMMENDATIONS

1. The authorities should ensure that voters are not pressured.

ANNEX: RESULTS

Total number of registered voters\t1,000
Total number of voters participated\t500
Total number of valid votes\t480
Total voter turnout\t50%

Region\tYes\t\tNo\t
\tVotes\t%\tVotes\t%
North\t200\t41.67\t100\t20.83
South\t100\t20.83\t80\t16.67
TOTAL\t310\t64.58%\t180\t37.50%
"""

# An early presidential election whose report names parties only in enumerations, calls
# a candidate "the incumbent", people by surname, provisions by "Ibid." or without their
# law, and asks for things to be "ensured". All names are invented.
CAMPAIGN = (
    title_page("REPUBLIC OF MOLDOVA", "EARLY PRESIDENTIAL ELECTION", "9 May 2021", "1 August 2021")
    + """\
I. INTRODUCTION

The EOM was headed by Ambassador Jane Example and consisted of 10 experts. For election \
day, Mr. Karl Sample led the delegation of the OSCE PA.

II. LEGAL FRAMEWORK

The Electoral Code was last changed shortly before the election.¹ Defamation remains an \
offence under Articles 12 and 40\u20132 of the Criminal Code. Constitutions should offer \
stable rules.² Public debate was missing.³ A 2016 constitutional amendment shortened the \
term. Amendments to the Criminal Code adopted in March 2018 were minor. Both the \
Electoral Code and the Civil Code regulate appeals.⁴

¹ Article 5.3 only sets the deadline.

² See the Venice Commission's Report on Constitutional Amendment, Paragraph 8, on rules.

³ Ibid., Paragraph 12, on public debate.

⁴ Article 7 sets the time limit. Paragraph 3 of that article is unclear.

III. CAMPAIGN ENVIRONMENT

Three candidates stood in this election: Mr. Ion Rivers, the incumbent and leader of the \
Harbour Party (HP); Mr. Petru Stone of the Valley Party (VP); and Ms. Ana Field, \
nominated by the Civic Forum.

The opposition \u2013 the VP, Green Dawn, Open Door and the unregistered Sunrise party \
\u2013 called for a boycott. Rallies took place in North Town, East Town and Lake City. \
One of the rejected candidates, Dan Hill, informed the EOM that his signatures were \
invalidated. Mr. Hill and Mr. Moor did not appeal. The website of the newspaper Morning \
Star was blocked, and the Evening Bell newspaper was fined.

IV. COMPLAINTS AND APPEALS

The Supreme Court refused to consider a complaint against the incumbent on grounds that \
the deadline had passed. A complaint requesting a recount of all ballots was dismissed by \
a district court, in part on grounds that no evidence was submitted.

V. RECOMMENDATIONS

1. It should be ensured that the CEC and lower-level commissions decide complaints in \
public sessions.
2. Ensuring that all parties have access to the media.
"""
)
