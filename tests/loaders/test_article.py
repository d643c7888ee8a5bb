"""The journal-article loader on Isaacs's article (000): facts checked against a reading.
Facts its curation file supplies are tested in test_curated_scholarship.py."""

from __future__ import annotations

from normgraph.loaders.scholarship.article import JournalArticleLoader
from normgraph.loaders.scholarship.attributed import read_attributed
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ELI, NG, ORG
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


def test_a_statement_the_text_alone_attributes_has_its_described_speaker_and_no_stance() -> None:
    """ "As one member of Kazakhstan's Central Election Committee (CEC) noted, Kazakhstan is
    one of the few countries ...": read from the text with its described speaker. The graph
    keeps the curated reading of the same passage instead (its interview note names him)."""
    text, extraction, _ = loaded(ISAACS_ARTICLE)
    at = text.text.index("As one member of Kazakhstan")
    (read,) = read_attributed(text.text[at : text.text.index(".", at + 120) + 1])
    assert read.words.startswith("Kazakhstan is one of the few countries")
    assert "member of Kazakhstan's Central Election" in read.speaker
    extracted = [
        f for f in facts(extraction, NG.ContestationStatement) if f.method.value == "extracted"
    ]
    assert not extracted  # the curated twin carries the speaker's name and the stance


def test_the_author_and_the_department_and_university_he_works_in() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    author = next(f for f in extraction.facts if f.label == "Rico Isaacs")
    assert sorted(local(v) for v in values(author, ORG.memberOf)) == [
        "department-of-social-sciences",
        "oxford-brookes-university",
    ]


def test_every_fact_quotes_the_text_at_its_offsets() -> None:
    source, extraction, _ = loaded(ISAACS_ARTICLE)
    for fact in extraction.facts:
        assert fact.evidence, fact.iri
        for span in fact.evidence:
            assert source.text[span.start : span.end] == span.quote


def test_the_election_law_the_article_cites_and_its_article_10_in_a_footnote() -> None:
    _, extraction, _ = loaded(ISAACS_ARTICLE)
    (law,) = [f for f in facts(extraction, NG.Law) if f.method.value == "extracted"]
    assert "Law on Elections" in str(law.label)
    assert local(value(law, NG.country)) == "kz"
    (article,) = facts(extraction, NG.LawArticle)
    assert value(article, ELI.is_part_of) == law.iri
    assert str(value(article, NG.number)) == "10"
    assert {span.quote for span in article.evidence} == {"Article 10"}
