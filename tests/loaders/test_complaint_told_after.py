"""Complaints whose outcome, body or count a report gives in words the readers did not know
(issue 13, fourteenth session), in passages invented for the test (other states, other
layouts than the fixtures that showed each cause; the outcome words alone, a remedy the
body ordered, a refusal a court overturned, a body that had not acted by a day the text
names, are in ``tests/cases/outcome_words.toml``): an appeal whose court only the next
sentence names; "asked <court> on <date> to"; a body's count "reported" (not observers'
"cases", not criminal cases); a body's name wrapped below its row of a table; and
sentences a case name ("v.") or a footnote number glued after a year would run together."""

from __future__ import annotations

from rdflib import URIRef

from normgraph.loaders.extract.actors import Actors
from normgraph.loaders.extract.complaint_cases import add_document_cases
from normgraph.loaders.extract.complaint_cross_tables import cross_tables
from normgraph.loaders.extract.complaint_figures import read_figures
from normgraph.loaders.extract.complaint_reader import add_complaints
from normgraph.loaders.extract.elections import election_iri
from normgraph.loaders.rdf.facts import Extraction, Fact
from normgraph.loaders.text.document import parse_document
from normgraph.loaders.text.sentences import sentences
from normgraph.loaders.text.source import SourceText
from normgraph.namespaces import NG

ELECTION = election_iri("lv", "parliamentary", "2026-10-03")


def _slug(fact: Fact, prop: URIRef) -> list[str]:
    return [str(v).rsplit("/", 1)[-1] for p, v in fact.values if p == prop]


def _cases(text: str) -> tuple[SourceText, list[Fact]]:
    extraction = Extraction()
    source = SourceText("disputes", "disputes.txt", text)
    cases, _ = add_complaints(
        extraction, parse_document(source), ELECTION, Actors(extraction, "lv"), 2026
    )
    return source, cases


def _read(text: str) -> list[tuple[list[str], list[str]]]:
    return [(_slug(case, NG.filedWith), _slug(case, NG.outcome)) for case in _cases(text)[1]]


def test_an_appeal_takes_the_court_that_decides_it_next() -> None:
    text = (
        "Disputes\n\nThe Amber Coast Union appealed the refusal to register its list. On 8 "
        "September the Administrative Court upheld the commission's decision.\n"
    )
    source, cases = _cases(text)
    assert [(_slug(c, NG.filedWith), _slug(c, NG.outcome)) for c in cases] == [
        (["administrative-court"], ["rejected"])
    ]
    (case,) = cases
    assert case.kind == NG.Complaint  # the appeal told, not a second one of a case dropped
    told = [source.text[span.start : span.end] for span in case.evidence]
    assert told[0].startswith("The Amber Coast Union appealed")


def test_a_request_to_a_court_with_its_date_before_what_it_asks() -> None:
    text = (
        "Disputes\n\nAfter the count, the Daugava Forum asked the Supreme Court on 9 October to "
        "annul the results in Ludza. The case was still pending at the time of writing.\n"
    )
    assert _read(text) == [(["supreme-court"], ["pending"])]


def test_a_remedy_ordered_in_the_next_sentence_upholds_the_complaint() -> None:
    text = (
        "Disputes\n\nOn 2 September, the Green Alliance complained to the CEC that a regional "
        "channel had aired an unlabelled campaign spot. The CEC found the spot to be paid "
        "campaigning and ordered the channel to broadcast a correction.\n"
    )
    assert _read(text) == [(["cec"], ["upheld"])]


def _figures(sentence: str) -> list[tuple[int, str | None]]:
    return [(figure.count, figure.outcome) for figure in read_figures(sentence, None)]


def test_a_body_reporting_its_count_and_a_part_after_a_semicolon() -> None:
    sentence = (
        "For 2024 the Electoral Tribunal reported 412 complaints; on its own account, 58 "
        "were granted in full or in part."
    )
    assert _figures(sentence) == [(412, None), (58, "upheld")]


TABLE = """Table 3. Appeals on candidate lists, 1 July - 2 October 2026

Body                        Lodged   Granted   Dismissed
Central Electoral            52        9         43
Commission
Administrative               14        2         12
District Court
High Court                    5        -          5
"""


def test_a_body_name_wrapped_below_its_row_belongs_to_that_row() -> None:
    bodies = {row.body for table in cross_tables(TABLE) for row in table.rows}
    assert bodies == {"Central Electoral Commission", "Administrative District Court", "High Court"}


def test_a_case_name_and_a_footnote_number_after_a_year_end_no_sentence_wrongly() -> None:
    text = (
        "The court ruled in Ozols v. Latvia in a judgment of 4 March 2019.12 In 2022, the "
        "party complained again. Turnout was 59.4 per cent."
    )
    assert [text[start:end] for start, end in sentences(text)] == [
        "The court ruled in Ozols v. Latvia in a judgment of 4 March 2019.12",
        "In 2022, the party complained again.",
        "Turnout was 59.4 per cent.",
    ]


def test_a_tally_part_after_while_is_a_figure_of_its_own() -> None:
    sentence = (
        "The county board said it had received 33 complaints, of which it granted 5 and "
        "turned down 20, while 8 were referred to other bodies."
    )
    assert _figures(sentence) == [
        (33, None),
        (5, "upheld"),
        (20, "rejected"),
        (8, "not-considered"),
    ]


def test_a_request_with_the_body_s_role_set_apart_before_what_it_asks() -> None:
    text = (
        "Disputes\n\nThe Free Press Union asked the Electoral Tribunal, as the body of "
        "appeal, to annul the fine on 11 May. The tribunal declared the request outside its "
        "competence.\n"
    )
    assert _read(text) == [(["electoral-tribunal"], ["not-considered"])]


def test_the_scholarship_reader_reads_an_application_and_a_dated_request() -> None:
    text = (
        "Disputes\n\nOzols applied to the European Court of Human Rights, which found a "
        "violation of his right to stand in a judgment of 4 March 2019.\n\nThe Voters' League "
        "asked the CEC on 20 November 2022 to suspend the lottery until after the vote. The "
        "CEC declared the request outside its competence.\n"
    )
    extraction = Extraction()
    document = parse_document(SourceText("thesis", "thesis.txt", text))
    cases = add_document_cases(extraction, document, "t", Actors(extraction, "lv"))
    assert [(_slug(c, NG.filedWith), _slug(c, NG.outcome)) for c in cases] == [
        (["european-court-of-human-rights"], ["upheld"]),
        (["cec"], ["not-considered"]),
    ]
