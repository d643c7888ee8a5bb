"""The ask reading as it was before it was made cheaper (main at 1acc3c8), kept only to
prove the cheaper one reads every text the same: remedy classes searched one by one,
every sentence read whole before its cheap tests, each sentence's terms read twice. The
readings added since (a negated permission only under a modal, a passive light verb's
subject, paraphrases that name things, a rejected alternative's verbs) are mirrored here
read the eager way, and so are the sixteenth session's (a permission's complement verb, a
light verb's purpose), and the eighteenth session's (a time or extent named by a remedy's
noun, a split phrasal remedy). An imperative's conjoined imperatives ("Repeal X and stop Y") are cut
by the code's own ``_with_conjuncts``: that cut has no eager form to mirror (a copy would
only agree with itself); ``test_asks_readings`` pins what it cuts."""

from __future__ import annotations

import re

from normgraph import textsim
from normgraph.ask_articles import articles
from normgraph.ask_verbs import (
    preventive_form,
    with_particle_joined,
    without_complement,
    without_extent,
)
from normgraph.asks import (
    _ACTION_PATTERNS,
    _ACTION_WORDS,
    _AFTER_MODAL,
    _CONDITION,
    _MODAL,
    _NEGATED_PERMISSION,
    _NEGATED_RESTRICTION,
    _REJECTED,
    _START_VERB,
    _SUBJECT_IS_CHANGE,
    _VEHICLE_PATTERN,
    MIN_TERMS,
    AskUnit,
    _drop_action_word,
    _named_things,
    _with_conjuncts,
    addressee,
    is_directive,
    negated_directive,
)
from normgraph.textsim import CLAUSE_SPLIT_TERMS, terms


def sentences(text: str) -> list[str]:
    # The cut into sentences is the shared splitter's (loaders/text/sentences.py, then
    # semicolons); what is mirrored here is the eager reading of each part's terms.
    units = []
    for sentence in textsim._asks(text):
        units.append(sentence)
        if len(terms(sentence)) > CLAUSE_SPLIT_TERMS:
            units.extend(c.strip() for c in re.split(r"[;,]\s+", sentence))
    return [u for u in dict.fromkeys(units) if len(terms(u)) >= 2]


def actions(text: str) -> tuple[frozenset[str], frozenset[str]]:
    remedies = frozenset(a for a, pattern in _ACTION_PATTERNS.items() if pattern.search(text))
    vehicles = frozenset(m.group(0).lower() for m in _VEHICLE_PATTERN.finditer(text))
    return remedies, vehicles


def main_remedies(text: str) -> frozenset[str]:
    modal = _MODAL.search(text)
    window = _AFTER_MODAL.match(text, modal.end()) if modal else _START_VERB.match(text)
    found = actions(without_complement(window["verb"]))[0] if window else frozenset()
    if modal and window and _SUBJECT_IS_CHANGE.match(text, modal.end()):
        found = actions(re.split(r"\bto\b", without_complement(window["verb"]))[0])[0]
        subject = text[text.rfind(". ", 0, modal.start()) + 1 : modal.start()]
        return found | actions(subject)[0]
    return found


def read_unit(text: str) -> AskUnit:
    prevented = preventive_form(with_particle_joined(without_extent(text)))
    read = _NEGATED_PERMISSION.sub(
        r"\g<modal> be prohibited to", _NEGATED_RESTRICTION.sub("unimpeded", prevented)
    )
    vehicles = actions(read)[1]
    asked = _REJECTED.sub(" ", read)
    remedies = main_remedies(asked) or negated_directive(asked) or actions(asked)[0]
    things = _named_things(_CONDITION.sub(" ", read))
    content = tuple(terms(_ACTION_WORDS.sub(_drop_action_word, things)))
    return AskUnit(text, remedies, vehicles, content, addressee(text), articles(text))


def ask_units(text: str) -> list[AskUnit]:
    units = [read_unit(text)]
    for part in _with_conjuncts(sentences(text)):
        unit = read_unit(part)
        sentence = part.rstrip().endswith((".", "!", "?")) and not part.lstrip()[:1].islower()
        if (
            part != text
            and len(unit.object_terms) >= MIN_TERMS
            and (sentence or is_directive(part))
        ):
            units.append(unit)
    return units
