"""The cheaper ask reading (remedy classes tried only at word starts, parts read lazily,
each sentence's terms read once) reads every text as the earlier one did
(:mod:`tests.core.asks_reference`): the corpus's recommendations and findings, the tune
fixtures' paragraphs, synthetic reports and texts written to meet the edge cases."""

from __future__ import annotations

import random
import tomllib
from collections.abc import Iterable

import pytest

from bench.synthetic_reports import ACTIONS, ACTORS, TOPICS, synthetic_report
from normgraph import asks, textsim
from normgraph.graph import GraphStore
from normgraph.namespaces import NG
from normgraph.recurrence_read import read_items
from tests.conftest import FIXTURES
from tests.core import asks_reference as reference

EDGE_CASES = [
    "Results protocols should be posted online.",
    "The CEC should publish and recount; the courts should not be allowed to dismiss appeals.",
    "Access without undue restrictions should be granted until the law is amended.",
    "Representation and reproduction; remedial, removal, remand.",  # two classes' openings
    "Make public the results. Made available to all. Set up a body; provide for appeals.",
    "\u212aeep the voter lists; \u017fcrap the deposit; \u0130ntroduce criteria.",  # re.I letters
    "Ab ba cd, re-count re count postpone county capacity bank broadcasters prosecutors.",
    "  Abolish the deposit.  The CEC should consider establishing clear grounds.  ",
    "1. Ensure that paragraph 6 of Article 44 and Article 12(3) are amended.",
    "",
    "no",
]


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def _tune_paragraphs() -> list[str]:
    manifest = tomllib.loads((FIXTURES / "reports" / "manifest.toml").read_text())
    found = []
    for name, entry in manifest["report"].items():
        if entry.get("half") == "tune":
            found += _paragraphs((FIXTURES / "reports" / f"{name}.txt").read_text())
    return found


def _synthetic(seed: int) -> list[str]:
    rng = random.Random(seed)
    asks_written = [
        f"{rng.choice(ACTORS)} {rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))}."
        for _ in range(300)
    ]
    joined = [" ".join(rng.sample(asks_written, rng.randint(2, 6))) for _ in range(100)]
    return asks_written + joined + _paragraphs(synthetic_report(seed))


def _assert_same(texts: Iterable[str]) -> int:
    count = 0
    for text in texts:
        assert asks.ask_units(text) == reference.ask_units(text), text
        assert textsim.sentences(text) == reference.sentences(text), text
        assert asks.actions(text) == reference.actions(text), text
        assert asks.main_remedies(text) == reference.main_remedies(text), text
        count += 1
    return count


def test_the_corpus_items_are_read_as_before(built_store: GraphStore) -> None:
    classes = (NG.Recommendation, NG.Finding)
    texts = [item.text for cls in classes for item in read_items(built_store, cls)]
    assert _assert_same(texts) > 100


def test_the_tune_fixtures_and_edge_cases_are_read_as_before() -> None:
    assert _assert_same(_tune_paragraphs() + EDGE_CASES) > 1000


@pytest.mark.parametrize("seed", [3, 11])
def test_synthetic_texts_are_read_as_before(seed: int) -> None:
    assert _assert_same(_synthetic(seed)) > 400


def test_every_remedy_stem_is_found_in_any_case() -> None:
    """Each stem of each class, inflected and in three cases, is found as before."""
    texts = [
        f"They {form}{ending} it."
        for stems in asks._ACTIONS.values()
        for stem in stems
        for form in (stem, stem.upper(), stem.title())
        for ending in ("", "ed", "ing", "s", "ion", "ers", "x")
    ]
    assert _assert_same(texts) == len(texts)
