"""A single complaint filed with a body named by its common noun and level ("complained to
the territorial commission"), on passages written for these tests (every name invented); a
body that passed a complaint on to another one it names (not a ruling of its own) is a row
of ``tests/cases/outcome_words.toml``."""

from __future__ import annotations

import pytest

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.case_numbers import CaseNumbers
from normgraph.loaders.extract.complaint_cases import read_cases
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG


def _cases(text: str) -> list[tuple[str | None, str | None]]:
    """(body name, outcome slug) of each case the shared reader reads from ``text``."""
    extraction = Extraction()
    actors = Actors(extraction, "kz")
    document = parse_document(SourceText("t", "t.txt", text))
    numbers = CaseNumbers("t")
    for element in document.elements:
        read_cases(extraction, element, numbers, actors, Extraction())
    names = {str(f.iri): str(v) for f in extraction.facts for p, v in f.values if p == FOAF.name}
    found = []
    for fact in extraction.facts:
        if fact.kind != NG.Complaint:
            continue
        body = next((names.get(str(v)) for p, v in fact.values if p == NG.filedWith), None)
        said = next((str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == NG.outcome), None)
        found.append((body, said))
    return found


@pytest.mark.parametrize(
    ("text", "body", "said"),
    [
        (
            "A voter in Taraz complained to the territorial commission about the removal of "
            "her name from the list; the commission rejected the complaint on 3 March.",
            "territorial commission",
            "rejected",
        ),
        (  # another level, the decision in the next sentence
            "An observer from the Free Vote network complained to the district election "
            "commission that the ballot box had been moved.\nThe commission upheld the "
            "complaint the next day.",
            "district election commission",
            "upheld",
        ),
        (  # wrapped between the level and the noun
            "The candidate complained to the city\ncommission about the loss of her posters; "
            "the complaint was dismissed on 12 May.",
            "city commission",
            "rejected",
        ),
    ],
)
def test_a_body_named_by_its_level_and_noun(text: str, body: str, said: str) -> None:
    assert _cases(text) == [(body, said)]
