"""The loaders read the state, the implementer and the donor from the text: the corpus's
reports with their state or their implementer renamed (in memory, at test time; the
corpus text is never copied into the repository) load under the new names."""

from __future__ import annotations

import re

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.election_mentions import find_mentions
from normgraph.loaders.extract.law_facts import add_references
from normgraph.loaders.extract.legal import find_laws, find_references
from normgraph.loaders.programme.loader import ProgrammeLoader
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.resolve.resolution import resolve
from normgraph.loaders.statement.loader import StatementLoader
from normgraph.loaders.text.source import SourceText, read_source
from normgraph.namespaces import ID, NG
from tests.documents import CORPUS, ENEMO_2005, NDI_PROGRAMME


def _renamed(file_name: str, renames: dict[str, str]) -> SourceText:
    """A corpus file with whole words replaced, same file name."""
    source = read_source(CORPUS / file_name)
    text = source.text
    for old, new in renames.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return SourceText(source.document_id, source.file_name, text)


def _iris(extraction: Extraction, kind: URIRef) -> set[str]:
    return {str(f.iri) for f in extraction.facts if f.kind == kind}


@pytest.fixture(scope="module")
def enemo_elsewhere() -> Extraction:
    """ENEMO's statement with its state renamed: Kazakhstan becomes Kyrgyzstan."""
    source = _renamed(ENEMO_2005, {"Kazakhstan": "Kyrgyzstan", "Kazakh": "Kyrgyz"})
    return resolve(StatementLoader().extract(source))


def test_a_renamed_state_files_the_laws_under_that_state(enemo_elsewhere: Extraction) -> None:
    laws = _iris(enemo_elsewhere, NG.Law)
    assert laws, "the statement cites laws"
    assert all(iri.startswith(str(ID["law/kg/"])) for iri in laws), sorted(laws)
    elections = _iris(enemo_elsewhere, NG.Election)
    assert elections and all("/election/kg/" in iri for iri in elections), elections
    assert not any("/kz/" in str(f.iri) for f in enemo_elsewhere.facts)


@pytest.fixture(scope="module")
def programme_by_another() -> Extraction:
    """The programme report with its implementer renamed (NDI becomes IRI)."""
    source = _renamed(
        NDI_PROGRAMME,
        {
            "National Democratic Institute for International Affairs": (
                "International Republican Institute"
            ),
            "NDI": "IRI",
        },
    )
    return ProgrammeLoader().extract(source)


def test_the_implementer_is_whoever_the_programme_names(
    programme_by_another: Extraction,
) -> None:
    programme = next(f for f in programme_by_another.facts if f.kind == NG.Programme)
    implementer = [v for p, v in programme.values if p == NG.implementer]
    assert implementer == [ID["organisation/iri"]]
    activities = [f for f in programme_by_another.facts if f.kind == NG.ProgrammeActivity]
    by_implementer = [a for a in activities if (NG.implementer, implementer[0]) in a.values]
    assert len(activities) >= 20
    assert len(by_implementer) >= 20
    assert not any("/ndi" in str(f.iri) for f in programme_by_another.facts)


def test_a_law_is_minted_under_the_state_it_names_or_the_reports() -> None:
    text = "Article 12 of the Electoral Code of Georgia and the Law on Political Parties"
    laws = find_laws(text, "am")
    assert [(law.written, str(law.iri).split("/id/")[1]) for law in laws] == [
        ("Electoral Code", "law/ge/electoral-code"),
        ("Law on Political Parties", "law/am/law-political-parties"),
    ]
    article = find_references(text, "am")[0]
    assert str(article.iri).endswith("/law/ge/electoral-code/article/12")


def test_a_state_s_own_law_names_come_from_its_data() -> None:
    """The report's state's file names its laws; another state's report never gets them."""
    lower_case = "the media law and the election law"
    mine = [str(law.iri).split("/id/")[1] for law in find_laws(lower_case, "kz")]
    assert mine == ["law/kz/law-on-mass-media", "law/kz/constitutional-law-on-elections"]
    assert find_laws(lower_case, "ge") == []
    other = find_laws("the Constitution", "ge")
    assert [str(law.iri).split("/id/")[1] for law in other] == ["law/ge/constitution"]


def test_resolution_never_maps_a_law_to_another_state_s() -> None:
    extraction = Extraction()
    add_references(extraction, "Article 5 of the Constitution", lambda a, b: [], "ge")
    resolved = resolve(extraction)
    laws = _iris(resolved, NG.Law)
    assert laws == {str(ID["law/ge/constitution"])}


INVENTED_PROGRAMME = """\
CIVIC PARTNERSHIP FUND

REPUBLIC OF MOLDOVA: VOTER EDUCATION PROGRAM

FINAL REPORT

I. SUMMARY

From March 1, 2018 to February 28, 2021, the Civic Partnership Fund (CPF) implemented a
voter education program in the Republic of Moldova, with funding from the Lakeside
Foundation (LF) under Grant Agreement No. LF-2018-7. The program worked with parties.

II. PROGRAM ACTIVITIES

In May 2019, CPF held a training for 40 observers with LF funding.
"""


def test_a_programme_sentence_in_another_layout_names_its_parties() -> None:
    """Period first, "implemented", "with funding from": implementer, donor, state, period
    and agreement are still whoever and whatever the sentence names."""
    extraction = ProgrammeLoader().extract(SourceText("inv", "inv.txt", INVENTED_PROGRAMME))
    programme = next(f for f in extraction.facts if f.kind == NG.Programme)
    values = dict(programme.values)
    assert values[NG.implementer] == ID["organisation/cpf"]
    assert values[NG.donor] == ID["organisation/lf"]
    assert values[NG.country] == ID["state/md"]
    assert str(values[NG.fundingReference]) == "LF-2018-7"
    donor = next(f for f in extraction.facts if f.iri == ID["organisation/lf"])
    assert NG.Donor in (donor.kind, *donor.extra_types)
    activity = next(f for f in extraction.facts if f.kind == NG.ProgrammeActivity)
    assert (NG.implementer, ID["organisation/cpf"]) in activity.values


@pytest.mark.parametrize(
    "text",
    [
        "REPUBLIC OF ARMENIA - EARLY PARLIAMENTARY ELECTIONS, 7 JUNE 2026",
        "a mission for the 7 June 2026 early parliamentary elections, at the invitation",
        "The parliamentary elections of June 7, 2026 were annulled",
    ],
)
def test_elections_dated_day_first_or_after_the_type(text: str) -> None:
    found = find_mentions(text, lambda a, b: [], "am")
    assert [(m.country, m.kind, m.when) for m in found] == [("am", "parliamentary", (2026, 6, 7))]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "the parliamentary elections of 2012, 2014 and 2016",
            [("parliamentary", (y, None, None)) for y in (2012, 2014, 2016)],
        ),
        (
            "a new constitution was adopted by referendum on April 11, 2021",
            [("referendum", (2021, 4, 11))],
        ),
        ("the constitutional referendum of 5 July 2015", [("referendum", (2015, 7, 5))]),
        ("After the capital's city elections of 4 March 2018", [("local", (2018, 3, 4))]),
        ("a referendum on independence", []),
    ],
)
def test_earlier_elections_a_text_names(text: str, wanted: list[tuple[str, object]]) -> None:
    """Other elections a report names by type and date or year: a list of years, a
    referendum on a date, city or municipal elections."""
    found = find_mentions(text, lambda a, b: [], "am")
    assert [(m.kind, m.when) for m in found] == wanted
