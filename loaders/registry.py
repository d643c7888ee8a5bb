"""The one place a genre is registered: the loader that reads it and its head reader.

Adding a genre: a ``Genre`` member (``text/genre_cues.py``, which ``text/genres.py``
re-exports) with its cues in ``ontology/genre-cues.toml``, then one entry in ``GENRES``
here (CONTRIBUTING.md, "Add a genre", lists the rest). The table is checked when this
module is imported (at start-up), so a genre left out fails at once with a message naming
it, not with a ``KeyError`` mid-build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .base import Loader
from .extract.head import ReportHead
from .odihr.head import head_final_report
from .odihr.loader import OdihrLoader
from .programme.head import head_programme_report
from .programme.loader import ProgrammeLoader
from .scholarship.article import JournalArticleLoader
from .scholarship.head import head_journal_article, head_thesis
from .scholarship.thesis import ThesisLoader
from .statement.head import head_preliminary_statement
from .statement.loader import StatementLoader
from .text.genres import Genre
from .text.source import SourceText

HeadReader = Callable[[SourceText], ReportHead]
"""Reads what a report says about itself (title, creators, date) where its genre puts it."""


@dataclass(frozen=True)
class Registration:
    """What the build needs for one genre."""

    loader: Loader
    read_head: HeadReader


class RegistryError(RuntimeError):
    """The genre table is incomplete or inconsistent: a programming error, found at start-up."""


GENRES: dict[Genre, Registration] = {
    Genre.FINAL_REPORT: Registration(OdihrLoader(), head_final_report),
    Genre.PRELIMINARY_STATEMENT: Registration(StatementLoader(), head_preliminary_statement),
    Genre.PROGRAMME_REPORT: Registration(ProgrammeLoader(), head_programme_report),
    Genre.JOURNAL_ARTICLE: Registration(JournalArticleLoader(), head_journal_article),
    Genre.THESIS: Registration(ThesisLoader(), head_thesis),
}


def check_registry(genres: Mapping[Genre, Registration]) -> None:
    """Raise ``RegistryError`` naming every genre without a registration, or whose loader
    says it reads another genre."""
    missing = [genre.value for genre in Genre if genre not in genres]
    if missing:
        raise RegistryError(
            f"genre(s) without a loader and head reader: {', '.join(missing)}; "
            "add an entry for each to GENRES in normgraph.loaders.registry"
        )
    for genre, registration in genres.items():
        if registration.loader.genre is not genre:
            raise RegistryError(
                f"genre {genre.value} is registered with the loader "
                f"{registration.loader.name}, which reads {registration.loader.genre.value}"
            )


check_registry(GENRES)


def loader_for(genre: Genre) -> Loader:
    """The loader for ``genre``."""
    return GENRES[genre].loader


def head_reader_for(genre: Genre) -> HeadReader:
    """The head reader for ``genre``."""
    return GENRES[genre].read_head
