"""What the normgraph command prints and writes: wide answers stay readable on a terminal,
nothing is padded in a pipe, exports and build reports land where they belong."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from normgraph.answer_text import Answer, parse_answer, render_answer
from normgraph.cli import app
from tests.documents import ENEMO_2005

runner = CliRunner()
WIDE_QUERY = "recurring-unaddressed"
NORMGRAPH = Path(sys.executable).parent / "normgraph"
_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _piped(*args: str) -> str:
    """What the installed command writes into a pipe."""
    done = subprocess.run([str(NORMGRAPH), *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _on_terminal(*args: str, columns: int = 100) -> list[str]:
    """The lines the installed command shows on a terminal ``columns`` wide (a pseudo-
    terminal), colours stripped."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": str(columns), "TERM": "xterm"}
    with subprocess.Popen([str(NORMGRAPH), *args], stdout=follower, env=env) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closes when the command exits
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait() == 0
    os.close(leader)
    text = _ESCAPE.sub("", b"".join(chunks).decode("utf-8"))
    return text.replace("\r\n", "\n").splitlines()


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


def test_a_wide_answer_on_a_terminal_is_laid_out_in_records_at_its_width(store: Path) -> None:
    rows = _csv_rows(store, WIDE_QUERY)
    lines = _on_terminal("query", WIDE_QUERY, "--store", str(store), columns=100)
    assert f"{WIDE_QUERY}: {len(rows)} rows" in lines
    assert sum(line.startswith("[") for line in lines) == len(rows)
    assert max(len(line) for line in lines) <= 100
    assert any(line.strip().startswith("quote:") for line in lines)


def test_chosen_columns_on_a_terminal_are_a_table(store: Path) -> None:
    lines = _on_terminal("query", WIDE_QUERY, "-c", "electionDate,issue", "--store", str(store))
    header = next(line for line in lines if "electionDate" in line)
    assert "┃" in header and header.index("electionDate") < header.index("issue")


def test_nothing_written_into_a_pipe_is_padded(store: Path) -> None:
    rows = _csv_rows(store, WIDE_QUERY)
    records = _piped("query", WIDE_QUERY, "--store", str(store))
    table = _piped("query", "documents", "-c", "report,genre", "--store", str(store))
    counts = _piped("info", "--store", str(store))
    for output in (records, table, counts):
        lines = output.splitlines()
        assert lines and all(line == line.rstrip() for line in lines)
    assert "┃" in table and "┃" in counts
    # Each value whole on its line, as a pipe to grep wants it.
    shown = records.splitlines()
    for row in rows:
        first, *_ = row["quote"].splitlines()
        assert any(line.strip() == f"quote: {first}".strip() for line in shown)


def test_a_build_keeps_its_report_beside_the_store_not_where_it_was_run(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    shutil.copy(corpus / ENEMO_2005, folder / ENEMO_2005)
    monkeypatch.chdir(elsewhere)
    store = tmp_path / "graphs" / "store"
    result = runner.invoke(app, ["build", "--corpus", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.output
    beside = tmp_path / "graphs" / "store.build-report.json"
    assert f"savedto{beside}" in "".join(result.output.split())  # the path may wrap
    assert [entry["file"] for entry in json.loads(beside.read_text())] == [ENEMO_2005]
    assert list(elsewhere.iterdir()) == []
    removed = runner.invoke(app, ["remove", ENEMO_2005, "--store", str(store)])
    assert removed.exit_code == 0, removed.output
    assert json.loads(beside.read_text()) == []
