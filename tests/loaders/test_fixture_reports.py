"""The invented fixture reports and the extraction-quality matcher.

The fixtures (tests/fixtures/reports) are the loaders' unseen-text discipline: every gold
quote must stand verbatim, once, in its report; the manifest must split the reports into a
tune half and a fresh test half that each cover every family, the test half on states the
tune half does not use (a late wave: not in a family the tune half has there). The matcher that
bench/extraction_quality.py uses is checked here on a tiny hand-made extraction that goes
through the real RDF stage. Nothing here pins what today's loaders find in the fixtures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from bench.quality_gold import (
    FAMILIES,
    FIXTURES,
    HALVES,
    KINDS,
    GoldError,
    GoldFact,
    ReportEntry,
    locate,
    read_gold,
    read_manifest,
    read_report,
    squash,
)
from bench.quality_gold import Span as GoldSpan
from bench.quality_match import GraphFact, fold, graph_facts, matches
from bench.quality_score import item_words, misfiled, misses, one_to_one, score, text_agreement
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.rdf.triples import extraction_to_graph
from normgraph.loaders.text.source import SourceText, Span
from normgraph.namespaces import ID, NG, VOCAB
from normgraph.ontology import vocabularies_graph

ENTRIES = read_manifest()


def test_manifest_lists_every_fixture_and_gold_file() -> None:
    names = {entry.name for entry in ENTRIES}
    assert {path.stem for path in FIXTURES.glob("*.txt")} == names
    assert {path.name.removesuffix(".gold.toml") for path in FIXTURES.glob("*.gold.toml")} == names


def test_each_half_covers_every_family() -> None:
    """The tune half holds every report read while tuning (two per family since issue 13);
    the fresh test half has at least one report of each family."""
    for half in HALVES:
        families = Counter(entry.family for entry in ENTRIES if entry.half == half)
        assert set(families) == set(FAMILIES), half


def test_each_half_marks_every_class_a_reader_knows() -> None:
    """Taken together, each half's gold files exercise every class the bench prints."""
    for half in HALVES:
        kinds = {fact.kind for e in ENTRIES if e.half == half for fact in read_report(e)[1]}
        assert kinds == set(KINDS), (half, set(KINDS) - kinds)


WAVES_REUSING_TUNE_STATES = frozenset(
    {
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
    }
)
"""Test waves written once every participating State with elections but Kazakhstan was used
by some fixture: their reports may be on a tune report's state, never in its family."""


def test_states_and_layouts_are_spread_across_the_halves() -> None:
    tune = [entry for entry in ENTRIES if entry.half == "tune"]
    test = [entry for entry in ENTRIES if entry.half == "test"]
    tune_states = {entry.state for entry in tune}
    tune_families = {(entry.state, entry.family) for entry in tune}
    for entry in test:
        if entry.split in WAVES_REUSING_TUNE_STATES:
            assert (entry.state, entry.family) not in tune_families, (
                f"{entry.name}: a tune report of the family {entry.family} is on {entry.state}"
            )
        else:
            assert entry.state not in tune_states, (
                f"{entry.name}: wave {entry.split} may not use the tune state {entry.state}"
            )
    test_states = [entry.state for entry in test]
    assert len(set(test_states)) == len(test_states), "a state twice in the test half"
    assert "KZ" not in tune_states | set(test_states), "Kazakhstan is the corpus's state"
    layouts = [entry.layout.split(":")[0] for entry in ENTRIES]
    assert len(set(layouts)) == len(layouts)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_report_is_a_realistic_length(entry: ReportEntry) -> None:
    lines = entry.text_path.read_text(encoding="utf-8").count("\n")
    assert 300 <= lines <= 900


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_every_gold_quote_occurs_once_in_its_report(entry: ReportEntry) -> None:
    text, gold = read_report(entry)  # raises GoldError naming any quote it cannot place
    for fact in gold:
        for span in fact.spans:
            assert 0 <= span.start < span.end <= len(text)
    assert {fact.kind for fact in gold} >= {"document", "actor"}


VOCABULARY_FIELDS = {
    ("finding", "polarity"): "finding-polarity",
    ("assessment", "status"): "implementation-status",
    ("complaint", "outcome"): "complaint-outcome",
    ("document", "genre"): "genre",
    ("election", "type"): "election-type",
}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_gold_values_are_terms_of_the_project_vocabularies(entry: ReportEntry) -> None:
    """So a matching graph fact can say the same thing (treaty actions are left free: a
    careful reader marks a denunciation even if the vocabulary has no term for it)."""
    concepts = {str(subject) for subject in vocabularies_graph().subjects()}
    _, gold = read_report(entry)
    for fact in gold:
        for (kind, field), scheme in VOCABULARY_FIELDS.items():
            value = fact.value(field)
            if fact.kind == kind and value is not None:
                assert str(VOCAB[f"{scheme}/{value}"]) in concepts, (entry.name, kind, value)


