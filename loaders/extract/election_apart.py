"""Two votes of one kind in one year, months apart ("the parliamentary elections of 25
January 2035 and the early ones of 20 September 2035", two referendums of one year): the
mentions of one state, kind and year split into one group per cluster of full dates, so
that each vote is an election of its own rather than one election with a conflict note.
Dates within ``_SAME_VOTE_DAYS`` of each other are one vote (rounds, a repeat poll); a
group naming a second round is never split (its dates are rounds)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .elections import Mention

_SAME_VOTE_DAYS = 60
"""Days within which two full dates of one kind are rounds or repeats of one vote."""
_MENTIONS = 2
"""How many mentions a vote months away needs to be an election of its own (a single
date may be a repeat poll in one place, or a chronology's line typed by its neighbour):
below it, it stays with the main vote as a conflict the note cites."""


def _day(mention: Mention) -> datetime.date:
    return datetime.date(mention.year, mention.month or 1, mention.day or 1)


def apart(group: list[Mention], main: Mention) -> tuple[list[Mention], list[list[Mention]]]:
    """``group`` without the mentions of the votes months away from ``main`` (the mention
    that dates the group's election), and those votes' mentions, one list per vote. Mentions
    without a full date stay in the main group (a month goes with the vote of that month
    when only one vote has it)."""
    if any(m.round == 2 for m in group) or main.day is None:
        return group, []
    dated = sorted({_day(m) for m in group if m.day is not None and m.round in (None, 1)})
    clusters: list[list[datetime.date]] = []
    for day in dated:
        if clusters and (day - clusters[-1][-1]).days <= _SAME_VOTE_DAYS:
            clusters[-1].append(day)
        else:
            clusters.append([day])
    if len(clusters) < 2:
        return group, []
    others = [c for c in clusters if _day(main) not in c]
    split: list[list[Mention]] = []
    taken: set[int] = set()
    for cluster in others:
        months = {(d.year, d.month) for d in cluster}
        elsewhere = {(d.year, d.month) for c in clusters if c is not cluster for d in c}
        mine = [
            i
            for i, m in enumerate(group)
            if (m.day is not None and _day(m) in cluster)
            or (m.day is None and m.month is not None and (m.year, m.month) in months - elsewhere)
        ]
        if len(mine) < _MENTIONS:
            continue  # one passing date months away is as often a misread as a vote
        split.append([group[i] for i in mine])
        taken.update(mine)
    return [m for i, m in enumerate(group) if i not in taken], split


__all__ = ["apart"]
