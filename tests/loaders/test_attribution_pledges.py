"""Statements a study attributes with a verb of pledging ("promised", "pledged", "vowed")
before quoted words, and a speaker after an opening participle's clause ("Addressing the
assembly on <day>, the minister ..."), an opening year, and "in the words of" an issuer's
report, eighteenth session (gen21c). The sentences are
invented: other states, bodies and decades than the fixtures'."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker, s.words, text[s.when_at[0] : s.when_at[1]] if s.when_at else None)
        for s in read_attributed(text)
    ]


def test_a_pledge_with_its_words_quoted_is_a_statement() -> None:
    assert _read('At a rally on 3 May 1997 the prime minister pledged "a clean count".') == [
        ("the prime minister", '"a clean count"', "3 May 1997")
    ]
    text = (
        'The opposition leader vowed on 12 March 2011 that his party would "never again" boycott.'
    )
    assert _read(text) == [("The opposition leader", '"never again"', "12 March 2011")]
    text = 'The chair of the board promised a public register "within the year".'
    assert [s[0] for s in _read(text)] == ["The chair of the board"]


def test_a_pledge_without_quoted_words_attributes_nothing() -> None:
    assert _read("The government promised a new electoral law before the next vote.") == []
    assert _read("Every party pledged reform in its manifesto of 2008.") == []


def test_an_opening_participles_clause_is_not_the_speaker() -> None:
    text = (
        "Addressing the assembly on 30 June 2004, the Speaker promised a code "
        '"before the autumn session".'
    )
    assert [s[0] for s in _read(text)] == ["the Speaker"]
    text = (
        "Speaking to journalists on 4 June 2002, the interior minister said that "
        '"the lists are clean".'
    )
    assert [s[0] for s in _read(text)] == ["the interior minister"]
    text = (
        "Opening the session, the chair of the commission stated that "
        '"no appeal is left unanswered".'
    )
    assert [s[0] for s in _read(text)] == ["the chair of the commission"]


def test_a_speaker_after_an_opening_year_says_the_quoted_words() -> None:
    text = 'In 1999 the delegation added that the count was "beyond reproach".'
    assert [s[:2] for s in _read(text)] == [("the delegation", '"beyond reproach"')]
    text = 'In 2012 OSCE/ODIHR itself wrote that "the register is broadly accurate".'
    assert [s[:2] for s in _read(text)] == [("OSCE/ODIHR", '"the register is broadly accurate"')]
    text = 'In 2004 the outgoing chairman declared that "the board owes nobody a seat".'
    assert [s[0] for s in _read(text)] == ["the outgoing chairman"]


def test_added_without_quoted_words_attributes_nothing() -> None:
    assert _read("In 2019 the board added two members to its secretariat.") == []
    assert _read("The amendment added a deadline of three days for appeals.") == []


def test_in_the_words_of_an_issuers_report_quotes_the_issuer() -> None:
    text = 'The 1996 count was, in the words of the OSCE/ODIHR final report, "opaque".'
    assert [s[0] for s in _read(text)] == ["the OSCE/ODIHR final report"]
    text = 'The register was, in the words of the Commission\'s 2019 opinion, "inflated".'
    assert [s[0] for s in _read(text)] == ["the Commission's 2019 opinion"]
    # a report that no issuer names, and "according to" a report, are sources of data
    assert _read('The vote was, in the words of the report, "calm".') == []
    assert _read("According to the CEC report, turnout was 61 per cent.") == []
