"""Two votes of one kind in one year, months apart, are two elections; dates weeks apart
(rounds, a repeat poll), a single passing date, or a group naming its second round stay one
election (invented mentions, kept in ``tests/cases/election_apart.toml``)."""

from __future__ import annotations

from typing import Any

import pytest

from normgraph.loaders.extract.elections import Mention, resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import Span
from normgraph.namespaces import NG
from tests.case_tables import case_params


def _mention(kind: str, at: int, stated: dict[str, Any]) -> Mention:
    """A mention of ``kind`` at ``at``, dated as stated, with its ``early`` flag or ``round``."""
    rest = {key: stated[key] for key in ("early", "round") if key in stated}
    span = Span(at, at + 4, "vote")
    return Mention(
        "ee", kind, stated["year"], (span,), stated.get("month"), stated.get("day"), **rest
    )


def _dates(mentions: list[Mention]) -> list[str]:
    extraction = Extraction()
    resolve(extraction, mentions)
    return sorted(
        str(value)
        for fact in extraction.facts
        if fact.kind == NG.Election
        for predicate, value in fact.values
        if predicate == NG.electionDate
    )


@pytest.mark.parametrize(
    ("kind", "mentions", "dates"), case_params("election_apart", "kind", "mentions", "dates")
)
def test_the_elections_resolved_from_mentions_of_one_kind(
    kind: str, mentions: list[dict[str, Any]], dates: list[str]
) -> None:
    resolved = [_mention(kind, 10 * at, stated) for at, stated in enumerate(mentions)]
    assert _dates(resolved) == dates
