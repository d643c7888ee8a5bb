"""Dated events and attributed statements in scholarship, on invented sentences about other
states: which date is the event's, which sentences state no event, who said what."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed
from normgraph.loaders.scholarship.events import dated_in
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText


def _iso(sentence: str, hidden: tuple[int, int] | None = None) -> str | None:
    dated = dated_in(sentence, hidden)
    return dated[0].iso() if dated else None


def test_a_statement_s_date_is_not_an_event_s_an_announcement_is() -> None:
    text = (
        'On 2 March 2017, the Ministry of Justice criticised the report as "one-sided and '
        'hasty". The Prime Minister announced on 5 March 2017 that "the code will be amended".'
    )
    stated = read_attributed(text)
    assert [s.speaker for s in stated] == ["the Ministry of Justice", "The Prime Minister"]
    assert stated[0].words == '"one-sided and hasty"'
    first_end = text.index(". The") + 1
    criticism, announcement = text[:first_end], text[first_end + 1 :]
    hidden = (0, stated[0].words_at[1])
    assert _iso(criticism, hidden) is None
    assert _iso(announcement) == "2017-03-05"


def test_a_speaker_named_after_a_role_or_referred_to_by_a_pronoun() -> None:
    text = (
        "After the vote of 4 June 2015, which the observers criticised, the then Minister of "
        'Interior, Arben Duka, told the Permanent Council that "the count was clean". The '
        "speaker of parliament, Vesna Petric, went further. In a broadcast on 9 June 2015, "
        'she said: "We do not need foreign tutors." Deputy Minister Ilir Hoxha explained in '
        'July 2015 that "the mission saw only a few stations".'
    )
    stated = read_attributed(text)
    assert [(s.speaker, s.role) for s in stated] == [
        ("Arben Duka", "the then Minister of Interior"),
        ("Vesna Petric", None),
        ("Deputy Minister Ilir Hoxha", None),
    ]
    assert text[slice(*stated[1].speaker_at)] == "Vesna Petric"


TAB_TITLES = """\
Acknowledgements

I thank my supervisor.

1\tIntroduction

The thesis studies Moldova.

2.1\tFrom Reform to Reversal: the Code after 2014

In 2014, parliament amended it.
"""


def test_a_numbered_chapter_title_after_a_tab_is_a_heading_not_a_table_row() -> None:
    document = parse_document(SourceText("t", "t.txt", TAB_TITLES))
    titles = [[s.title for s in e.section.path] for e in document.elements if e.text[:2] == "In"]
    assert titles == [["Introduction", "From Reform to Reversal: the Code after 2014"]]


def test_in_the_words_of_and_in_someones_view_attribute_what_follows() -> None:
    """ "In the words of <speaker>, ..." and "In <speaker>'s view (reading), ..." open an
    attributed statement as "According to" does; a scholar's view is the literature, and
    "In my view" or "In the 2015 elections" attribute nothing."""
    said = read_attributed(
        'In the words of the Interior Minister, the mission was "a tourist visit".'
    )
    assert [(s.speaker, s.words) for s in said] == [
        ("the Interior Minister", 'the mission was "a tourist visit".')
    ]
    (view,) = read_attributed(
        'In the commission\'s reading, the amendment was "a technical correction".'
    )
    assert view.speaker == "the commission"
    assert read_attributed("In Hyde's view, observers reward incumbents.") == []
    assert read_attributed("In my view, the reform of 2019 failed its purpose.") == []
    assert read_attributed("In the 2015 elections, turnout fell to a new low.") == []
