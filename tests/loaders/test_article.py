"""The journal-article loader on Isaacs's article (000): facts checked against a reading."""

from __future__ import annotations

from normgraph.namespaces import DCTERMS, NG, ORG, VOCAB
from tests.documents import ISAACS_ARTICLE
from tests.loaders.scholarship_helpers import facts, loaded, local, value, values

STAGES = ["diffusion", "acceptance", "reconstitution", "moment-of-contestation"]


def test_every_stage_of_the_four_stage_framework_is_stated() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    report = facts(extraction, NG.Report)[0]
    assert value(report, DCTERMS.references) == VOCAB["contestation-stage"]
    stages = {local(f.iri): f for f in extraction.facts if "/contestation-stage/" in str(f.iri)}
    assert sorted(stages) == sorted(STAGES)
    assert [s.quote for s in stages["acceptance"].evidence][-1] == (
        "accept the norm and enshrine it in legislation"
    )


def test_stage_headings_give_one_event_per_norm_and_stage() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    extracted = [e for e in facts(extraction, NG.NormStageEvent) if e.method.value == "extracted"]
    chains = sorted(
        (tuple(sorted(local(n) for n in values(e, NG.norm))), local(value(e, NG.stage)))
        for e in extracted
    )
    observation = ("election-observation",)
    voting = ("genuine-periodic-elections", "impartial-election-administration")
    assert chains == sorted(
        [
            (observation, "diffusion"),
            (observation, "acceptance"),
            (observation, "reconstitution-through-discourse"),
            (observation, "moment-of-contestation"),
            (voting, "diffusion"),
            (voting, "acceptance"),
            (voting, "reconstitution"),
            (voting, "moment-of-contestation"),
        ]
    )
    diffusion = next(e for e in extracted if local(value(e, NG.stage)) == "diffusion")
    assert local(value(diffusion, NG.actor)) == "osce"


def test_curated_stage_events_for_both_norms() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    curated = [e for e in facts(extraction, NG.NormStageEvent) if e.method.value == "curated"]
    assert len(curated) == 15
    law = next(e for e in curated if "observation-enshrined-in-law" in str(e.iri))
    assert local(value(law, NG.stage)) == "acceptance"
    assert law.evidence[0].quote == "as it is enshrined in Article 20 of the 1995 Law on Elections"


def test_every_election_the_article_lists_with_dates_from_the_bibliography() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    elections = sorted(str(f.iri).split("/election/kz/")[1] for f in facts(extraction, NG.Election))
    assert elections == [
        "parliamentary/1994",
        "parliamentary/1995",
        "parliamentary/1999",
        "parliamentary/2004-09-19",
        "parliamentary/2007-08-18",
        "parliamentary/2012-01-15",
        "parliamentary/2016-03-20",
        "presidential/1999",
        "presidential/2005",
        "presidential/2011-04-03",
        "presidential/2015",
    ]
    verdict = facts(extraction, NG.Finding)[0]
    assert len(values(verdict, NG.election)) == 11


def test_contestation_statements_with_speaker_role_stance_and_date() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    statements = {local(f.iri): f for f in facts(extraction, NG.ContestationStatement)}
    assert len(statements) == 8
    stances = sorted(local(value(s, NG.stance)) for s in statements.values())
    assert stances == ["contests"] * 5 + ["endorses", "reinterprets", "rejects"]
    poland = statements["zhunusov-poland"]
    assert str(value(poland, NG.date)) == "2012-04-03"
    assert str(value(poland, NG.speakerRole)).startswith("election official")
    assert str(value(poland, NG.quote)).startswith("Poland, the country which hosts")


def test_author_affiliation_and_osce_chairmanship() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    author = next(f for f in extraction.facts if f.label == "Rico Isaacs")
    assert sorted(local(v) for v in values(author, ORG.memberOf)) == [
        "department-of-social-sciences",
        "oxford-brookes-university",
    ]
    chair = facts(extraction, ORG.Post)[0]
    assert local(value(chair, ORG.heldBy)) == "kz"


def test_every_selector_resolves_and_methods_are_counted() -> None:
    source, extraction, graph = loaded(ISAACS_ARTICLE)
    assert extraction.counts_by_method() == {"curated": 37, "extracted": 43}
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote
    assert len(graph) > 1500
