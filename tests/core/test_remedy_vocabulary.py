"""The remedy classes are data (``ontology/paraphrases.toml``'s ``[remedies]``,
``[vehicles]`` and ``[one_change]`` tables): read and checked when ``asks`` is imported, and a
malformed entry is an error naming it, not a silently weaker reading."""

from __future__ import annotations

import pytest

from normgraph import ask_compare, ask_vocabulary, asks

GOOD = """
[remedies]
publish = ["publish", "make public"]
access = ["allow"]
introduce = ["introduc"]
[vehicles]
stems = ["amend"]
[one_change]
classes = [["introduce", "access"]]
"""


def test_the_table_is_read_as_classes_vehicles_and_one_change_sets() -> None:
    classes, vehicles = ask_vocabulary.read_remedies(GOOD)
    assert classes["publish"] == ("publish", "make public")
    assert vehicles == ("amend",)
    assert ask_vocabulary.read_one_change(GOOD, classes) == (frozenset({"introduce", "access"}),)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[vehicles]\nstems = ['amend']\n", "[remedies]"),
        (GOOD.replace('"allow"', '"Al"'), "access: 'Al'"),
        (GOOD.replace('access = ["allow"]', "access = []"), "access needs a list"),
        (GOOD.replace('stems = ["amend"]', "stems = 3"), "vehicles needs a list"),
    ],
)
def test_a_malformed_table_is_an_error_naming_the_entry(text: str, named: str) -> None:
    with pytest.raises(ValueError, match=named.replace("[", r"\[").replace("]", r"\]")):
        ask_vocabulary.read_remedies(text)


def test_a_one_change_set_must_name_known_classes() -> None:
    classes, _ = ask_vocabulary.read_remedies(GOOD)
    with pytest.raises(ValueError, match="one_change"):
        ask_vocabulary.read_one_change(GOOD.replace('"access"]', '"acces"]'), classes)


def test_the_shipped_vocabulary_reads_a_remedy_of_each_kind() -> None:
    """The shipped table is the one the readings use: a stem of the data names its class."""
    assert asks.actions("Results should be made public.")[0] == {"publish"}
    assert asks.actions("Protocols should be displayed at the door.")[0] == {"publish"}
    assert asks.actions("The deposit should be abolished.")[0] == {"remove"}
    assert asks.actions("The law should be amended.") == (frozenset(), frozenset({"amend"}))


def test_barring_is_a_restriction_and_stopping_a_class_of_its_own() -> None:
    assert asks.actions("Judges should be barred from party membership.")[0] == {"restrict"}
    assert asks.actions("The ministry should stop the blocking of websites.")[0] == {"stop"}
    assert asks.actions("The bar association reviewed the law.")[0] == frozenset()


@pytest.mark.parametrize(
    ("first", "second", "other"),
    [
        (
            "Polling staff must put an end to group voting in the villages.",
            "Polling staff should prevent group voting in the villages.",
            "The permit requirement for village gatherings should be lifted.",
        ),
        (
            "Employers should be prohibited from pressuring their staff.",
            "Employers should be held liable when they coerce their staff.",
            "The ban on trade union campaigning should be lifted.",
        ),
    ],
)
def test_stopping_prohibiting_and_holding_liable_are_one_change_and_lifting_another(
    first: str, second: str, other: str
) -> None:
    """To stop a practice, to prohibit it and to hold its authors liable act against it
    (fourteenth session: *stop* ~ *restrict* ~ *investigate*); lifting (*remove*) is one
    change with stopping only, and the opposite of prohibiting."""
    one, same, lift = (asks.read_unit(text) for text in (first, second, other))
    assert not ask_compare.remedies_conflict(one, same)
    assert ask_compare.remedies_conflict(same, lift)
    assert lift.actions == {"remove"} and not ask_compare.remedies_conflict(
        asks.read_unit("Group voting should be stopped."), lift
    )


def test_an_urged_or_invited_body_is_asked_like_one_that_should() -> None:
    unit = asks.read_unit("The regulator is urged to publish its annual data.")
    assert unit.actions == {"publish"} and unit.addressee == {"regulator"}
    assert asks.is_directive("Parliament is invited to repeal the deposit.")


def test_a_remedy_named_outside_the_directive_is_no_other_change() -> None:
    """An audit "removing the deceased" and a deletion of the dead share the change: the
    first names *remove* outside its directive verb; publishing and counting stay apart."""
    audit = asks.read_unit("The commission should audit the voter list, removing the dead.")
    deletion = asks.read_unit("Dead voters should be deleted from the voter list.")
    count = asks.read_unit("Ballots should be counted aloud at the polling station.")
    publish = asks.read_unit("Results should be published for each polling station.")
    assert audit.actions == {"monitor"} and deletion.actions == {"remove"}
    assert not ask_compare.remedies_conflict(audit, deletion)
    assert ask_compare.remedies_conflict(count, publish)


def test_a_kind_s_head_noun_is_read_as_one_term_and_counted_beside_it() -> None:
    from normgraph.grouping_model import HEAD_WEIGHT, _weights

    phrase = '[[phrase]]\nterm = "x"\npattern = "x"\nhead = "{}"\n'
    assert ask_vocabulary.read_heads(phrase.format("signatures")) == {"x": "signatur"}
    with pytest.raises(ValueError, match="not one term"):
        ask_vocabulary.read_heads(phrase.format("polling booths"))
    weights = _weights(asks.read_unit("Supporting signatures should be verified in public."))
    assert weights["signatur"] == HEAD_WEIGHT and weights["supportsignature"] == 1.0
    plain = _weights(asks.read_unit("Signatures should be verified in public."))
    assert plain["signatur"] == 1.0


def test_to_regulate_is_to_define_rules_and_regulations_are_a_thing() -> None:
    """To regulate ("third-party campaigning should be regulated") asks for rules, another
    change than an audit office verifying reports; "the regulations" names the rules."""
    regulate = asks.read_unit("Campaigning by associations should be regulated by law.")
    audit = asks.read_unit("The audit office should verify the associations' campaign reports.")
    assert regulate.actions == {"define"} and ask_compare.remedies_conflict(regulate, audit)
    assert asks.actions("The regulations of the commission were issued late.")[0] == frozenset()
    assert asks.actions("The media regulator should be independent.")[0] == frozenset()
