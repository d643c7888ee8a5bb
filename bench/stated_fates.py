"""How the build's status reader (``verdict_clause.statement_verdict``) and all the clause
grammar's readings (``known_verdict``) read invented statements of the fate of an earlier
recommendation in wordings no earlier case table holds (``tests/cases/unseen_fates.toml``).

The table's ``tune`` half was read while the readers were written; its ``held`` half was
written at the same time and measured before and after, never tuned on. Per half and reader:
statements read right, statuses given and how many of them right, and how many of the
statements that state no fate were given one.

    .venv/bin/python bench/stated_fates.py [TABLE]

TABLE is another case table of the same form (``tests/cases/later_fates.toml``, status20's:
the clause shapes the sixteenth session's sealed wave showed missing).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from normgraph.loaders.extract.verdict_clause import known_verdict, statement_verdict

TABLE = Path(__file__).resolve().parent.parent / "tests" / "cases" / "unseen_fates.toml"
READERS: dict[str, Callable[[str], str | None]] = {
    "build (statement_verdict)": statement_verdict,
    "all readings (known_verdict)": known_verdict,
}


def figures(cases: list[dict[str, str]], read: Callable[[str], str | None]) -> str:
    """One reader's figures on some cases."""
    got = [(read(case["sentence"]), case.get("verdict")) for case in cases]
    right = sum(status == wanted for status, wanted in got)
    given = [(status, wanted) for status, wanted in got if status is not None]
    given_right = sum(status == wanted for status, wanted in given)
    silent = [status for status, wanted in got if wanted is None]
    misread = sum(status is not None for status in silent)
    return (
        f"{right} of {len(got)} right; statuses given {len(given)}, {given_right} right;"
        f" {misread} of {len(silent)} stating no fate given one"
    )


def main() -> None:
    with (Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE).open("rb") as file:
        cases = tomllib.load(file)["case"]
    for half in ("tune", "held"):
        chosen = [case for case in cases if case["half"] == half]
        for name, read in READERS.items():
            print(f"{half:5} {name:29} {figures(chosen, read)}")


if __name__ == "__main__":
    main()
