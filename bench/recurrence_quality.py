"""Precision and recall of recommendation grouping on hand-checked pairs.

Reads ``bench/recurrence_pairs.json``: recommendations located in the corpus by a short
verbatim quote (never by IRI, so the benchmark survives loader changes), and pairs that
must or must not end up in one recurring issue. Runs the same grouping the build runs
(:func:`normgraph.grouping.group`) and prints precision and recall over the labelled pairs,
then the threshold sweep and the groups found.

    .venv/bin/python bench/recurrence_quality.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from normgraph.grouping import THRESHOLD, Group, Item, group

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "recurrence_pairs.json"
DEFAULT_CORPUS = Path(os.environ.get("NORMGRAPH_CORPUS", HERE.parent.parent / "shared" / "corpus"))


def locate(text: str, start: str, end: str | None) -> str:
    """The recommendation's text: from its opening quote to its closing quote, or the line."""
    begin = text.index(start)
    if end is None:
        stop = text.find("\n", begin)
        return text[begin : stop if stop >= 0 else len(text)]
    finish = text.index(end, begin) + len(end)
    return text[begin:finish]


def load_items(corpus: Path, spec: dict[str, Any]) -> list[Item]:
    texts: dict[str, str] = {}
    items = []
    for entry in spec["items"]:
        if entry["file"] not in texts:
            texts[entry["file"]] = (corpus / entry["file"]).read_text(encoding="utf-8")
        items.append(
            Item(
                key=entry["id"],
                text=" ".join(
                    locate(texts[entry["file"]], entry["start"], entry.get("end")).split()
                ),
                document=entry["file"],
                organisation=entry["organisation"],
                election=entry["election"],
                date=entry["election"],
                topics=frozenset(entry.get("topics", [])),
            )
        )
    return items


def evaluate(groups: list[Group], spec: dict[str, Any]) -> tuple[float, float, int, int, int]:
    """(precision, recall, true positives, false positives, false negatives) over the pairs."""
    where = {item.key: n for n, g in enumerate(groups) for item in g.items}

    def together(a: str, b: str) -> bool:
        return a in where and where.get(a) == where.get(b)

    tp = sum(together(a, b) for a, b, _ in spec["same"])
    fn = len(spec["same"]) - tp
    fp = sum(together(a, b) for a, b, _ in spec["different"])
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / len(spec["same"]) if spec["same"] else 1.0
    return precision, recall, tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    spec = json.loads(PAIRS.read_text(encoding="utf-8"))
    items = load_items(args.corpus, spec)
    pairs = len(spec["same"]) + len(spec["different"])
    print(
        f"{len(items)} recommendations, {pairs} labelled pairs "
        f"({len(spec['same'])} same, {len(spec['different'])} different)"
    )
    print("threshold  precision  recall  tp  fp  fn  groups")
    for threshold in (0.20, 0.25, 0.30, 0.33, 0.35, 0.37, 0.40, 0.45):
        groups = group(items, threshold)
        precision, recall, tp, fp, fn = evaluate(groups, spec)
        mark = "  <- used" if abs(threshold - THRESHOLD) < 1e-9 else ""
        print(
            f"{threshold:9.2f}  {precision:9.2f}  {recall:6.2f}  {tp:2d}  {fp:2d}  {fn:2d}  "
            f"{len(groups):6d}{mark}"
        )
    groups = group(items)
    precision, recall, *_ = evaluate(groups, spec)
    print(f"\nat the build's threshold {THRESHOLD}: precision {precision:.2f}, recall {recall:.2f}")
    for g in groups:
        print(" -", ", ".join(f"{m.item.key} ({m.pair.score:.2f})" for m in g.members if m.pair))


if __name__ == "__main__":
    main()
