"""Laws read when a report cites them in shapes the readers met only half-way (issue 13,
thirteenth session): a short name the parenthesis marks as one ("(hereafter, the Voting
Law)"), an article cited in the sentence that defines the short form, "that law", a bare
generic name that is the state's own ("the Electoral Code" of <state>), and two laws joined
by "and the Code on". Every passage is invented for the test; both law readers (the ODIHR
reader ``legal_patterns.add_legal`` and ``legal.find_references``) read them."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.law_acronyms import defined
from normgraph.loaders.extract.law_facts import add_document_laws
from normgraph.loaders.extract.law_shapes import state_form
from normgraph.loaders.extract.legal import LawMemory, find_references
from normgraph.loaders.extract.legal_patterns import add_legal
from normgraph.loaders.rdf.facts import Extraction
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import ID, NG, SKOS


def _odihr(text: str, country: str) -> dict[str, set[str]]:
    """IRI (after /id/) -> labels of the laws and articles the ODIHR reader finds."""
    extraction = Extraction()
    document = parse_document(SourceText("probe", "probe.txt", "3. THE LAW\n\n" + text))
    add_legal(extraction, document, URIRef(ID["report/probe"]), country)
    return {
        str(fact.iri).split("/id/")[1]: {str(fact.label)}
        | {str(value) for prop, value in fact.values if prop == SKOS.altLabel}
        for fact in extraction.facts
        if fact.kind in (NG.Law, NG.LawArticle)
    }


def _cited(text: str, country: str) -> set[str]:
    memory = LawMemory()
    found: set[str] = set()
    for sentence in text.split(". "):
        refs = find_references(sentence, country, memory)
        found |= {str(ref.iri).split("/id/")[1] for ref in refs}
        memory.read(sentence, country)
    return found


def test_a_marked_two_word_short_name_is_the_law_it_follows() -> None:
    """ "(hereafter, the Voting Law)", "(henceforth: "Party Code")": two words after a
    marker define a short name; the same two words in a bare parenthesis do not."""
    long = "the Organic Law on Local and National Polls"
    assert defined(f"{long} (hereafter, the Voting Law) applies", [(4, 43, "L")]) == {
        "Voting Law": "L"
    }
    assert defined(f"{long} (henceforth: \u201cParty Code\u201d)", [(4, 43, "L")]) == {
        "Party Code": "L"
    }
    assert defined(f"{long} (Voting Law) applies", [(4, 43, "L")]) == {}
    text = (
        "Polls are regulated by the Law on Local and National Polls (hereafter, the Voting "
        "Law). Article 12 of the Voting Law sets the threshold, and the Voting Law was "
        "amended in 2019."
    )
    laws = _odihr(text, "md")
    assert set(laws) == {
        "law/md/law-local-national-polls",
        "law/md/law-local-national-polls/article/12",
    }


def test_an_article_in_the_sentence_that_defines_the_short_form() -> None:
    """ "the Law on the Referendum (LR) and, where the LR is silent, ... under Article 2 of
    the LR": the article is the law's though its short form was defined in that sentence."""
    text = (
        "The vote is held under the Law on the Referendum (LR), and where the LR is silent "
        "the Electoral Code applies under Article 2 of the LR. Article 9 of the LR sets the "
        "quorum."
    )
    laws = _odihr(text, "al")
    assert "law/al/law-referendum/article/2" in laws
    assert "law/al/law-referendum/article/9" in laws
    assert not any(key.startswith("law/al/lr") for key in laws)


def test_an_article_of_that_law_is_of_the_law_named_last() -> None:
    text = (
        "Donations are governed by the Law on Party Funding. Article 23 of that law caps "
        "gifts from companies; Article 4 of this Code is not cited, as no code was named."
    )
    assert "law/lt/law-party-funding/article/23" in _odihr(text, "lt")
    assert not any("/article/4" in key for key in _odihr(text, "lt"))
    cited = _cited(text, "lt")
    assert "law/lt/law-party-funding/article/23" in cited
    assert not any("/article/4" in key for key in cited)


def test_a_bare_generic_name_is_also_named_as_its_states() -> None:
    """ "the Electoral Code" of a report on a state is "Electoral Code of <state>" beside
    other states' codes, as its Constitution is; a law named by its own subject is not."""
    assert state_form("Electoral Code, article 45", "am") == "Electoral Code of Armenia, article 45"
    assert state_form("Criminal Procedure Code", "am") == "Criminal Procedure Code of Armenia"
    assert state_form("Law on Political Parties", "am") is None
    assert state_form("Law No. 5", "am") is None
    text = "The Electoral Code was adopted in 2011. Article 48 of the Electoral Code bans it."
    laws = _odihr(text, "am")
    assert "Electoral Code of Armenia, Article 48" in laws["law/am/electoral-code/article/48"]


def test_a_law_on_x_and_the_code_on_y_are_two_laws() -> None:
    text = "The framework also comprises the Law on Public Meetings and the Code on Minor Offences."
    assert _cited(text, "lt") == {"law/lt/law-public-meetings", "law/lt/code-minor-offences"}
    assert set(_odihr(text, "lt")) == {"law/lt/law-public-meetings", "law/lt/code-minor-offences"}


def test_a_law_in_the_title_of_a_work_cited_is_not_a_law_cited() -> None:
    """A list of references names laws in the titles of the works it lists ("Opinion on
    the Draft Law on ..."): those are works, not laws the text cites; the body's law is."""
    text = (
        "Party Money in Small States\n\n1. Introduction\n\nThe Law on Party Funding of 2009 "
        "caps donations.\n\nBibliography\n\nVenice Commission (2011) Opinion on the Draft "
        "Law on Amendments to the Law on Local Polls, CDL-AD(2011)012. Strasbourg.\n\n"
        "Dobra, K. (2010) The Electoral Code in Practice. Tirana: Ora.\n"
    )
    extraction = Extraction()
    document = parse_document(SourceText("probe", "probe.txt", text))
    cited = add_document_laws(extraction, document, "al")
    assert [str(iri).split("/id/")[1] for iri in cited] == ["law/al/law-party-funding"]
