"""Gold readings of the invented fixture reports: what a careful reader marks, and where.

Each ``tests/fixtures/reports/NAME.txt`` has a hand-written ``NAME.gold.toml``; the
manifest says which half (tune or test) each report belongs to. Every gold fact carries a
short quote that occurs exactly once in its report, so its position is known without
trusting any loader; ``locate`` finds it and says clearly what is wrong when it cannot.

The corpus reports (``../shared/corpus``) have gold readings too, in
``tests/fixtures/corpus/``: corpus text may not be copied into the project, so their facts
carry character offsets (``at = [[start, end], ...]``) instead of quotes, and
recommendations no ``text`` (``bench/corpus_gold.py`` makes such a file from a reading
written with quotes, kept outside the project).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "reports"
MANIFEST = FIXTURES / "manifest.toml"
CORPUS_GOLD = FIXTURES.parent / "corpus"
"""Gold readings of the corpus reports (offsets only), with their own manifest."""

KINDS = (
    "document",
    "election",
    "programme",
    "recommendation",
    "finding",
    "complaint",
    "assessment",
    "law",
    "treaty_action",
    "result",
    "actor",
    "activity",
    "event",
    "statement",
)
"""The classes a reader marks, in the order the bench prints them (``election`` comes from
each document's ``elections`` list, not from a table of its own)."""

DOCUMENT_LEVEL = frozenset({"document", "election", "programme"})
"""Classes matched on their values alone: a quote is optional."""
HALVES = ("tune", "test")
CORPUS_HALF = "corpus"
"""The corpus reports' own group: the loaders were written on them, so like the tune half
they estimate nothing about unseen reports; their figures are the corpus target's."""
FAMILIES = ("final-report", "statement", "programme-report", "scholarship")
SPLITS = ("eighth", "seventeenth")
"""The writing waves of the test half (``split`` in the manifest): each was written at once by
someone who changes no loader, so the bench reports each wave's figures apart as well."""
QUOTED_FIELDS = ("quote", "also", "at")
"""Fields that place a fact: quotes that must occur verbatim (and once) in the report, or
(corpus gold) ``at``, the offsets of its passages."""


class GoldError(ValueError):
    """A gold file or the manifest is inconsistent with its report."""


@dataclass(frozen=True)
class Span:
    """Half-open character offsets into a report's text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class GoldFact:
    """One marked fact: its class, where it is said, and the values a reader noted."""

    kind: str
    spans: tuple[Span, ...]
    values: Mapping[str, object] = field(default_factory=dict)

    def value(self, name: str) -> object:
        """A noted value, or None when the reader noted none."""
        return self.values.get(name)


@dataclass(frozen=True)
class ReportEntry:
    """One fixture report as the manifest lists it."""

    name: str
    half: str
    family: str
    state: str
    layout: str
    unmarked: tuple[str, ...] = ()
    """Classes the reader did not mark in this report (corpus gold may be partial): the
    graph's facts of these classes are left out of its scores."""
    sample: Span | None = None
    """The part of the report its reader marked, when not the whole (corpus gold may mark a
    sample): graph facts evidenced only outside it are left out of its scores."""
    text_folder: Path = FIXTURES
    gold_folder: Path = FIXTURES
    split: str | None = None
    """The test half's writing wave (one of ``SPLITS``); None for any other report."""

    @property
    def text_path(self) -> Path:
        return self.text_folder / f"{self.name}.txt"

    @property
    def gold_path(self) -> Path:
        return self.gold_folder / f"{self.name}.gold.toml"


def read_corpus_manifest(corpus: Path) -> list[ReportEntry]:
    """The corpus reports that have a gold reading; their texts are read from ``corpus``."""
    entries = read_manifest(CORPUS_GOLD / "manifest.toml", halves=(CORPUS_HALF,))
    return [replace(e, text_folder=corpus, gold_folder=CORPUS_GOLD) for e in entries]


def read_manifest(path: Path = MANIFEST, halves: tuple[str, ...] = HALVES) -> list[ReportEntry]:
    """The fixture reports in manifest order; a GoldError names any malformed entry."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for name, row in data.get("report", {}).items():
        missing = [key for key in ("half", "family", "state", "layout") if key not in row]
        if missing:
            raise GoldError(f"{path.name}: report {name} lacks {', '.join(missing)}")
        if row["half"] not in halves:
            raise GoldError(f"{path.name}: report {name} has half {row['half']!r}")
        if row["family"] not in FAMILIES:
            raise GoldError(f"{path.name}: report {name} has family {row['family']!r}")
        unmarked = tuple(row.get("unmarked", ()))
        if not set(unmarked) <= set(KINDS):
            raise GoldError(f"{path.name}: report {name} has unknown unmarked classes")
        split = row.get("split")
        if (split is None) != (row["half"] != "test") or split not in (None, *SPLITS):
            raise GoldError(f"{path.name}: report {name} has split {split!r} (test reports only)")
        sample = row.get("sample")
        if sample is not None and not (
            isinstance(sample, list) and len(sample) == 2 and sample[0] < sample[1]
        ):
            raise GoldError(f"{path.name}: report {name} has a sample that is not [start, end]")
        entries.append(
            ReportEntry(
                name,
                row["half"],
                row["family"],
                row["state"],
                row["layout"],
                unmarked,
                Span(*sample) if sample else None,
                split=split,
            )
        )
    return entries


def locate(text: str, quote: str, where: str) -> Span:
    """The one position of ``quote`` in ``text``; a GoldError if absent or repeated."""
    start = text.find(quote)
    if start < 0:
        raise GoldError(f"{where}: quote not in report: {quote!r}")
    if text.find(quote, start + 1) >= 0:
        raise GoldError(f"{where}: quote occurs more than once: {quote!r}")
    return Span(start, start + len(quote))


def squash(text: str) -> str:
    """Whitespace collapsed and line-end hyphenation joined, to compare passages."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)).strip()


def quotes_of(row: Mapping[str, object], where: str) -> list[str]:
    """A gold row's quotes: its ``quote`` and then its ``also`` list (checked to be quotes)."""
    quote = row.get("quote")
    also = row.get("also", [])
    if not isinstance(also, list) or not all(isinstance(q, str) for q in also):
        raise GoldError(f"{where}: 'also' must be a list of quotes")
    quotes = ([quote] if isinstance(quote, str) else []) + list(also)
    return quotes


def _offsets(row: Mapping[str, object], text: str, where: str) -> list[Span]:
    """The spans a corpus gold fact gives as ``at = [[start, end], ...]``."""
    at = row.get("at", [])
    if not isinstance(at, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(i, int) for i in pair)
        for pair in at
    ):
        raise GoldError(f"{where}: 'at' must be a list of [start, end] offsets")
    spans = [Span(start, end) for start, end in at]
    if any(not 0 <= span.start < span.end <= len(text) for span in spans):
        raise GoldError(f"{where}: an offset in 'at' lies outside the report")
    return spans


