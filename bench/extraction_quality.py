"""Benchmark: how much of what a careful reader marks the loaders put in the graph.

Run: ``.venv/bin/python bench/extraction_quality.py [--misses] [--wrong] [--json FILE]
[--only NAME ...]``.
Builds the invented fixture reports (tests/fixtures/reports, listed in manifest.toml)
through the real pipeline into a temporary embedded store, matches each document's graph
against its gold reading (bench/quality_match.py, bench/quality_score.py) and prints
per-class precision and recall for the tune half, the test half (and one all-classes line
per writing wave of it, the manifest's ``split``) and overall, then the
reports that failed to load. ``--misses`` lists the gold facts of the *tune* half that
nothing matched, ``--wrong`` the graph facts no gold fact matches (what lowers precision);
the test half's are never shown. ``--only`` builds the named reports.
``--corpus [DIR]`` measures the corpus reports instead (default ``../shared/corpus``),
against their offset-only gold readings in tests/fixtures/corpus (``--misses`` and
``--wrong`` list theirs).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Graph

from bench.quality_gold import (
    CORPUS_HALF,
    DOCUMENT_LEVEL,
    HALVES,
    KINDS,
    SPLITS,
    GoldFact,
    ReportEntry,
    read_corpus_manifest,
    read_manifest,
    read_report,
)
from bench.quality_match import GraphFact, graph_facts
from bench.quality_score import Score, misfiled, misses, score, text_agreement, wrong
from normgraph.build import DocumentOutcome, build_corpus
from normgraph.graph import open_store
from normgraph.namespaces import REFERENCE_GRAPH, document_graph


class ReportResult:
    """One fixture report after the build: its outcome, scores and unmatched gold facts."""

    def __init__(self, entry: ReportEntry, outcome: DocumentOutcome | None) -> None:
        self.entry = entry
        self.outcome = outcome
        self.scores: dict[str, Score] = {}
        self.missed: list[GoldFact] = []
        self.wrong: list[GraphFact] = []
        self.texts = (0, 0)
        self.misfiled: list[str] = []
        self.filed = 0


def build_and_match(
    entries: list[ReportEntry],
    read: Callable[[ReportEntry], tuple[str, list[GoldFact]]] = read_report,
) -> list[ReportResult]:
    """Build every fixture report into a fresh store and score each against its gold
    (``read`` gives a report's text and gold: bench/layout_robustness.py's are perturbed)."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "reports"
        corpus.mkdir()
        for entry in entries:
            shutil.copyfile(entry.text_path, corpus / entry.text_path.name)
        with open_store(Path(folder) / "store") as store:
            outcomes = {outcome.file: outcome for outcome in build_corpus(store, corpus)}
            context = store.read_graph(REFERENCE_GRAPH)
            for entry in entries:
                _, gold = read(entry)
                result = ReportResult(entry, outcomes.get(entry.text_path.name))
                graph = Graph()
                if result.outcome is not None and result.outcome.written:
                    graph = store.read_graph(document_graph(result.outcome.document_id))
                facts = [f for f in graph_facts(graph, context) if marked(entry, f)]
                result.scores = score(gold, facts)
                result.missed = misses(gold, facts)
                result.wrong = wrong(gold, facts)
                result.texts = text_agreement(gold, facts)
                result.misfiled = misfiled(facts, states_of(entry, gold))
                result.filed = sum(f.kind in ("actor", "law", "election") for f in facts)
                results.append(result)
    return results


def marked(entry: ReportEntry, fact: GraphFact) -> bool:
    """Whether the reader's marks cover ``fact``: its class was marked, and it is evidenced
    inside the marked sample (or anywhere, when the whole report was read)."""
    if fact.kind in entry.unmarked:
        return False
    sample = entry.sample
    if sample is None or fact.kind in DOCUMENT_LEVEL or not fact.spans:
        return True
    return any(span.overlaps(sample) for span in fact.spans)


def states_of(entry: ReportEntry, gold: list[GoldFact]) -> set[str]:
    """The states a report is about: the manifest's, and those of its marked elections."""
    return {entry.state} | {str(g.value("state")) for g in gold if g.kind == "election"}


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def totals(results: list[ReportResult]) -> dict[str, Score]:
    """Per-class counts summed over ``results``, plus an 'all' row."""
    summed = {kind: Score() for kind in (*KINDS, "all")}
    for result in results:
        for kind, counts in result.scores.items():
            summed[kind].add(counts)
            summed["all"].add(counts)
    return summed


def print_table(title: str, results: list[ReportResult]) -> None:
    """One half's (or the whole set's) per-class table."""
    print(f"\n{title} ({len(results)} reports: {', '.join(r.entry.name for r in results)})")
    print(f"{'class':<16}{'gold':>6}{'found':>7}{'recall':>8}{'graph':>7}{'right':>7}{'prec.':>7}")
    for kind, counts in totals(results).items():
        if counts.gold or counts.graph:
            print(
                f"{kind:<16}{counts.gold:>6}{counts.found:>7}{_ratio(counts.recall):>8}"
                f"{counts.graph:>7}{counts.correct:>7}{_ratio(counts.precision):>7}"
            )
    matched = sum(r.texts[0] for r in results)
    exact = sum(r.texts[1] for r in results)
    print(f"recommendation full text exact: {exact} of {matched} matched recommendations")
    wrong = sum(len(r.misfiled) for r in results)
    filed = sum(r.filed for r in results)
    print(f"actors, laws and elections filed under another state: {wrong} of {filed}")


