"""The genre registry: every genre has a loader and a head reader, checked at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.loaders.extract.report import read_head
from normgraph.loaders.registry import (
    GENRES,
    Registration,
    RegistryError,
    check_registry,
    head_reader_for,
    loader_for,
)
from normgraph.loaders.text.genres import Genre, detect_genre
from normgraph.loaders.text.source import read_source
from tests.documents import ENEMO_2005, HOFFMANN_THESIS, ODIHR_2011


@pytest.mark.parametrize("genre", list(Genre))
def test_every_genre_has_a_loader_that_reads_that_genre(genre: Genre) -> None:
    assert loader_for(genre).genre is genre


def test_a_genre_left_out_is_named_when_the_table_is_checked() -> None:
    without_thesis: dict[Genre, Registration] = {
        genre: entry for genre, entry in GENRES.items() if genre is not Genre.THESIS
    }
    with pytest.raises(RegistryError, match=r"without a loader and head reader: thesis;"):
        check_registry(without_thesis)


def test_a_loader_registered_for_another_genre_is_refused() -> None:
    swapped = dict(GENRES)
    swapped[Genre.THESIS] = Registration(
        GENRES[Genre.JOURNAL_ARTICLE].loader, GENRES[Genre.THESIS].read_head
    )
    with pytest.raises(RegistryError, match=r"genre thesis .* reads journal-article"):
        check_registry(swapped)


@pytest.mark.parametrize("file_name", [ODIHR_2011, ENEMO_2005, HOFFMANN_THESIS])
def test_read_head_uses_the_registered_head_reader(corpus: Path, file_name: str) -> None:
    source = read_source(corpus / file_name)
    genre = detect_genre(source.text)
    assert read_head(source, genre) == head_reader_for(genre)(source)
    assert read_head(source, genre).title
