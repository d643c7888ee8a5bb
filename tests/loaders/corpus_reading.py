"""The corpus's careful readings (``tests/fixtures/corpus/*.gold.toml``, offsets into the
reports), for loader tests that check facts a reader marks rather than counts."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from normgraph.loaders.rdf.facts import Fact
from normgraph.loaders.text.source import SourceText
from tests.conftest import FIXTURES

Gold = dict[str, list[dict[str, Any]]]


def corpus_gold(source: SourceText) -> Gold:
    """The reading of the corpus report ``source``, by kind (``recommendation``, ``law``...)."""
    path = FIXTURES / "corpus" / f"{Path(source.file_name).stem}.gold.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def on_marked(fact: Fact, marked: list[dict[str, Any]]) -> bool:
    """Whether one of the fact's evidence spans meets a span the reader marked."""
    spans = [(a, b) for row in marked for a, b in row["at"]]
    return any(s.start < b and a < s.end for s in fact.evidence for a, b in spans)


def unread(facts: list[Fact], marked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The marked rows no fact of ``facts`` stands on."""
    return [row for row in marked if not any(on_marked(f, [row]) for f in facts)]
