"""The reference data of one state, as the loaders read it: laws, parties, places, the
words its reports use for a type of election, and the donors."""

from __future__ import annotations

from normgraph.loaders.extract.state_data import (
    donors,
    election_type_words,
    entry_named,
    names_pattern,
    state_data,
)
from normgraph.ontology import state_files


def test_every_state_file_is_named_by_its_iso_code_then_an_optional_part() -> None:
    assert {"states/kz.ttl", "states/kz-laws.ttl"} <= set(state_files())
    for name in state_files():
        code = name.removeprefix("states/").removesuffix(".ttl").split("-")[0]
        assert state_data(code).laws or state_data(code).parties, name


def test_a_state_file_gives_laws_parties_and_places_by_every_name() -> None:
    data = state_data("kz")
    law = entry_named(data.laws, "constitutional law on elections")
    assert law is not None and str(law.iri).endswith("/law/kz/constitutional-law-on-elections")
    pattern = names_pattern(data.places)
    assert pattern is not None
    found = [m.group("name") for m in pattern.finditer("at 12 Akmolinskaya oblast, 7 Aktau")]
    assert found == ["Akmolinskaya oblast", "Aktau"]
    assert all(str(p.iri).split("/id/")[1].split("/")[1] == "kz" for p in data.parties)


def test_a_state_without_a_file_has_no_names_and_no_pattern() -> None:
    data = state_data("ge")
    assert (data.laws, data.parties, data.places) == ((), (), ())
    assert names_pattern(data.laws) is None


def test_election_type_words_and_donors_come_from_the_data() -> None:
    words = election_type_words()
    assert set(words.values()) <= {"parliamentary", "local", "presidential", "referendum"}
    assert words
    assert any("USAID" in donor.names for donor in donors())
