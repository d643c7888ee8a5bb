"""Title blocks of statements, programme reports and articles in layouts the corpus does not
have, written for the tests: every name, date and sentence is invented.

- ``JOINT``: a joint international mission's statement: no issuer in the title block, whose
  place-and-date line runs on into the opening sentence, which names the institutions.
- ``INSTITUTE``: a statement whose title block opens with the issuer in capitals (no
  acronym there; the text defines it), dated "Statement, Place, Date"; a SUMMARY section
  of findings and "(1)" recommendations.
- ``PROGRAMME``: a programme report whose title block opens with the implementer in
  capitals, states "the "X" program", a grant "from" its donor and an award number, and
  annexes a mission statement.
- ``ARTICLE``: a journal article as plain text: citation line, title, byline with a
  footnote mark, affiliation.
"""

from __future__ import annotations

JOINT = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Estonia \u2013 Parliamentary Elections, 5 March 2034

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Tallinn, 6 March 2034 \u2013 This Statement of Preliminary Findings and Conclusions is the \
result of a common endeavour involving the Office for Democratic Institutions and Human \
Rights (ODIHR) and the Parliamentary Assembly of the Council of Europe (PACE). The \
assessment was made to determine whether the elections complied with commitments.

PRELIMINARY CONCLUSIONS

The elections were competitive and fundamental freedoms were respected.
"""

INSTITUTE = """\
BALTIC INSTITUTE FOR ELECTORAL INTEGRITY
PRE-ELECTION ASSESSMENT MISSION TO LATVIA

Statement, Riga, 12 September 2035

A pre-election mission of the Baltic Institute for Electoral Integrity (BIEI) visited the \
country from 8 to 12 September 2035, ahead of the 4 October 2035 parliamentary elections.

SUMMARY

The mission found that the campaign is competitive and that contestants campaign freely.

RECOMMENDATIONS

The mission offers the following recommendations:

(1) The Central Election Commission should publish the results of each polling station.

(2) Parliament should adopt rules on online political advertising.

The mission thanks all its interlocutors.
"""

PROGRAMME = """\
NORDIC CENTRE FOR CIVIC PARTICIPATION

Lithuania: Voters First Program
Final Narrative Report

Award number: NF-LT-2031-0042

1. EXECUTIVE SUMMARY

The Nordic Centre for Civic Participation (NCCP) implemented the "Voters First" program in \
Lithuania between January 1, 2031 and December 31, 2033, with a grant of EUR 1.5 million \
from the Northern Civic Fund (NCF). The program trained citizen observers.

2. ACTIVITIES

In May 2032, the Centre trained 400 citizen observers.

ANNEX 1

NORDIC CENTRE FOR CIVIC PARTICIPATION
PRE-ELECTION ASSESSMENT MISSION TO LITHUANIA

Statement, Vilnius, May 2, 2032

A mission organized by the Nordic Centre for Civic Participation visited Lithuania ahead of \
the May 19, 2032 parliamentary elections.

RECOMMENDATIONS

(1) The Central Electoral Commission should publish its decisions within one day.

(2) Political parties should sign a code of conduct.
"""

ARTICLE = """\
Journal of Baltic Electoral Studies, Vol. 7, No. 1 (2033), pp. 45-70

Counting on Trust: Domestic Observers and Electoral Reform
in the Baltic States

Ieva Kalnina*

Department of Political Science, University of Vilnius, Lithuania

Abstract

This article examines how domestic observers influence electoral reform.
"""
