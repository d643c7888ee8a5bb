"""Complaints tabulated one per row, and tallies by outcome worded as a commission words
its decisions ("satisfied", "not satisfied", "left without consideration"); invented
tables and sentences, no report's text."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.case_numbers import CaseNumbers
from normgraph.loaders.extract.complaint_figure_facts import add_figures, figure_total
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_tables import add_table_complaints
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

TABBED = """\
Table 3. Appeals filed with the Central Election Commission

No.\tApplicant\tSubstance of the appeal\tDecision of the CEC
1\tUnited Farmers' Party\tRefusal to register its list in\tNot satisfied
\t\tconstituency 7
2\tMs. Ana Ribeiro\tPolling station moved without notice\tPartially satisfied
3\tCitizens for Fair Counting\tObservers expelled from the count\tLeft without
\t\t\tconsideration (late)

The commission examined every appeal in public session.
"""

SPACED = """\
Date          Complainant              Issue                          Body               Outcome
2 March       Green Coast Movement     Removal of posters             District court     Rejected
9 March       Tomas Varga              Voter list omission            Regional commission Upheld
"""


def outcomes(facts: list[Fact]) -> list[str]:
    return [str(v).rsplit("/", 1)[-1] for f in facts for p, v in f.values if p == NG.outcome]


def labels(extraction: Extraction, facts: list[Fact], prop: URIRef) -> list[str]:
    found = []
    for fact in facts:
        for p, v in fact.values:
            actor = extraction.get(v) if p == prop and isinstance(v, URIRef) else None
            if actor is not None:
                found.append(str(actor.label))
    return found


def read(text: str) -> tuple[Extraction, list[Fact]]:
    extraction = Extraction()
    source = SourceText("r", "r.txt", text)
    return extraction, add_table_complaints(
        extraction, source, CaseNumbers("r"), Actors(extraction, "xx")
    )


def test_each_row_of_a_tabbed_complaints_table_is_a_complaint_with_its_wrapped_cells() -> None:
    extraction, facts = read(TABBED)
    assert outcomes(facts) == ["rejected", "partially-upheld", "not-considered"]
    subjects = [str(v) for f in facts for p, v in f.values if p == NG.subjectMatter]
    assert subjects[0] == "Refusal to register its list in constituency 7"
    # the decision column names the body every row went to
    assert set(labels(extraction, facts, NG.filedWith)) == {"CEC"}
    assert "United Farmers' Party" in labels(extraction, facts, NG.complainant)
    # each complaint is evidenced by its own row, continuation lines included
    first = facts[0].evidence
    assert [span.quote.split("\t")[-1] for span in first] == ["Not satisfied", "constituency 7"]


def test_a_space_aligned_table_with_a_body_column_and_dated_rows() -> None:
    extraction, facts = read(SPACED)
    assert outcomes(facts) == ["rejected", "upheld"]
    assert labels(extraction, facts, NG.filedWith) == ["District court", "Regional commission"]
    assert "Tomas Varga" in labels(extraction, facts, NG.complainant)


def test_a_name_wrapped_in_a_table_whose_rows_start_under_the_header_ends_no_table() -> None:
    """A long complainant's name wraps onto a line of its own that starts where the rows
    do: it continues the row, and the rows after it are read too."""
    text = (
        "  Appellant                         Matter                 Decision\n"
        "  Union of Coastal Towns            List, North            granted\n"
        "  League for Fair Representation    List, West             rejected\n"
        "  and Open Ballots\n"
        "  Mountain Voters' Party            List, East             granted\n"
    )
    _, facts = read(text)
    assert outcomes(facts) == ["upheld", "rejected", "upheld"]
    texts = [str(v) for f in facts for p, v in f.values if p == NG.text]
    assert texts[1].startswith("League for Fair Representation and Open Ballots |")


def test_a_table_without_a_complainant_or_a_decision_column_is_no_complaints_table() -> None:
    text = "Party\tVotes\tSeats\tDecision\nBlue List\t1,204\t3\tupheld\n"
    assert read(text)[1] == []
    text = "Date\tComplainant\tSubject\nMay 2\tBlue List\tPosters\n"
    assert read(text)[1] == []


def test_a_tally_of_the_figure_before_by_outcome_is_a_figure_per_outcome() -> None:
    first = "The Electoral Board registered 58 complaints before election day."
    tally = (
        "Of these, 11 were\nsatisfied, 7 were partially satisfied, 30 were not satisfied "
        "and 10 were left without\nconsideration."
    )
    assert [(f.count, f.outcome, f.part) for f in read_figures(tally, "The Electoral Board")] == [
        (11, "upheld", False),
        (7, "partially-upheld", False),
        (30, "rejected", False),
        (10, "not-considered", False),
    ]
    # one part alone still breaks down the figure before, adding no figure of its own
    single = "Of these, 12 were not satisfied."
    assert [f.part for f in read_figures(single, "The Electoral Board")] == [True]
    extraction = Extraction()
    actors = Actors(extraction, "xx")
    read_first, body = add_figures(extraction, first, lambda s, e: [], "r", 0, actors, None)
    read_tally, _ = add_figures(extraction, tally, lambda s, e: [], "r", 1, actors, body)
    assert [len(read_first), len(read_tally)] == [1, 4]


def test_a_lone_part_of_the_figure_before_after_a_source_clause_is_a_figure() -> None:
    """ "According to ..., 6 of them were ... and the remaining 11 were not examined": the
    sentence splits the figure before (17) after a clause naming its source; the one count
    with an outcome is a figure of its own, as a part in the figure's sentence is."""
    first = "The Regional Board received 17 written complaints before the vote."
    split = (
        "According to the board's registry, 6 of them were settled informally, and the "
        "remaining 11 were not examined."
    )
    assert [(f.count, f.outcome, f.part) for f in read_figures(split, "The Regional Board")] == [
        (11, "not-considered", True)
    ]
    extraction = Extraction()
    actors = Actors(extraction, "xx")
    figures, body = add_figures(extraction, first, lambda s, e: [], "r", 0, actors, None)
    total = figure_total(figures)
    split_figures, _ = add_figures(extraction, split, lambda s, e: [], "r", 1, actors, body, total)
    assert [str(f.label) for f in split_figures] == ["11 complaints to Regional Board"]
    outcomes = [str(v) for p, v in split_figures[0].values if p == NG.outcome]
    assert len(outcomes) == 1 and outcomes[0].endswith("not-considered")
