"""The kinds of curated fact: a table of each kind's fields, from which the pydantic models
of their ``[[entry]]`` tables are made.

A field name means one thing in every kind, so its type is given once (``FIELD_TYPES``:
``Text``, ``Slug``, ``Date``...); a kind lists its fields in ``KIND_FIELDS``, a ``?``
after a name making it optional, on top of the keys every entry carries (``EntryFields``).
``curation.py`` validates each entry against the model of its kind; ``curated_facts.py``
says what each kind means in the graph. Adding a kind: a row in ``KIND_FIELDS`` (and a
type in ``FIELD_TYPES`` for a new field name), a builder in ``curated_facts.BUILDERS`` and a
row in docs/curation.md.
"""

from __future__ import annotations

from typing import Any

from pydantic import create_model

from .curation import Date, EntryFields, Kind, Slug, Slugs, Text

FIELD_TYPES: dict[str, Any] = {
    "action": Slug,
    "actor": Slug,
    "actors": Slugs,
    "amends": Slug,
    "country": Slug,
    "country_code": Text,
    "date": Date,
    "early": bool,
    "elections": Slugs,
    "end": Date,
    "founded": Date,
    "holder": Slug,
    "label": Text,
    "member": Slug,
    "name": Text,
    "norms": Slugs,
    "observer": Slug,
    "organisation": Slug,
    "polarity": Slug,
    "role": Text,
    "rounds": int,
    "short_name": Text,
    "speaker": Slug,
    "stage": Slug,
    "stance": Slug,
    "start": Date,
    "text": Text,
    "title": Text,
    "topic": Slug,
    "treaty": Slug,
    "type": Slug,
    "words": Text,
}
"""The type of every field a kind may take."""

KIND_FIELDS: dict[str, str] = {
    # a person or organisation (needs an ``id`` for other entries to refer to it)
    "actor": "type name short_name? country_code?",
    # a treaty or agreement not in the vocabularies
    "treaty": "name short_name?",
    # a signature, ratification, accession... of a treaty by an actor
    "treaty-action": "treaty action date actor label?",
    # membership of an organisation, in a role (by default as a member), from a date
    "membership": "member organisation role? start?",
    # a post held, e.g. a chairmanship; who held it, if the text says
    "post": "start? end? title organisation holder?",
    # an election: a country's election of a type on a date
    "election": "country type date early? rounds? label?",
    # a finding the text reports: observers' verdict on elections, a monitor's judgement
    "verdict": "norms? text elections? observer? polarity? date? topic?",
    # an institution created: by whom, when and in which state, if the text says
    "institution": "name type founded? actor? country?",
    # a law, or a constitutional change when it ``amends`` a law key
    "law": "name date? country? amends?",
    # a dated political event, with the actors it involves
    "event": "norms? label date actors?",
    # an event placed in a stage of a norm framework
    "norm-stage-event": "norms? start? end? stage label actor?",
    # a statement on a norm: who said which words, with what stance
    "statement": "speaker words norms stance role? stage? date?",
}
"""Each kind's fields in order, ``?`` marking an optional one (its default is None)."""


def _field(name: str) -> tuple[str, Any]:
    """A pydantic field definition for ``name`` (``label?``: optional)."""
    bare = name.removesuffix("?")
    kind = FIELD_TYPES[bare]
    return (bare, (kind | None, None)) if name.endswith("?") else (bare, (kind, ...))


def _model(kind: str, fields: str) -> Kind:
    """The model of one kind's entries: ``EntryFields`` and the kind's own fields."""
    title = "".join(word.capitalize() for word in kind.split("-")) + "Entry"
    return create_model(
        title,
        __base__=EntryFields,
        __doc__=f"A ``{kind}`` entry: {fields}.",
        __module__=__name__,
        **dict(_field(name) for name in fields.split()),
    )


KINDS: dict[str, Kind] = {kind: _model(kind, fields) for kind, fields in KIND_FIELDS.items()}
"""Every kind a curation file may use, by name."""
