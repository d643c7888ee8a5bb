"""A unit merged first with a near-miss moves to the issue its other strong links hold."""

from __future__ import annotations

from normgraph.grouping import Grouping
from tests.core.recurrence_items import item

EARLIER = item(
    "e",
    "Decisions of the commission on complaints should be published within three days online,"
    " so that parties can compare them.",
    "e",
    "2010",
)
RESTATED = [
    item(
        "f",
        "All decisions on electoral complaints should be made available online promptly in a"
        " searchable database.",
        "f",
        "2015",
    ),
    item(
        "g1",
        "The commission is urged to put every decision on complaints in a searchable database"
        " online, not only on paper.",
        "g",
        "2019",
    ),
    item(
        "h",
        "Decisions on complaints and appeals should be published online promptly in a"
        " searchable database.",
        "h",
        "2023",
    ),
]
NEAR_MISS = item(
    "g2",
    "A copy of each decision of the commission on a complaint should be posted at its door"
    " within three days.",
    "g",
    "2019",
)


def _groups(grouping: Grouping) -> list[set[str]]:
    return [{i.key for i in g.items} for g in grouping.groups()]


def test_a_unit_taken_by_a_near_miss_first_joins_the_issue_its_strong_links_hold() -> None:
    """The earlier ask scores highest with the later report's near-miss (posted at the door,
    not online) and merges with it first; that report's restatement then cannot bring the
    issue to it. Its strong links to three restatements outweigh the one to the near-miss,
    so it moves there, and the near-miss stays alone."""
    grouping = Grouping()
    grouping.add([EARLIER, *RESTATED, NEAR_MISS])
    units = {u.item.key: u for u in grouping.units}
    near = grouping.score(units["e"], units["g2"]).score
    assert all(near > grouping.score(units["e"], units[k]).score for k in ("f", "g1", "h"))
    assert _groups(grouping) == [{"e", "f", "g1", "h"}]


def test_the_move_is_the_same_whatever_order_the_reports_arrive_in() -> None:
    at_once = Grouping()
    at_once.add([EARLIER, *RESTATED, NEAR_MISS])
    one_by_one = Grouping()
    for report in ([NEAR_MISS, RESTATED[1]], [RESTATED[2]], [EARLIER], [RESTATED[0]]):
        one_by_one.add(report)
    assert sorted(map(sorted, _groups(one_by_one))) == sorted(map(sorted, _groups(at_once)))
