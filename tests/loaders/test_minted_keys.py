"""Keys read back from minted IRIs (``rdf.iris.minted``, ``extract.elections.election_key``):
the parts an election was minted from are the state, type and date its fact carries, and
an IRI minted for anything else is refused, not split into a wrong key."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.elections import election_iri, election_key
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.rdf.iris import mint, minted, minted_parts
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.namespaces import ID, NG, local_name

from .extraction_fixtures import text_extraction
from .fact_lookup import facts, value
from .test_statement_general_elections import GENERAL

general = text_extraction(StatementLoader, "general", GENERAL)


def test_an_elections_key_is_the_state_type_and_date_its_fact_carries(
    general: Extraction,
) -> None:
    elections = facts(general, NG.Election)
    assert len(elections) >= 3
    codes = {str(fact.iri): str(value(fact, NG.countryCode)) for fact in facts(general, NG.State)}
    for fact in elections:
        key = election_key(fact.iri)
        assert key.state == codes[str(value(fact, NG.country))].lower()
        assert key.kind == local_name(str(value(fact, NG.electionType)))
        assert key.when == str(value(fact, NG.electionDate))
        assert election_iri(*key) == fact.iri
        assert ID[f"election/{key.path}"] == fact.iri


def test_a_round_or_another_kinds_iri_is_no_election_key(general: Extraction) -> None:
    election = facts(general, NG.Election)[0].iri
    report = facts(general, NG.Report)[0].iri
    for iri in (f"{election}/round/2", report, "https://example.org/id/election/kz/x/2005"):
        with pytest.raises(ValueError, match="not an"):
            election_key(iri)


def test_minted_parts_are_the_slugs_mint_made_and_nothing_outside_the_base() -> None:
    iri = mint("candidacy", "KZ", "Presidential", "Jane Doe")
    assert minted(iri) == ("candidacy", "kz", "presidential", "jane-doe")
    assert minted_parts(iri, "candidacy") == ("kz", "presidential", "jane-doe")
    assert minted("https://example.org/id/candidacy/x") == ()
    with pytest.raises(ValueError, match="id/mission/"):
        minted_parts(iri, "mission")
