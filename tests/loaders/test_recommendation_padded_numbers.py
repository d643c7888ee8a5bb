"""A paragraph labelled in words with a zero-padded number ("Rec. 02", "Recommendation
03:") is recommendation 2 or 3, as a zero-padded item label ("02   The ...") already is
(fuzz21a: re-wrapped, a report's "Rec. 01" list went to the paragraph reader and kept
"02")."""

from __future__ import annotations

import pytest

from tests.loaders.odihr_heads import final_report_head
from tests.loaders.recommendation_unseen import Unseen, read

_ASKS = (
    "The law should be adopted early, after a public consultation.",
    "The commission should publish its decisions within a day.",
    "Results should be published for each polling station.",
)


@pytest.mark.parametrize("label", ["Rec. 0{n}", "Recommendation 0{n}:", "Proposal 0{n}."])
def test_a_worded_label_with_a_padded_number_numbers_its_item(label: str) -> None:
    head = final_report_head(
        "REPUBLIC OF SLOVENIA",
        "PARLIAMENTARY ELECTIONS",
        "3 June 2043",
        "Election Assessment Mission",
        "1 September 2043",
    )
    items = "".join(f"{label.format(n=n)}  {ask}\n\n" for n, ask in enumerate(_ASKS, start=1))
    body = (
        "I. EXECUTIVE SUMMARY\n\nThe elections were competitive.\n\n"
        f"II. RECOMMENDATIONS\n\nThe mission offers these to the authorities.\n\n{items}"
    )
    got = read(Unseen("padded", "odihr", head + body, ()))
    assert [(number, text) for number, _, text in got] == [
        (str(n), ask) for n, ask in enumerate(_ASKS, start=1)
    ]
