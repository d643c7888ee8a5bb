"""The journal-article loader on Isaacs's article (000): facts checked against a reading.
Facts its curation file supplies are tested in test_curated_scholarship.py."""

from __future__ import annotations

from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import FOAF, NG, ORG, PROV, SCHEMA
from tests.documents import ISAACS_ARTICLE
from tests.loaders.scholarship_helpers import (
    election_paths,
    facts,
    framework_stages,
    loaded,
    local,
    value,
    values,
)

STAGES = ["diffusion", "acceptance", "reconstitution", "moment-of-contestation"]


def test_every_stage_of_the_four_stage_framework_is_stated() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    stages = framework_stages(extraction, "contestation-stage")
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
            (voting, "reconstitution-through-practice"),
            (voting, "moment-of-contestation"),
        ]
    )
    diffusion = next(e for e in extracted if local(value(e, NG.stage)) == "diffusion")
    assert local(value(diffusion, NG.actor)) == "osce"
    practice = next(e for e in extracted if "through-practice" in str(value(e, NG.stage)))
    assert practice.evidence[-1].quote == "practice (free and fair voting)"


FIXTURE = """# Norms in Kazakhstan: a test article

*Ann Author*

*Department of Studies, Test University, UK*

This article introduces a four-stage framework. In the third stage norms are reconstituted
through political discourse (the norm of election observation) and/or political practice
(free and fair voting).

### Stage 3: reconstitution of the norm of free and fair voting

Commissions were staffed with loyal members.

### Stage 3: reconstitution of election monitoring

Observers were called biased.

### Stage 3: reconstitution of the rule of law

Nothing says how.
"""


def test_a_stage_3_heading_without_a_mode_takes_the_one_the_introduction_gives_its_norm() -> None:
    source = SourceText("fixture", "fixture.txt", FIXTURE)
    extraction = JournalArticleLoader().extract(source)
    staged = [f for f in facts(extraction, NG.Section) if values(f, NG.stage)]
    staged.sort(key=lambda f: f.evidence[0].start)
    assert [[local(s) for s in values(f, NG.stage)] for f in staged] == [
        ["reconstitution-through-practice"],
        ["reconstitution-through-discourse"],
        ["reconstitution"],  # the introduction gives no mode for this norm: left general
    ]
    events = facts(extraction, NG.NormStageEvent)
    practice = next(e for e in events if "through-practice" in str(value(e, NG.stage)))
    # the phrase wraps onto a second line: one span whose quote keeps the line break
    assert [s.quote for s in practice.evidence[1:]] == ["practice\n(free and fair voting)"]
    for fact in extraction.facts:
        for span in fact.evidence:
            assert FIXTURE[span.start : span.end] == span.quote


def test_every_election_the_article_lists_with_dates_from_the_bibliography() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    assert election_paths(extraction) == [
        "kz/" + path
        for path in [
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
    ]
    findings = {local(f.iri): f for f in facts(extraction, NG.Finding)}
    assert len(values(findings["no-election-met-copenhagen-standards"], NG.election)) == 11
    commissions = findings["commission-independence-concerns"]
    assert sorted(local(e)[:4] for e in values(commissions, NG.election)) == [
        "2004",
        "2007",
        "2012",
        "2016",
    ]
    assert local(value(commissions, PROV.wasAttributedTo)) == "osce-odihr"
    assert local(value(commissions, NG.topic)) == "election-administration"
    counting = findings["vote-counting-violations"]
    assert len(values(counting, NG.election)) == 5
    # the monitors' scores the article quotes, attributed to them
    assert local(value(findings["freedom-house-nations-in-transit"], PROV.wasAttributedTo)) == (
        "freedom-house"
    )
    assert "6.17" in str(value(findings["freedom-house-nations-in-transit"], NG.text))


def test_contestation_statements_with_speaker_role_stance_and_date() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    statements = {local(f.iri): f for f in facts(extraction, NG.ContestationStatement)}
    # 14 curated, and one read from the text alone ("As one member of the CEC noted, ..."),
    # which has no stance
    assert len(statements) == 15
    stances = sorted(local(value(s, NG.stance)) for s in statements.values() if value(s, NG.stance))
    assert stances == ["contests"] * 5 + ["endorses"] * 7 + ["reinterprets", "rejects"]
    # each interview is dated by the note that gives its date (the press by the article's)
    dates = {key: str(value(s, NG.date)) for key, s in statements.items()}
    assert dates["nazarbayev-western-culture"] == "2012-04-25"
    assert dates["tazhin-double-standards"] == "2008-12-05"
    assert dates["zhunusov-observers-knowledge"] == dates["zhunusov-not-needed"] == "2012-04-03"
    assert dates["sarsembayev-benevolent"] == "2011-07-11"
    assert dates["dvoretzky-balanced-commissions"] == "2011-07-09"
    assert dates["kaliev-counting-hidden"] == "2011-07-07"
    assert dates["kossanov-teachers-lose-job"] == "None"  # the note gives no date
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
    chair = next(f for f in facts(extraction, ORG.Post) if "chairmanship" in str(f.iri))
    assert local(value(chair, ORG.heldBy)) == "kz"


def test_parties_and_interviewees_are_kept_distinct() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    parties = {str(f.label) for f in facts(extraction, NG.PoliticalParty)}
    assert {
        "Nur Otan",
        "Nationwide Social Democratic Party",
        "OSDP-Azat",
        "Social Democratic Party 'Auyl'",
        "'Auyl' People's Patriotic Party",
        "Party of Patriots",
        "Adilet",
        "Rukhaniyat",
        "Birlik",
        "Ak Zhol",
        "Peoples Communist Party of Kazakhstan",
    } == parties
    assert len({f.iri for f in facts(extraction, NG.PoliticalParty)}) == 11
    people = {f.iri for f in facts(extraction, FOAF.Person)}
    assert len(people) == 13  # author, president, minister and ten interviewees
    merger = next(f for f in facts(extraction, SCHEMA.Event) if "auyl-merger" in str(f.iri))
    assert len(values(merger, NG.actor)) == 3


def test_every_selector_resolves_and_methods_are_counted() -> None:
    source, extraction, graph = loaded(ISAACS_ARTICLE)
    assert extraction.counts_by_method() == {
        "curated": 86,
        "extracted": 63,
    }  # + the law it cites and its article 10 (a footnote), 16 own findings, one statement
    # read from the text alone and its speaker
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote
    assert len(graph) > 1500
