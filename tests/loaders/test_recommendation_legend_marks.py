"""Priority marks an item opens with, whatever reader reads the list (gen19a): a tag the
list's legend names, "Priority." after a code, and a label set in bold by a conversion."""

from __future__ import annotations

from normgraph.loaders.extract.recommendation_marks import (
    leading_priority,
    list_lead_in,
    opening_priority,
    written_label,
)
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.lines import classify, split_lines
from normgraph.loaders.text.source import SourceText


def test_a_tag_opens_a_priority_only_where_the_legend_names_it() -> None:
    legend = "Items flagged (P) are the priorities of the mission."
    text = "(P) The code should be amended."
    opened = opening_priority(text, 0, legend)
    assert opened is not None and text[opened.end() :] == "The code should be amended."
    assert opening_priority(text, 0, "The mission offers these recommendations.") is None
    assert opening_priority("[Q] The code should be amended.", 0, legend) is None


def test_priority_with_a_full_stop_is_a_marker_but_not_the_word_in_a_sentence() -> None:
    assert leading_priority("Priority. The council should act.") is not None
    assert leading_priority("Priority should be given to the count.") is None
    assert leading_priority("priority. the council") is None


def test_a_bold_label_after_a_dash_numbers_the_item() -> None:
    for line, label in (("- **4.** The board should act.", "4"), ("**b)** the court should", "b")):
        shape = classify(split_lines(line)[0])
        assert shape.label == label
        assert line[shape.body :].startswith(("The", "the"))


def test_a_bold_label_is_no_number_marked_with_an_asterisk() -> None:
    text = "RECOMMENDATIONS\n\n- **1.** The board should act.\n- **2.** The court should rule.\n"
    document = parse_document(SourceText("x", "x.txt", text))
    items = [e for e in document.elements if e.label]
    assert [written_label(e, document.source).strip() for e in items] == ["- 1.", "- 2."]


def test_the_lead_in_is_what_stands_before_the_first_numbered_item() -> None:
    text = (
        "RECOMMENDATIONS\n\nStarred items are priorities.\n\n1. The board should act.\n\n"
        "A closing word.\n"
    )
    document = parse_document(SourceText("x", "x.txt", text))
    assert list_lead_in(document.elements) == "Starred items are priorities."


def test_a_tag_the_legend_ranks_lower_is_no_priority_but_may_be_left_out() -> None:
    legend = "Key to priority: A = first priority, B = other."
    assert opening_priority("(A) The law should change.", 0, legend) is not None
    assert opening_priority("(B) The law should change.", 0, legend) is None
    lower = opening_priority("(B) The law should change.", 0, legend, any_rank=True)
    assert lower is not None and lower.end() == len("(B) ")
