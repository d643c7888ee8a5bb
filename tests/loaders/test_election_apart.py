"""Two votes of one kind in one year, months apart, are two elections; dates weeks apart
(rounds, a repeat poll), a single passing date, or a group naming its second round stay one
election (invented mentions of states other than the fixtures')."""

from __future__ import annotations

from normgraph.loaders.extract.elections import Mention, resolve
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.source import Span
from normgraph.namespaces import NG


def _mention(
    kind: str, when: tuple[int, int | None, int | None], at: int, **rest: object
) -> Mention:
    year, month, day = when
    span = Span(at, at + 4, "vote")
    return Mention("ee", kind, year, (span,), month, day, **rest)  # type: ignore[arg-type]


def _dates(mentions: list[Mention]) -> list[str]:
    extraction = Extraction()
    resolve(extraction, mentions)
    return sorted(
        str(value)
        for fact in extraction.facts
        if fact.kind == NG.Election
        for predicate, value in fact.values
        if predicate == NG.electionDate
    )


def test_two_referendums_months_apart_are_two_elections() -> None:
    mentions = [
        _mention("referendum", (2031, 1, 10), 0),
        _mention("referendum", (2031, 1, 10), 10),
        _mention("referendum", (2031, 4, 11), 20),
        _mention("referendum", (2031, 4, 11), 30),
        _mention("referendum", (2031, None, None), 40),
    ]
    assert _dates(mentions) == ["2031-01-10", "2031-04-11"]


def test_a_january_and_an_early_september_election_of_one_body() -> None:
    mentions = [
        _mention("parliamentary", (2035, 1, 25), 0),
        _mention("parliamentary", (2035, 1, 25), 10),
        _mention("parliamentary", (2035, 9, 20), 20, early=True),
        _mention("parliamentary", (2035, 9, 20), 30),
        _mention("parliamentary", (2035, 9, None), 40),
    ]
    assert _dates(mentions) == ["2035-01-25", "2035-09-20"]


def test_dates_weeks_apart_are_one_vote() -> None:
    mentions = [
        _mention("presidential", (2033, 3, 2), 0),
        _mention("presidential", (2033, 3, 2), 10),
        _mention("presidential", (2033, 3, 16), 20),
        _mention("presidential", (2033, 3, 16), 30),
    ]
    assert len(_dates(mentions)) == 1


def test_a_single_passing_date_months_away_stays_with_the_vote() -> None:
    mentions = [
        _mention("local", (2029, 9, 9), 0),
        _mention("local", (2029, 9, 9), 10),
        _mention("local", (2029, 12, 2), 20),
    ]
    assert _dates(mentions) == ["2029-09-09"]


def test_a_group_naming_its_second_round_is_never_split() -> None:
    mentions = [
        _mention("presidential", (2030, 4, 24), 0, round=1),
        _mention("presidential", (2030, 4, 24), 10),
        _mention("presidential", (2030, 8, 8), 20),
        _mention("presidential", (2030, 8, 8), 30, round=2),
    ]
    assert _dates(mentions) == ["2030-04-24"]
