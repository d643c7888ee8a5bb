"""The paraphrase table is data: its entries make paraphrases one term, and a malformed
entry is an error naming it."""

from __future__ import annotations

import pytest

from normgraph.ontology import read_text
from normgraph.textsim import PARAPHRASES_FILE, read_phrases, terms


def test_shipped_paraphrases_make_one_term_of_each_wording() -> None:
    assert read_phrases(read_text(PARAPHRASES_FILE))
    assert terms("publish the lists of voters") == terms("publish the voter register")
    assert "voterlist" in terms("the lists of registered voters")
    assert set(terms("unimpeded access for observers")) == set(
        terms("access for observers without undue restrictions")
    )
    timely = {"promptly"}
    for wording in ("without delay", "as soon as possible", "in a timely manner", "promptly"):
        assert timely <= set(terms(f"results published {wording}")), wording
    assert "emigrated" in terms("out-of-country voting") and "emigrated" in terms("abroad")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[[phrase]]\nterm = 'x'\n", "phrase 1 needs a pattern"),
        (
            "[[phrase]]\nterm = 'ok'\npattern = 'a'\n[[phrase]]\nterm = 'Bad'\npattern = 'b'\n",
            "phrase 2",
        ),
        ("[[phrase]]\nterm = 'broken'\npattern = 'a(b'\n", "phrase 1 (broken)"),
    ],
)
def test_a_malformed_entry_is_an_error_naming_it(text: str, named: str) -> None:
    with pytest.raises(
        ValueError, match=rf"paraphrases\.toml: {named}".replace("(", r"\(").replace(")", r"\)")
    ):
        read_phrases(text)


def test_a_plural_in_ies_stems_to_its_word_not_to_a_shorter_one() -> None:
    """'parties' was stemmed 'part' and 'counties' 'count', meeting words they are not."""
    assert terms("parties party") == ["party", "party"]
    assert terms("counties") != terms("count") and terms("counties") == terms("county")
    assert terms("studies verified") == ["study", "verify"]


def test_a_short_stem_gets_back_the_e_it_lost_before_ing_or_ed() -> None:
    """'voting' and 'voted' are 'vote' (they were three terms); longer stems are kept."""
    assert terms("vote voting voted votes") == ["vote"] * 4
    assert terms("ruling rules") == ["rule", "rule"]
    assert terms("polling") == ["poll"]