def test_locate_names_a_missing_or_repeated_quote() -> None:
    text = "The CEC met. The CEC decided."
    assert locate(text, "met.", "here").start == 8
    with pytest.raises(GoldError, match="here: quote not in report: 'absent'"):
        locate(text, "absent", "here")
    with pytest.raises(GoldError, match="more than once: 'The CEC'"):
        locate(text, "The CEC", "here")


def test_read_gold_rejects_unknown_classes_and_reworded_text(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.toml"
    path.write_text('[[rumour]]\nquote = "a"\n', encoding="utf-8")
    with pytest.raises(GoldError, match="unknown fact classes rumour"):
        read_gold(path, "a")
    path.write_text('[[recommendation]]\nquote = "The CEC"\ntext = "The CEC must"\n')
    with pytest.raises(GoldError, match="text is not the report's wording"):
        read_gold(path, "The CEC should\nact.")


def test_squash_joins_hyphenated_line_ends_and_collapses_spaces() -> None:
    assert squash("the elec-\ntion  was\n held") == "the election was held"
    assert fold("Đokić, Vukašinović") == "dokic vukasinovic"


# --- the matcher on a tiny hand-made extraction -------------------------------------------

TEXT = (
    "1. The commission should publish all decisions.\n"
    "2. The courts should hear appeals in public.\n"
    "Voting was orderly. Counting lacked transparency.\n"
    "Blue Party\t1 200\t60.00\t3\n"
    "The Blue Party complained to the commission.\n"
)
SOURCE = SourceText("tiny", "tiny.txt", TEXT)
ROW = "Blue Party\t1 200"
PRAISE = VOCAB["finding-polarity/positive"]
GOLD = """
[[recommendation]]
number = 1
quote = "The commission should publish all decisions."
text = "The commission should publish all decisions."

[[recommendation]]
number = 2
quote = "The courts should hear appeals in public."

[[finding]]
polarity = "problem"
quote = "Counting lacked transparency."

[[result]]
name = "Blue Party"
votes = 1200
percent = 60.0
quote = "Blue Party\\t1 200"

[[actor]]
name = "Blue Party"
type = ["PoliticalParty"]
quote = "The Blue Party complained"
"""


def span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span(start, start + len(quote), quote)


def fact(name: str, kind: URIRef, quote: str, *values: tuple[URIRef, object]) -> Fact:
    made = Fact(ID[f"test/{name}"], kind, evidence=[span(quote)])
    for predicate, value in values:
        made.add(predicate, value if isinstance(value, URIRef) else Literal(value))
    return made


@pytest.fixture
def gold(tmp_path: Path) -> list[GoldFact]:
    path = tmp_path / "tiny.gold.toml"
    path.write_text(GOLD, encoding="utf-8")
    return read_gold(path, TEXT)


def extraction() -> Extraction:
    polarity = VOCAB["finding-polarity/problem"]
    party = fact("blue", NG.PoliticalParty, "1. The commission")  # evidence elsewhere
    party.label = "Blue Party"
    return Extraction(
        [
            fact(
                "r1",
                NG.Recommendation,
                "1. The commission should publish all decisions.",
                (NG.number, 1),
                (NG.text, "The commission should publish all decisions."),
            ),
            fact("r2", NG.Recommendation, "The courts should hear", (NG.number, 3)),
            fact("f1", NG.Finding, "Counting lacked", (NG.polarity, polarity)),
            fact("f2", NG.Finding, "Voting was orderly.", (NG.polarity, PRAISE)),
            fact(
                "v1",
                NG.CandidateResult,
                "Blue Party\t1 200",
                (NG.votes, 1200),
                (NG.voteShare, 60.0),
            ),
            party,
        ]
    )


def test_matcher_scores_a_hand_made_extraction(gold: list[GoldFact]) -> None:
    facts = graph_facts(extraction_to_graph(SOURCE, extraction(), "test"))
    scores = score(gold, facts)
    # recommendation 2 is in the graph over the right passage but numbered 3: not a match
    assert (scores["recommendation"].found, scores["recommendation"].correct) == (1, 1)
    assert (scores["recommendation"].gold, scores["recommendation"].graph) == (2, 2)
    # the positive finding lies outside every marked finding: findings are not marked
    # exhaustively, so it counts neither for nor against precision
    assert (scores["finding"].found, scores["finding"].graph, scores["finding"].correct) == (
        1,
        1,
        1,
    )
    assert (scores["result"].found, scores["result"].correct) == (1, 1)
    # an actor may be evidenced by another mention: its name and type suffice
    assert (scores["actor"].found, scores["actor"].correct) == (1, 1)
    assert [g.value("number") for g in misses(gold, facts)] == [2]
    assert text_agreement(gold, facts) == (1, 1)


def test_a_result_with_other_figures_or_a_finding_of_other_polarity_does_not_match(
    gold: list[GoldFact],
) -> None:
    wrong = Extraction(
        [
            fact(
                "v", NG.CandidateResult, "Blue Party\t1 200", (NG.votes, 1200), (NG.voteShare, 6.0)
            ),
            fact(
                "f",
                NG.Finding,
                "Counting lacked",
                (NG.polarity, VOCAB["finding-polarity/positive"]),
            ),
        ]
    )
    facts = graph_facts(extraction_to_graph(SOURCE, wrong, "test"))
    by_kind = {g.kind: g for g in gold}
    assert not any(matches(by_kind["result"], f) for f in facts)
    assert not any(matches(by_kind["finding"], f) for f in facts)
    assert score(gold, facts)["finding"].correct == 0


def test_misfiled_lists_facts_minted_under_a_state_the_report_is_not_about() -> None:
    facts = [
        GraphFact("actor", str(ID["organisation/kz/central-election-commission"]), ()),
        GraphFact("actor", str(ID["organisation/md/central-electoral-commission"]), ()),
        GraphFact("law", str(ID["law/md/electoral-code/article/16"]), ()),
        GraphFact("finding", str(ID["finding/kz/1"]), ()),
        GraphFact("actor", str(ID["person/liisa-varjonen"]), ()),
    ]
    assert misfiled(facts, {"MD"}) == [str(ID["organisation/kz/central-election-commission"])]


def test_one_graph_fact_stands_for_at_most_one_gold_fact() -> None:
    # three marked findings inside one paragraph-long graph finding: one is found
    assert one_to_one([[0], [0], [0]]) == 1
    # gold 0 can use graph 0 or 1, gold 1 only graph 0: both are found
    assert one_to_one([[0, 1], [0]]) == 2
    assert one_to_one([[], [1]]) == 1


def test_a_programme_matches_on_its_implementer_donor_and_state(tmp_path: Path) -> None:
    path = tmp_path / "p.gold.toml"
    path.write_text(
        '[[programme]]\nimplementer = "Blue Institute"\ndonor = "Green Fund"\nstate = "MD"\n',
        encoding="utf-8",
    )
    gold = read_gold(path, TEXT)
    programme = fact(
        "p",
        NG.Programme,
        "The commission",
        (NG.implementer, ID["organisation/blue-institute"]),
        (NG.donor, ID["organisation/green-fund"]),
        (NG.country, ID["state/md"]),
    )
    facts = graph_facts(extraction_to_graph(SOURCE, Extraction([programme]), "test"))
    assert score(gold, facts)["programme"].found == 1
    other = fact("q", NG.Programme, "The commission", (NG.donor, ID["organisation/green-fund"]))
    facts = graph_facts(extraction_to_graph(SOURCE, Extraction([other]), "test"))
    assert score(gold, facts)["programme"].found == 0


@pytest.mark.parametrize(
    ("label", "wanted", "same"),
    [
        ("(c)", 3, True),
        ("iv", 4, True),
        ("R3", 3, True),
        ("i", 1, True),
        ("i", 9, True),
        ("12", 12, True),
        ("(c)", 4, False),
        ("vi", 4, False),
        ("R3", 13, False),
    ],
)
def test_a_list_label_matches_the_whole_number_a_reader_noted(
    label: str, wanted: int, same: bool
) -> None:
    span = (GoldSpan(10, 40),)
    gold = GoldFact("recommendation", span, {"number": wanted})
    fact = GraphFact("recommendation", "urn:x", span, {"number": (label,)})
    assert matches(gold, fact) is same


@pytest.mark.parametrize(
    ("graph", "gold", "same"),
    [
        ("ensure that X is published;", "ensure that X is published", True),
        ("ensure that X is published; and", "ensure that X is published;", True),
        ("Publish X.", "Publish X", True),
        ("publish X, or", "publish X", True),
        ("publish X within 30 days", "publish X", False),
        ("publish X; see also Y", "publish X;", False),
        (
            "publish the results of each\npolling station",
            "publish the results of each polling station",
            True,
        ),
    ],
)
def test_a_recommendation_text_is_exact_by_its_words_not_the_list_close(
    graph: str, gold: str, same: bool
) -> None:
    assert (item_words(graph) == item_words(gold)) is same
