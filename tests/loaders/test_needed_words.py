"""The words a pattern needs (``needed_words``): read from its parse, and never a reason to skip
a text the pattern would match (readers skip such texts for speed, docs/build.md)."""

from __future__ import annotations

import re

from normgraph.loaders.extract.assessment_counts import SHARE
from normgraph.loaders.extract.complaint_case_shapes import CASE_PATTERNS
from normgraph.loaders.extract.concepts import (
    ODIHR_TOPIC_WORDS,
    STATEMENT_TOPIC_WORDS,
    _topic_pattern,
)
from normgraph.loaders.extract.election_paired_dates import _pattern as paired_pattern
from normgraph.loaders.extract.election_phrasings import _lead_of, phrasings, type_pattern
from normgraph.loaders.extract.election_type_lists import _pattern as listed_pattern
from normgraph.loaders.extract.named_actors import _PERSON_CUES
from normgraph.loaders.extract.polarity import POSITIVE, PROBLEM
from normgraph.loaders.extract.verdict_cues import (
    _CODED,
    _DEFINED,
    _EARLIER,
    _RECOMMENDED_BEFORE,
    _SCALE,
    _STATUS,
    _WHETHER,
)
from normgraph.loaders.text.genre_cues import CUES
from normgraph.loaders.text.needed_words import (
    Folded,
    _is_plain,
    finditer,
    folded,
    lookahead_starts,
    may_match,
    needed,
    prefixes,
    search,
)
from tests.loaders.guard_texts import guard_texts


def _needs(pattern: str, flags: int = re.IGNORECASE) -> list[set[str]]:
    return [set(need) for need in needed(re.compile(pattern, flags))]


def test_a_literal_run_is_needed_folded() -> None:
    assert _needs(r"\bRun-off\s+Vote\b") == [{"run-off"}, {"vote"}]


def test_an_alternation_needs_one_of_its_alternatives() -> None:
    assert _needs(r"(?:tally|count(?:ing)?) sheets") == [{"tally", "count"}, {" sheets"}]


def test_what_may_be_absent_is_not_needed() -> None:
    assert _needs(r"(?:early\s+)?polls?(?:\s+station)*|ballot") == [{"poll", "ballot"}]
    assert _needs(r"ballot|x") == []  # one alternative needs nothing of three characters
    assert _needs(r"(?:seats)?|votes") == []


def test_look_arounds_read_the_text_but_negative_ones_need_nothing() -> None:
    assert _needs(r"(?<=mayor )seat(?=ed)") == [{"mayor "}, {"seat"}]
    assert _needs(r"(?<!mayor )seat(?!ed)") == [{"seat"}]


def test_a_repeat_of_at_least_one_keeps_its_needs() -> None:
    assert _needs(r"(?:round\s+){2,3}") == [{"round"}]


def test_a_latin_letter_joins_a_need_and_the_micro_sign_does_not() -> None:
    assert _needs(r"D\u00e1il|Sejm") == [{"d\u00e1il", "sejm"}]
    assert _needs(r"5\u00b5gram") == [{"gram"}]


def test_letters_case_insensitive_matching_takes_for_ascii_are_folded() -> None:
    # the long s, the Kelvin sign, dotted and dotless i match "s", "k", "i" in ``re``
    text = "the \u017fecond round in U\u017ft\u00ed, 3 \u212aM from \u0130stanbul, \u0131nk"
    for word in ("second", "km", "istanbul", "ink"):
        pattern = re.compile(word, re.IGNORECASE)
        assert pattern.search(text)
        assert may_match(pattern, Folded(text))
    assert len(folded(text)) == len(text)


def test_a_latin_letter_matches_only_where_folded_text_holds_its_lower_case() -> None:
    """Every character ``re`` takes case-insensitively for a Latin letter of a need (below
    U+0250, as "á") folds to that letter's lower case: a need may hold such letters."""
    letters = [chr(c) for c in range(0x80, 0x250) if _is_plain(c) and chr(c).isalpha()]
    latin = re.compile("[\u0080-\u024f]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if latin.fullmatch(char):
            for letter in letters:
                if re.fullmatch(re.escape(letter), char, re.IGNORECASE):
                    assert folded(char) == letter.lower(), (hex(code), letter)


def test_a_text_without_a_needed_word_is_skipped() -> None:
    pattern = re.compile(r"(?:presidential|local) elections? of \d{4}", re.IGNORECASE)
    assert not may_match(pattern, Folded("Local elections were held."))
    assert may_match(pattern, Folded("LOCAL ELECTIONS OF 2031"))


def _prefixes(pattern: str, ahead: bool = False) -> tuple[str, ...] | None:
    return prefixes(re.compile(pattern, re.IGNORECASE), ahead)


def test_what_every_match_opens_with() -> None:
    assert _prefixes(r"\b(?:early\s+)?(?:Local|city) polls") == (
        "city polls",
        "early",
        "local polls",
    )
    assert _prefixes(r"(?:tally|tallies) sheet") == ("tall",)  # "tallies" opens with "tall"
    assert _prefixes(r"(?<=\s)(?:no )*(?:vote)+") == ("no ", "vote")
    assert _prefixes(r"(?=Vote)\w+") is None  # without ``ahead`` only what is matched counts
    assert _prefixes(r"(?=Vote|Poll)", ahead=True) == ("poll", "vote")


def test_a_match_may_open_with_what_cannot_be_listed() -> None:
    assert _prefixes(r"\d+ votes") is None
    assert _prefixes(r"(?:votes)?") is None  # may be empty
    assert _prefixes(r"(?:a|[bc])d") is None


def test_finditer_finds_what_re_does() -> None:
    pattern = re.compile(r"(?:local|city)\s+(?:polls?|vote)", re.IGNORECASE)
    text = "City polls; LOCAL  vote, citylocal poll and local polls"
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in finditer(pattern, text)] == expected
    assert len(expected) == 4


