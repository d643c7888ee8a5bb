"""Incremental builds: unchanged files skipped, changed re-extracted, deleted removed;
duplicates and oversize files refused; a pooled build equals a serial one byte for byte."""

from __future__ import annotations

from pathlib import Path

from rdflib.compare import isomorphic

from normgraph.build import (
    REFERENCE_GRAPHS,
    add_files,
    build_corpus,
    load_reference_graphs,
    remove_documents,
)
from normgraph.build_state import BUILD_GRAPH, read_records
from normgraph.config import Settings
from normgraph.export import export_dataset
from normgraph.graph import open_store
from normgraph.namespaces import NG, RECURRENCE_GRAPH, document_graph
from tests.core.test_build import small_corpus
from tests.documents import ENEMO_2005

ARTICLE = "000_fc014c5b3f715ef5.txt"
SERIAL = Settings(build_workers=1)


def test_a_pooled_build_is_byte_identical_to_a_serial_one(corpus: Path, tmp_path: Path) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ARTICLE, ENEMO_2005)
    dumps = []
    for name, workers in (("serial", 1), ("pooled", 2)):
        with open_store(tmp_path / name) as store:
            outcomes = build_corpus(store, folder, settings=Settings(build_workers=workers))
            assert all(o.written and not o.unchanged for o in outcomes)
            dumps.append(export_dataset(store, "nquads"))
    assert dumps[0] == dumps[1]
    assert f"<{BUILD_GRAPH}>".encode() in dumps[0]


def test_a_rebuild_skips_unchanged_files_redoes_changed_and_drops_deleted(
    corpus: Path, tmp_path: Path
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ARTICLE, ENEMO_2005)
    with open_store(tmp_path / "store") as store:
        first = build_corpus(store, folder, settings=SERIAL, relink=False)
        enemo_graph = document_graph(Path(ENEMO_2005).stem)
        again = build_corpus(store, folder, settings=SERIAL)
        assert all(o.unchanged and o.written for o in again)
        assert RECURRENCE_GRAPH not in store.named_graphs()  # nothing moved: no relink
        assert [o.triples for o in again] == [o.triples for o in first]

        with (folder / ENEMO_2005).open("a", encoding="utf-8") as text:
            text.write("\n")
        changed = {o.file: o for o in build_corpus(store, folder, settings=SERIAL)}
        assert not changed[ENEMO_2005].unchanged and changed[ENEMO_2005].written
        assert changed[ARTICLE].unchanged
        enemo_triples = store.count_triples(enemo_graph)
        # The record keeps the count, so an unchanged file is not counted again.
        assert read_records(store)[Path(ENEMO_2005).stem].triples == enemo_triples

        (folder / ARTICLE).unlink()
        [kept] = build_corpus(store, folder, settings=SERIAL)
        assert kept.file == ENEMO_2005 and kept.unchanged
        assert document_graph(Path(ARTICLE).stem) not in store.named_graphs()
        assert set(read_records(store)) == {Path(ENEMO_2005).stem}
        assert store.count_triples(enemo_graph) == enemo_triples
        assert RECURRENCE_GRAPH in store.named_graphs()

        assert remove_documents(store, [ENEMO_2005, "never-loaded.txt"]) == ["never-loaded.txt"]
        assert enemo_graph not in store.named_graphs()
        assert read_records(store) == {}


