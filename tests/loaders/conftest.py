"""Fixtures for loader tests: the ODIHR report from the corpus beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from normgraph.loaders.source import SourceText, read_source

CORPUS = Path(
    os.environ.get(
        "NORMGRAPH_CORPUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
    )
)
ODIHR_2011 = CORPUS / "002_78719f45d59fee38.txt"


@pytest.fixture(scope="session")
def odihr_2011() -> SourceText:
    """The OSCE/ODIHR final report on Kazakhstan's 2011 early presidential election."""
    if not ODIHR_2011.is_file():
        raise FileNotFoundError(f"corpus not found at {CORPUS}; set NORMGRAPH_CORPUS")
    return read_source(ODIHR_2011)
