"""The paraphrase table is data: its entries make paraphrases one term, and a malformed
entry is an error naming it."""

from __future__ import annotations

import pytest

from normgraph.ontology import read_text
from normgraph.textsim import PARAPHRASES_FILE, read_phrases, terms


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
    ("term", "wordings"),
    [
        ("manualcount", ("a manual count of ballots", "a hand recount", "ballots counted by hand")),
        ("evoting", ("vote-counting machines", "optical scanners", "electronic tabulation")),
        ("adminresources", ("state property", "public vehicles", "government premises")),
        ("president", ("presidential candidates", "the president")),
        ("parliament", ("parliamentary parties", "parties in parliament")),
        ("standforoffice", ("run for president", "to stand for office")),
        (
            "deposit",
            ("the electoral deposit", "the registration fee", "the fee that candidates pay"),
        ),
        ("deadline", ("time limits", "the periods for lodging complaints")),
        ("replacement", ("replace members", "the recall of members", "swapping members")),
        (
            "citizenobserver",
            ("domestic observers", "citizen observation", "non-partisan observers"),
        ),
        ("register", ("to register", "registration")),
    ],
)
def test_the_seventh_session_classes_make_one_term_of_each_wording(
    term: str, wordings: tuple[str, ...]
) -> None:
    for wording in wordings:
        assert term in terms(wording), wording


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


def each_wording_makes_its_term(classes: dict[str, tuple[str, ...]]) -> None:
    """Every wording of a class reads as the class's one term."""
    for term, wordings in classes.items():
        for wording in wordings:
            assert term in terms(wording), (term, wording)


def test_election_law_vocabulary_classes_make_one_term_of_each_wording() -> None:
    """Classes of the field's vocabulary (ontology/paraphrases.toml, eighth pass)."""
    classes = {
        "votebuying": (
            "vote buying",
            "votes were bought",
            "money or gifts for votes",
            "bribery of voters",
        ),
        "coercion": ("coercion of voters", "pressure on employees", "voters were pressured"),
        "publicemployee": (
            "public employees",
            "civil servants",
            "public-sector staff",
            "state employees",
        ),
        "independentcandidate": ("independent candidates", "self-nominated candidates"),
        "gender": ("women", "female", "gender", "under-represented sex"),
        "deadline": ("deadlines", "time limits", "timeframe"),
        "regulator": (
            "the media regulator",
            "the regulator",
            "regulatory body for audiovisual media",
        ),
        "opinionpoll": ("opinion polls", "exit polls"),
        "disability": ("persons with disabilities", "voters with reduced mobility"),
    }
    each_wording_makes_its_term(classes)
    assert "coercion" not in terms("intimidation of journalists")
    assert "opinionpoll" not in terms("polling stations")
    assert "publicemployee" not in terms("public broadcaster")


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


def test_the_tenth_session_classes_make_one_term_of_each_wording() -> None:
    """Citizen observers by the organisations that send them, turnout by the number who
    voted, money reported while the campaign runs, coverage that is paid for, a court's
    warrant; invented wordings of another field's reports."""
    classes = {
        "citizenobserver": (
            "NGOs should be able to observe the count",
            "non-governmental organisations accredit their observers",
            "civil society groups may send observers",
        ),
        "turnout": ("the turnout", "voter participation", "the number of people who voted"),
        "duringcampaign": (
            "interim disclosures",
            "throughout the campaign",
            "before election day",
        ),
        "paidcoverage": (
            "paid news",
            "outlets sold airtime coverage",
            "sponsored content",
            "hidden political advertising",
        ),
        "courtorder": ("a court order", "a judicial decision", "a decision of the court"),
        "allstages": ("all stages of the  counting process",),
        "partisanbalance": (
            "a balanced composition of the boards",
            "no single party holds a majority of the seats",
            "a pluralistic board",
        ),
    }
    each_wording_makes_its_term(classes)
    # International observers are no citizen observers, whatever else the sentence names.
    assert "citizenobserver" not in terms("NGOs and international observers")
    assert "citizenobserver" not in terms("NGOs or foreign observers")
    assert "turnout" not in terms("the number of voters on the list")
    assert "paidcoverage" not in terms("paid political advertising in the news")
    assert "courtorder" not in terms("the court heard the appeal")
    assert "partisanbalance" not in terms("the ruling party holds a majority")


def test_the_thirteenth_session_classes_make_one_term_of_each_wording() -> None:
    """Words the handbooks use for one thing (ontology/paraphrases.toml, recur14i)."""
    classes = {
        "diplomaticmission": ("the embassy", "consulates", "diplomatic and consular posts"),
        "minoritylanguage": (
            "minority languages",
            "in their mother tongue",
            "languages of national minorities",
            "languages other than the state language",
        ),
        "signedlist": (
            "the signed voter lists",
            "marked electoral rolls",
            "the lists of citizens who voted",
            "lists of voters who cast a ballot",
        ),
        "impersonation": ("someone voted in her name", "voting in another person's stead"),
        "familyvoting": (
            "votes cast on behalf of relatives",
            "voting for other members of their family",
            "casting a ballot for someone else",
        ),
        "absenteevoting": ("absentee ballots", "absentee voting certificates"),
        "priorapproval": ("prior permission", "the mayor's authorisation", "an approval"),
        "notify": ("advance notice", "a simple notification", "organisers notify the police"),
        "assembly": ("campaign events",),
        "coercion": ("the mobilisation of state employees", "the mobilisation of pupils"),
        "perpetrator": ("the perpetrators", "those responsible", "offenders"),
        "allegation": ("allegations of fraud", "credible reports of pressure"),
        "evoting": ("voting devices", "electronic voting equipment"),
        "centralregister": ("a single voter register", "a unified national voter list"),
    }
    each_wording_makes_its_term(classes)
    # The ordinary voter list stays the voter list; voter mobilisation is campaigning.
    assert terms("the lists of registered voters") == ["voterlist"]
    assert "coercion" not in terms("the mobilisation of voters by parties")
    assert "allegation" not in terms("the observers' reports of the count")
    assert "minoritylanguage" not in terms("the official language")


