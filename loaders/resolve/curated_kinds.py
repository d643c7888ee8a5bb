"""The kinds of curated fact, as pydantic models of their ``[[entry]]`` tables.

Each model names the fields its kind takes, typed (``Text``, ``Slug``, ``Date``...; a
default makes a field optional), on top of the keys every entry carries (``EntryFields``).
``curation.py`` validates each entry against the model of its kind; ``curated_facts.py``
says what each kind means in the graph. Adding a kind: a model here, an entry in ``KINDS``,
a builder in ``curated_facts.BUILDERS`` and a row in docs/curation.md.
"""

from __future__ import annotations

from .curation import Date, EntryFields, Kind, Slug, Slugs, Text


class _Period(EntryFields):
    """A start and an end, either or both given."""

    start: Date | None = None
    end: Date | None = None


class _Norms(EntryFields):
    """The norms (concept slugs) an entry is about, if it names any."""

    norms: Slugs | None = None


class ActorEntry(EntryFields):
    """A person or organisation (needs an ``id`` for other entries to refer to it)."""

    type: Slug
    name: Text
    short_name: Text | None = None
    country_code: Text | None = None


class TreatyEntry(EntryFields):
    """A treaty or agreement not in the vocabularies."""

    name: Text
    short_name: Text | None = None


class TreatyActionEntry(EntryFields):
    """A signature, ratification, accession... of a treaty by an actor."""

    treaty: Slug
    action: Slug
    date: Date
    actor: Slug
    label: Text | None = None


class MembershipEntry(EntryFields):
    """Membership of an organisation, in a role (by default as a member), from a date."""

    member: Slug
    organisation: Slug
    role: Text | None = None
    start: Date | None = None


class PostEntry(_Period):
    """A post held, e.g. a chairmanship; who held it, if the text says."""

    title: Text
    organisation: Slug
    holder: Slug | None = None


class ElectionEntry(EntryFields):
    """An election: a country's election of a type on a date."""

    country: Slug
    type: Slug
    date: Date
    early: bool | None = None
    rounds: int | None = None
    label: Text | None = None


class VerdictEntry(_Norms):
    """A finding the text reports: observers' verdict on elections, a monitor's judgement."""

    text: Text
    elections: Slugs | None = None
    observer: Slug | None = None
    polarity: Slug | None = None
    date: Date | None = None
    topic: Slug | None = None


class InstitutionEntry(EntryFields):
    """An institution created: by whom, when and in which state, if the text says."""

    name: Text
    type: Slug
    founded: Date | None = None
    actor: Slug | None = None
    country: Slug | None = None


class LawEntry(EntryFields):
    """A law, or a constitutional change when it ``amends`` a law key."""

    name: Text
    date: Date | None = None
    country: Slug | None = None
    amends: Slug | None = None


class EventEntry(_Norms):
    """A dated political event, with the actors it involves."""

    label: Text
    date: Date
    actors: Slugs | None = None


class NormStageEventEntry(_Period, _Norms):
    """An event placed in a stage of a norm framework."""

    stage: Slug
    label: Text
    actor: Slug | None = None


class StatementEntry(EntryFields):
    """A statement on a norm: who said which words, with what stance."""

    speaker: Slug
    words: Text
    norms: Slugs
    stance: Slug
    role: Text | None = None
    stage: Slug | None = None
    date: Date | None = None


KINDS: dict[str, Kind] = {
    "actor": ActorEntry,
    "treaty": TreatyEntry,
    "treaty-action": TreatyActionEntry,
    "membership": MembershipEntry,
    "post": PostEntry,
    "election": ElectionEntry,
    "verdict": VerdictEntry,
    "institution": InstitutionEntry,
    "law": LawEntry,
    "event": EventEntry,
    "norm-stage-event": NormStageEventEntry,
    "statement": StatementEntry,
}
"""Every kind a curation file may use, by name."""
