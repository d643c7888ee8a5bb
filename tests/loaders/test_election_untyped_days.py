"""Elections a discursive text names by their full date alone ("the elections of 6 March
2031"), typed by their sentence or paragraph as those named by a year are (invented
texts, other states): never typed when the context names no type."""

from __future__ import annotations

from normgraph.loaders.extract.election_mentions import find_mentions

Dated = tuple[str, int, int | None, int | None]


def _found(text: str) -> list[Dated]:
    return [
        (m.kind, m.year, m.month, m.day)
        for m in find_mentions(text, lambda a, b: [], "no", by_context=True)
    ]


def test_a_full_date_typed_by_its_sentence() -> None:
    for text, expected in [
        (
            "Two days before the elections of 9 March 2031, the parties contesting seats in "
            "parliament signed a code of conduct.",
            ("parliamentary", 2031, 3, 9),
        ),
        (
            "The mission for the elections held on April 4, 2032 met the mayors of the "
            "largest municipal councils.",
            ("local", 2032, 4, 4),
        ),
        (
            "Observers followed the election of 12 May 2030, after which the president was "
            "re-elected for a second term.",
            ("presidential", 2030, 5, 12),
        ),
    ]:
        assert expected in _found(text), text


def test_no_type_in_the_context_reads_nothing() -> None:
    found = _found("Two days before the elections of 9 March 2031, a student wrote a letter.")
    assert all(one[0] == "" for one in found if one[1:] == (2031, 3, 9))


def test_a_capitalised_word_is_no_month() -> None:
    found = _found("The seats won at the elections of 9 Parties 2031 were few in parliament.")
    assert all(one[2] is None or one[2] <= 12 for one in found)