def test_a_kind_s_head_meets_the_plain_word() -> None:
    """A class that names a kind (a register made single, signed lists, a time of the
    campaign) keeps its head at half weight, so the plain word still meets it."""
    from normgraph.asks import HEADS

    assert HEADS["signedlist"] == HEADS["centralregister"] == "voterlist"
    assert HEADS["duringcampaign"] == "campaign"
    assert HEADS["minoritylanguage"] == terms("language")[0]


def test_the_fourteenth_session_classes_make_one_term_of_each_wording() -> None:
    """How handbooks name one thing: how voters are identified at the station, biometric
    data, being kept from voting, hiring as a campaign tool, the weeks before an election,
    favours for votes, commission seats traded, a cost that keeps candidates out, impunity,
    casting a ballot, signing in support, the financing of parties, content marked as paid,
    a register made accurate."""
    classes = {
        "voterverification": (
            "biometric voter verification",
            "electronic identification of voters",
            "fingerprint scanners",
            "voter identification devices",
        ),
        "biometric": ("their fingerprints", "biometric data"),
        "impersonation": ("identity fraud", "voter impersonation"),
        "disenfranchise": ("turned away from the polls", "denied the right to vote"),
        "duringcampaign": (
            "in the weeks before the elections",
            "during the pre-election period",
            "throughout the campaign period",
        ),
        "jobs": ("hiring in schools", "taking on new staff", "public employment"),
        "votebuying": ("jobs in exchange for votes", "rewarding voters"),
        "seattrading": ("the trading of positions", "selling and swapping their seats"),
        "barrier": ("an undue barrier", "beyond the means of", "an affordable fee"),
        "sanction": ("offences go unpunished", "a climate of impunity"),
        "vote": ("cast their ballots", "casting a vote"),
        "supportsignature": ("voters sign in support of a nominee",),
        "campaignfinance": ("the financing of political parties", "party donations"),
        "labelled": ("clearly labelled", "identifiable as such", "marked as paid"),
        "accuracy": ("inaccurate lists", "the accuracy of the roll", "cleaned", "purged"),
    }
    each_wording_makes_its_term(classes)
    # An earlier class keeps what it names: casting ballots for relatives is family voting,
    # an e-voting machine is no identification of voters, a seat in parliament is no trade.
    assert terms("casting ballots on behalf of relatives") == ["familyvoting"]
    assert "voterverification" not in terms("electronic voting machines")
    assert "seattrading" not in terms("the distribution of seats")
    assert terms("the campaign period")[0] != "duringcampaign"
    assert "labelled" not in terms("the marked ballots")


def test_the_fifteenth_session_classes_make_one_term_of_each_wording() -> None:
    """How media monitors and election lawyers name one thing: a ballot held valid or
    invalid, news programmes and coverage, bias-free and equitable treatment, the incumbent's
    work as what coverage favours, a boycott of a body's sessions, voters pushed to back a
    party, a seat given up, the central commission under another name, safeguards against
    a misuse."""
    classes = {
        "validity": ("unsealed envelopes are void and invalid", "declared valid", "validity"),
        "news": ("the evening newscasts", "current affairs programmes", "the news bulletins"),
        "impartial": ("reporting without bias", "unbiased reporting", "even-handed treatment"),
        "equitable": ("equitable access", "on an equal footing", "on the same terms"),
        "incumbent": (
            "the official activities of the government",
            "the incumbents",
            "officials holding public office",
        ),
        "boycott": ("members who stay away", "by withholding their presence", "boycotted"),
        "coercion": ("students were ordered to attend rallies", "forced to sign"),
        "vacancy": ("a vacant mandate", "when a member gives up his seat"),
        "cec": ("the General Electoral Commission",),
        "safeguard": ("safeguards against misuse", "guarantees against fraud", "protection from"),
    }
    each_wording_makes_its_term(classes)
    # Older classes keep what they name, and the new ones take nothing alike.
    assert terms("the incumbent party") == ["rulingparty"]
    assert terms("paid coverage") == ["paidcoverage"]
    assert "validity" not in terms("the value of the deposit")
    assert "incumbent" not in terms("the work of the observers")
    assert "boycott" not in terms("observers stay at the polling station")
    assert "coercion" not in terms("voters made their choice")
    assert "safeguard" not in terms("constitutional guarantees of the right to vote")


def test_the_fifteenth_session_field_vocabulary_makes_one_term_of_each_wording() -> None:
    """Written from the field's vocabulary, not from a miss: the forms results are recorded
    on, who reports the news, false content, social networks (a kind of online), a misuse,
    the courts. Older classes keep what they name."""
    classes = {
        "protocol": ("the tally sheets", "results forms", "records of the results"),
        "journalist": ("reporters", "media professionals"),
        "disinformation": ("fake news", "false information", "misinformation"),
        "socialmedia": ("social networks", "digital platforms"),
        "abuse": ("misused", "abusive"),
        "court": ("the judiciary", "judges", "judicial review"),
    }
    each_wording_makes_its_term(classes)
    from normgraph.asks import HEADS

    assert HEADS["socialmedia"] == "online"
    assert terms("misuse of administrative resources") == ["adminresources"]
    assert terms("a court decision") == ["courtorder"]
    assert "protocol" not in terms("the results of the count")
