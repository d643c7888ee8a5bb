"""The invented genre heads (``genre_heads/``) and the genre each file name promises."""

from __future__ import annotations

from pathlib import Path

from normgraph.loaders.text.genres import Genre

HEADS = Path(__file__).parent / "genre_heads"
"""Invented heads (title block and opening) of each genre in several layouts and decades."""

GENRE_OF_PREFIX = {
    "final_report": Genre.FINAL_REPORT,
    "statement": Genre.PRELIMINARY_STATEMENT,
    "programme": Genre.PROGRAMME_REPORT,
    "article": Genre.JOURNAL_ARTICLE,
    "thesis": Genre.THESIS,
}
"""A head's file name starts with the prefix of the genre it must get."""


def expected_genre(path: Path) -> Genre:
    """The genre the head's file name promises."""
    return next(g for prefix, g in GENRE_OF_PREFIX.items() if path.name.startswith(prefix))