def test_a_second_copy_of_a_report_is_refused_naming_the_first(
    corpus: Path, tmp_path: Path
) -> None:
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    text = (folder / ENEMO_2005).read_text(encoding="utf-8")
    copies = tmp_path / "copies"
    copies.mkdir()
    (copies / "copy.txt").write_text(text.replace("\n", "\r\n  "), encoding="utf-8")
    (copies / "longer.txt").write_text(text + "\n\nA closing paragraph.\n", encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        build_corpus(store, folder, settings=SERIAL)
        before = store.named_graphs()
        same_text, same_report = add_files(
            store, [copies / "copy.txt", copies / "longer.txt"], settings=SERIAL
        )
        assert not same_text.written and not same_report.written
        assert "same text as " + ENEMO_2005 in (same_text.error or "")
        assert "same report" in (same_report.error or "")
        assert ENEMO_2005 in (same_report.error or "")
        assert store.named_graphs() == before

    with open_store(tmp_path / "together") as store:  # the copy in the same written batch
        first, same_report = add_files(store, [folder / ENEMO_2005, copies / "longer.txt"])
        assert first.written and not same_report.written
        assert f"same report (same creator, genre, election and date) as {ENEMO_2005}" in (
            same_report.error or ""
        )
        assert document_graph("longer") not in store.named_graphs()


def _final_report(issued: str) -> str:
    """An invented ODIHR final report on a presidential election, issued on ``issued``."""
    return (
        "Office for Democratic Institutions and Human Rights\n\nREPUBLIC OF ICELAND\n\n"
        "PRESIDENTIAL ELECTION\n2 March 2031\n\n"
        "OSCE/ODIHR Election Observation Mission Final Report\n\n"
        f"Warsaw\n{issued}\n\nI. EXECUTIVE SUMMARY\n\nThe election was held in a calm "
        "manner and the Central Election Commission worked openly.\n\nII. RECOMMENDATIONS"
        "\n\n1. The Central Election Commission should publish results by polling station.\n"
    )


def test_a_report_minting_a_loaded_reports_iri_is_refused_naming_it(tmp_path: Path) -> None:
    """Two reports the IRIs cannot tell apart (here a second edition, issued two days later:
    another identity, the same creator, year, genre, state and election) would merge their
    facts into one report's: the second is refused, naming the first."""
    (tmp_path / "first.txt").write_text(_final_report("5 May 2031"), encoding="utf-8")
    (tmp_path / "second.txt").write_text(_final_report("7 May 2031"), encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        first, second = add_files(store, [tmp_path / "first.txt", tmp_path / "second.txt"])
        assert first.written and first.identity != second.identity
        assert not second.written and first.report == second.report
        assert f"report IRI <{first.report}> is already first.txt's" in (second.error or "")
        assert document_graph("second") not in store.named_graphs()
        # The same file changed is a new version of its own report, not a clash.
        (tmp_path / "first.txt").write_text(_final_report("6 May 2031"), encoding="utf-8")
        [again] = add_files(store, [tmp_path / "first.txt"])
        assert again.written and not again.unchanged


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 300_000)
    with open_store(tmp_path / "store") as store:
        [outcome] = add_files(store, [big], settings=Settings(max_file_mb=0.25))
        assert not outcome.written
        assert "over the 0.25 MB limit" in (outcome.error or "")
        assert "NORMGRAPH_MAX_FILE_MB" in (outcome.error or "")
        assert store.named_graphs() == []


def test_a_changed_report_is_replaced_as_a_fresh_build_writes_it(
    corpus: Path, tmp_path: Path
) -> None:
    """The changed report's old graph is taken out and the new one bulk-loaded: the store
    then holds exactly what a build of the changed folder from scratch writes."""
    folder = small_corpus(corpus, tmp_path / "corpus", ENEMO_2005)
    graph = document_graph(Path(ENEMO_2005).stem)
    with open_store(tmp_path / "store") as store:
        build_corpus(store, folder, settings=SERIAL, relink=False)
        old = store.read_graph(graph)
        text = (folder / ENEMO_2005).read_text(encoding="utf-8")
        # One paragraph fewer: a change that removes facts, not only adds them.
        shorter = text[: text.rindex("\n\n", 0, len(text) - 2)] + "\n"
        (folder / ENEMO_2005).write_text(shorter, encoding="utf-8")
        [changed] = build_corpus(store, folder, settings=SERIAL, relink=False)
        assert changed.written and not changed.unchanged
        replaced = store.read_graph(graph)
        record = read_records(store)[Path(ENEMO_2005).stem]
    with open_store(tmp_path / "fresh") as fresh:
        build_corpus(fresh, folder, settings=SERIAL, relink=False)
        assert isomorphic(replaced, fresh.read_graph(graph))
        assert read_records(fresh)[Path(ENEMO_2005).stem] == record
    assert not isomorphic(replaced, old)
    assert record.triples == len(replaced)


def test_the_reference_graphs_are_rewritten_only_when_their_sources_change(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "store") as store:
        assert load_reference_graphs(store)
        written = {graph: store.read_graph(graph) for graph in REFERENCE_GRAPHS}
        assert not load_reference_graphs(store)  # current: nothing parsed or written
        assert load_reference_graphs(store, force=True)
        store.drop_graph(REFERENCE_GRAPHS[1])  # gone from the store: written again
        assert load_reference_graphs(store)
        store.update(  # written by another pipeline (another key): written again
            f"DELETE WHERE {{ GRAPH <{BUILD_GRAPH}> {{ <{REFERENCE_GRAPHS[0]}> ?p ?key }} }} ;"
            f"INSERT DATA {{ GRAPH <{BUILD_GRAPH}> {{ <{REFERENCE_GRAPHS[0]}> "
            f"<{NG.sha256}> 'an older pipeline' }} }}"
        )
        assert load_reference_graphs(store)
        assert not load_reference_graphs(store)
        for graph, triples in written.items():
            assert isomorphic(store.read_graph(graph), triples)
            assert len(triples) > 0
