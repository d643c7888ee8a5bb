"""Synthetic ODIHR-size final reports for the scale bench, written from templates here and
the words of ``synthetic_vocabulary.toml``.

Each report varies by a seeded random generator: the state (one of the 57 OSCE
participating States, or of the first few only), the election type and dates,
the order and wording of paragraphs, the numbers in them, the recommendations and the
results annex. The text follows the modern ODIHR layout (title block, table of contents,
numbered sections, priority and other recommendations, results annex) so that the real
loaders read it; nothing is copied from the corpus.
"""

from __future__ import annotations

import random
import tomllib
from datetime import date, timedelta
from pathlib import Path

VOCABULARY = tomllib.loads(
    Path(__file__).with_name("synthetic_vocabulary.toml").read_text(encoding="utf-8")
)
"""The words the reports are written from (states, elections, sections, sentences...)."""
STATES, ELECTIONS = ([(a, b, c) for a, b, c in VOCABULARY[k]] for k in ("states", "elections"))
SECTIONS, SENTENCES, VERDICTS, TOPICS, BODIES, ACTORS, ACTIONS, FIRST, LAST = (
    [str(word) for word in VOCABULARY[k]]
    for k in (
        "sections",
        "sentences",
        "verdicts",
        "topics",
        "bodies",
        "actors",
        "actions",
        "first",
        "last",
    )
)
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = MONTHS.split()


def roman(number: int) -> str:
    """A section number in upper-case Roman numerals.

    >>> roman(14)
    'XIV'
    """
    letters = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        letters += numeral * count
    return letters


def _say(date_value: date) -> str:
    return f"{date_value.day} {MONTH_NAMES[date_value.month - 1]} {date_value.year}"


def _sentence(rng: random.Random, year: int) -> str:
    template = rng.choice(SENTENCES)
    if template == "{verdict}":
        # A statement on earlier recommendations, of any status: as often as the one
        # two-verdict sentence was, so the store holds as many statements as before.
        template = rng.choice(VERDICTS)
    n = rng.randint(12, 480)
    return template.format(
        body=rng.choice(BODIES),
        topic=rng.choice(TOPICS),
        n=n,
        m=rng.randint(2, n),
        a=rng.randint(3, 120),
        month=rng.choice(MONTH_NAMES),
        year=year - rng.randint(1, 3),
    )


def _paragraph(rng: random.Random, year: int) -> str:
    return "\n".join(_wrap(" ".join(_sentence(rng, year) for _ in range(rng.randint(3, 5)))))


def _wrap(text: str, width: int = 95) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def _recommendation(rng: random.Random, number: int) -> str:
    text = f"{rng.choice(ACTORS)} {rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))}."
    return "\n".join(_wrap(f"{number}.\t{text}"))


def _results(rng: random.Random, kind: str) -> list[str]:
    contestants = rng.randint(4, 9)
    votes = sorted((rng.randint(8_000, 900_000) for _ in range(contestants)), reverse=True)
    total = sum(votes)
    invalid = rng.randint(5_000, 40_000)
    voters = int((total + invalid) / rng.uniform(0.45, 0.75))
    lines = [
        f"Number of voters on the voter lists\t{voters:,}".replace(",", " "),
        f"Number of invalid ballots\t{invalid:,}".replace(",", " "),
        f"Number of valid votes\t{total:,}".replace(",", " "),
        "",
        "Candidate\tVotes\t%" if kind == "candidate" else "Party\tVotes\t%",
    ]
    for index, count in enumerate(votes):
        if kind == "candidate":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        else:
            name = (
                f"{rng.choice(['Party of', 'Union for', 'Movement for'])} "
                + rng.choice(["Progress", "Unity", "Justice", "Renewal", "Democracy", "Solidarity"])
                + f" {index + 1}"
            )
        lines.append(f"{name}\t{count:,}\t{100 * count / total:.2f}".replace(",", " "))
    return lines


def synthetic_report(
    seed: int,
    paragraphs_per_section: int = 9,
    recommendations: int = 30,
    states: int = len(STATES),
) -> str:
    """One report's text; the same seed (and ``states``) gives the same text. ``states``:
    drawn from the first that many of the vocabulary's States (all 57 by default; 12
    writes what the earlier benches wrote, N/12 reports a State: the worst case for what
    grows with a State's reports)."""
    if not 1 <= states <= len(STATES):
        raise ValueError(f"states must be from 1 to {len(STATES)}, not {states}")
    rng = random.Random(seed)
    title_state, state, capital = rng.choice(STATES[:states])
    title_election, election, kind = rng.choice(ELECTIONS)
    day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9_000) + seed)
    issued = day + timedelta(days=rng.randint(50, 120))
    sections = ["EXECUTIVE SUMMARY", "INTRODUCTION AND ACKNOWLEDGMENTS"]
    sections += rng.sample(SECTIONS, k=len(SECTIONS) - rng.randint(0, 2))
    sections.append("RECOMMENDATIONS")
    head = [
        "",
        "Office for Democratic Institutions and Human Rights",
        "",
        title_state,
        "",
        title_election,
        _say(day),
        "",
        "OSCE/ODIHR Election Observation Mission Final Report",
        "",
        "Warsaw",
        _say(issued),
        "",
        "TABLE OF CONTENTS",
        "",
        *(f"{roman(i + 1)}.\t{name}\t{i + 1}" for i, name in enumerate(sections)),
        "\tANNEX: ELECTION RESULTS\t30",
        "",
        title_state,
        title_election,
        _say(day),
        "",
        "OSCE/ODIHR Election Observation Mission Final Report",
        "",
    ]
    body: list[str] = []
    for index, name in enumerate(sections):
        body += [f"{roman(index + 1)}. {name}", ""]
        if name == "EXECUTIVE SUMMARY":
            body += _wrap(
                f"Following an invitation from the authorities of {state}, the OSCE Office for "
                f"Democratic Institutions and Human Rights (OSCE/ODIHR) deployed an Election "
                f"Observation Mission to observe the {_say(day)} {election}. The mission was "
                f"based in {capital} and assessed the {election} for compliance with OSCE "
                "commitments and other international obligations and standards for democratic "
                "elections, and with national legislation."
            )
            body.append("")
        if name == "RECOMMENDATIONS":
            body += ["A. PRIORITY RECOMMENDATIONS", ""]
            for number in range(1, recommendations + 1):
                if number == recommendations // 4 + 1:
                    body += ["B. OTHER RECOMMENDATIONS", ""]
                body += [_recommendation(rng, number), ""]
            continue
        for _ in range(paragraphs_per_section):
            body += [_paragraph(rng, day.year), ""]
    annex = ["ANNEX: ELECTION RESULTS", "", *_results(rng, kind), ""]
    return "\n".join(head + body + annex) + "\n"
