"""How reports cite laws, read by both law readers (the statement/programme reader
``legal.find_references`` and the ODIHR reader ``legal_patterns.add_legal``). Every
passage is invented for the test, about states with no reference data file."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from normgraph.loaders.extract.legal import find_references
from normgraph.loaders.extract.legal_patterns import add_legal
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG, SKOS


def _cited(text: str, country: str) -> list[tuple[str, str]]:
    return [(ref.kind, str(ref.iri).split("/id/")[1]) for ref in find_references(text, country)]


def _odihr_laws(text: str, country: str) -> set[str]:
    """IRIs (after /id/) of the laws and articles the ODIHR reader finds in ``text``."""
    extraction = Extraction()
    document = parse_document(SourceText("probe", "probe.txt", "I. LEGAL FRAMEWORK\n\n" + text))
    add_legal(extraction, document, URIRef(ID["report/probe"]), country)
    return {
        str(fact.iri).split("/id/")[1]
        for fact in extraction.facts
        if fact.kind in (NG.Law, NG.LawArticle)
    }


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Under Article 3.12 of the Election Law, lists may be withdrawn.",
            [("article", "law/si/election-law/article/3.12")],
        ),
        (
            "Articles 6.2 and 6.5 of the Election Law set the commissions' terms.",
            [
                ("article", "law/si/election-law/article/6.2"),
                ("article", "law/si/election-law/article/6.5"),
            ],
        ),
        (
            "Articles 21, 22 and 24 of the Electoral Code govern nomination.",
            [
                ("article", "law/si/electoral-code/article/21"),
                ("article", "law/si/electoral-code/article/22"),
                ("article", "law/si/electoral-code/article/24"),
            ],
        ),
    ],
)
def test_dotted_and_listed_article_numbers_are_each_an_article(
    text: str, wanted: list[tuple[str, str]]
) -> None:
    assert _cited(text, "si") == wanted


def test_a_code_named_code_of_something_is_a_law() -> None:
    text = "Fines for late reports are set in the Code of Administrative Offences."
    assert _cited(text, "ee") == [("law", "law/ee/code-administrative-offences")]
    assert "law/ee/code-administrative-offences" in _odihr_laws(text, "ee")


def test_a_party_code_of_conduct_is_not_a_law() -> None:
    assert _cited("Parties signed a Code of Conduct for the campaign.", "ee") == []


def test_a_bare_article_after_one_named_law_is_that_law_s() -> None:
    text = "The Law on Public Gatherings was revised in 2016; under Article 41, notice is required."
    assert ("article", "law/lt/law-public-gatherings/article/41") in _cited(text, "lt")
    assert "law/lt/law-public-gatherings/article/41" in _odihr_laws(text, "lt")


def test_a_bare_article_after_several_laws_or_none_is_not_guessed() -> None:
    several = "The Election Law and the Law on Parties differ; Article 4 sets the deadlines."
    assert [kind for kind, _ in _cited(several, "lt")] == ["law", "law"]
    assert not any("/article/" in iri for iri in _odihr_laws(several, "lt"))
    assert _cited("In line with Article 19.8, the commission decides within two days.", "lt") == []


def test_a_bare_article_opening_the_next_sentence_is_the_law_named_just_before() -> None:
    text = (
        "Article 12 of the Law on Local Councils sets the terms of office. The rule under "
        "Article 30 that a list carry 2,000 signatures was criticised. Appeals go to the "
        "courts under the Law on Local Councils.\n\n"
        "Article 77 regulates the count."
    )
    found = _odihr_laws(text, "lv")
    assert "law/lv/law-local-councils/article/30" in found
    assert not any(iri.endswith("/article/77") for iri in found)  # another paragraph


def test_a_short_form_defined_once_names_the_law_where_used_alone() -> None:
    text = (
        "The Law on Elections of Members of Parliament (LEMP) was amended twice. "
        "The LEMP sets a four per cent threshold, and Article 15 of the LEMP sets deadlines."
    )
    law = "law/al/law-elections-members-parliament"
    cited = _cited(text, "al")
    assert cited == [("law", law), ("law", law), ("article", f"{law}/article/15")]
    found = _odihr_laws(text, "al")
    assert {law, f"{law}/article/15"} <= found
    assert not any("lemp" in iri for iri in found)


def test_a_long_name_cut_short_later_is_the_same_law() -> None:
    text = (
        "The Law on the Election of Deputies to the State Assembly was adopted in 2012. "
        "The Law on the Election of Deputies sets a five per cent threshold."
    )
    law = "law/hr/law-election-deputies-state-assembly"
    assert _cited(text, "hr") == [("law", law), ("law", law)]
    assert {iri for iri in _odihr_laws(text, "hr")} == {law}


def test_a_name_two_longer_names_begin_is_not_guessed() -> None:
    text = (
        "The Law on Courts of Appeal and the Law on Courts of First Instance were revised; "
        "the Law on Courts was not."
    )
    assert ("law", "law/hr/law-courts") in _cited(text, "hr")
    assert "law/hr/law-courts" in _odihr_laws(text, "hr")


def test_laws_cited_by_number_by_year_and_by_a_short_name() -> None:
    """Other phrasings of laws' names: "Law No. 112 on ..." and then "Law No. 112" (one law,
    known by its number), "<Words> Act <year>", "<Words> Law"; a sentence's "The Law" is
    no name."""
    text = (
        "The elections are held under Law No. 112 on the Election of Deputies. Article 14 of "
        "Law No. 112 sets the threshold. The Representation of the People Act 1983 and the "
        "Electoral Administration Act 2006 apply, as does the Press Law. The Law was amended. "
        "The state has yet to adopt a Gender Equality Law."
    )
    cited = _cited(text, "md")
    laws = {iri for kind, iri in cited if kind == "law"}
    assert "law/md/law-no-112" in laws
    assert any("representation-people-act-1983" in iri for iri in laws)
    assert any("electoral-administration-act-2006" in iri for iri in laws)
    assert any(iri.endswith("press-law") for iri in laws)
    assert not any(iri.endswith("/law") or "gender" in iri for iri in laws)
    assert ("article", "law/md/law-no-112/article/14") in cited


def test_sections_cited_by_the_section_sign_and_a_paragraph_in_brackets() -> None:
    text = "This is set out in § 22 of the Constitution and § 61(2) of the Municipal Elections Act."
    assert _cited(text, "cz") == [
        ("article", "law/cz/constitution/article/22"),
        ("article", "law/cz/municipal-elections-act/article/61"),
    ]


def test_an_act_named_without_its_year_and_followed_by_a_date() -> None:
    text = "The Parliament amended the Regional Assembly Elections Act on 2 May 2014."
    assert _cited(text, "at") == [("law", "law/at/regional-assembly-elections-act")]


def test_a_short_form_defined_after_the_year_or_in_words_names_the_law_later() -> None:
    text = (
        "The Law on the Election of the President of 1996 (LEP) and the Law on Financing "
        "Political Activities (Party Finance Law) apply. Article 9 of the LEP sets the "
        "deadline, and Article 4 of the Party Finance Law caps spending."
    )
    cited = {iri for _, iri in _cited(text, "sk")}
    assert "law/sk/law-election-president/article/9" in cited
    assert "law/sk/law-financing-political-activities/article/4" in cited


def test_acts_cited_by_their_number_in_the_official_collection_are_laws() -> None:
    found = _odihr_laws(
        "Polling is regulated by Act No. 62/2003 Coll. on Elections to the National Council "
        "and Act No. 85/2005 Coll. on Political Parties, last amended by Act No. 19/2009 "
        "Coll. The Constitution applies as well.",
        "sk",
    )
    assert {
        "law/sk/act-no-62-2003-coll-elections-national-council",
        "law/sk/act-no-85-2005-coll-political-parties",
        "law/sk/act-no-19-2009-coll",
    } <= found


def test_a_section_of_an_act_is_its_article_and_a_bracketed_subsection_is_dropped() -> None:
    found = _odihr_laws(
        "Section 21(3) of the Broadcasting Act requires balance, and Section 40 of the "
        "Elections Act sets the count. Section 3 of this report describes the context.",
        "sk",
    )
    assert {
        "law/sk/broadcasting-act/article/21",
        "law/sk/elections-act/article/40",
    } <= found
    assert not any("report" in iri for iri in found)


def test_an_act_or_ordinance_on_a_subject_with_a_dated_short_form_cited_after_articles() -> None:
    text = (
        "Elections are governed by the Federal Act on Popular Votes of 4 June 1991 (FAPV) and "
        "the Ordinance on Popular Votes of 9 July 1992 (OPV). Appeals go to the provincial "
        "government within five days (Article 41 FAPV), and Article 12bis of the Penal Code "
        "punishes vote buying."
    )
    wanted = {
        "law/li/federal-act-popular-votes",
        "law/li/ordinance-popular-votes",
        "law/li/federal-act-popular-votes/article/41",
        "law/li/penal-code/article/12bis",
    }
    assert wanted <= _odihr_laws(text, "li")
    assert wanted <= {iri for _, iri in _cited(text, "li")}


def test_a_short_form_after_an_article_number_needs_the_form_the_report_defined() -> None:
    found = _odihr_laws(
        "The Federal Act on Broadcasting (FAB) bans paid advertising (Article 10 FAB).\n\n"
        "Observers noted that under Article 3 TV channels must carry debates.",
        "li",
    )
    assert "law/li/federal-act-broadcasting/article/10" in found
    assert not any(iri.endswith("/article/3") for iri in found)


def test_an_article_coordinated_with_the_next_cited_one_is_of_the_same_law() -> None:
    found = _odihr_laws(
        "The Federal Act on Broadcasting (FAB) applies. Decisions may be appealed (Article 80 FAB, "
        "read with Article 82 and Article 100(3)(b) of the Federal Courts Act).",
        "li",
    )
    assert {
        "law/li/federal-courts-act/article/82",
        "law/li/federal-courts-act/article/100",
    } <= found
    assert "law/li/federal-act-broadcasting/article/82" not in found


def test_the_constitution_is_also_named_for_the_report_s_state() -> None:
    """A report's bare "the Constitution" is its state's: its law and articles also go by
    "Constitution of <state>"; a law with a name of its own gets no such alias."""
    extraction = Extraction()
    document = parse_document(
        SourceText(
            "c",
            "c.txt",
            "I. LEGAL FRAMEWORK\n\nSection 12 of the Constitution and the Law on Local Polls "
            "govern the vote. Under Article 70 of the Constitution, the term is four years.",
        )
    )
    add_legal(extraction, document, URIRef(ID["report/c"]), "is")
    aliases = {
        str(fact.iri).split("/id/")[1]: {str(v) for p, v in fact.values if p == SKOS.altLabel}
        for fact in extraction.facts
        if fact.kind in (NG.Law, NG.LawArticle)
    }
    assert aliases["law/is/constitution"] == {"Constitution of Iceland"}
    assert aliases["law/is/constitution/article/70"] == {"Constitution of Iceland, Article 70"}
    assert aliases["law/is/law-local-polls"] == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The rules were changed by Government Ordinance No. 17/2011 in March.",
            [("law", "law/xx/government-ordinance-no-17-2011")],
        ),
        (
            "Under Decree 8/1999, which sets the fees, lists pay a deposit.",
            [("law", "law/xx/decree-8-1999")],
        ),
        (
            "Article 9 of Act LXX of 2004 on the Registration of Voters sets the deadline.",
            [("article", "law/xx/act-lxx-2004-registration-voters/article/9")],
        ),
        ("The decree of 12/2004 and an ordinance were debated.", []),
    ],
)
def test_laws_cited_by_their_number_in_a_year(text: str, wanted: list[tuple[str, str]]) -> None:
    """A decree or ordinance numbered in its year, an act numbered in Roman numerals in its
    year's collection (invented numbers)."""
    assert _cited(text, "xx") == wanted


