"""A title block that writes its title in letter-spaced capitals ("F I N A L   R E P O R T")
is read as if the letters were set close: the genre cues see the title, so a network's
final report is not taken for a statement by default (issue 13, gen18a). Invented heads of
other states and issuers than the fixtures'."""

from __future__ import annotations

import pytest

from normgraph.loaders.text.genres import Genre, cue_text, read_genre

BODY = """
The mission observed the elections of the 2nd of May 2032 with 90 observers, who visited
410 polling stations on election day. The election commission published its results on time.
"""

HEADS = {
    "a network's final report, its title spaced out": (
        "BALTIC ELECTION WATCH NETWORK\nBEWN\n\nInternational Election Observation Mission\n"
        "Republic of Latvia\n\nF I N A L   R E P O R T\n\n"
        "Saeima Elections of the 2nd of May 2032\n",
        Genre.FINAL_REPORT,
    ),
    "an office's final report, spaced and indented": (
        "CIVIC OBSERVATORY OF PORTUGAL\n\n      F I N A L    R E P O R T\n\n"
        "Presidential Election, 2 May 2032\nLisbon, 1 August 2032\n",
        Genre.FINAL_REPORT,
    ),
    "a statement's title spaced out over two words of a longer title": (
        "NORDIC OBSERVER COALITION (NOC)\n\nS T A T E M E N T   O F   P R E L I M I N A R Y"
        "   F I N D I N G S\n\nParliamentary Elections, 2 May 2032, Finland\n",
        Genre.PRELIMINARY_STATEMENT,
    ),
}


@pytest.mark.parametrize("name", list(HEADS))
def test_a_letter_spaced_title_is_claimed_outright(name: str) -> None:
    head, genre = HEADS[name]
    reading = read_genre(head + BODY)
    assert reading.genre is genre
    assert reading.weak_guess is None


def test_the_text_cues_read_keeps_its_length_and_leaves_words_alone() -> None:
    text = "A B C is no title here.\nF I N A L   R E P O R T\nI A M"
    read = cue_text(text)
    assert len(read) == len(text)
    assert read.splitlines()[0] == "A B C is no title here."
    assert read.splitlines()[1].rstrip() == "FINAL REPORT"
