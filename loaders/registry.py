"""Which loader reads which genre. A genre without its own loader gets the metadata loader."""

from __future__ import annotations

from .base import Loader
from .genres import Genre
from .odihr import OdihrLoader
from .report import MetadataLoader

LOADERS: dict[Genre, Loader] = {Genre.FINAL_REPORT: OdihrLoader()}
"""Genre loaders, registered here as they are written."""


def loader_for(genre: Genre) -> Loader:
    """The loader for ``genre``."""
    return LOADERS.get(genre) or MetadataLoader(genre)
