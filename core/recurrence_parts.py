"""The recurrence graph's blocks saved beside the store a part to a file, so a relink
rewrites only the parts it changed.

One file of every block (670,000 triples at 1,000 reports) cost about 2 s of CPU to save
on every added report, whatever the report changed. The blocks now go to a folder: a file
per part (:attr:`Blocks.parts`: an issue's state, which is also its findings' and its
statements' state), named by a digest of the code key and the part's keys and signatures
(equal signatures mean equal triples, so a name is its content), and ``manifest.json.gz``
listing the parts with the code key and the report versions. A part whose blocks are the
very ones read or saved last keeps its file. The manifest is removed before the store is
written (:func:`normgraph.recurrence_delta.write`) and written last, so a crash leaves no
manifest (the graph is read back), never one naming another graph's parts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .recurrence_blocks import Blocks, from_json, to_json
from .recurrence_files import load_json, save_json

MANIFEST = "manifest.json.gz"
_SUFFIX = ".json.gz"


def load(folder: Path, code: str) -> Blocks | None:
    """The blocks saved in ``folder`` by this code (``code``), or None: none, another
    code's, or a file that does not read (a cache: the graph is read back instead)."""
    data = load_json(folder / MANIFEST)
    if not isinstance(data, dict) or data.get("code") != code:
        return None
    blocks = Blocks()
    try:
        for part, name in data["parts"].items():
            saved = load_json(folder / str(name))
            if not isinstance(saved, dict):
                return None
            one = from_json(saved)
            blocks.signatures.update(one.signatures)
            blocks.triples.update(one.triples)
            blocks.parts.update(dict.fromkeys(one.triples, str(part)))
            blocks.files[str(part)] = str(name)
        blocks.versions = {str(r): str(v) for r, v in data["versions"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return blocks


def save(folder: Path, blocks: Blocks, last: Blocks | None, code: str) -> None:
    """Save ``blocks`` in ``folder``: the parts that differ from ``last`` (the blocks read
    or saved there before) to new files, then the manifest, then the files no longer named
    removed. A failure leaves no manifest (nothing is read back from the folder)."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return
    members = _members(blocks)
    before = _members(last) if last is not None else {}
    files: dict[str, str] = {}
    for part, keys in members.items():
        name = last.files.get(part) if last is not None else None
        if name and (folder / name).exists() and _same(keys, before.get(part), blocks, last):
            files[part] = name
            continue
        name = _name(code, part, keys, blocks)
        own = Blocks(
            signatures={key: blocks.signatures[key] for key in keys},
            triples={key: blocks.triples[key] for key in keys},
        )
        if not save_json(folder / name, to_json(own)):
            return
        files[part] = name
    manifest = {"code": code, "versions": blocks.versions, "parts": files}
    if not save_json(folder / MANIFEST, manifest):
        return
    blocks.files = files
    listed = set(files.values())
    for path in folder.glob("*" + _SUFFIX):
        if path.name != MANIFEST and path.name not in listed:
            path.unlink(missing_ok=True)


def _members(blocks: Blocks) -> dict[str, list[str]]:
    """Each part's block keys (a key with no part told is the rules' part, "")."""
    members: dict[str, list[str]] = {}
    for key in blocks.triples:
        members.setdefault(blocks.parts.get(key, ""), []).append(key)
    return members


def _same(keys: list[str], before: list[str] | None, blocks: Blocks, last: Blocks | None) -> bool:
    """Whether a part holds the same blocks as last time: the same keys, each with the very
    triples kept from then (a block reused, not rendered again) and the same signature."""
    if last is None or before is None or len(keys) != len(before) or set(keys) != set(before):
        return False
    return all(
        blocks.triples[key] is last.triples.get(key)
        and blocks.signatures[key] == last.signatures.get(key)
        for key in keys
    )


def _name(code: str, part: str, keys: list[str], blocks: Blocks) -> str:
    """A part's file name: a digest of the code and its blocks' keys and signatures."""
    digest = hashlib.blake2b(digest_size=16)
    for text in (code, part, *(f"{key}\x1f{blocks.signatures[key]}" for key in sorted(keys))):
        digest.update(text.encode() + b"\x1e")
    return digest.hexdigest() + _SUFFIX
