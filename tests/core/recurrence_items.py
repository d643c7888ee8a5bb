"""Items, groupings and statement resolution as the recurrence tests build and read them."""

from __future__ import annotations

from normgraph.grouping import Grouping, Item, group
from normgraph.recurrence_statements import resolve


def item(
    key: str, text: str, document: str, date: str, *, organisation: str = "", country: str = "xx"
) -> Item:
    """An item of one election, dated and keyed as the tests name it."""
    return Item(key, text, document, organisation, date, date, country=country)


def grouping_of(items: list[Item]) -> Grouping:
    grouping = Grouping()
    grouping.add(items)
    return grouping


def resolved_key(grouping: Grouping, statement: Item) -> str | None:
    """The key of the earlier recommendation ``statement`` resolves to, if any."""
    found = resolve(grouping, statement)
    return None if found is None else found[0].key


def linked_pairs(earlier: list[str], later: list[str]) -> set[frozenset[str]]:
    """The pairs of keys grouped together when ``earlier`` (keys e0, e1 ...) and ``later``
    (l0, l1 ...) are two reports of one state, five years apart."""
    items = [item(f"e{n}", t, "earlier", "2019-04-01") for n, t in enumerate(earlier)]
    items += [item(f"l{n}", t, "later", "2024-04-01") for n, t in enumerate(later)]
    found = set()
    for g in group(items):
        keys = sorted({i.key for i in g.items})
        found |= {frozenset((a, b)) for a in keys for b in keys if a < b}
    return found