def test_names_joined_by_of_or_and_numbered_dated_and_directives_are_laws() -> None:
    """Shapes seen in several families: "the <Words> of <Words> Law", a law numbered in its
    year without "No." and dated, a law cited by its day of adoption, a directive by its
    number (one directive, with or without its issuer), parenthesised words of an Act."""
    text = (
        "Voting is governed by the Registration of Voters Law of 1991, the Press and "
        "Broadcasting Law and Organic Law 4/2003 of 12 March on Political Parties. "
        "The Law of 14 June 1977 on Local Councils and the municipal law of 3 May 1988 "
        "still apply, as do Commission Directive 2001/23/EC and the Public (Overseas "
        "Voters) Act 2009; Directive 2001/23/EC was transposed late."
    )
    laws = {iri for kind, iri in _cited(text, "xx") if kind == "law"}
    assert laws == {
        "law/xx/registration-voters-law",
        "law/xx/press-broadcasting-law",
        "law/xx/organic-law-4-2003-12-march-political-parties",
        "law/xx/law-14-june-1977-local-councils",
        "law/xx/municipal-law-3-may-1988",
        "law/xx/directive-2001-23-ec",
        "law/xx/public-overseas-voters-act-2009",
    }
    assert {i.replace("/xx/", "/mt/") for i in laws} <= _odihr_laws(text, "mt")


