"""Fixtures for loader tests: the ODIHR report from the corpus beside the repository."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.source import SourceText, read_source
from tests.documents import CORPUS
from tests.documents import ODIHR_2011 as ODIHR_FILE

ODIHR_2011 = CORPUS / ODIHR_FILE


@pytest.fixture(scope="session")
def odihr_2011() -> SourceText:
    """The OSCE/ODIHR final report on Kazakhstan's 2011 early presidential election."""
    if not ODIHR_2011.is_file():
        raise FileNotFoundError(f"corpus not found at {CORPUS}; set NORMGRAPH_CORPUS")
    return read_source(ODIHR_2011)
