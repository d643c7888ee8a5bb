"""Kinds of actor told by the words of a name (thirteenth session): a union or league named
for a political creed is a party, a "State ... Service" a state body, a broadcasting body a
broadcaster unless it is the council that oversees broadcasting. Names invented."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.actor_kinds import kind_from_name
from normgraph.loaders.extract.organisations import organisation_kind
from normgraph.namespaces import NG


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Liberal Democratic Union of Moldova", "party"),
        ("Socialist League", "party"),
        ("Union of Journalists", "ngo"),
        ("State Migration Service", "state-body"),
        ("Federal Tax Service", "state-body"),
        ("Youth Information Service", None),
        ("National Broadcasting Company", "media"),
        ("Broadcasting Council", "state-body"),
    ],
)
def test_a_name_tells_its_kind(name: str, kind: str | None) -> None:
    assert kind_from_name(name) == kind


def test_an_acronym_defined_broadcaster_is_a_media_outlet() -> None:
    """ "the National Broadcasting Company (NBC)": typed by its words, not a civil-society
    organisation for want of a known word."""
    assert organisation_kind("NBK", "National Broadcasting Company")[0] == NG.MediaOutlet
    assert organisation_kind("SMS", "State Migration Service")[0] == NG.StateBody
