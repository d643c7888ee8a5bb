"""Elections named across a narrow column's hyphenated line break (an invented two-column
article): the document model reads "legisla-" and "tive" as "legislative" (pdf24's
``text/hyphenation.py``; before, the paragraph's text read "legisla- tive", which no phrasing
reads); a hyphen that is no line break ("presi- dential" on one line) is left alone."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.elections import resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

ARTICLE = """\
Turnout fell sharply at the early legisla-
tive election of 9 June 2030, and again at
the presi-
dential elections of 2031; the pre- and
post-election periods were calm.
"""


def _named(text: str, country: str) -> tuple[list[str], list[str]]:
    document = parse_document(SourceText("t", "t.txt", text))
    mentions = [
        mention
        for element in document.elements
        for mention in find_mentions(element.text, element.spans, country)
    ]
    found = resolve(Extraction(), mentions)
    keys = sorted(str(one.fact.iri).split("/election/", 1)[1] for one in found.values())
    return keys, [span.quote for mention in mentions for span in mention.spans]


def test_an_election_named_across_a_hyphenated_line_break() -> None:
    keys, quotes = _named(ARTICLE, "lu")
    assert keys == ["lu/parliamentary/2030-06-09", "lu/presidential/2031"]
    assert "early legisla-\ntive election of 9 June 2030" in quotes


def test_a_hyphen_inside_a_line_is_not_joined() -> None:
    keys, _ = _named("The presi- dential elections of 2031 were calm.\n", "lu")
    assert keys == []
    keys, _ = _named("The presi-\ndential elections of 2031 were calm.\n", "lu")
    assert keys == ["lu/presidential/2031"]
