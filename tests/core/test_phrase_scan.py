"""The paraphrase scan (:mod:`normgraph.phrase_scan`) gives the very string ``re.sub`` over
the alternation gives: on the paraphrase table over the tune fixtures, synthetic reports
and edge cases, and on invented tables written to meet what the start analysis reads."""

from __future__ import annotations

import random

import pytest

from bench.synthetic_reports import ACTIONS, ACTORS, TOPICS, synthetic_report
from normgraph import textsim
from normgraph.phrase_scan import AlternationScan, starts
from tests.core.test_asks_identity import EDGE_CASES, _paragraphs, _tune_paragraphs

PHRASE_EDGES = [
    "tv",  # a whole match shorter than the prefix, at the end
    "a tv, the tv-station and tvs",
    "polling station polling-stations pecs pec. precincts",
    "e-voting, electronic voting machines and ngo's",
    "pre-election polls; exit polls; within 24 hours; within 3-5 hours",
    "standing for election stand standard stands for office",
    "the cec's central election commission (cec) and cec",
    "generally culturally rallies assembly",  # a phrase only at a word start
    "x" * 5 + " owner ownership owned by beneficially owns",
    "caf\u00e9 voter lists",  # not ASCII: the scan leaves it to re.sub
    " ",
    "",
]


def _folded(texts: list[str]) -> list[str]:
    return [textsim._fold(text) for text in texts]


def _synthetic(seed: int) -> list[str]:
    rng = random.Random(seed)
    written = [
        f"{rng.choice(ACTORS)} {rng.choice(ACTIONS).format(topic=rng.choice(TOPICS))}."
        for _ in range(200)
    ]
    return written + _paragraphs(synthetic_report(seed))


def test_every_paraphrase_start_is_worked_out() -> None:
    # Else the scan silently falls back to re.sub for the whole table.
    assert textsim._PHRASE.starts is not None
    assert len(textsim._PHRASE.starts) == len(textsim._PHRASES)


@pytest.mark.parametrize("seed", [3, 11])
def test_the_paraphrase_table_gives_what_re_sub_gives(seed: int) -> None:
    scan = textsim._PHRASE
    texts = _folded(_tune_paragraphs() + EDGE_CASES + PHRASE_EDGES + _synthetic(seed))
    texts += ["caf\u00e9 voter lists", "\u212aeep the voter lists"]  # not folded: not ASCII
    replaced = 0
    for text in texts:
        expected = scan.plain.sub(scan._replacement, text)
        assert scan.sub(text) == expected, text
        replaced += expected != text
    assert replaced > 500


def test_starts_are_every_way_a_pattern_begins() -> None:
    assert starts(r"\bstand\b") == {"sta"}
    assert starts(r"tv\b|pecs?\b") == {"tv", "pec"}
    assert starts(r"(?:(?:ultimate|real)\s+)?owners?") == {"ult", "rea", "own"}
    assert starts(r"a?b") == {"ab", "b"}
    assert starts(r"[x-z]\d") == {a + d for a in "xyz" for d in "0123456789"}


INVENTED = [
    r"ab|abc",  # an earlier alternative wins at the same place
    r"b\w*",
    r"(?:x |y )?bc\b",
    r"c(?=d)",
    r"(?<=a)d",  # a lookbehind inside an alternative sees before the start
    r"\s+e",
    r"[^a-c]f",
    r"\bg{2,3}",
    r"h+?i",
]


def test_invented_tables_give_what_re_sub_gives() -> None:
    rng = random.Random(7)
    pieces = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "x", "y", " ", "-", "1", "ab", "gg"]
    for before in ("", r"(?<![a-z0-9])"):
        for size in (1, 3, len(INVENTED)):
            patterns = rng.sample(INVENTED, size)
            scan = AlternationScan(patterns, [f"<{n}>" for n in range(size)], before=before)
            assert scan.starts is not None, patterns
            for _ in range(400):
                text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
                assert scan.sub(text) == scan.plain.sub(scan._replacement, text), (
                    patterns,
                    text,
                )


def test_a_pattern_not_worked_out_falls_back_to_re_sub() -> None:
    scan = AlternationScan([r"(?P<x>a)(?P=x)", r"b"], ["<0>", "<1>"])
    assert scan.starts is None
    assert scan.sub("aa b ab") == "<0> <1> a<1>"
