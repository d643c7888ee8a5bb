"""What a report says about itself (title, creators, date, affiliation), as each genre's head
reader (loaders/<genre>/head.py) finds it, with the helpers those readers share.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ..text.source import SourceText, Span

HEAD = 6000
"""Characters from the start in which a report's own metadata is looked for."""


@dataclass(frozen=True)
class Creator:
    """Who issued or wrote a report, as the text names them."""

    name: str
    short_name: str
    is_person: bool
    span: Span


@dataclass(frozen=True)
class Affiliation:
    """Where the (first) author works or studies: an organisation, maybe one of its units."""

    organisation: str
    span: Span
    unit: str | None = None


@dataclass
class ReportHead:
    """What a report says about itself."""

    title: str | None = None
    title_span: Span | None = None
    creators: list[Creator] = field(default_factory=list)
    affiliation: Affiliation | None = None
    issued: datetime.date | int | None = None
    issued_span: Span | None = None


def group_span(source: SourceText, match: re.Match[str], group: int | str = 0) -> Span:
    return source.span(match.start(group), match.end(group))


def clean(text: str) -> str:
    """Markdown emphasis and hard line breaks removed, white space folded."""
    return re.sub(r"\s+", " ", text.replace("*", "").replace("#", "")).strip(" \u2013\u2014-")


def organisation_creator(
    source: SourceText, match: re.Match[str], name: str, short: str
) -> Creator:
    return Creator(name=name, short_name=short, is_person=False, span=group_span(source, match))


SMALL_WORDS = {"for", "of", "and", "the", "in", "on", "to", "a", "an"}
