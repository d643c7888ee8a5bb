"""The titles of works a note or a reference cites ("Jane Roe, 'Arland: NGO Law Passed
Amid Protests' (*Daily Post*, 2 May 2016) <https://...>"): a law named in a cited
article's or report's title is that work's subject, not a law the text cites, so law
readers blank such titles first (offsets kept)."""

from __future__ import annotations

import re

_TITLE = re.compile(
    r"(?P<open>[\"'\u2018\u201c])(?P<title>[^\"\u2018\u2019\u201c\u201d\n]{3,240}?)"
    r"[\"'\u2019\u201d][.,]?(?=\s*(?:\(\s*\*|\*[A-Z]|<|https?://|www\.|\(n\s*\d+\)"
    r"|\([A-Z][^(),]{1,60},[^()]{0,40}?\b(?:19|20)\d{2}\)))"
)
"""A quoted title followed by where it appeared: its source, a comma and a date in brackets
("(Daily Post, 2 May 2016)"; a law's number "(Law No. 12 of 2004)" has no comma), an italic
publisher or journal as written before the text is cleaned ("*Journal of ...*"), a link
("<https://...>", "https://...") or a back reference to an earlier note ("(n 12)"). A year
alone in brackets is not enough: a law's quoted name takes one ("the Law "On Assemblies"
(2004)")."""


def blank_cited_titles(text: str) -> str:
    """``text`` with every cited work's quoted title blanked (same length, same offsets)."""
    return _TITLE.sub(lambda title: " " * len(title[0]), text)


__all__ = ["blank_cited_titles"]
