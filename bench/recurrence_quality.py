"""Pair precision and recall of recurrence grouping, and the accuracy of stated statuses.

Reads ``bench/recurrence_pairs.json`` (corpus recommendations located by a verbatim quote, never by
IRI, and by a second pair of quotes, ``continues``, when footnotes at a page break cut one in two,
each labelled with the asks it makes) and the invented follow-up reports it lists under
``tests/fixtures/recurrence/`` (paraphrased re-statements, new asks, near-misses, and statements on
earlier recommendations with the status they state and the recommendation they are about). Two
recommendations of different reports belong together exactly when they share an ask.

The *test* half is the pairs and statements of the *sealed* reports (``sealed``: the session whose
engineer wrote them without changing the linker) of the waves in :data:`SEALED_WAVES`: every pair
of recommendations of different reports of which at least one is sealed, and the sealed reports'
statements. Those reports are never opened while tuning. A wave retired from :data:`SEALED_WAVES`
is tune from then on and still printed alone ("retired sealed wave"). The *tune* half is everything
else, what thresholds are chosen on. Until the thirteenth session the halves were the asks'
families split by a stable hash of the family name; that test half was printed by every pass for
seven sessions and is now tune, still printed alone ("retired test half") so that its figures stay
comparable. The build's method (:class:`normgraph.grouping.Grouping`) runs once over all
recommendations; pairs are scored per half over every pair of its recommendations from different
reports, so every false merge counts. Test figures are the ones to quote.

Reports written after the split was first used carry ``added_in`` (the pass that wrote them): their
test-half items, if any, were seen by whoever wrote them, so the test half is also scored on the
items without ``added_in`` alone ("old test items"). The reports of the newest ``added_in`` are
also scored alone over both halves: written and labelled before the linker first ran on them, their
first run is the unseen measure of that pass's method.

    .venv/bin/python bench/recurrence_quality.py [--corpus ../shared/corpus] [--sweep]
"""

from __future__ import annotations

import argparse
import json
import os
import zlib
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from normgraph.grouping import THRESHOLD, Group, Grouping, Item
from normgraph.loaders.extract.verdict_clause import known_verdict, statement_verdict
from normgraph.recurrence import INFERENCE_THRESHOLD
from normgraph.recurrence_statements import resolve

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "recurrence_pairs.json"
FIXTURES = HERE.parent / "tests" / "fixtures" / "recurrence"
DEFAULT_CORPUS = Path(os.environ.get("NORMGRAPH_CORPUS", HERE.parent.parent / "shared" / "corpus"))
HALVES = ("tune", "test")
ALL = "all"
RETIRED = "retired"
"""The hash-split test half used until the thirteenth session (now tuned on)."""
SEALED_WAVES = frozenset({"eighteenth"})
"""The sealed waves that are the test half; a report sealed in another session is of a retired
wave (tune, printed alone): the thirteenth to the seventeenth sessions' so far."""


@dataclass(frozen=True)
class Statement:
    """A report's statement on an earlier recommendation, with its labels."""

    item: Item
    status: str
    refers_to: frozenset[str]
    old: bool = True
    """Written before ``added_in`` reports existed."""
    added_in: str = ""
    sealed: bool = False
    """Of a sealed report: a test statement."""


def hashed_half(ask: str) -> str:
    """The half an ask belonged to until the thirteenth session: its family's stable hash."""
    return HALVES[zlib.crc32(ask.split("/")[0].encode()) % 2]


def counts(ask: str, which: str) -> bool:
    """A shared ask makes a pair the same issue in the half ``which``: any ask, except in the
    retired test half, which counted its own families' asks only."""
    return which != RETIRED or hashed_half(ask) == "test"


def pair_within(which: str, sealed: int) -> bool:
    """A pair with ``sealed`` (0, 1 or 2) items of sealed reports is of the half ``which``."""
    if which == ALL:
        return True
    return sealed > 0 if which == "test" else sealed == 0


