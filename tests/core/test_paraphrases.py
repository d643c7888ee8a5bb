"""The paraphrase table is data: its entries make paraphrases one term, and a malformed
entry is an error naming it."""

from __future__ import annotations

from typing import Any

import pytest

from normgraph.ontology import read_text
from normgraph.textsim import PARAPHRASES_FILE, read_phrases, terms
from tests.case_tables import case_params


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
    ("classes", "apart", "reads"),
    case_params(
        "paraphrase_classes", "classes", "apart", "reads", defaults={"apart": [], "reads": []}
    ),
)
def test_each_wording_of_a_class_makes_its_one_term(
    classes: dict[str, list[str]], apart: list[dict[str, str]], reads: list[dict[str, Any]]
) -> None:
    """A session's classes (tests/cases/paraphrase_classes.toml): every wording reads as its
    class's term, what only looks alike does not, and an older class keeps what it names."""
    for term, wordings in classes.items():
        for wording in wordings:
            assert term in terms(wording), (term, wording)
    for alike in apart:
        assert alike["term"] not in terms(alike["text"]), alike
    for reading in reads:
        assert terms(reading["text"]) == reading["terms"], reading


def test_a_time_of_the_campaign_is_not_read_from_the_campaign_period_alone() -> None:
    """The plain campaign period is not first a time of the campaign ("throughout the
    campaign period" is: the fourteenth session's classes)."""
    assert terms("the campaign period")[0] != "duringcampaign"


def test_the_new_classes_keep_apart_what_only_looks_alike() -> None:
    assert "deposit" not in terms("the fee for a copy of the protocol")
    assert "manualcount" not in terms("the count by the precinct commission")
    assert "adminresources" not in terms("state media coverage")


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


def test_a_noun_or_adjective_meets_the_verb_or_noun_it_derives_from() -> None:
    """Derivations (-ation, -ment, -ity, -ence/-ent, -ible/-ibility, -ification, -tion) are
    one stem, and the -ize spelling is the -ise one."""
    for family in (
        ("independence", "independent"),
        ("transparency", "transparent"),
        ("accessible", "accessibility", "access"),
        ("accountable", "accountability"),
        ("verification", "verify", "verified"),
        ("clarification", "clarify"),
        ("prohibition", "prohibit"),
        ("organization", "organisation", "organised"),
        ("government", "governance"),
    ):
        assert len({tuple(terms(word)) for word in family}) == 1, family


def test_distinct_words_that_start_alike_do_not_conflate() -> None:
    for first, second in (
        ("constitution", "constituency"),
        ("community", "communication"),
        ("content", "contest"),
        ("country", "county"),
        ("party", "part"),
        ("comply", "company"),
        ("opinion", "opine"),
        ("access", "accede"),
    ):
        assert terms(first) != terms(second), (first, second)


def test_a_paraphrase_starts_a_word_and_never_matches_inside_one() -> None:
    """Unanchored, "generally" was read as "gene" and *rallies*."""
    assert "assembly" not in terms("generally culturally")
    assert "assembly" in terms("rallies")


def test_the_ninth_session_wordings_make_one_term() -> None:
    """Other countries and the diaspora are abroad; nominees are candidates; impartiality
    is impartial; a ceiling for spending is a spending limit."""
    assert "emigrated" in terms("polling stations in other countries")
    assert "emigrated" in terms("the diaspora")
    assert "candidate" in terms("the nominees")
    assert terms("impartiality") == terms("impartial")
    assert "spendinglimit" in terms("the ceiling for campaign spending")
    assert "spendinglimit" in terms("caps on expenditure")


def test_a_kind_s_head_meets_the_plain_word() -> None:
    """A class that names a kind (a register made single, signed lists, a time of the
    campaign) keeps its head at half weight, so the plain word still meets it."""
    from normgraph.asks import HEADS

    assert HEADS["signedlist"] == HEADS["centralregister"] == "voterlist"
    assert HEADS["duringcampaign"] == "campaign"
    assert HEADS["minoritylanguage"] == terms("language")[0]
    assert HEADS["socialmedia"] == "online"
