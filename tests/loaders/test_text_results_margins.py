"""Results told in running text under a left margin (invented texts, no real report's
words): a line break and the next line's margin may fall anywhere inside a figure's phrase,
between the share and "per cent", between "per" and "cent", or before "%"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normgraph.namespaces import NG

from .results_support import results_of, value_of

MARGIN = """\
    In the first round, held on 3 April, Ilse Maren (Lowland Union) received 402,118 votes
    (52.36
    per cent) and Joost Veld (Harbour Party) received 311,904 votes (40.61 per
    cent of valid votes).
"""

WIDE = """\
          In the run-off, Kaja Brenn obtained 1 204 331 votes (48.2
          %), while Oskar Lind received 1 096 210 votes (43,9   per cent).
"""

TABBED = """\
\tAccording to the final figures, Anja Holt received 88,420 votes (61.5\tper
\tcent) and Pavel Roos received 55,301 votes (38.5 percent).
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MARGIN, {"Ilse Maren": (402118, "52.36"), "Joost Veld": (311904, "40.61")}),
        (WIDE, {"Kaja Brenn": (1204331, "48.2"), "Oskar Lind": (1096210, "43.9")}),
        (TABBED, {"Anja Holt": (88420, "61.5"), "Pavel Roos": (55301, "38.5")}),
    ],
    ids=["margin", "wide-margin", "tabs"],
)
def test_a_share_broken_over_a_margin_is_read(
    text: str, expected: dict[str, tuple[int, str]]
) -> None:
    _, facts = results_of(text, ("presidential", "2029-04-03"))
    read = {
        name: (value_of(fact, NG.votes), value_of(fact, NG.voteShare))
        for name, (fact, *_) in facts.items()
    }
    assert read == {name: (votes, Decimal(share)) for name, (votes, share) in expected.items()}