def statement_within(statement: Statement, asks: dict[str, frozenset[str]], which: str) -> bool:
    """The statement is scored in the half ``which``."""
    if which == ALL:
        return True
    if which == "test":
        return statement.sealed
    if statement.sealed:
        return False
    return which == "tune" or any(counts(a, which) for r in statement.refers_to for a in asks[r])


def locate(text: str, start: str, end: str | None) -> str:
    """The recommendation's text: from its opening quote to its closing quote, or the line."""
    begin = text.index(start)
    if end is None:
        stop = text.find("\n", begin)
        return text[begin : stop if stop >= 0 else len(text)]
    finish = text.index(end, begin) + len(end)
    return text[begin:finish]


def load(
    corpus: Path,
) -> tuple[
    list[Item], dict[str, frozenset[str]], list[Statement], dict[str, str], dict[str, set[str]]
]:
    """Items, each item's asks, the labelled statements, the pass that wrote each item
    written after the split was first used (``added_in``), by key, and the sealed reports'
    documents by the session that sealed them."""
    spec: dict[str, Any] = json.loads(PAIRS.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    items, asks, statements = [], {}, []
    added: dict[str, str] = {}
    sealed: dict[str, set[str]] = {}
    for entry in spec["items"]:
        if entry["file"] not in texts:
            texts[entry["file"]] = (corpus / entry["file"]).read_text(encoding="utf-8")
        text = locate(texts[entry["file"]], entry["start"], entry.get("end"))
        if "continues" in entry:  # a recommendation broken by a page's footnotes
            text += " " + locate(texts[entry["file"]], *entry["continues"])
        items.append(
            Item(
                key=entry["id"],
                text=" ".join(text.split()),
                document=entry["file"],
                organisation=entry["organisation"],
                election=entry["election"],
                date=entry["election"],
                country=entry["country"],
            )
        )
        asks[entry["id"]] = frozenset(entry["asks"])
    for name in spec["fixtures"]:
        report: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
        common = {
            "document": report["document"],
            "organisation": report["organisation"],
            "election": report["election"],
            "date": report["election"],
            "country": report["country"],
        }
        new = "added_in" in report
        if report.get("sealed"):
            sealed.setdefault(report["sealed"], set()).add(report["document"])
        for entry in report["recommendations"]:
            items.append(Item(key=entry["id"], text=entry["text"], **common))
            asks[entry["id"]] = frozenset(entry["asks"])
            if new:
                added[entry["id"]] = report["added_in"]
        for n, entry in enumerate(report["statements"], start=1):
            key = f"{report['document']}/statement/{n}"
            statements.append(
                Statement(
                    Item(key=key, text=entry["text"], **common),
                    entry["status"],
                    frozenset(entry["refers_to"]),
                    old=not new,
                    added_in=report.get("added_in", ""),
                    sealed=report.get("sealed") in SEALED_WAVES,
                )
            )
    return items, asks, statements, added, sealed


@dataclass
class Score:
    """Pair counts over one half: pairs that are the same issue or not (near misses share an
    ask's family), and grouped pairs that are right (tp) or a false merge (fp)."""

    same: int = 0
    different: int = 0
    near_misses: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.same if self.same else 1.0


def evaluate(
    items: list[Item],
    asks: dict[str, frozenset[str]],
    groups: list[Group],
    which: str,
    sealed: frozenset[str] = frozenset(),
) -> tuple[Score, list[str]]:
    """Pair scores over one half: every pair of its items from different reports."""
    together: set[frozenset[str]] = set()
    for g in groups:
        for x, y in combinations({i.key for i in g.items}, 2):
            together.add(frozenset((x, y)))
    mine = [i for i in items if any(counts(a, which) for a in asks[i.key])]
    score, errors = Score(), []
    for a, b in combinations(mine, 2):
        if a.document == b.document:
            continue
        if not pair_within(which, (a.document in sealed) + (b.document in sealed)):
            continue
        shared = asks[a.key] & asks[b.key]
        same = any(counts(s, which) for s in shared)
        grouped = frozenset((a.key, b.key)) in together
        families = {x.split("/")[0] for x in asks[a.key] if counts(x, which)}
        near = not same and bool(families & {x.split("/")[0] for x in asks[b.key]})
        score.same += same
        score.different += not same
        score.near_misses += near
        score.tp += same and grouped
        score.fp += grouped and not same
        if same != grouped:
            kind = "missed" if same else "false merge"
            errors.append(f"{kind}: {a.key} ~ {b.key}")
    return score, errors


Stated = tuple[int, int, int, int, list[str]]


def statuses(
    grouping: Grouping, statements: list[Statement], asks: dict[str, frozenset[str]], which: str
) -> Stated:
    """(statements, resolved to the right one, right target and status as the build reads it
    (:func:`statement_verdict`), the same with :func:`known_verdict` (not the build's), errors)."""
    total = resolved = right = right_known = 0
    errors = []
    for statement in statements:
        if not statement_within(statement, asks, which):
            continue
        total += 1
        found = resolve(grouping, statement.item)
        status = statement_verdict(statement.item.text)
        target = found[0].key if found else None
        ok_target = target in statement.refers_to
        resolved += ok_target
        right += ok_target and status == statement.status
        right_known += ok_target and known_verdict(statement.item.text) == statement.status
        if not (ok_target and status == statement.status):
            errors.append(
                f"{statement.item.key}: resolved to {target} (want {sorted(statement.refers_to)}),"
                f" status {status} (want {statement.status})"
            )
    return total, resolved, right, right_known, errors


def steady(
    items: list[Item], statements: list[Statement], asks: dict[str, frozenset[str]]
) -> list[tuple[int, int, int]]:
    """Per half, how many statements resolve to the same recommendation (or to none) with
    every state's recommendations indexed as with their own state's alone (resolution
    should not move with the collection's growth elsewhere), of how many, and how many
    resolve to the right one with their own state's alone."""
    everyone = Grouping()
    everyone.add(items)
    alone: dict[str, Grouping] = {}
    counts = []
    for which in HALVES:
        alike = total = right = 0
        for statement in statements:
            if not statement_within(statement, asks, which):
                continue
            country = statement.item.country
            if country not in alone:
                alone[country] = Grouping()
                alone[country].add([i for i in items if i.country == country])
            found = [resolve(g, statement.item) for g in (everyone, alone[country])]
            keys = [f[0].key if f else None for f in found]
            total += 1
            alike += keys[0] == keys[1]
            right += keys[1] in statement.refers_to
        counts.append((alike, total, right))
    return counts


def report(label: str, score: Score, stated: Stated) -> None:
    total, resolved, right, right_known, _ = stated
    print(
        f"{label}: {score.same} same pairs, {score.different} different pairs "
        f"({score.near_misses} near-misses of one family); "
        f"precision {score.precision:.2f} ({score.tp} of {score.tp + score.fp}), "
        f"recall {score.recall:.2f} ({score.tp} of {score.same}); "
        f"stated statuses {right / total if total else 1.0:.2f} ({right} of {total}; "
        f"resolved to the right recommendation: {resolved}; with the extraction reader, then "
        f"the grammar alone (known_verdict, not the build's): {right_known})"
    )


def retired_wave(
    wave: str,
    documents: set[str],
    items: list[Item],
    asks: dict[str, frozenset[str]],
    groups: list[Group],
    grouping: Grouping,
    statements: list[Statement],
    sealed: frozenset[str],
) -> None:
    """Print a retired sealed wave alone: the pairs with one of its items at least (none of a
    sealed report's) and its statements, so its figures stay comparable with its test days."""
    unsealed = [i for i in items if i.document not in sealed]
    score, _ = evaluate(unsealed, asks, groups, "test", frozenset(documents))
    theirs = [s for s in statements if s.item.document in documents]
    label = f"retired sealed wave {wave!r} ({len(documents)} reports; test until retired, now tune)"
    report(label, score, statuses(grouping, theirs, asks, ALL))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sweep", action="store_true", help="threshold sweep (tune half only)")
    parser.add_argument("--errors", action="store_true", help="the tune half's wrong pairs")
    args = parser.parse_args()
    items, asks, statements, added, waves = load(args.corpus)
    sealed = frozenset(d for wave in SEALED_WAVES for d in waves.get(wave, ()))
    reports = len({i.document for i in items})
    print(f"{len(items)} recommendations of {reports} reports, {len(statements)} statements")
    tested = [i for i in items if i.document in sealed]
    print(
        f"  sealed (test) reports: {len(sealed)}, {len(tested)} recommendations, "
        f"{sum(s.sealed for s in statements)} statements"
    )
    if args.sweep:
        print("TUNE half, threshold sweep: threshold precision recall")
        for threshold in (0.55, 0.50, 0.45, 0.40, 0.35, 0.30, 0.25, 0.22, THRESHOLD):
            grouping = Grouping(threshold)
            grouping.add(items)
            found = grouping.groups()
            score, _ = evaluate(items, asks, found, "tune", sealed)
            print(f"  {threshold:.2f}  {score.precision:.2f}  {score.recall:.2f}")
        print("TUNE half, least group confidence for inferred statuses: confidence precision pairs")
        for least in (0.30, 0.35, 0.40, 0.45, 0.50):
            chosen = [g for g in found if g.score >= least]
            sure, _ = evaluate(items, asks, chosen, "tune", sealed)
            print(f"  {least:.2f}  {sure.precision:.2f}  {sure.tp + sure.fp}")
    grouping = Grouping()
    grouping.add(items)
    groups = grouping.groups()
    print(f"at the build's threshold {THRESHOLD}: {len(groups)} groups")
    for which in HALVES:
        if which == "test" and not sealed:
            print("TEST: no sealed reports yet")
            continue
        score, errors = evaluate(items, asks, groups, which, sealed)
        stated = statuses(grouping, statements, asks, which)
        label = "TEST (unseen while tuning)" if which == "test" else "tune (thresholds chosen here)"
        report(label, score, stated)
        confident = [g for g in groups if g.score >= INFERENCE_THRESHOLD]
        sure, _ = evaluate(items, asks, confident, which, sealed)
        print(
            f"{which.upper() if which == 'test' else which} groups confident enough to infer "
            f"statuses (>= {INFERENCE_THRESHOLD}): "
            f"{len(confident)}, pair precision {sure.precision:.2f} "
            f"({sure.tp} of {sure.tp + sure.fp})"
        )
        if args.errors and which == "tune":
            for line in errors + stated[4]:
                print("   ", line)
    alone = steady(items, statements, asks)
    print(
        "statements resolved as with their own state's reports alone indexed "
        "(other states shift the term weights): "
        + ", ".join(
            f"{which} {alike} of {total} ({right} right with their own state's alone)"
            for which, (alike, total, right) in zip(HALVES, alone, strict=True)
        )
    )
    # The hash split's half as it was: without any sealed wave's reports, retired or not.
    ever_sealed = frozenset(d for documents in waves.values() for d in documents)
    score, _ = evaluate(items, asks, groups, RETIRED, ever_sealed)
    label = "retired test half (the hash split's, test until the twelfth session; now tune)"
    before = [s for s in statements if s.item.document not in ever_sealed]
    report(label, score, statuses(grouping, before, asks, RETIRED))
    for wave, documents in sorted(waves.items()):
        if wave not in SEALED_WAVES:
            retired_wave(wave, documents, items, asks, groups, grouping, statements, sealed)
    if added:
        newest = list(added.values())[-1]
        mine = [i for i in items if added.get(i.key) == newest]
        score, _ = evaluate(mine, asks, groups, ALL)
        theirs = [s for s in statements if s.added_in == newest]
        label = f"reports added in {newest!r} (both halves; first seen by whoever wrote them)"
        report(label, score, statuses(grouping, theirs, asks, ALL))


if __name__ == "__main__":
    main()
