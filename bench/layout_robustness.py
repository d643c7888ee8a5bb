"""Benchmark: which facts the loaders lose when only a report's layout changes.

Run: ``.venv/bin/python bench/layout_robustness.py [--only NAME ...] [--transform NAME ...]
[--seed N] [--lost] [--json FILE]``.
Builds the tune half's fixture reports as written, then once per layout transform
(bench/layout_perturbations.py: re-wrapped paragraphs, page furniture, CRLF, typography,
indentation, thousands separators, heading numbering, list labels; and
bench/layout_pdf_perturbations.py's PDF text: line-end hyphenation, a page break inside a
paragraph, footnote marks and notes) rewritten in that layout
with the same content, and scores each build against the same gold (its quotes' spans
mapped onto the perturbed text) with bench/extraction_quality.py's building and scoring.
Prints per transform and per class the recall and precision on the original and perturbed
texts and the facts lost (found on the original, missed on the perturbed), and the CPU
seconds each build took (extraction runs in this process unless NORMGRAPH_BUILD_WORKERS says
otherwise); ``--lost`` lists the lost facts with their quote. The test half is
sealed: naming one of its reports is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.extraction_quality import ReportResult, build_and_match, totals
from bench.layout_pdf_perturbations import NAMES, edits_for
from bench.layout_perturbations import as_read, perturb, rng_for
from bench.quality_gold import KINDS, GoldFact, ReportEntry, read_manifest, read_report
from bench.quality_score import Score


@dataclass
class Outcome:
    """One transform's build: its scores, the facts it lost and gained, its CPU seconds."""

    name: str
    results: list[ReportResult]
    cpu: float
    lost: list[tuple[str, GoldFact]] = field(default_factory=list)
    gained: list[tuple[str, GoldFact]] = field(default_factory=list)


def cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (a build's workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def perturbed_build(entries: list[ReportEntry], transform: str, seed: int) -> list[ReportResult]:
    """Build ``entries`` rewritten by ``transform``, scored against their gold, its spans
    mapped onto the rewritten text as a reader reading it in text mode has it."""
    readings: dict[str, tuple[str, list[GoldFact]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        moved = []
        for entry in entries:
            text, gold = read_report(entry)
            quotes = [span for fact in gold for span in fact.spans]
            rng = rng_for(transform, entry.name, seed)
            changed = perturb(text, edits_for(transform, text, rng, quotes))
            (Path(folder) / entry.text_path.name).write_bytes(changed.text.encode("utf-8"))
            read = as_read(changed)
            remapped = [
                GoldFact(g.kind, tuple(read.remap(changed.remap(s)) for s in g.spans), g.values)
                for g in gold
            ]
            readings[entry.name] = (read.text, remapped)
            moved.append(replace(entry, text_folder=Path(folder)))
        return build_and_match(moved, lambda entry: readings[entry.name])


def _missed(result: ReportResult, gold: list[GoldFact]) -> set[int]:
    """Positions (in gold order) of the report's gold facts nothing matched (a perturbed
    build's gold has other spans, the same values)."""
    return {i for i, g in enumerate(gold) if any(_same(g, m) for m in result.missed)}


def _same(one: GoldFact, other: GoldFact) -> bool:
    return one.kind == other.kind and one.values == other.values


def compare(
    name: str, before: list[ReportResult], after: list[ReportResult], cpu: float
) -> Outcome:
    """The facts ``after`` lost and gained against ``before``, report by report."""
    outcome = Outcome(name, after, cpu)
    for old, new in zip(before, after, strict=True):
        _, gold = read_report(old.entry)
        was, now = _missed(old, gold), _missed(new, gold)
        outcome.lost += [(old.entry.name, gold[i]) for i in sorted(now - was)]
        outcome.gained += [(old.entry.name, gold[i]) for i in sorted(was - now)]
    return outcome


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def print_outcome(outcome: Outcome, base: dict[str, Score]) -> None:
    """One transform's table: per class, recall and precision before and after, lost."""
    now = totals(outcome.results)
    lost = [fact.kind for _, fact in outcome.lost]
    gained = [fact.kind for _, fact in outcome.gained]
    print(f"\n{outcome.name} ({outcome.cpu:.1f} s CPU): lost {len(lost)}, gained {len(gained)}")
    print(f"{'class':<16}{'gold':>6}{'recall':>8}{'->':>6}{'prec.':>7}{'->':>6}{'lost':>6}")
    for kind in (*KINDS, "all"):
        old, new = base[kind], now[kind]
        if not (old.gold or old.graph or new.graph):
            continue
        count = len(lost) if kind == "all" else lost.count(kind)
        print(
            f"{kind:<16}{old.gold:>6}{_ratio(old.recall):>8}{_ratio(new.recall):>6}"
            f"{_ratio(old.precision):>7}{_ratio(new.precision):>6}{count:>6}"
        )


def print_lost(outcome: Outcome) -> None:
    """The lost facts with the start of their first quote in the original text."""
    for report, fact in outcome.lost:
        entry = next(r.entry for r in outcome.results if r.entry.name == report)
        text = (entry.gold_folder / entry.text_path.name).read_text(encoding="utf-8")
        quote = text[fact.spans[0].start : fact.spans[0].end] if fact.spans else ""
        print(f"  lost {fact.kind:<15}{report:<28}{quote.replace(chr(10), ' ')[:70]!r}")


def as_json(base: dict[str, Score], outcomes: list[Outcome], cpu: float) -> dict[str, object]:
    """Per transform and class the counts before and after, and the facts lost."""
    figures: dict[str, object] = {"original_cpu_seconds": round(cpu, 1)}
    for outcome in outcomes:
        now = totals(outcome.results)
        figures[outcome.name] = {
            "cpu_seconds": round(outcome.cpu, 1),
            "lost": len(outcome.lost),
            "gained": len(outcome.gained),
            "classes": {
                kind: {
                    "gold": base[kind].gold,
                    "found": [base[kind].found, now[kind].found],
                    "graph": [base[kind].graph, now[kind].graph],
                    "correct": [base[kind].correct, now[kind].correct],
                }
                for kind in (*KINDS, "all")
                if base[kind].gold or now[kind].graph
            },
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these tune reports")
    parser.add_argument("--transform", nargs="+", choices=list(NAMES), metavar="NAME")
    parser.add_argument("--seed", type=int, default=0, help="another deterministic variant")
    parser.add_argument("--lost", action="store_true", help="list the facts each one lost")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    os.environ.setdefault("NORMGRAPH_BUILD_WORKERS", "1")  # extraction in this process: its CPU
    entries = read_manifest()
    if args.only:
        known = {entry.name: entry.half for entry in entries}
        wrong = sorted(n for n in args.only if known.get(n) != "tune")
        if wrong:
            parser.error(f"not a tune report of the manifest: {', '.join(wrong)}")
    entries = [e for e in entries if e.half == "tune" and (not args.only or e.name in args.only)]
    start = cpu_seconds()
    before = build_and_match(entries)
    cpu = cpu_seconds() - start
    base = totals(before)
    print(f"layout robustness on {len(entries)} tune reports (original build {cpu:.1f} s CPU)")
    outcomes = []
    for name in args.transform or list(NAMES):
        start = cpu_seconds()
        after = perturbed_build(entries, name, args.seed)
        outcome = compare(name, before, after, cpu_seconds() - start)
        print_outcome(outcome, base)
        if args.lost:
            print_lost(outcome)
        outcomes.append(outcome)
    if args.json:
        figures = as_json(base, outcomes, cpu)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
