"""How the linker scores invented re-statements and near-misses (recall18's probe).

The pairs are ``tests/cases/restatement_pairs.toml``, scored as ``bench/remedy_probe.py``
scores its own: every text indexed as one state's recommendations, each its own report, a
pair linked when its best pair of ask units scores at least the build's threshold. Prints,
per half, the re-statements linked (recall) and the near-misses linked (false merges);
``--list`` prints every pair's score.

    .venv/bin/python bench/restatement_probe.py [--list]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.remedy_probe import scores
from normgraph.grouping import THRESHOLD

CASES = Path(__file__).resolve().parent.parent / "tests" / "cases" / "restatement_pairs.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--list", action="store_true", help="every pair's score")
    args = parser.parse_args()
    pairs = tomllib.loads(CASES.read_text(encoding="utf-8"))["pair"]
    found = scores(pairs)
    for half in dict.fromkeys(p["half"] for p in pairs):
        for kind, what in (("same", "re-statements linked"), ("near", "near-misses linked")):
            chosen = [
                s
                for p, s in zip(pairs, found, strict=True)
                if p["half"] == half and p["kind"] == kind
            ]
            print(f"{half}: {what}: {sum(s >= THRESHOLD for s in chosen)} of {len(chosen)}")
    if args.list:
        for pair, score in zip(pairs, found, strict=True):
            if not pair["half"].startswith("tune"):
                continue  # the held-out half is measured, never read pair by pair
            mark = "LINKED" if score >= THRESHOLD else "apart"
            print(f"{pair['kind']} {score:.3f} {mark}\n   {pair['first']}\n   {pair['second']}")


if __name__ == "__main__":
    main()
