"""Attribution in general English forms ("According to ...", "As ... said", "..., who said
that", reported speech after an adverb, single quotation marks), told from the scholars a
study cites. The sentences are invented for these tests."""

from __future__ import annotations

from .test_text_statements import _said


def test_according_to_a_titled_speaker_or_a_role_not_a_document_or_a_scholar() -> None:
    text = (
        "According to the former interior minister Novak, the reform would be completed "
        "before the vote. According to official figures, turnout was 61 per cent. Turnout "
        "was high, according to the deputy chair of the commission. According to Lindqvist "
        "(2017), observers deter fraud. According to Ferreira, norms travel."
    )
    assert _said(text) == [
        (
            "Novak",
            "the former interior minister",
            "the reform would be completed before the vote.",
            None,
        ),
        ("the deputy chair of the commission", None, "Turnout was high", None),
    ]


def test_as_a_speaker_said_but_not_as_a_scholar_argues() -> None:
    text = (
        "As Ilves said on 4 June 2019, the agreement was 'a step towards Europe'. As "
        "Ferreira argues, norms are contested. Risse and Sikkink point out that norms spread."
    )
    assert _said(text) == [
        ("Ilves", None, "the agreement was 'a step towards Europe'.", "4 June 2019")
    ]


def test_reported_speech_after_an_adverb_and_a_body_or_officials_as_speakers() -> None:
    text = (
        "The ministry further stated that relations had never been better. Moreover, "
        "Latvian officials noted that the talks were hard. The mission noted that the count "
        "was orderly, and the OSCE noted that its recommendations remained unaddressed."
    )
    assert _said(text) == [
        ("The ministry", None, "relations had never been better", None),
        ("Latvian officials", None, "the talks were hard", None),
    ]


def test_a_scholar_with_a_note_mark_or_in_the_present_tense_is_not_a_speaker() -> None:
    text = (
        "Ferreira argues that compliance is selective. Kowalska\u00b9\u00b2 argued that "
        "the reform was cosmetic. Kowalska and Petrov claim that observers are ignored."
    )
    assert _said(text) == []


def test_a_pronoun_refers_to_a_person_described_or_named_before() -> None:
    text = (
        "A member of the liberal group tabled a motion in which she called for sanctions. "
        "She even argued that the union would \u2018lose its credibility\u2019 if trade came "
        "first. The new president Rinkevics was sworn in. In his first speech, he contended "
        "that growth is impossible without reform."
    )
    assert [(s, w) for s, _, w, _ in _said(text)] == [
        ("A member of the liberal group", "\u2018lose its credibility\u2019"),
        ("Rinkevics", "growth is impossible without reform"),
    ]


def test_who_said_quoted_saying_and_a_title_before_a_name() -> None:
    text = (
        "The mood is captured in an interview with a Tbilisi resident before the 2020 vote, "
        "who said: 'I voted for "
        "stability.', is telling. A candid account of a Georgian analyst who said that the "
        "dialogue is \u2018not entirely useless\u2019 shows its limits. The agency's lawyer "
        'Berzina was quoted saying "we cannot comment on the case." In an interview on '
        "3 May 2021, president Sandu declared that the accusations were invented. It needs "
        "to be acknowledged that the law is weak."
    )
    assert _said(text) == [
        ("a Tbilisi resident", None, "'I voted for stability.'", None),
        ("a Georgian analyst", None, "\u2018not entirely useless\u2019", None),
        ("Berzina", "The agency's lawyer", '"we cannot comment on the case."', None),
        ("Sandu", "president", "the accusations were invented", "3 May 2021"),
    ]


def test_people_of_an_organisation_speak_and_a_quotation_may_run_past_the_sentence() -> None:
    text = (
        "Moreover, UN diplomats noted that the talks had stalled. Asked before the vote, "
        "a farmer near the border, who said: *'I always vote for the incumbent. You never "
        "know what would happen otherwise.'* Many agreed."
    )
    assert [(s, w) for s, _, w, _ in _said(text)] == [
        ("UN diplomats", "the talks had stalled"),
        ("a farmer", "'I always vote for the incumbent."),
    ]


def test_a_verb_that_shares_an_organisation_s_subject_is_its_finding() -> None:
    text = (
        "The OSCE again found a lack of competition and noted that the count was slow. "
        "The finance minister regretted the vote and warned that investors would leave."
    )
    assert [(s, w) for s, _, w, _ in _said(text)] == [
        ("The finance minister", "investors would leave"),
    ]


def test_a_statement_named_by_a_noun_with_its_speaker() -> None:
    text = (
        "This is echoed in the remarks of Moldovan opposition deputies in which they call "
        "the reform \u2018cosmetic\u2019. The foreign minister's statement that the talks "
        "had failed was denied. Ferreira's claim that norms travel is contested."
    )
    assert [(s, w) for s, _, w, _ in _said(text)] == [
        ("Moldovan opposition deputies", "\u2018cosmetic\u2019"),
        ("The foreign minister", "the talks had failed was denied"),
    ]


def test_a_survey_s_share_is_no_speaker() -> None:
    text = "Of the judges we surveyed, 62 per cent said that the deadlines were too short."
    assert _said(text) == []


def test_answers_a_dated_opening_without_a_comma_and_an_opening_adverbial() -> None:
    text = (
        'In a televised address on 12 May 2011 the Prime Minister argued that "a register '
        'kept by the state is the safest register". By contrast, a city clerk in the north '
        'told me that "nobody checks the lists before the vote" (interview, 3 April 2016). '
        "The Green Union's treasurer, Ilze Ķirse, replied that \"the party has nothing to "
        'hide from anyone".'
    )
    said = _said(text)
    assert [entry[0] for entry in said] == [
        "the Prime Minister",
        "a city clerk in the north",
        "Ilze Ķirse",
    ]
    assert said[0][3] == "12 May 2011"
    assert said[2][1] == "The Green Union's treasurer"
