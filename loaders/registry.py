"""Which loader reads which genre. A genre without its own loader gets the metadata loader."""

from __future__ import annotations

from .base import Loader
from .genres import Genre
from .programme import ProgrammeLoader
from .report import MetadataLoader
from .statement import StatementLoader

LOADERS: dict[Genre, Loader] = {
    Genre.PRELIMINARY_STATEMENT: StatementLoader(),
    Genre.PROGRAMME_REPORT: ProgrammeLoader(),
}
"""Genre loaders, registered here as they are written."""


def loader_for(genre: Genre) -> Loader:
    """The loader for ``genre``."""
    return LOADERS.get(genre) or MetadataLoader(genre)
