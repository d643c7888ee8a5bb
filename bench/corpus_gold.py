"""Gold readings of the corpus reports without their words: quotes turned into offsets.

The corpus may not be copied into the project, yet a gold reading is written and checked
by quoting. So a reader writes ``NAME.gold.toml`` with quotes, as for the fixture reports
(docs/quality.md), *outside* the project, and this tool writes the project's copy with each
fact's quotes replaced by their character offsets (``at``) and recommendations' ``text``
left out; ``show`` prints a corpus gold file's facts with their passages again, to review
or extend it.

Run: ``.venv/bin/python bench/corpus_gold.py offsets READING.toml CORPUS/NAME.txt``
(writes ``tests/fixtures/corpus/NAME.gold.toml``) or
``.venv/bin/python bench/corpus_gold.py show CORPUS/NAME.txt``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.quality_gold import CORPUS_GOLD, KINDS, GoldError, locate, quotes_of, read_gold

WORDED_FIELDS = ("quote", "also", "text")
"""Fields holding the report's own words: never written into the project's copy."""


def _value(value: object) -> str:
    """A TOML rendering of the simple values gold files hold."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    raise GoldError(f"cannot write {value!r} to a gold file")


def offsets(reading: Path, report: Path) -> str:
    """The project's copy of ``reading``: every quote located in ``report`` as offsets."""
    text = report.read_text(encoding="utf-8")
    data = tomllib.loads(reading.read_text(encoding="utf-8"))
    lines = [
        f"# Careful reading of the corpus report {report.name}, as character offsets into it",
        "# (the corpus is not copied here). Made by bench/corpus_gold.py; see docs/quality.md.",
    ]
    for kind in KINDS:
        for index, row in enumerate(data.get(kind, []), start=1):
            where = f"{reading.name} {kind} #{index}"
            spans = [locate(text, quote, where) for quote in quotes_of(row, where)]
            lines += ["", f"[[{kind}]]"]
            lines += [f"{k} = {_value(v)}" for k, v in row.items() if k not in WORDED_FIELDS]
            if spans:
                lines.append(f"at = {_value([[s.start, s.end] for s in spans])}")
    return "\n".join(lines) + "\n"


def show(report: Path) -> None:
    """Each fact of a corpus gold file, with the passages its offsets point at."""
    text = report.read_text(encoding="utf-8")
    for fact in read_gold(CORPUS_GOLD / f"{report.stem}.gold.toml", text):
        values = {k: v for k, v in fact.values.items() if k != "elections"}
        print(f"{fact.kind:<15}{json.dumps(values, ensure_ascii=False)[:100]}")
        for span in fact.spans:
            print(f"{'':<15}{text[span.start : span.end]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("offsets", help="write the project's copy of a quoted reading")
    made.add_argument("reading", type=Path, help="the reading with quotes (outside the project)")
    made.add_argument("report", type=Path, help="the corpus report it reads")
    shown = commands.add_parser("show", help="print a corpus gold file's facts and passages")
    shown.add_argument("report", type=Path, help="the corpus report")
    args = parser.parse_args()
    try:
        if args.command == "offsets":
            out = CORPUS_GOLD / f"{args.report.stem}.gold.toml"
            out.write_text(offsets(args.reading, args.report), encoding="utf-8")
            print(f"wrote {out}")
        else:
            show(args.report)
    except (GoldError, OSError, tomllib.TOMLDecodeError) as error:
        parser.exit(1, f"corpus_gold: {error}\n")


if __name__ == "__main__":
    main()
