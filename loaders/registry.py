"""Which loader reads which genre. A genre without its own loader gets the metadata loader."""

from __future__ import annotations

from .article import JournalArticleLoader
from .base import Loader
from .genres import Genre
from .odihr import OdihrLoader
from .programme import ProgrammeLoader
from .report import MetadataLoader
from .statement import StatementLoader
from .thesis import ThesisLoader

LOADERS: dict[Genre, Loader] = {
    Genre.FINAL_REPORT: OdihrLoader(),
    Genre.PRELIMINARY_STATEMENT: StatementLoader(),
    Genre.PROGRAMME_REPORT: ProgrammeLoader(),
    Genre.JOURNAL_ARTICLE: JournalArticleLoader(),
    Genre.THESIS: ThesisLoader(),
}
"""Genre loaders, registered here as they are written."""


def loader_for(genre: Genre) -> Loader:
    """The loader for ``genre``."""
    return LOADERS.get(genre) or MetadataLoader(genre)
