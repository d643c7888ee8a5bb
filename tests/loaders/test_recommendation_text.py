"""A recommendation's words hyphenated at a hard line break are joined again as the report
writes them elsewhere (issue 13, gen14a): a word split by the line ("adminis-" / "tration")
is one word, a compound the text writes whole elsewhere ("follow-up") keeps its hyphen, a
suspended hyphen ("pre- and post-election") stays. Invented texts (another state and layout
than the fixtures')."""

from __future__ import annotations

from normgraph.loaders.extract.recommendation_text import rejoined
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts

STATEMENT = """\
Cyprus Election Watch (CEW)

PRELIMINARY STATEMENT

Nicosia, 25 May 2031

Cyprus Election Watch deployed 90 observers for the parliamentary elections of
24 May 2031. The follow-up of earlier findings was slow.

RECOMMENDATIONS

1.  The election adminis-
    tration should publish the minutes of its sessions and ensure the follow-
    up of complaints within three days.

2.  The law should regulate pre- and post-election campaign finance reporting.
"""


def test_a_word_split_by_the_line_is_joined_and_a_written_compound_keeps_its_hyphen() -> None:
    extraction = StatementLoader().extract(SourceText("cy", "cy.txt", STATEMENT))
    found = {
        texts(f, NG.number)[0]: texts(f, NG.text)[0]
        for f in extraction.facts
        if f.kind == NG.Recommendation
    }
    assert found["1"] == (
        "The election administration should publish the minutes of its sessions and ensure "
        "the follow-up of complaints within three days."
    )
    assert (
        found["2"] == "The law should regulate pre- and post-election campaign finance reporting."
    )


def test_rejoined_reads_the_source_for_each_word() -> None:
    source = "a well-known fact\n"
    assert rejoined("a well- known and repre- sentative body", source) == (
        "a well-known and representative body"
    )
    assert rejoined("short- or long-term", source) == "short- or long-term"
