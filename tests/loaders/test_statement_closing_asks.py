"""A statement with no recommendations section whose paragraphs report a problem and close
by saying what should change: each such closing sentence is a recommendation in passing;
a law's requirement, someone else's view, a regret ("should have") and a paragraph's only
sentence are none; so in a final report's body too (issue 13, gen18a). Invented texts of
other states and layouts than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.odihr.loader import OdihrLoader
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.loaders.fact_lookup import texts
from tests.loaders.odihr_heads import final_report_head

HEAD = """\
INTERNATIONAL ELECTION OBSERVATION MISSION
Republic of Slovenia - Early Parliamentary Elections, 12 March 2034

STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS

Ljubljana, 13 March 2034

"""

PARAGRAPHS = {
    "a closing ask after a reported problem": (
        "The commission adopted its instruction on mobile voting two days before election "
        "day. Polling boards received no training on it. The commission should adopt its "
        "instructions well in advance.",
        ["The commission should adopt its instructions well in advance."],
    ),
    "a closing ask whose subject is a plain noun, wrapped over lines": (
        "Campaign finance reports were published late and\nin part. Campaign finance reports "
        "should be verified\nby an independent body before election day.",
        ["Campaign finance reports should be verified by an independent body before election day."],
    ),
    "a negated ask": (
        "Two lists were refused for errors in their signature sheets. Minor errors "
        "should not lead to the refusal of a list.",
        ["Minor errors should not lead to the refusal of a list."],
    ),
    "a law's requirement closes the paragraph": (
        "Lists were submitted on time. Under the law, lists should include at least 40 per "
        "cent of candidates of each gender.",
        [],
    ),
    "another's view closes the paragraph": (
        "The deadline for complaints is three days. Several interlocutors argued that "
        "the deadline should be extended.",
        [],
    ),
    "a regret closes the paragraph": (
        "The voter lists were updated late. The ministry should have published them earlier.",
        [],
    ),
    "the paragraph's only sentence": (
        "Contestants should refrain from rhetoric that incites hatred.",
        [],
    ),
}


@pytest.mark.parametrize("name", list(PARAGRAPHS))
def test_a_paragraphs_closing_ask_in_a_statement(name: str) -> None:
    paragraph, expected = PARAGRAPHS[name]
    text = HEAD + "Election administration\n\n" + paragraph + "\n"
    extraction = StatementLoader().extract(SourceText("si_2034", "si_2034.txt", text))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    assert [" ".join(texts(fact, NG.text)[0].split()) for fact in found] == expected


FINAL_HEAD = final_report_head(
    "REPUBLIC OF CROATIA",
    "PARLIAMENTARY ELECTIONS",
    "14 May 2034",
    "Election Assessment Mission",
    "30 August 2034",
)


@pytest.mark.parametrize("name", list(PARAGRAPHS))
def test_a_paragraphs_closing_ask_in_a_final_reports_body(name: str) -> None:
    paragraph, expected = PARAGRAPHS[name]
    if name == "the paragraph's only sentence":
        expected = [paragraph]  # a final report's paragraph that only asks stands alone
    text = FINAL_HEAD + "I. ELECTION ADMINISTRATION\n\n" + paragraph + "\n"
    extraction = OdihrLoader().extract(SourceText("hr_2034", "hr_2034.txt", text))
    found = [fact for fact in extraction.facts if fact.kind == NG.Recommendation]
    assert [" ".join(texts(fact, NG.text)[0].split()) for fact in found] == expected