def _fact(kind: str, row: Mapping[str, object], text: str, where: str) -> GoldFact:
    quotes = quotes_of(row, where)
    spans = tuple([locate(text, quote, where) for quote in quotes] + _offsets(row, text, where))
    if not spans and kind not in DOCUMENT_LEVEL:
        raise GoldError(f"{where}: a {kind} needs a quote")
    values = {key: value for key, value in row.items() if key not in QUOTED_FIELDS}
    passage = row.get("text")
    if isinstance(passage, str) and squash(passage) not in squash(text):
        raise GoldError(f"{where}: text is not the report's wording: {passage[:60]!r}...")
    return GoldFact(kind, spans, values)


def read_gold(path: Path, text: str) -> list[GoldFact]:
    """Every fact of one gold file, quotes located in ``text`` (the report's contents)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = sorted(set(data) - set(KINDS))
    if unknown:
        raise GoldError(f"{path.name}: unknown fact classes {', '.join(unknown)}")
    facts: list[GoldFact] = []
    for kind in KINDS:
        for index, row in enumerate(data.get(kind, []), start=1):
            where = f"{path.name} {kind} #{index}"
            facts.append(_fact(kind, row, text, where))
            if kind == "document":
                for number, election in enumerate(row.get("elections", []), start=1):
                    facts.append(_fact("election", election, text, f"{where} election #{number}"))
    return facts


def read_report(entry: ReportEntry) -> tuple[str, list[GoldFact]]:
    """A fixture report's text and its gold facts."""
    if not entry.text_path.is_file():
        raise GoldError(f"manifest lists {entry.name} but {entry.text_path.name} is missing")
    if not entry.gold_path.is_file():
        raise GoldError(f"manifest lists {entry.name} but {entry.gold_path.name} is missing")
    text = entry.text_path.read_text(encoding="utf-8")
    return text, read_gold(entry.gold_path, text)
