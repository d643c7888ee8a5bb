"""The normgraph command, driven as a user would: build, info, export, query, validate."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from normgraph.cli import app
from tests.documents import ENEMO_2005, ODIHR_2011, REPORTS_IN_CORPUS

runner = CliRunner()


@pytest.fixture(scope="module")
def store(corpus_store: Path) -> Path:
    """The session's corpus build: the commands below only read it."""
    return corpus_store


def test_build_writes_the_store_and_saves_the_report(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(corpus / ENEMO_2005, folder / ENEMO_2005)
    path, report = tmp_path / "store", tmp_path / "report.json"
    result = runner.invoke(
        app, ["build", "--corpus", str(folder), "--store", str(path), "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    assert "Build summary" in result.output and "preliminary-statement" in result.output
    saved = json.loads(report.read_text())
    assert [(entry["file"], entry["written"]) for entry in saved] == [(ENEMO_2005, True)]
    info = runner.invoke(app, ["info", "--store", str(path)])
    assert Path(ENEMO_2005).stem in info.output
    again = runner.invoke(
        app, ["build", "--corpus", str(folder), "--store", str(path), "--report", str(report)]
    )
    assert again.exit_code == 0, again.output
    assert "1 unchanged report(s) kept" in again.output
    assert "Build summary" not in again.output  # no table of files it did not read


def test_build_with_a_broken_file_exits_non_zero_and_saves_the_report(
    corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(corpus / ENEMO_2005, folder / ENEMO_2005)
    (folder / "zz_empty.txt").write_text("")
    report = tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["build", "--corpus", str(folder), "--store", str(tmp_path / "s"), "--report", str(report)],
    )
    assert result.exit_code == 1
    assert "zz_empty.txt: not loaded" in result.output and "empty" in result.output
    entries = {e["file"]: e for e in json.loads(report.read_text())}
    assert entries[ENEMO_2005]["written"] and not entries["zz_empty.txt"]["written"]


def test_build_of_a_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", "--corpus", str(tmp_path / "nope"), "--store", str(tmp_path / "s")]
    )
    assert result.exit_code == 1
    assert "corpus folder not found" in result.output


def test_info_counts_graphs_and_classes(store: Path) -> None:
    result = runner.invoke(app, ["info", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "doc/002_78719f45d59fee38" in result.output
    assert "ontology#Report" in result.output


@pytest.mark.parametrize(
    ("fmt", "parse_as"), [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
)
def test_export_writes_a_dataset_rdflib_can_read(
    store: Path, tmp_path: Path, fmt: str, parse_as: str
) -> None:
    out = tmp_path / f"dump.{fmt}"
    result = runner.invoke(
        app, ["export", "--format", fmt, "--output", str(out), "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(out, format=parse_as)
    names = {str(g.identifier) for g in dataset.graphs()}
    assert "https://w3id.org/normgraph/graph/doc/004_80bdc416520160a0" in names


def test_export_turtle_is_the_union_graph(store: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "turtle", "--store", str(store)])
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(graph) > 100


def test_query_list_shows_the_catalogue(store: Path) -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    assert "documents" in result.output and "evidence" in result.output


def test_query_runs_a_saved_query_as_csv_and_json(store: Path) -> None:
    result = runner.invoke(app, ["query", "documents", "--format", "csv", "--store", str(store)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("report,label,genre") and len(lines) == 1 + REPORTS_IN_CORPUS
    result = runner.invoke(
        app,
        [
            "query",
            "facts-by-class",
            "-p",
            f"file={ODIHR_2011}",
            "-f",
            "json",
            "--store",
            str(store),
        ],
    )
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert rows and {row["file"]["value"] for row in rows} == {ODIHR_2011}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "nope"], "no saved query 'nope'"),
        (["query", "evidence"], "'resource' is required"),
        (["query", "evidence", "-p", "resource=not an iri"], "not an absolute"),
        (["query", "evidence", "-p", "resource"], "name=value"),
    ],
)
def test_query_errors_are_clear_and_exit_2(store: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code == 2
    assert message in result.output


def test_validate_reports_conformance(store: Path, corpus: Path) -> None:
    result = runner.invoke(app, ["validate", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.count(": conforms") == len(list(corpus.iterdir()))


def test_the_installed_entry_point_runs() -> None:
    exe = Path(sys.executable).parent / "normgraph"
    done = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    for command in ("build", "validate", "serve", "query", "export", "info"):
        assert command in done.stdout
