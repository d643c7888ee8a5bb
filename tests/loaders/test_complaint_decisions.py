"""What became of a single complaint, read from the words about the decision and not from
the background or the complaint's own subject (invented passages, every name invented):
a case not yet decided when the report was written is pending, a body finding a complaint
well-founded or justified upheld it, one that lacked competence did not consider it, a
court that upheld the refusal appealed against rejected the appeal, a court that annulled
the decision complained of upheld it, and a later court dismissing "a subsequent appeal"
decided an appeal of its own. Read through the final-report reader and the shared one;
the passages whose outcome alone is checked are in ``tests/cases/complaint_decisions.toml``,
the words of a decision alone in ``tests/cases/outcome_words.toml``."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.case_numbers import CaseNumbers
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_outcomes import decision_words, outcome_in
from normgraph.loaders.extract.complaint_tables import add_table_complaints
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG
from tests.case_tables import case_params
from tests.loaders.complaint_reading import outcomes, report_cases, shared_cases, slugs
from tests.loaders.test_complaint_tables import labels

ELECTION = election_iri("ee", "parliamentary", "2031-03-02")


def _reader(text: str) -> list[Fact]:
    return report_cases(text, "ee", ELECTION, 2031).cases


def _shared(text: str) -> list[Fact]:
    return shared_cases(text, "ee")


READERS = {"final": _reader, "shared": _shared}
"""The readers a case of ``tests/cases/complaint_decisions.toml`` names."""


def test_the_decision_words_leave_out_background_and_subject() -> None:
    text = (
        "The board refused to register the list; the union appealed to the tribunal that the "
        "board had rejected its signatures; the tribunal annulled the board's decision."
    )
    verb = text.index("appealed")
    words = decision_words(text, verb, verb + len("appealed"))
    assert "refused" not in words and "had rejected" not in words
    assert outcome_in(words) == "upheld"
    text = (
        "In one case, after a complaint filed by the Lake Party about a commission's refusal "
        "to admit its observer, the county prosecutor dismissed the complaint on 2 May."
    )
    verb = text.index("filed")
    assert outcome_in(decision_words(text, verb, verb + len("filed"))) == "rejected"


@pytest.mark.parametrize(
    ("text", "expected", "readers"),
    case_params(
        "complaint_decisions", "text", "outcomes", "readers", defaults={"readers": ["final"]}
    ),
)
def test_a_single_complaints_outcome(text: str, expected: list[str], readers: list[str]) -> None:
    for reader in readers:
        assert outcomes(READERS[reader](text)) == expected, reader


def test_a_later_court_dismissing_a_subsequent_appeal_decided_an_appeal() -> None:
    facts = _reader(
        "On 8 May, the River Alliance complained to the CEC that a governor had campaigned "
        "in office hours. The CEC found that it lacked competence, and the Constitutional "
        "Court dismissed a subsequent referral on 20 May.\n"
    )
    assert outcomes(facts) == ["not-considered", "rejected"]
    appeal = next(f for f in facts if f.kind == NG.Appeal)
    case = next(f for f in facts if f.kind == NG.Complaint)
    assert (NG.appealOf, case.iri) in appeal.values
    assert isinstance(case.iri, URIRef)


OWN_TABLE = """\
We took a case to a body only where our observers had seen the breach. Our complaints and
what became of them:

   Ref.  Date      Filed with                 Subject                         Outcome
   K-1   3 May     Valga County Committee     Campaign posters on a school    Upheld: posters
                                              fence                           removed
   K-2   5 May     Media Council              One-sided coverage on a         Dismissed
                                              local radio
   K-3   9 May     Administrative Court       Observers sent out before the   Not examined (no
                   of Parnu                   count                           standing)

The committee answered within two days.
"""

TRACKER = """\
Progress on the plan:

   Ref.  Issue                      Responsible body        Status
   P-1   Voter list audit           Ministry of Justice     Pending
   P-2   Training of members        County committees       Rejected by parliament
