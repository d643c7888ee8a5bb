"""Time recurrence grouping on synthetic recommendations, and adding one report to it.

Generates ``--recommendations`` recommendations (default 100,000) spread over
``--states`` states and ``--reports`` reports per state; a share of them re-state an
earlier report's ask in other words (shuffled object, another modal, another verb of the
same remedy), the rest are new asks drawn from a synthetic vocabulary. Prints the time to
group everything with :class:`normgraph.grouping.Grouping` (the build's method) and the
time to add one more report to the built index: adding a report must cost its own
candidates, not a regrouping of the world. The index is also saved and read back as the
build keeps it between links (:mod:`normgraph.recurrence_index`), and the report added to
the read-back index. Target: 100,000 in <= 5 minutes on 2 cores.

    .venv/bin/python bench/recurrence_scale.py [--recommendations 100000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from normgraph.grouping import Grouping, Item
from normgraph.recurrence_index import load, save

VERBS = (
    ("publish", "make public", "post online"),
    ("abolish", "repeal", "remove"),
    ("restrict", "limit", "prohibit"),
    ("introduce", "establish", "create"),
    ("investigate", "prosecute", "pursue"),
    ("train", "educate", "inform"),
)
SUBJECTS = ("The authorities", "Parliament", "The election administration", "The courts")
MODALS = ("should", "must", "could consider to")


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Pronounceable synthetic words, so no real text is needed."""
    syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "pel", "dru", "sin", "gor", "ul", "bek"]
    words = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return sorted(words)


def ask(rng: random.Random, words: list[str]) -> tuple[int, list[str]]:
    """A new ask: a remedy class and an object of five words."""
    return rng.randrange(len(VERBS)), rng.sample(words, 5)


def phrase(rng: random.Random, remedy: int, object_words: list[str]) -> str:
    """One wording of an ask."""
    shuffled = object_words[:]
    rng.shuffle(shuffled)
    verb = rng.choice(VERBS[remedy])
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {verb} the {' '.join(shuffled[:3])} "
        f"of the {' '.join(shuffled[3:])}."
    )


def generate(
    total: int, states: int, reports: int, recurring: float, seed: int = 7
) -> list[list[Item]]:
    """Reports of items, in date order within each state."""
    rng = random.Random(seed)
    words = vocabulary(rng, 6000)
    per_report = max(1, total // (states * reports))
    documents: list[list[Item]] = []
    for state in range(states):
        earlier: list[tuple[int, list[str]]] = []
        for number in range(reports):
            document = f"report/{state}/{number}"
            date = f"{2000 + number}-06-01"
            items = []
            for n in range(per_report):
                if earlier and rng.random() < recurring:
                    remedy, object_words = rng.choice(earlier)
                else:
                    remedy, object_words = ask(rng, words)
                    earlier.append((remedy, object_words))
                items.append(
                    Item(
                        key=f"{document}/{n}",
                        text=phrase(rng, remedy, object_words),
                        document=document,
                        election=f"election/{state}/{number}",
                        date=date,
                        country=f"state-{state}",
                    )
                )
            documents.append(items)
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--recommendations", type=int, default=100_000)
    parser.add_argument("--states", type=int, default=57)
    parser.add_argument("--reports", type=int, default=25)
    parser.add_argument("--recurring", type=float, default=0.3)
    args = parser.parse_args()
    documents = generate(args.recommendations, args.states, args.reports, args.recurring)
    *built, last = documents
    items = [item for document in built for item in document]
    grouping = Grouping()
    start, cpu = time.perf_counter(), time.process_time()
    grouping.add(items)
    groups = grouping.groups()
    grouped, grouped_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"{len(items):,} recommendations ({len(grouping.units):,} ask units): grouped in "
        f"{grouped:.1f} s ({grouped_cpu:.1f} s of CPU; the rest is waiting on a shared "
        f"machine) into {len(groups):,} recurring issues"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.recurrence-index.json.gz"
        start, cpu = time.perf_counter(), time.process_time()
        save(grouping, path)
        saved, saved_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        kept = load(path)
        loaded, loaded_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"index saved in {saved:.1f} s ({saved_cpu:.1f} s of CPU; "
            f"{path.stat().st_size / 1e6:.1f} MB), read back in {loaded:.1f} s "
            f"({loaded_cpu:.1f} s of CPU)"
        )
    for label, index in (("the built index", grouping), ("the read-back index", kept)):
        start, cpu = time.perf_counter(), time.process_time()
        index.add(last)
        added, added_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"one more report of {len(last)} recommendations added to {label} in "
            f"{added:.3f} s ({added_cpu:.3f} s of CPU)"
        )


if __name__ == "__main__":
    main()
