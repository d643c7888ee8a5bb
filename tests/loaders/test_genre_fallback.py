"""A report is never dropped for its genre: what no cue claims outright is a weak guess when
it plainly concerns an election and an observing body, and refused only when it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from normgraph.build import extract_document
from normgraph.loaders.text.genre_cues import CUES
from normgraph.loaders.text.genres import (
    MIN_SCORE,
    Genre,
    UnknownGenreError,
    detect_genre,
    genre_scores,
    read_genre,
)
from tests.loaders.genre_head_files import HEADS, expected_genre

WEAK = HEADS / "weak"
"""Invented heads no genre claims outright (a cover page lost in extraction, a think-tank
report, a donor update, an observer group's plain note), each with the genre to guess."""
REFUSED = HEADS / "refused"
"""Invented texts that are no report of an observed election: they must stay refused."""


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(HEADS.glob("*.txt")), ids=lambda path: path.stem)
def test_every_invented_head_is_claimed_outright(path: Path) -> None:
    reading = read_genre(_text(path))
    assert reading.weak_guess is None, reading.weak_guess
    assert reading.scores[reading.genre] >= MIN_SCORE


@pytest.mark.parametrize("path", sorted(WEAK.glob("*.txt")), ids=lambda path: path.stem)
def test_a_head_no_genre_claims_gets_the_right_weak_guess(path: Path) -> None:
    text = _text(path)
    assert max(genre_scores(text).values()) < MIN_SCORE  # no genre claims it outright ...
    reading = read_genre(text)
    assert reading.genre is expected_genre(path)  # ... yet it is read, as its kind
    assert reading.weak_guess is not None
    assert f"genre {reading.genre.value} is a weak guess" in reading.weak_guess
    assert f"{reading.genre.value} {reading.scores[reading.genre]:.1f}" in reading.weak_guess


@pytest.mark.parametrize("path", sorted(REFUSED.glob("*.txt")), ids=lambda path: path.stem)
def test_a_text_without_cue_or_observed_election_is_refused_naming_scores(path: Path) -> None:
    with pytest.raises(UnknownGenreError) as refused:
        detect_genre(_text(path))
    message = str(refused.value)
    assert "not recognised as any report genre" in message
    assert all(f"{genre.value} 0.0" in message for genre in Genre)
    assert "names no election observed or assessed" in message


def test_an_observer_note_with_no_cue_at_all_is_read_as_a_statement() -> None:
    text = _text(WEAK / "statement_2014_observer_group_update.txt")
    assert set(genre_scores(text).values()) == {0.0}
    reading = read_genre(text)
    assert reading.genre is Genre.PRELIMINARY_STATEMENT
    assert reading.weak_guess is not None and "no cue at all" in reading.weak_guess


def test_an_election_without_an_observing_body_is_not_guessed() -> None:
    text = "The parliamentary elections of 3 May 2020 were won by the governing party.\n" * 5
    with pytest.raises(UnknownGenreError):
        read_genre(text)
    with pytest.raises(UnknownGenreError):  # an observer without an election neither
        read_genre("The observers of the football match praised the referee.\n" * 5)


def test_a_strong_genre_is_never_a_weak_guess() -> None:
    text = _text(HEADS / "final_report_2022_needs_assessment_mission.txt")
    reading = read_genre(text)
    assert reading.genre is Genre.FINAL_REPORT and reading.weak_guess is None


def test_the_build_report_flags_a_weak_guess_and_still_reads_the_report(tmp_path: Path) -> None:
    report = tmp_path / "observer_note.txt"
    report.write_text(_text(WEAK / "statement_2014_observer_group_update.txt"), encoding="utf-8")
    outcome, _graph = extract_document(report)
    assert outcome.genre == Genre.PRELIMINARY_STATEMENT.value
    assert outcome.genre_warning is not None and "weak guess" in outcome.genre_warning
    assert outcome.as_dict()["genre_warning"] == outcome.genre_warning
    assert outcome.error is None and outcome.written  # refused before: now read, flagged


def test_the_build_report_of_a_recognised_report_has_no_genre_warning(tmp_path: Path) -> None:
    report = tmp_path / "statement.txt"
    report.write_text(_text(HEADS / "statement_2012_ieom_pa_pace.txt"), encoding="utf-8")
    outcome, _graph = extract_document(report)
    assert outcome.genre == Genre.PRELIMINARY_STATEMENT.value
    assert outcome.genre_warning is None


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        # a parliamentary assembly's report, whatever the election's kind and state
        (
            "Doc. 15001\n2 March 2030\n\nObservation of the local elections in Norway "
            "(11 September 2029)\n\nElection observation report\nAd hoc Committee of the "
            "Bureau\n",
            Genre.PRELIMINARY_STATEMENT,
        ),
        # "Report of the ... Mission" with the office's name first, the mission's kind spelled
        # out, its title wrapped by the PDF conversion
        (
            "Office for Democratic Institutions and Human Rights\n\nIRELAND\n\nReport of the "
            "Limited Election\nObservation Mission on the General Election of 8 February 2020\n",
            Genre.FINAL_REPORT,
        ),
        (
            "PRESS RELEASE\n\nVoting in Estonia orderly, observers say\n\nTallinn, 4 March 2019"
            " - Voting was orderly, international observers said today.\n",
            Genre.PRELIMINARY_STATEMENT,
        ),
        (
            "JOINT PRESS RELEASE\n\nObservers: the vote in Latvia was calm\n\nRiga, 7 October "
            "2018\n",
            Genre.PRELIMINARY_STATEMENT,
        ),
        (
            "END OF PROJECT REPORT\n\nCitizen monitoring of the 2015 elections in Tajikistan\n",
            Genre.PROGRAMME_REPORT,
        ),
        (
            "Monthly Progress Report\nMay 2018\n\nDonor: a bilateral agency\n"
            "Implementing partner: a Skopje civic association\n",
            Genre.PROGRAMME_REPORT,
        ),
        (
            "BRIEFING PAPER\n\nThe 2024 elections in Finland: what observers found\n\n"
            "About the author\nA. Writer is a research fellow.\n",
            Genre.JOURNAL_ARTICLE,
        ),
    ],
)
def test_structural_cues_read_titles_of_other_states_and_layouts(text: str, genre: Genre) -> None:
    reading = read_genre(text)
    assert reading.genre is genre
    assert reading.weak_guess is None


def test_a_thesis_declaration_of_authorship_is_no_statement_title() -> None:
    text = "Declaration of authorship\n\nI hereby declare that this thesis is my own work.\n"
    assert genre_scores(text)[Genre.PRELIMINARY_STATEMENT] == 0.0
    assert detect_genre(text) is Genre.THESIS


def test_every_genre_has_cues() -> None:
    assert set(CUES) == set(Genre)
    assert all(CUES[genre] for genre in Genre)


def test_a_numbered_contents_line_is_no_statement_title() -> None:
    contents = "CONTENTS\nIV. CONCLUSIONS OF THE MISSION ........ 7\nV. ANNEXES ........ 9\n"
    assert genre_scores(contents)[Genre.PRELIMINARY_STATEMENT] == 0.0
    title = "Conclusions of the International Observation Mission\non the referendum\n"
    assert genre_scores(title)[Genre.PRELIMINARY_STATEMENT] >= MIN_SCORE