"""


def test_a_table_of_the_authors_own_complaints_is_read_without_a_complainant() -> None:
    extraction = Extraction()
    actors = Actors(extraction, "ee")
    facts = add_table_complaints(
        extraction, SourceText("t", "t.txt", OWN_TABLE), CaseNumbers("t"), actors
    )
    assert outcomes(facts) == ["upheld", "rejected", "not-considered"]
    assert labels(extraction, facts, NG.filedWith)[2] == "Administrative Court of Parnu"
    assert not any(p == NG.complainant for f in facts for p, _ in f.values)
    subject = next(str(v) for p, v in facts[0].values if p == NG.subjectMatter)
    assert subject == "Campaign posters on a school fence"


def test_a_table_not_captioned_as_complaints_needs_a_complainant_column() -> None:
    extraction = Extraction()
    actors = Actors(extraction, "ee")
    assert (
        add_table_complaints(
            extraction, SourceText("t", "t.txt", TRACKER), CaseNumbers("t"), actors
        )
        == []
    )


def test_a_figure_none_of_which_had_been_decided_is_pending() -> None:
    sentence = (
        "Three petitions were filed with the Supreme Court by the deadline of 4 June; by the "
        "end of the mission none had been decided."
    )
    (figure,) = read_figures(sentence)
    assert (figure.count, figure.outcome) == (3, "pending")


def test_a_date_between_complained_and_the_body_and_an_annulled_round() -> None:
    facts = _shared(
        "The Farmers' League complained on 12 April to the Narva County Committee about "
        "leaflets printed by a town office; the committee upheld the complaint.\n\n"
        "The Green List challenged the election before the Supreme Court on 3 June, alleging "
        "that postal ballots had been opened early. The Court heard forty witnesses and, on "
        "1 July, annulled the second round.\n"
    )
    assert outcomes(facts) == ["upheld", "upheld"]


def test_protests_are_counted_as_complaints() -> None:
    sentence = (
        "Of the 120 protests filed there, 80 were left without consideration, 30 were "
        "dismissed as unfounded and 10 were found justified."
    )
    found = [(f.count, f.outcome) for f in read_figures(sentence)]
    assert found == [(120, None), (80, "not-considered"), (30, "rejected"), (10, "upheld")]
    assert read_figures("The police registered 12 protests in May.") == []
    assert [f.count for f in read_figures("The county board received 12 protests.")] == [12]


@pytest.mark.parametrize(
    ("tally", "total", "expected"),
    [
        (
            "It rejected 40 as inadmissible, upheld 6, and rejected the remainder as unfounded.",
            50,
            [(40, "not-considered"), (6, "upheld"), (4, "rejected")],
        ),
        (
            "It found one breach of the broadcasting code by a regional radio station, which "
            "had aired a paid interview, and dismissed the others.",
            5,
            [(1, "upheld"), (4, "rejected")],
        ),
        (
            "It decided 20 of them and declared itself without competence on the remaining three.",
            23,
            [(3, "not-considered")],
        ),
        # without the figure before, the remainder cannot be counted: no figure
        ("It upheld 6 and rejected the remainder.", None, [(6, "upheld")]),
    ],
)
def test_a_tally_after_a_figure_counts_its_remainder(
    tally: str, total: int | None, expected: list[tuple[int, str]]
) -> None:
    assert [(f.count, f.outcome) for f in read_figures(tally, "the board", total)] == expected


def test_the_remainder_is_counted_from_the_figure_before_in_a_report() -> None:
    figures = report_cases(
        "The Media Board received 9 complaints during the campaign. It upheld 2 and "
        "dismissed the others.\n",
        "ee",
        ELECTION,
        2031,
    ).figures
    counts = [
        (int(str(v)), outcomes([f])) for f in figures for p, v in f.values if p == NG.complaintCount
    ]
    assert counts == [(9, []), (2, ["upheld"]), (7, ["rejected"])]


def test_cases_told_by_their_decision_and_named_by_their_owner() -> None:
    facts = _shared(
        "The Council of Appeals received three appeals on candidate lists. It upheld the "
        "appeal of the Coastal Union in two districts, finding that it had not been heard.\n\n"
        "On 4 May, the Supreme Court declined to admit the alliance's constitutional complaint "
        "against the spending cap.\n\n"
        "Our second protest, concerning a municipal newsletter, was left without "
        "consideration by the Regional Court in Tartu on 2 June.\n"
    )
    assert outcomes(facts) == ["upheld", "not-considered", "not-considered"]
    bodies = [body for fact in facts for body in slugs(fact, NG.filedWith)]
    assert bodies[0] == "council-of-appeals" and bodies[2].startswith("regional-court")
    assert sum(p == NG.complainant for f in facts for p, _ in f.values) == 2  # "Our": unnamed


def test_a_challenge_by_a_party_rejected_by_a_court() -> None:
    facts = _shared(
        "A challenge to the 2027 elections by a small party, on the ground that its observers "
        "had been turned away, was rejected by the Supreme Court on 3 March.\n"
    )
    assert outcomes(facts) == ["rejected"]


def test_what_the_law_allows_is_no_case() -> None:
    assert not _shared(
        "Under the Election Act, a protest may be filed with the county court within 7 days, "
        "and the court's decision may be appealed to the Supreme Court.\n"
    )
    assert _shared("The party appealed to the Supreme Court on 2 May.\n")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The CEC refused the list of the Lake Party because its deposit came late; the "
            "Supreme Court upheld the refusal.\n",
            ["rejected"],
        ),
        (
            "The regulator suspended a channel for three months, a decision upheld by the "
            "Administrative District Court on 4 May.\n",
            ["rejected"],
        ),
        ("The Supreme Court overturned the CEC decision on 3 May.\n", ["upheld"]),
        ("The CEC decision may be upheld by the Supreme Court.\n", []),
    ],
)
def test_a_court_deciding_on_a_decision_implies_an_appeal(
    paragraph: str, expected: list[str]
) -> None:
    facts = _shared(paragraph)
    assert outcomes(facts) == expected
    assert not any(p == NG.complainant for f in facts for p, _ in f.values)


def test_a_remedy_asked_for_and_decided_by_the_body_the_sentence_names() -> None:
    facts = _shared(
        "Two complaints were made to the Election Board during the count. The Farmers Party "
        "asked for a recount of the ballots of the 3rd District, which the Board granted on 6 "
        "May; the recount confirmed the result. A candidate in the 9th District asked that 40 "
        "ballot papers declared invalid be reconsidered; the Board rejected the request.\n"
    )
    assert outcomes(facts) == ["upheld", "rejected"]
    subject = next(str(v) for p, v in facts[0].values if p == NG.subjectMatter)
    assert subject == "a recount of the ballots of the 3rd District"
    # asking for something that is no remedy against a result is no complaint
    assert not _shared("The party asked for more airtime, which the broadcaster granted.\n")
