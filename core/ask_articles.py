"""The articles a text cites, one spelling each, and whether two asks cite different ones.

Read for every ask unit (:mod:`normgraph.asks`) and compared by grouping: "paragraph 6 of
Article 44" = "Article 44(6)" = ``art44.6``.
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["articles", "articles_conflict"]


class _Citing(Protocol):
    @property
    def articles(self) -> frozenset[str]: ...


_ARTICLE = re.compile(
    r"\b(?:paragraph|para\.?|point|item|clause)\s+(\d+)\s+of\s+article\s+(\d+)"
    r"|\barticles?\s+(\d+)(?:[.\s]*\(?(\d+)\)?)?",
    re.I,
)


def articles(text: str) -> frozenset[str]:
    """Cited articles, one spelling each: ``art44.6`` for paragraph 6 of Article 44."""
    found = set()
    for match in _ARTICLE.finditer(text):
        paragraph, article, bare, sub = match.groups()
        if article:
            found.add(f"art{article}.{paragraph}")
        elif bare:
            found.add(f"art{bare}" + (f".{sub}" if sub else ""))
    return frozenset(found)


def articles_conflict(first: _Citing, second: _Citing) -> bool:
    """Both units cite articles and none is shared (nor one the parent of the other)."""
    if not (first.articles and second.articles):
        return False
    parents = {a.split(".")[0] for a in first.articles}
    return not any(a in first.articles or a.split(".")[0] in parents for a in second.articles)