def test_the_rule_of_law_and_two_laws_joined_by_and_are_not_one_name() -> None:
    text = "Respect for the Rule of Law, the Constitution and Election Law was noted."
    assert _cited(text, "xx") == [
        ("law", "law/xx/constitution"),
        ("law", "law/xx/election-law"),
    ]
    # a sentence's opening preposition is not the first word of an Act's name
    assert _cited("Under the Voting Act 2002, lists register.", "xx") == [
        ("law", "law/xx/voting-act-2002")
    ]


def test_a_name_given_as_hereinafter_in_a_parenthesis_is_the_law_it_follows() -> None:
    """ "(Law 19/1995, as amended, hereinafter "the Local Elections Law")" and "(Wahlordnung,
    hereafter WO)": the number and the short names are all the one law's."""
    text = (
        "The Law on the Election of Councillors (Law 19/1995, as amended, hereinafter "
        '"the Local Elections Law") and the Federal Voting Regulations (Wahlordnung, '
        "hereafter WO) apply. The Local Elections Law was amended in 2004, and Article 8 "
        "of the WO sets the count."
    )
    law = "law/pt/law-election-councillors"
    regulations = "law/pt/federal-voting-regulations"
    cited = {iri for _, iri in _cited(text, "pt")}
    assert cited == {law, regulations, f"{regulations}/article/8"}
    assert _odihr_laws(text, "pt") == cited


