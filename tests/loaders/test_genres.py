"""Genre detection reads content, not file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.loaders.text.genres import Genre, UnknownGenreError, detect_genre, genre_scores
from tests.documents import (
    ENEMO_2005,
    HOFFMANN_THESIS,
    ISAACS_ARTICLE,
    NDI_PROGRAMME,
    ODIHR_2011,
)
from tests.loaders.genre_head_files import HEADS, expected_genre


@pytest.mark.parametrize(
    ("file_name", "genre"),
    [
        (ODIHR_2011, Genre.FINAL_REPORT),
        (ENEMO_2005, Genre.PRELIMINARY_STATEMENT),
        (NDI_PROGRAMME, Genre.PROGRAMME_REPORT),
        (ISAACS_ARTICLE, Genre.JOURNAL_ARTICLE),
        (HOFFMANN_THESIS, Genre.THESIS),
    ],
)
def test_each_corpus_document_gets_its_genre(corpus: Path, file_name: str, genre: Genre) -> None:
    assert detect_genre((corpus / file_name).read_text(encoding="utf-8")) is genre


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (
            "Office for Democratic Institutions and Human Rights\n\nREPUBLIC OF MOLDOVA\n"
            "PARLIAMENTARY ELECTIONS\n5 April 2009\n\n"
            "OSCE/ODIHR Election Observation Mission Final Report\n\nWarsaw\n16 June 2009\n",
            Genre.FINAL_REPORT,
        ),
        (
            "Statement of Preliminary Findings and Conclusions\n\nThe observers noted that "
            "election day was calm.\n",
            Genre.PRELIMINARY_STATEMENT,
        ),
        (
            "The Institute conducted a civic education program in the country under "
            "Cooperative Agreement No. 1 with USAID.\n",
            Genre.PROGRAMME_REPORT,
        ),
        (
            "# Observers and their critics\n\n*A. Author*\n\n**Key Words:** elections\n\n"
            "This article argues that observers matter.<sup>1</sup>\n",
            Genre.JOURNAL_ARTICLE,
        ),
        (
            "Some University\n\nMaster's Programme in Democracy\n\nA Title\n\nAuthor: A. Person\n"
            "Supervisor: B. Person\n\nThis thesis explores the topic.\n",
            Genre.THESIS,
        ),
    ],
)
def test_genres_are_recognised_in_other_reports_of_the_kind(text: str, genre: Genre) -> None:
    assert detect_genre(text) is genre


@pytest.mark.parametrize("text", ["", "a shopping list: eggs, milk, bread", "lorem ipsum " * 500])
def test_text_of_no_genre_gets_an_error_naming_the_scores(text: str) -> None:
    with pytest.raises(UnknownGenreError, match="not recognised as any report genre"):
        detect_genre(text)


def test_file_name_plays_no_part(corpus: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "thesis.txt"
    renamed.write_text((corpus / ODIHR_2011).read_text(encoding="utf-8"), encoding="utf-8")
    assert detect_genre(renamed.read_text(encoding="utf-8")) is Genre.FINAL_REPORT


@pytest.mark.parametrize("path", sorted(HEADS.glob("*.txt")), ids=lambda path: path.stem)
def test_invented_heads_get_their_genre(path: Path) -> None:
    assert detect_genre(path.read_text(encoding="utf-8")) is expected_genre(path)


def test_every_genre_has_five_invented_layouts() -> None:
    counts = {genre: 0 for genre in Genre}
    for path in HEADS.glob("*.txt"):
        counts[expected_genre(path)] += 1
    assert min(counts.values()) >= 5, counts


def test_a_report_cited_in_the_body_does_not_make_a_final_report() -> None:
    article = (HEADS / "article_2023_no_abstract_references.txt").read_text(encoding="utf-8")
    body = "The observers' reports are written to be read as benchmarks.\n" * 80
    citing = (
        article
        + body
        + (
            "OSCE/ODIHR Election Observation Mission\nFinal Report\n\n"
            "as the mission's Final Report on the 2019 parliamentary elections put it, ...\n"
        )
        * 3
    )
    scores = genre_scores(citing)
    assert scores[Genre.FINAL_REPORT] == 0.0
    assert detect_genre(citing) is Genre.JOURNAL_ARTICLE


def test_a_programme_report_calling_itself_final_report_is_a_programme_report() -> None:
    text = (HEADS / "programme_2004_final_report.txt").read_text(encoding="utf-8")
    scores = genre_scores(text)
    assert scores[Genre.FINAL_REPORT] > 0  # the title does say "FINAL REPORT" ...
    assert detect_genre(text) is Genre.PROGRAMME_REPORT  # ... but of a programme


def test_a_statement_promising_a_final_report_is_a_statement() -> None:
    text = (HEADS / "statement_2005_network_preliminary.txt").read_text(encoding="utf-8")
    assert genre_scores(text)[Genre.FINAL_REPORT] == 0.0
    assert detect_genre(text) is Genre.PRELIMINARY_STATEMENT