def test_a_long_text_is_searched_from_the_nearest_opening() -> None:
    pattern = re.compile(r"(?:local|city)\s+polls?\s+on\s+\d+", re.IGNORECASE)
    text = "local elections " * 200 + "CITY poll was on; Local polls on 14 May, city poll on 2"
    found, expected = search(pattern, text, Folded(text)), pattern.search(text)
    assert found is not None and expected is not None and len(text) > 2000
    assert found.span() == expected.span()
    assert found.group() == "Local polls on 14"
    assert search(pattern, text[:-40], Folded(text[:-40])) is None


def test_search_finds_what_re_does_for_every_genre_cue_over_whole_texts() -> None:
    for text in guard_texts():
        lowered = Folded(text)
        for cues in CUES.values():
            for cue in cues:
                expected = cue.pattern.search(text)
                found = search(cue.pattern, text, lowered)
                assert (found and found.span()) == (expected and expected.span())


def _same_matches(patterns: list[re.Pattern[str]], pieces: list[str]) -> None:
    for piece in pieces:
        lowered = Folded(piece)
        for pattern in patterns:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(piece)]
            found = [(m.span(), m.groupdict()) for m in finditer(pattern, piece, lowered)]
            assert found == expected, (pattern.pattern[:80], piece[:200])


def test_finditer_and_lookahead_starts_agree_with_re_on_the_fixtures() -> None:
    """The election phrasings without a lead, the paired dates' and listed types' patterns
    (tried through :func:`finditer`) and the leads (through :func:`lookahead_starts`) per
    paragraph; the polarity cues per sentence."""
    paragraphs = _paragraphs()
    fast = [p for p, _ in phrasings() if _lead_of(p) is None and prefixes(p) is not None]
    fast += [paired_pattern(type_pattern()), listed_pattern(type_pattern())]
    assert len(fast) > 10
    _same_matches(fast, paragraphs)
    _same_matches([PROBLEM, POSITIVE], _sentences(paragraphs))
    leads = {lead for p, _ in phrasings() if (lead := _lead_of(p)) is not None}
    for piece in paragraphs:
        for lead in leads:
            expected = [m.start() for m in lead.finditer(piece)]
            assert lookahead_starts(lead, piece, Folded(piece)) == expected


def _paragraphs() -> list[str]:
    """The paragraphs of two synthetic reports and the tune-half fixtures."""
    return [piece for text in guard_texts() for piece in re.split(r"\n\s*\n", text)]


def _sentences(paragraphs: list[str]) -> list[str]:
    return [s for piece in paragraphs for s in re.split(r"(?<=[.;:])\s+", piece)]


def _skipped_never_match(patterns: list[re.Pattern[str]], pieces: list[str]) -> int:
    """How many (pattern, piece) pairs the guard skips; fails on one it skips wrongly."""
    skipped = 0
    for piece in pieces:
        text = Folded(piece)
        for pattern in patterns:
            if not may_match(pattern, text):
                skipped += 1
                assert pattern.search(piece) is None, (pattern.pattern[:80], piece[:200])
    return skipped


def test_no_guarded_pattern_matches_a_text_it_would_skip() -> None:
    """Per paragraph: election phrasings and their leads, genre cues, topic words; per
    sentence: status and verdict cues, complaint cases' and people's cues."""
    paragraphs = _paragraphs()
    guarded = [pattern for pattern, _ in phrasings()]
    guarded += [lead for pattern, _ in phrasings() if (lead := _lead_of(pattern)) is not None]
    guarded += [cue.pattern for cues in CUES.values() for cue in cues]
    topic_words = [*ODIHR_TOPIC_WORDS.values(), *STATEMENT_TOPIC_WORDS.values()]
    guarded += [_topic_pattern(words) for words in topic_words]
    assert _skipped_never_match(guarded, paragraphs) > len(paragraphs)
    sentences = _sentences(paragraphs)
    by_sentence = [cue for _, cue in _STATUS] + list(CASE_PATTERNS) + list(_PERSON_CUES)
    by_sentence += [SHARE, _WHETHER, _SCALE, _DEFINED, _CODED, _EARLIER, _RECOMMENDED_BEFORE]
    assert _skipped_never_match(by_sentence, sentences) > len(sentences)
