"""Dated stages and speech as studies write them, in passages written for these tests
(another state, other wordings than any fixture): a chronology that abbreviates its months
("4 Feb 2031"), the study's own method ("We draw on ...", "coded against ... in force in
June 2031", "interviews conducted between March and May 2031") which dates no event, notes
numbered "(2)" or "[2]" under a rule (citations, not events), and quotations put before
their speaker (""...," the governor told reporters on <date>", ""...," said X.")."""

from __future__ import annotations

from normgraph.loaders.scholarship.attributed import read_attributed
from normgraph.loaders.scholarship.chronology import chronology_rows
from normgraph.loaders.scholarship.events import dated_in
from normgraph.loaders.text.dates import find_when
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText

CHRONOLOGY = """\
Key dates

4 Feb 2031      Parliament adopts the new Electoral Code
12 Sept 2031    Registration of candidate lists closes at the
                Central Commission
Oct. 9, 2031    General elections
30 Nov 2031     Constitutional Court rejects the appeal of the
                Farmers' Union
"""


def test_a_chronology_with_abbreviated_months_dates_each_row_to_its_day() -> None:
    rows = chronology_rows(SourceText("c", "c.txt", CHRONOLOGY))
    assert [when.iso() for when, _, _ in rows] == [
        "2031-02-04",
        "2031-09-12",
        "2031-10-09",
        "2031-11-30",
    ]


def test_abbreviated_months_are_dates_only_with_a_day_and_a_year() -> None:
    def iso(text: str) -> str | None:
        found = find_when(text)
        return found[0].iso() if found is not None else None

    assert iso("on 4 Feb. 2031 the board met") == "2031-02-04"
    assert iso("the Mar 2031 figures") == "2031"  # "Mar 2031" alone: only the year
    assert iso("Marx wrote in 1867") == "1867"


def test_the_studys_own_method_dates_no_event() -> None:
    for sentence in (
        "We draw on a coding of all the recommendations published up to June 2031.",
        "Each recommendation was coded against the law in force in June 2031, as annexed.",
        "The second source is twelve interviews, conducted between March and May 2031.",
    ):
        assert dated_in(sentence) is None, sentence
    dated = dated_in("On 3 March 2031 the Central Commission annulled the vote in two districts.")
    assert dated is not None and dated[0].iso() == "2031-03-03"


def test_notes_numbered_in_brackets_under_a_rule_are_footnotes_not_body_text() -> None:
    text = (
        "THE REFORM\n\n"
        "The Supreme Court struck the rule down in its judgment of 2 April 2030.(2) The\n"
        "parliament replaced it within a month.\n"
        "__________\n"
        "(2) Supreme Court, judgment No. 14/2030 of 2 April 2030.\n"
        "[3] Official Gazette No. 22 of 30 April 2030.\n"
    )
    document = parse_document(SourceText("n", "n.txt", text))
    bodies = [element.text for element in document.elements]
    assert not any("Official Gazette" in body or "judgment No." in body for body in bodies)
    assert {"2", "3"} <= set(document.footnotes)


def test_a_quotation_before_its_speaker() -> None:
    text = (
        '"Every complaint was answered within the deadline," the head of the commission told '
        "reporters on 14 May 2031. \u201cThat is simply not true,\u201d said Ilse Brandt, "
        "who led the opposition list."
    )
    found = [(a.speaker, a.words) for a in read_attributed(text)]
    assert found == [
        ("the head of the commission", '"Every complaint was answered within the deadline,"'),
        ("Ilse Brandt", "\u201cThat is simply not true,\u201d"),
    ]
    first = read_attributed(text)[0]
    assert first.when_at is not None and text[first.when_at[0] : first.when_at[1]] == "14 May 2031"


def test_a_cited_scholar_after_a_quotation_is_the_literature() -> None:
    assert read_attributed('"Observation is a ritual," Halvorsen (2030: 4) wrote.') == []


def test_a_day_written_without_its_year_takes_the_year_the_story_is_in() -> None:
    sentence = "The count was completed on 14 November and the results were published."
    dated = dated_in(sentence, story_year=2031)
    assert dated is not None and dated[0].iso() == "2031-11-14"
    assert dated_in(sentence) is None  # no year given anywhere: no date guessed
