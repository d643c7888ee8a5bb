"""A report that numbers every paragraph numbers its closing "Conclusions and
recommendations" section's paragraphs too: they are no list of recommendations 7-9 in any
label or heading style (fuzz21a). What the report asks stands in the dash list a lead-in
paragraph opens; before, the block reader took the numbered paragraphs for a list as soon as
their labels ("(7)"), the heading's numbering ("IV.") or the line width changed."""

from __future__ import annotations

import pytest

from tests.loaders.recommendation_unseen import Unseen, read

_ASKS = (
    "lower the signature requirement for independent candidates;",
    "publish the decisions of the electoral commission within two days;",
    "allow voters abroad to vote by post.",
)


def _report(label: str, heading: str, width: int) -> str:
    """An invented council report on Iceland, its paragraphs labelled ``label`` (a format
    of the number), its sections numbered ``heading`` and its paragraphs wrapped at
    ``width``."""

    def para(number: int, text: str) -> str:
        words, lines, line = f"{label.format(n=number)} {text}".split(), [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return "\n".join([*lines, line]) + "\n\n"

    sections = ("Introduction", "Legal framework", "Election day")
    body = ""
    number = 0
    for index, title in enumerate(sections, start=1):
        body += f"{heading.format(n=index, r='I' * index)}{title}\n\n"
        for _ in range(2):
            number += 1
            body += para(
                number,
                f"The delegation observed that the commission met in public session {number}"
                " times and that its members were able to discuss the draft decisions openly.",
            )
    body += f"{heading.format(n=4, r='IV')}Conclusions and recommendations\n\n"
    body += para(7, "The elections of 9 May 2041 were competitive, but the law should be reviewed.")
    body += para(8, "In the light of the above, the delegation calls on the authorities to:")
    body += "".join(f"\u2013 {ask}\n" for ask in _ASKS) + "\n"
    body += para(9, "The Assembly encourages the authorities to go on co-operating with it.")
    head = (
        "Observation of the parliamentary elections in Iceland (9 May 2041)\n\n"
        "Election observation report\nAd hoc Committee of the Bureau\n\n"
    )
    return head + body


@pytest.mark.parametrize(
    ("label", "heading", "width"),
    [
        pytest.param("({n})", "{n}. ", 90, id="bracketed-paragraphs"),
        pytest.param("{n}.", "{r}. ", 90, id="roman-headings"),
        pytest.param("{n}.", "{n}. ", 110, id="wide-lines"),
        pytest.param("{n})", "Chapter {n}: ", 70, id="chapters"),
    ],
)
def test_numbered_paragraphs_of_a_closing_section_are_no_list(
    label: str, heading: str, width: int
) -> None:
    text = _report(label, heading, width)
    got = read(Unseen("paragraphs", "statement", text, ()))
    assert [number for number, _, _ in got if number is not None] == []
    assert [body for _, _, body in got] == [" ".join(ask.split()) for ask in _ASKS]
