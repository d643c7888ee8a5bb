"""Complaint figures that degrade gently (issue 13, twelfth session): other nouns for a
complaint, a tally after a colon, a verdict after its body, a part whose verb is no outcome
word, the rest of a figure in a sentence of its own. Every text is invented for the test."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.complaint_figures import read_figures


def readings(
    sentence: str, carried: str | None = None, total: int | None = None
) -> list[tuple[object, ...]]:
    return [(f.count, f.body, f.outcome) for f in read_figures(sentence, carried, total)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "objection": the complaint's name in several electoral codes
            "During the count, the Provincial Board had received 38 objections against "
            "the conduct of polling committees.",
            [(38, "the Provincial Board", None)],
        ),
        (
            "The county tribunals received 212 applications for the annulment of the vote "
            "in single precincts.",
            [(212, "The county tribunals", None)],
        ),
        (
            "Municipal boards received 57 requests for recounts in total.",
            [(57, "Municipal boards", None)],
        ),
    ],
)
def test_other_nouns_for_a_complaint_are_counted(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert readings(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Election Authority received 120 applications for the registration of candidates.",
        "The Board received 300 requests for accreditation from citizen observers.",
    ],
)
def test_applications_and_requests_with_no_dispute_are_no_complaints(sentence: str) -> None:
    """ "Applications" and "requests" count only in a sentence about a dispute."""
    assert readings(sentence) == []


def test_a_bare_brought_after_the_subject_of_a_figure_is_no_filing() -> None:
    """ "... 9 objections about voters brought to the capital": "brought" tells where the
    voters went, not where the objections were filed (no body "the capital")."""
    sentence = "The League filed 9 objections about voters brought to the capital by bus."
    assert [f.body for f in read_figures(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "carried", "expected"),
    [
        (  # a tally after a colon in the figure's own sentence
            "By 3 May, the Electoral Tribunal had received 48 appeals: 12 were granted, "
            "25 dismissed and 11 left unexamined.",
            None,
            [
                (48, "the Electoral Tribunal", None),
                (12, "the Electoral Tribunal", "upheld"),
                (25, "the Electoral Tribunal", "rejected"),
                (11, "the Electoral Tribunal", "not-considered"),
            ],
        ),
        (  # a tally after a colon, its auxiliary left out, of the figure before
            "It decided 19 at public hearings: 4 were granted, 9 rejected and 6 returned "
            "without examination.",
            "The Board",
            [
                (4, "The Board", "upheld"),
                (9, "The Board", "rejected"),
                (6, "The Board", "not-considered"),
            ],
        ),
    ],
)
def test_a_tally_after_a_colon_is_read(
    sentence: str, carried: str | None, expected: list[tuple[object, ...]]
) -> None:
    assert readings(sentence, carried) == expected


def test_a_decided_count_before_a_colon_is_no_outcome() -> None:
    """ "It decided 19 at public hearings: 4 were granted ...": the 19 decided is not one of
    the outcomes the colon lists (no figure "19 upheld")."""
    sentence = "It decided 19 at public hearings: 4 were granted and 15 dismissed."
    assert 19 not in [count for count, _, _ in readings(sentence, "The Board")]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The High Court heard 14 appeals in June, all of which it dismissed.", "rejected"),
        ("The tribunal examined 2 election cases, both of which the judges granted.", "upheld"),
    ],
)
def test_a_verdict_after_its_body_decides_the_whole_figure(sentence: str, outcome: str) -> None:
    assert [reading[2] for reading in readings(sentence)] == [outcome]


def test_a_part_whose_verb_is_no_outcome_word_takes_its_clause_words() -> None:
    sentence = (
        "The Regional Commissions received 70 complaints, of which 41 were rejected and "
        "29 sent back without examination."
    )
    assert readings(sentence)[-1] == (29, "The Regional Commissions", "not-considered")


def test_a_part_whose_clause_tells_no_outcome_is_no_figure() -> None:
    sentence = "The Commission received 70 complaints, of which 12 concerned the voter lists."
    assert readings(sentence) == [(70, "The Commission", None)]


def test_the_rest_of_a_figure_in_a_sentence_of_its_own() -> None:
    """ "The other 40 complaints were passed on ... without a decision": the rest of the
    figure before, filed with its body, and not considered by it."""
    sentence = (
        "The other 40 complaints were passed on to the police without any decision, "
        "which the law does not allow."
    )
    assert readings(sentence, "the State Commission", 70) == [
        (40, "the State Commission", "not-considered")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a participle after the figure
            "The Board of Appeal reviewed 88 complaints, satisfying 12 and rejecting 70.",
            [
                (88, "The Board of Appeal", None),
                (12, "The Board of Appeal", "upheld"),
                (70, "The Board of Appeal", "rejected"),
            ],
        ),
        (  # a relative clause on the figure's own body
            "A total of 23 appeals were lodged with the Federal Tribunal, which rejected 20 and "
            "granted 3.",
            [
                (23, "the Federal Tribunal", None),
                (20, "the Federal Tribunal", "rejected"),
                (3, "the Federal Tribunal", "upheld"),
            ],
        ),
        (  # a labelled list in brackets, after a labelled count
            "Complaints received by the Election Council: 61 (upheld: 9; rejected: 30; not "
            "considered: 22).",
            [
                (61, "the Election Council", None),
                (9, "the Election Council", "upheld"),
                (30, "the Election Council", "rejected"),
                (22, "the Election Council", "not-considered"),
            ],
        ),
        (  # "disputes", a verdict for all of them as a participle
            "The cantonal courts dealt with 15 election disputes, dismissing all of them.",
            [(15, "The cantonal courts", "rejected")],
        ),
        (  # "decided", and a tally after its colon with a verb that is no outcome word
            "The County Board decided 52 complaints: it granted 7, rejected 40 and left 5 "
            "unexamined.",
            [
                (52, "The County Board", None),
                (7, "The County Board", "upheld"),
                (40, "The County Board", "rejected"),
                (5, "The County Board", "not-considered"),
            ],
        ),
    ],
)
def test_verdicts_and_counts_in_any_order(
    sentence: str, expected: list[tuple[object, ...]]
) -> None:
    assert readings(sentence) == expected


def test_a_relative_clause_on_another_body_is_no_part() -> None:
    """ "..., 9 were appealed to the Senate, which rejected all 9": the Senate decided them,
    not the body of the figure before."""
    sentence = "Of these, 9 were appealed to the Senate, which rejected all 9."
    assert readings(sentence, "The municipal boards", 40) == []


def test_a_list_splitting_the_figure_before_item_by_item() -> None:
    """Bulleted items after "... received 61 complaints:", count or outcome first, each a
    sentence of its own: each is a figure of the body before."""
    assert readings("9 were upheld;", "The Senate Committee", 61) == [
        (9, "The Senate Committee", "upheld")
    ]
    assert readings("dismissed: 10", "the cantonal courts", 14) == [
        (10, "the cantonal courts", "rejected")
    ]
    assert readings("12 were filed by parties.", "the cantonal courts", 14) == []