def split_summaries(results: list[ReportResult]) -> list[str]:
    """One line per writing wave of the test half (its ``split``), all classes together, so
    a fresh wave's figures are not hidden in those of a wave that may have been read."""
    lines = []
    for split in SPLITS:
        chosen = [r for r in results if r.entry.split == split]
        if chosen:
            counts = totals(chosen)["all"]
            lines.append(
                f"test split {split:<6} ({len(chosen)} reports): recall {_ratio(counts.recall)}"
                f" ({counts.found} of {counts.gold}), precision {_ratio(counts.precision)}"
                f" ({counts.correct} of {counts.graph})"
            )
    return lines


def print_failures(results: list[ReportResult]) -> None:
    """Reports that did not load (or loaded nothing), with the build's reason."""
    failed = [r for r in results if r.outcome is None or not r.outcome.written]
    print(f"\nreports that failed to load: {len(failed)}")
    for result in failed:
        reason = result.outcome.error if result.outcome is not None else "not built"
        print(f"  {result.entry.name} ({result.entry.half}): {reason}")


def print_misses(results: list[ReportResult]) -> None:
    """Unmatched gold facts of the tune half (and the corpus), with their first quote."""
    for result in results:
        if result.entry.half == "test" or not (result.missed or result.misfiled):
            continue
        print(f"\nmissed in {result.entry.name}:")
        text = result.entry.text_path.read_text(encoding="utf-8")
        for gold in result.missed:
            quote = text[gold.spans[0].start : gold.spans[0].end] if gold.spans else ""
            keys = {k: v for k, v in gold.values.items() if k not in ("text", "elections")}
            print(f"  {gold.kind:<15}{json.dumps(keys, ensure_ascii=False)[:90]}")
            if quote:
                print(f"  {'':<15}{quote.replace(chr(10), ' ')[:90]!r}")
        for iri in result.misfiled:
            print(f"  {'misfiled':<15}{iri}")


def print_wrong(results: list[ReportResult]) -> None:
    """Graph facts of the tune half (and the corpus) that no gold fact matches, with the
    start of their evidence."""
    for result in results:
        if result.entry.half == "test" or not result.wrong:
            continue
        print(f"\nnot marked in {result.entry.name}:")
        text = result.entry.text_path.read_text(encoding="utf-8")
        for fact in result.wrong:
            quote = text[fact.spans[0].start : fact.spans[0].end] if fact.spans else ""
            print(f"  {fact.kind:<15}{fact.iri.rsplit('/id/', 1)[-1][:90]}")
            if quote:
                print(f"  {'':<15}{quote.replace(chr(10), ' ')[:90]!r}")


def as_json(results: list[ReportResult]) -> dict[str, object]:
    """The figures per half, for keeping beside the printed table."""
    figures: dict[str, object] = {"date": datetime.now(UTC).isoformat(timespec="seconds")}
    for half in (*HALVES, CORPUS_HALF, "all"):
        chosen = [r for r in results if half in ("all", r.entry.half)]
        figures[half] = {
            kind: {"gold": c.gold, "found": c.found, "graph": c.graph, "correct": c.correct}
            for kind, c in totals(chosen).items()
        }
    for split in SPLITS:
        counts = totals([r for r in results if r.entry.split == split])["all"]
        figures[f"test-{split}"] = {
            "gold": counts.gold,
            "found": counts.found,
            "graph": counts.graph,
            "correct": counts.correct,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the tune half's misses")
    parser.add_argument(
        "--wrong", action="store_true", help="list the tune half's facts no gold fact matches"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="build only these reports")
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="?",
        const=Path("../shared/corpus"),
        metavar="DIR",
        help="measure the corpus reports in DIR (default ../shared/corpus) instead",
    )
    args = parser.parse_args()
    entries = read_corpus_manifest(args.corpus) if args.corpus else read_manifest()
    if args.only:
        unknown = sorted(set(args.only) - {entry.name for entry in entries})
        if unknown:
            parser.error(f"not in the manifest: {', '.join(unknown)}")
        entries = [entry for entry in entries if entry.name in args.only]
    results = build_and_match(entries)
    print(f"extraction quality on the fixture reports, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    for half in (*HALVES, CORPUS_HALF):
        chosen = [r for r in results if r.entry.half == half]
        if chosen:
            print_table(f"{half.upper()} half", chosen)
        if half == "test":
            print("\n".join(split_summaries(chosen)))
    print_table("OVERALL", results)
    print_failures(results)
    if args.misses:
        print_misses(results)
    if args.wrong:
        print_wrong(results)
    if args.json:
        args.json.write_text(json.dumps(as_json(results), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
