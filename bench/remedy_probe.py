"""How the linker scores invented near-misses and re-statements (a probe of remedies).

The pairs are ``tests/cases/remedy_near_misses.toml``.

A near-miss shares a subject with its partner and asks for another change: it must stay
apart. A re-statement asks for the same change in other words: it must be linked. Every text
of the probe is indexed as one state's recommendations, each its own report (so the term
weights are those of a state of about 120 asks), and a pair counts as linked when its best
pair of ask units scores at least the build's threshold. Prints, per half, the near-misses
linked (false merges) and the re-statements linked; ``--list`` prints every pair's score.

    .venv/bin/python bench/remedy_probe.py [--list]
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from normgraph.grouping import THRESHOLD, Grouping, Item

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "remedy_near_misses.toml"


def scores(pairs: list[dict[str, str]]) -> list[float]:
    """The best unit-pair score of each pair, with the probe indexed as one state."""
    items = [
        Item(f"p{n}/{side}", pair[side], f"doc-p{n}-{side}", country="probe")
        for n, pair in enumerate(pairs)
        for side in ("first", "second")
    ]
    grouping = Grouping()
    grouping.add(items)
    by_key: dict[str, list[int]] = {}
    for index, unit in enumerate(grouping.units):
        by_key.setdefault(unit.item.key, []).append(index)
    return [
        max(
            grouping.score(grouping.units[i], grouping.units[j]).score
            for i in by_key[f"p{n}/first"]
            for j in by_key[f"p{n}/second"]
        )
        for n in range(len(pairs))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="every pair's score")
    args = parser.parse_args()
    pairs = tomllib.loads(CASES.read_text(encoding="utf-8"))["pair"]
    found = scores(pairs)
    for half in dict.fromkeys(p["half"] for p in pairs):
        for kind in ("near", "same"):
            chosen = [
                s
                for p, s in zip(pairs, found, strict=True)
                if p["half"] == half and p["kind"] == kind
            ]
            linked = sum(s >= THRESHOLD for s in chosen)
            what = "near-misses linked (false)" if kind == "near" else "re-statements linked"
            print(f"{half}: {what}: {linked} of {len(chosen)}")
    if args.list:
        for pair, score in zip(pairs, found, strict=True):
            mark = "LINKED" if score >= THRESHOLD else "apart"
            print(f"{pair['half']} {pair['kind']} {score:.3f} {mark}")
            print(f"   {pair['first']}\n   {pair['second']}")


if __name__ == "__main__":
    main()
