"""More wordings of verdicts on earlier recommendations, invented for these tests: a concern
an earlier report raised that "remains in force", "a step back", "remains without a
response", "implementing in full a recommendation first made after", asides ("has, in our
view, not been"), two verdicts in one sentence, and a section that reviews earlier
recommendations, where a sentence need not repeat the word ("Two have been implemented in
part"; "By 2030, 3 had been fully implemented, 5 partially and 2 had not").
"""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.assessments import add_assessments
from normgraph.loaders.extract.verdict_cues import stated_verdict
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG, SCHEMA

FULLY, PARTIALLY, NOT = "fully-implemented", "partially-implemented", "not-implemented"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ban on broadcasting in regional languages, which was criticised in the report "
            "on the 2009 elections, remains in force.",
            NOT,
        ),
        (
            "Gaps in the regulation of party finance identified after the 2016 elections remain "
            "unaddressed.",
            NOT,
        ),
        (
            "The 2024 amendments lowered the signature requirement, partially addressing a "
            "concern raised by the delegation in 2021.",
            PARTIALLY,
        ),
        (
            "The new code has not addressed the main concerns expressed by the mission in "
            "previous reports.",
            NOT,
        ),
        (
            "A step back was taken on the recommendation to keep the candidate quota.",
            NOT,
        ),
        (
            "The recommendation to publish results by polling station, which the network has "
            "made since 2015, remains without a response.",
            NOT,
        ),
        (
            "The decree took effect in 2029, implementing in full a recommendation first made "
            "after the 2025 elections.",
            FULLY,
        ),
        (
            "The mission's recommendation to review the complaints procedure has, in our view, "
            "not been implemented.",
            NOT,
        ),
        (
            "The amendments of May 2027 addressed a previous OSCE/ODIHR recommendation by "
            "admitting citizen observers.",
            FULLY,
        ),
        (
            "The mission recommended that the deadline for registration be extended; this has "
            "been partially addressed.",
            PARTIALLY,
        ),
        ("The Central Commission remains in charge of the count.", None),
    ],
)
def test_a_verdict_on_an_earlier_recommendation_in_other_words(
    sentence: str, expected: str | None
) -> None:
    assert stated_verdict(sentence) == expected


REVIEW = """\
FOLLOW-UP OF OUR EARLIER RECOMMENDATIONS

After the 2026 elections the network made ten recommendations. By the end of 2029, 3 had been
fully implemented, 5 partially implemented and 2 had not been implemented. Only one of them
has been implemented in full. Two have been implemented in part. The new code fully
implemented the recommendation to merge the election laws, and partially implemented those on
voting abroad.

OBSERVATION OF THE CAMPAIGN

Two have been implemented in part, the minister said of the school reforms.
"""


def _statuses(text: str) -> list[list[str]]:
    source = SourceText("review", "review.txt", text)
    report = Fact(iri=mint("report", "review"), kind=SCHEMA.Report, label="a report")
    extraction = Extraction()
    extraction.add(report)
    found = add_assessments(extraction, parse_document(source), report, report.iri, None)
    return [[str(v).rsplit("/", 1)[-1] for p, v in f.values if p == NG.status] for f in found]


def test_a_review_section_reads_verdicts_that_do_not_repeat_the_word_recommendation() -> None:
    assert _statuses(REVIEW) == [
        [FULLY],
        [PARTIALLY],
        [NOT],
        [FULLY],
        [PARTIALLY],
        [FULLY],
        [PARTIALLY],
    ]
