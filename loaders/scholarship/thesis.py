"""Theses: the report node, the spiral model's phases and the treaty actions they state.

Read from the text's structure:

- the report node and the university (``extract/report.py``);
- the spiral model's five phases: from the numbered phase headings ("3.1.3 Phase 1 -
  Repression" ... "3.1.7 Phase 5 - Rule-Consistent Behaviour"), each section pointing at
  its phase, and from the enumeration that defines them ("The phases are (1)
  repression (2) denial ...");
- treaty actions stated in sentences ("<State> ratified ... the ICCPR ... in 2006"),
  see ``extract/treaties.py``.

Everything needing a reading (which events the author places in which phase, the EU
agreements, memberships, institutions, elections) comes from the curation file.
"""

from __future__ import annotations

import re

from ..extract.law_facts import add_document_laws
from ..extract.text_readings import add_text_readings
from ..extract.treaties import add_treaty_actions
from ..rdf.facts import Extraction
from ..text.document import Document
from ..text.genres import Genre
from ..text.source import SourceText, Span
from .recommendations import add_study_recommendations
from .shared import (
    SPIRAL,
    STAGES,
    add_framework,
    add_named_elections,
    begin,
    finish_study,
    stage_headings,
    stage_spans,
)

_ENUMERATION = re.compile(
    r"\((?P<n>\d)\)\s+(?P<label>[a-z][a-z -]*?[a-z])(?=\s+(?:and finally\s+)?\(\d\)|\s*\.)"
)


class ThesisLoader:
    """Genre loader for theses applying a norm framework to a country."""

    name = "thesis"
    genre = Genre.THESIS

    def extract(self, source: SourceText) -> Extraction:
        extraction, report, document, state, keys, studied = begin(source, self.genre)
        headings = [h for h in stage_headings(document) if h.scheme == SPIRAL]
        stated = stage_spans(headings)
        for stage, spans in _enumerated_phases(document).items():
            stated.setdefault(stage, []).extend(spans)
        if stated:
            add_framework(extraction, report, SPIRAL, stated)
        if state is not None and studied is not None:
            add_treaty_actions(extraction, document, report.iri, studied)
            add_document_laws(extraction, document, studied.key)
            add_text_readings(extraction, document, report, studied.key)
            add_study_recommendations(extraction, document, report, studied.key)
            add_named_elections(extraction, document, report, studied.key)
        return finish_study(extraction, source, document, report, keys, studied, headings)


def _enumerated_phases(document: Document) -> dict[str, list[Span]]:
    """The first paragraph enumerating the phases "(1) repression (2) denial ...": spans."""
    for element in document.elements:
        matches = list(_ENUMERATION.finditer(element.text))
        labels = [re.sub(r"\s+", "-", m["label"]) for m in matches]
        if len(matches) >= 3 and all(label in STAGES[SPIRAL] for label in labels):
            return {
                label: element.spans(m.start(), m.end())
                for label, m in zip(labels, matches, strict=True)
            }
    return {}
