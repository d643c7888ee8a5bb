"""The remedy vocabulary of ``ontology/paraphrases.toml`` as :mod:`normgraph.asks` reads it:
remedy classes and vehicles, the sets of classes that name one change, and the head noun of
each paraphrase. Kept apart from the reading of asks so that a malformed table fails with a
message naming it, and so that its checks are tested on small tables of their own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable

from .textsim import PARAPHRASES_FILE, terms

__all__ = ["read_heads", "read_one_change", "read_remedies"]


def read_remedies(text: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The remedy classes and the vehicles of ``ontology/paraphrases.toml`` (its
    ``[remedies]`` and ``[vehicles]`` tables): each stem lower-case, three letters at least
    (a stem is looked up by its opening). A malformed entry is an error naming it."""
    table = tomllib.loads(text)
    remedies, vehicles = table.get("remedies"), table.get("vehicles", {}).get("stems")
    if not isinstance(remedies, dict) or not remedies:
        raise ValueError(f"{PARAPHRASES_FILE}: a [remedies] table of classes is needed")
    for name, stems in [*remedies.items(), ("vehicles", vehicles)]:
        if not isinstance(stems, list) or not stems:
            raise ValueError(f"{PARAPHRASES_FILE}: {name} needs a list of stems")
        for stem in stems:
            if not (isinstance(stem, str) and re.fullmatch(r"[a-z]{3}[a-z ]*", stem)):
                raise ValueError(f"{PARAPHRASES_FILE}: {name}: {stem!r} is no lower-case stem")
    return {name: tuple(stems) for name, stems in remedies.items()}, tuple(vehicles)


def read_one_change(text: str, classes: Iterable[str]) -> tuple[frozenset[str], ...]:
    """The ``[one_change]`` sets of remedy classes of ``ontology/paraphrases.toml``."""
    sets = tomllib.loads(text).get("one_change", {}).get("classes", [])
    known = set(classes)
    for same in sets:
        if not (isinstance(same, list) and len(same) > 1 and set(same) <= known):
            raise ValueError(f"{PARAPHRASES_FILE}: one_change: {same!r} names no known classes")
    return tuple(frozenset(same) for same in sets)


def read_heads(text: str) -> dict[str, str]:
    """The head noun of each paraphrase that names a kind of a thing (``head`` of a
    ``[[phrase]]``: "supporting signatures" is *supportsignature*, a kind of signature),
    as a term: an object that says only "signatures" still shares the head."""
    heads = {}
    for entry in tomllib.loads(text).get("phrase", []):
        if "head" not in entry:
            continue
        found = terms(str(entry["head"]))
        if len(found) != 1:
            raise ValueError(f"{PARAPHRASES_FILE}: head {entry['head']!r} is not one term")
        heads[entry["term"]] = found[0]
    return heads
