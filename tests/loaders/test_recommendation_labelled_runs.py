"""Recommendations that label themselves ("Rec. 1", "Recommendation 2:") in a report whose
headings the document model does not take for headings (template questions "B4", a
heading glued to its lead-in): the run of labelled paragraphs is the list, and nothing
around it is. The texts are invented (other states, donors and layouts than the
fixtures')."""

from __future__ import annotations

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.odihr.recommendation_sections import recommendations_sections
from normgraph.loaders.programme.recommendations import add_programme_recommendations
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.iris import mint
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import first_text, one_line

TEMPLATE = """\
FINAL NARRATIVE REPORT   Form FN-2

B3  ACTIVITIES CARRIED OUT
The coalition trained 120 observers and deployed them to 14 districts.
The parliament should have adopted the new code earlier, the observers said.

B4  PROPOSALS OF THE COALITION
The coalition put forward its proposals at a public hearing on 3 May 2034:

Rec. 1  The Electoral Commission should publish the results of every polling station
        on its website within two days.
Rec. 2  Parliament should set a ceiling on campaign spending by third parties.
Rec. 3  Observers should have access to the tabulation at district level.

B5  LESSONS LEARNED
Next time the coalition should recruit observers earlier.
"""

PLAIN = """\
Georgia Election Watch -- assessment of the municipal elections

Overall the municipal elections were calm. The commission should be praised for its work.

Recommendation 1: Municipal commissions should hold their sessions in public.

Recommendation 2: The law should require the publication of donations within a week.

We thank all observers.
"""


def _read(text: str, code: str) -> list[Fact]:
    document = parse_document(SourceText(code, f"{code}.txt", text))
    extraction = Extraction()
    report = Fact(iri=mint("report", f"invented-{code}"), kind=NG.Report, label="Report")
    return add_programme_recommendations(extraction, document, report, Actors(extraction, code))


def _texts(found: list[Fact]) -> list[tuple[str | None, str]]:
    return [(first_text(f, NG.number), one_line(f)) for f in found]


def test_a_run_of_labelled_paragraphs_under_a_template_question_is_the_list() -> None:
    assert _texts(_read(TEMPLATE, "sk")) == [
        (
            "1",
            "The Electoral Commission should publish the results of every polling station "
            "on its website within two days.",
        ),
        ("2", "Parliament should set a ceiling on campaign spending by third parties."),
        ("3", "Observers should have access to the tabulation at district level."),
    ]


def test_labelled_paragraphs_without_any_heading_and_not_the_prose_around_them() -> None:
    assert _texts(_read(PLAIN, "ge")) == [
        ("1", "Municipal commissions should hold their sessions in public."),
        ("2", "The law should require the publication of donations within a week."),
    ]


def test_one_labelled_paragraph_is_no_list() -> None:
    text = "Overall calm.\n\nRecommendation 1: The commission should meet in public.\n\nThanks.\n"
    assert recommendations_sections(parse_document(SourceText("x", "x.txt", text))) == []
