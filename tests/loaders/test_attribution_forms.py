"""Statements attributed to a speaker in running text, in general English forms ("According
to ...", "As ... said", "..., who said that", reported speech after an adverb, quotations
with a role and a date, single quotation marks), told from the scholars a study cites, the
study's own claims and observers' findings. The sentences are invented for these tests and
kept as data in ``tests/cases/attributed_statements.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.scholarship.attributed import Attributed, read_attributed
from tests.case_tables import case_params

PARTS = ("speaker", "role", "words", "when")


def _parts(statement: Attributed, text: str) -> dict[str, str | None]:
    """A statement's parts as the text spells them (``when`` as the words that date it)."""
    when = statement.when_at
    return {
        "speaker": statement.speaker,
        "role": statement.role,
        "words": statement.words,
        "when": text[when[0] : when[1]] if when else None,
    }


@pytest.mark.parametrize(
    ("text", "said", "fields"),
    case_params("attributed_statements", "text", "said", "fields", defaults={"fields": PARTS}),
)
def test_the_statements_a_text_attributes_in_order(
    text: str, said: list[dict[str, str]], fields: list[str]
) -> None:
    found = [{part: _parts(s, text)[part] for part in fields} for s in read_attributed(text)]
    assert found == [{part: expected.get(part) for part in fields} for expected in said]
