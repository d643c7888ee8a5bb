"""What the normgraph command prints and writes: wide answers stay readable, exports land
exactly where asked."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from normgraph.answer_text import Answer, parse_answer, render_answer
from normgraph.cli import app

runner = CliRunner()
WIDE_QUERY = "recurring-unaddressed"


@pytest.fixture(scope="module")
def store(corpus_store: Path) -> Path:
    """The session's corpus build: the commands below only read it."""
    return corpus_store


def _csv_rows(store: Path, query: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["query", query, "-f", "csv", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _words(text: str) -> str:
    return " ".join(text.split())


def test_an_answer_wider_than_the_terminal_prints_one_block_per_row(store: Path) -> None:
    rows = _csv_rows(store, WIDE_QUERY)
    assert rows, "the corpus has recurring issues"
    result = runner.invoke(app, ["query", WIDE_QUERY, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"{WIDE_QUERY}: {len(rows)} rows" in result.output
    assert result.output.count("\n[") == len(rows)
    # Whole values, not folded into narrow columns: every quote reads as one run of words.
    flowing = _words(result.output)
    for row in rows:
        assert f"quote: {_words(row['quote'])}" in flowing
    assert "┃" not in result.output


def test_columns_option_prints_the_chosen_columns_as_a_table(store: Path) -> None:
    rows = _csv_rows(store, WIDE_QUERY)
    result = runner.invoke(
        app, ["query", WIDE_QUERY, "--columns", "electionDate,issue", "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "electionDate" in line)
    assert "┃" in header and header.index("electionDate") < header.index("issue")
    assert "quote" not in result.output
    issues = {row["issue"].replace("https://w3id.org/normgraph/id/", "id:") for row in rows}
    assert all(issue in result.output for issue in issues)


def test_an_unknown_column_is_refused_naming_the_columns_there_are(store: Path) -> None:
    result = runner.invoke(
        app, ["query", "documents", "--columns", "report,nope", "--store", str(store)]
    )
    assert result.exit_code == 2
    assert "no column 'nope'" in result.output and "report" in result.output


def test_a_table_that_fits_the_terminal_stays_a_table() -> None:
    answer = Answer(["state", "code"], [["id:state/tl", "TL"]])
    assert isinstance(render_answer(Console(width=80), "states", answer), Table)
    assert not isinstance(render_answer(Console(width=12), "states", answer), Table)


def test_iris_are_shown_as_prefixed_names_and_ask_answers_as_true_or_false() -> None:
    body = (
        b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", '
        b'"value": "https://w3id.org/normgraph/vocab/topic/media"}}]}}'
    )
    assert parse_answer(body).rows == [["vocab:topic/media"]]
    assert parse_answer(b'{"head": {}, "boolean": true}').rows == [["true"]]


def test_export_writes_exactly_the_path_given_creating_its_folder(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "-o", "out/dumps/graph.nq", "--store", str(store)])
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "dumps" / "graph.nq"
    assert [p.name for p in (tmp_path / "out" / "dumps").iterdir()] == ["graph.nq"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    lines = written.read_bytes().splitlines()
    assert lines and lines == sorted(lines)
    plain = tmp_path / "plain"
    plain.write_bytes(b"")  # a file made the ordinary way, under the same umask
    assert stat.S_IMODE(written.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_export_to_a_folder_is_refused_with_a_file_name_to_use(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path), "--store", str(store)])
    assert result.exit_code == 2
    assert "is a folder" in result.output and "dump.nq" in result.output
