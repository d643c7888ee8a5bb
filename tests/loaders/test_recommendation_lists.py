"""Recommendations written as a list under a lead-in ("calls on the authorities to:", "We
recommend that:") and paragraphs that label themselves ("Recommendation 2 (to the
Parliament): ..."), read the same way by the statement, programme and study loaders. The
texts are invented (other states, bodies and layouts than the fixtures')."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.recommendation_lists import labelled, listed_recommendations
from normgraph.loaders.programme.recommendations import add_programme_recommendations
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.scholarship.recommendations import add_listed_recommendations
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

DELEGATION = """\
Parliamentary Assembly delegation

OBSERVATION OF THE PARLIAMENTARY ELECTIONS IN THE REPUBLIC OF SERBIA (3 APRIL 2033)

Statement by the delegation, Belgrade, 4 April 2033

1. The delegation observed the 3 April 2033 parliamentary elections in Serbia.

2. Voting was calm, but the campaign was marred by the misuse of public office.

3. In the light of the above, the delegation calls on the Serbian authorities to:

- adopt rules on the separation of state and party activities;
- give the Republic Electoral Commission the power to sanction violations;
- publish the results of every polling station.

4. The delegation stands ready to continue its co-operation with the authorities.
"""


def _text(fact: Fact) -> str:
    return next(str(v) for p, v in fact.values if p == NG.text)


def _values(fact: Fact, predicate: URIRef) -> list[str]:
    return [str(v) for p, v in fact.values if p == predicate]


def _recommendations(extraction: Extraction) -> list[Fact]:
    return [fact for fact in extraction.facts if fact.kind == NG.Recommendation]


def test_a_statements_dash_list_under_calls_on_is_one_recommendation_per_item() -> None:
    extraction = StatementLoader().extract(SourceText("d", "delegation.txt", DELEGATION))
    found = _recommendations(extraction)
    assert [_text(f) for f in found] == [
        "adopt rules on the separation of state and party activities;",
        "give the Republic Electoral Commission the power to sanction violations;",
        "publish the results of every polling station.",
    ]
    assert all(not _values(f, NG.number) for f in found)
    assert all(_values(f, NG.addressee) for f in found)  # the authorities the lead-in names


NEXT_PARAGRAPH = """\
Conclusions

7. The mission urges the Central Election Commission to act on the following:

8. The count was transparent in most polling stations.
"""


def test_the_reports_own_next_numbered_paragraph_is_no_list() -> None:
    document = parse_document(SourceText("invented", "invented.txt", NEXT_PARAGRAPH))
    assert listed_recommendations(list(document.elements)) == []


LETTERED_LIST = """\
Recommendations

The observers recommend that the Parliament of Georgia:

a) lower the threshold for independent candidates;

b) set a deadline for the review of complaints;

The observers thank the authorities for their co-operation.
"""


def test_a_lettered_list_ends_where_the_paragraphs_go_on() -> None:
    document = parse_document(SourceText("invented", "invented.txt", LETTERED_LIST))
    listed = listed_recommendations(list(document.elements))
    assert [found.item.label for found in listed] == ["a", "b"]
    assert "Parliament of Georgia" in listed[0].addressed


PAST_RECOMMENDATION = """\
Follow-up

In 2019 the mission recommended the following:

- a single voter register;
- a public audit of the register.
"""


def test_a_past_recommendation_opens_no_list() -> None:
    document = parse_document(SourceText("invented", "invented.txt", PAST_RECOMMENDATION))
    assert listed_recommendations(list(document.elements)) == []


def test_a_labelled_paragraph_gives_its_number_and_addressee() -> None:
    found = labelled("Recommendation 4 (to the Supreme Court): Decide appeals within 3 days.")
    assert found is not None and (found["number"], found["who"]) == ("4", "the Supreme Court")
    plain = labelled("Recommendation 12. Publish all decisions online.")
    assert plain is not None and plain["number"] == "12" and plain["who"] is None
    assert labelled("Recommendations 3 and 4 of the 2019 report were implemented.") is None


def _report(key: str) -> Fact:
    return Fact(iri=URIRef(f"https://example.org/id/report/{key}"), kind=NG.Report)


PROGRAMME = """\
5. RECOMMENDATIONS FOR THE NEXT PHASE

Recommendation 1 (to the Parliament): Adopt the new election code at least one year before
the next elections.

Recommendation 2 (to the Central Election Commission): Publish the minutes of every session
within two days.

Recommendation 3: Extend the programme to the northern regions.
"""


def test_a_programme_reports_labelled_recommendations() -> None:
    document = parse_document(SourceText("p", "programme.txt", PROGRAMME))
    extraction = Extraction()
    found = add_programme_recommendations(
        extraction, document, _report("p"), Actors(extraction, "al")
    )
    assert [(_values(f, NG.number), _text(f)[:24]) for f in found] == [
        (["1"], "Adopt the new election c"),
        (["2"], "Publish the minutes of e"),
        (["3"], "Extend the programme to "),
    ]
    assert [len(_values(f, NG.addressee)) for f in found] == [1, 1, 0]


STUDY = """\
6. CONCLUSIONS

The register of voters abroad remains incomplete.

7. RECOMMENDATIONS

We recommend that:

• the government publish a response to every observation report within six months;
• the Electoral Commission review the accreditation of observers;
• the accreditation of citizen observers be simplified.

The authors thank the Bergen Foundation for its support.
"""


def test_a_studys_bulleted_list_under_we_recommend_that() -> None:
    document = parse_document(SourceText("s", "study.txt", STUDY))
    extraction = Extraction()
    found = add_listed_recommendations(extraction, document, _report("s"), Actors(extraction, "no"))
    assert [_text(f)[:30] for f in found] == [
        "the government publish a respo",
        "the Electoral Commission revie",
        "the accreditation of citizen o",
    ]
    assert all(not _values(f, NG.number) for f in found)


def test_a_study_without_a_recommendations_section_recommends_nothing() -> None:
    text = STUDY.replace("7. RECOMMENDATIONS", "7. DISCUSSION")
    document = parse_document(SourceText("s", "study.txt", text))
    extraction = Extraction()
    assert (
        add_listed_recommendations(extraction, document, _report("s"), Actors(extraction, "no"))
        == []
    )