def test_an_article_of_the_act_or_the_directive_is_of_the_one_named_last() -> None:
    """ "Section 12 of the Act": the Act named last; "Article 3 of the Directive", "Article
    9 of the municipal law" likewise; "the new Law", which no law's name fits, is not
    guessed. Capital letters inserted in numbers ("20A") and a lower-case "section"."""
    text = (
        "The Courts Act and the Municipal Elections Act govern the vote, with Council "
        "Directive 96/12/EC and the municipal law of 2 May 1990. Section 20A of the Act "
        "sets the deadline. Article 3 of the Directive and Article 9 of the municipal law "
        "apply; Article 4 of the new Law does not. Under section 5 of the Courts Act, "
        "appeals are heard."
    )
    wanted = {
        "law/mt/municipal-elections-act/article/20A",
        "law/mt/directive-96-12-ec/article/3",
        "law/mt/municipal-law-2-may-1990/article/9",
        "law/mt/courts-act/article/5",
    }
    articles = {iri for kind, iri in _cited(text, "mt") if kind == "article"}
    assert articles == wanted
    found = _odihr_laws(text, "mt")  # whose IRIs are minted in lower case
    assert {iri.lower() for iri in wanted} <= found
    assert not any(iri.endswith("/article/4") for iri in found)


def test_a_range_of_articles_cites_the_law_not_the_range_s_two_ends() -> None:
    text = "Articles 12 to 15 of the Media Code and Articles 3 and 4 of the Media Code apply."
    cited = _cited(text, "xx")
    assert ("law", "law/xx/media-code") in cited
    assert not any(iri.endswith(("/article/12", "/article/15")) for _, iri in cited)
    found = _odihr_laws(text, "mt")
    assert "law/mt/media-code/article/3" in found
    assert not any(iri.endswith(("/article/12", "/article/15")) for iri in found)


def test_an_article_inserted_as_bis_after_a_space_is_not_the_article_before_it() -> None:
    text = "The Assembly should repeal Article 58 bis of the Media Code."
    assert _cited(text, "xx") == [("article", "law/xx/media-code/article/58bis")]
    found = _odihr_laws(text, "mt")
    assert "law/mt/media-code/article/58" not in found
    assert any(iri.startswith("law/mt/media-code/article/58") for iri in found)
