"""Items, groupings and statement resolution as the recurrence tests build and read them."""

from __future__ import annotations

from normgraph.grouping import Grouping, Item
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
