"""Attributed statements in scholarship: quoted speech with its speaker, read from the text.

A sentence attributes words to someone when a verb of saying ("stated", "argued", "told
me", "claimed", "insisted", "announced", "put it", "described ... as", "rejected ... as")
follows a speaker and a quotation (or, for "argued/claimed/stated that", a that-clause)
follows the verb. The speaker is the phrase before the verb, less an opening adverbial
("In parliamentary debates on ..., ", "As the commission's secretary, ") and an
appositive role ("Name, then State Secretary in ..., stated"); a name of two or three
capitalised words is a person when the text says so (a role or title by it, "he" or "she"
before the words, or the document's author of that name), else an agent, as is any other
phrase ("a senior official", "the government"). The date is the first full date (or
month) after the verb ("(interview 3, <place>, 22 November 2021)"), else one before it in
the sentence.

Verbs an observer uses to report its own findings ("noted", "concluded", "found",
"recommended") attribute nothing: those passages are findings and assessments. What a
statement means for a norm (the norm, the stance) is a reading: the curation file gives
it, keyed to the same passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..extract.subjects import subject_before
from ..text.dates import find_when
from .described_speakers import described, opening_preposition, without_aside
from .glued_notes import parted_sentences
from .quoted_first import other_forms
from .saying_verbs import FINDING_VERBS, FORMAL_COMPLAINT, QUOTED_FINDINGS, SAYING, THAT_VERBS
from .speech_forms import (
    QUOTE,
    english_quotes,
    is_observer,
    is_organisation,
    is_scholar,
    phrase_before_who,
    referent,
    titled,
)

_OPENED = re.compile(r"^\s*[:,]?\s*\**(?P<words>[\"\u201c\u2018']\**\w[^\"\u201d\u2019]{10,})$")
"""A quotation the sentence opens and does not close: the words run to its end."""
_THAT = re.compile(
    r"^(?:(?!\bto\s+[a-z]+\s+that\b)[^\"\u201c]){0,80}?\bthat\s+(?P<words>[^\"\u201c]{12,300}?)\s*$"
)
"""The words a verb of saying reports in a that-clause; a "that" an infinitive between them
governs ("stressed the need for safeguards to ensure that X") reports nothing the speaker
said: X is what the safeguards are for."""
_CITED = re.compile(r"^(?P<name>.+?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?\)?$")
"""A scholar cited by name and year ("Halloran (2019) argued that ..."; "Halloran (2019, 41)",
whose page the speaker reader set apart like a role): the speaker is the name, the year the
statement's date."""
_PAGES = re.compile(r"^[\d\s,\u2013-]+\)$")
"""The page of an author-year citation ("41)"), which is no role."""
_DISCOURSE = re.compile(
    r"^(?:by contrast|in contrast|however|for example|for instance|in turn|instead|too|also"
    r"|on the other hand|similarly|likewise)$",
    re.I,
)
"""A discourse adverbial set off by commas after the speaker ("X, by contrast, contended"):
no role."""
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_APPOSED_NAME = (
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?"
    rf"[{_CAPITAL}][\w'\u2019-]+(?:\s+[{_CAPITAL}][\w'\u2019-]+){{1,2}}"
)
"""A person's name set off after a role: its capitals Latin with or without a diacritic
("Ülle Pärn")."""
_APPOSITIVE = re.compile(rf"(?:,\s+|^\s*)(?P<role>[^,]{{3,90}}),\s+(?P<name>{_APPOSED_NAME}),?\s*$")
"""A speaker named after a role at the end of the words before the verb ("After the vote,
which ..., the then Minister of Justice, <Name>, told ...")."""
_PRONOUN = re.compile(r"(?:^|,\s*|\b(?:when|as|where|and|but|while|after)\s+)(?:he|she|He|She)\s*$")
"""A speaker named by "he" or "she" before the verb: the person the paragraph named last."""
_ON_RECOMMENDATIONS = re.compile(r"\brecommend\w*|\bthat\s+(?:it|they)\s*$|\(\s*$", re.I)
"""Words around an observer's quotation that make it a verdict on its recommendations ("its
previous recommendations "...", "that it "..."", "... "partially addressed" some of its
recommendations"), or a gloss in brackets, not its words."""
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s*$")
"""A passive verb of saying ("it needs to be acknowledged that"): nobody is said to say it."""
_SHARED_SUBJECT = re.compile(
    r"^(?P<subject>[^,;]{2,80}?)\s+(?:[a-z]+ed|found|said|told|made|took|met|saw|held|gave)\b"
    r"[^,;]*\band\s*$"
)
"""A verb of saying that shares its subject with an earlier verb of the clause."""
_ADVERB = re.compile(
    r"\s+(?:further|also|moreover|even|later|then|again|once|too|"
    r"(?!(?:daily|weekly|monthly|quarterly|yearly|assembly|family|rally|ally)\b)[a-z]{3,}ly)\s*$"
)
"""An adverb between the speaker and the verb ("The ministry further stated")."""
_FURTHER = re.compile(r",\s*(?:adding|arguing|insisting|claiming|saying)\b")
"""A participle that goes on to a second statement of the same speaker ("called the report
"biased", adding that "..."): each quotation is one statement."""
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")
"""Where a clause after the quoted words begins: a date there is not the statement's ("...
concluded that it was "marked by ...", and parliament adopted a resolution on <date>")."""
_PREPOSITION = re.compile(r"^(?:after|before|during|in|on|at|when|while|following|of)\b", re.I)
_SHARE = re.compile(r"\d\s*(?:per\s*cent|%)")
"""No speaker: a phrase opened by a preposition, or a survey's share ("40 per cent said")."""
_STUDY = r"(?:(?:working\s+)?paper|thesis|study|chapter|article|dissertation|book|section|work)"
_THE_TEXT = re.compile(
    rf"(?:^(?:the|this|our|my|the present)\s+{_STUDY}$)"
    rf"|(?:\b(?:it|we|I|this|they|(?:this|our|my|the present)\s+{_STUDY})\s*,?\s*$)"
    r"|^there\b",
    re.I,
)
"""The study itself ("The thesis argues that", "Drawing on ..., it argues that", "..., this
work argues that"), or no one ("there were contrasting opinions ..."): no statement."""
_OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:(?:by|in) contrast|however|for example|for instance|in turn|instead|meanwhile|"
    r"on the other hand|similarly|likewise|moreover|in response|again|furthermore|further|"
    r"additionally|finally|then|later|thus|hence|indeed|still|nevertheless|nonetheless|"
    r"consequently|accordingly|subsequently|notably)\s*,\s*",
    re.I,
)
"""A discourse adverbial opening the sentence before its speaker ("By contrast, a party
agent ... told me"): no part of the speaker."""
_AFTER_DATE = re.compile(
    r"(?:\b(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+(?:19|20)\d{2}"
    r"|^\s*In\s+(?:19|20)\d{2})\s+"
    r"(?P<who>(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+"
    r"|[A-Z][\w/'\u2019-]+(?:\s+[A-Z][\w/'\u2019-]+){0,3})(?:\s+(?:itself|themselves))?\s*$"
)
"""The speaker after an opening phrase dated to the day, with no comma ("In his address of
2 June 2005 the President argued"), or after an opening year ("In 2017 the mission added
that "..."", "In 2023 ODIHR itself wrote that "...""): the noun phrase after the date."""
_SUBORDINATOR = re.compile(r"^(?:Although|Though|While|Whereas|Because|If|Unless)\s+")
"""A subordinate clause's opening word before its speaker ("Although China claims that")."""


@dataclass(frozen=True)
class Attributed:
    """One statement as a sentence attributes it: offsets into its element's text."""

    speaker: str
    speaker_at: tuple[int, int]
    words: str
    words_at: tuple[int, int]
    role: str | None
    when_at: tuple[int, int] | None


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentences, a quotation of several sentences kept within the one that opens it."""
    found: list[tuple[int, int]] = []
    for start, end in parted_sentences(text):
        if found and text[found[-1][0] : found[-1][1]].count('"') % 2:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def read_attributed(text: str) -> list[Attributed]:
    """The statements a paragraph's sentences attribute to a speaker, the words as written."""
    written = text
    text = english_quotes(text)
    return [
        replace(said, words=written[said.words_at[0] : said.words_at[1]])
        for said in _read_attributed(text)
    ]


def _read_attributed(text: str) -> list[Attributed]:
    found: list[Attributed] = []
    for at, end in _sentences(text):
        body = text[at:end]
        said = _said_by_verbs(text, at, body)
        taken = [s.words_at for s in said]
        for who_at, words in other_forms(body):
            if not re.search(r"\w{3}", body[words[0] : words[1]]) or any(
                at + words[0] < t_end and t_start < at + words[1] for t_start, t_end in taken
            ):
                continue  # no words ("As one deputy put it:" before a block quotation)
            name = titled(body[who_at[0] : who_at[1]], at + who_at[0], None)
            when = _date_at(body[: words[1]], 0) or _date_at(body, words[1])
            said.append(_attributed(name, body[words[0] : words[1]], at + words[0], when, at))
        found.extend(sorted(said, key=lambda s: s.words_at))
    return found


def _attributed(
    speaker: tuple[str, int, str | None],
    words: str,
    words_start: int,
    when: tuple[int, int] | None,
    at: int,
) -> Attributed:
    """A statement from offsets: ``when`` is relative to the sentence that opens at ``at``."""
    name, start, role = speaker
    return Attributed(
        name,
        (start, start + len(name)),
        words,
        (words_start, words_start + len(words)),
        role,
        (at + when[0], at + when[1]) if when else None,
    )


def _said_by_verbs(text: str, at: int, body: str) -> list[Attributed]:
    """Statements of one sentence ``body`` (at ``at`` in ``text``) with a verb of saying after
    the speaker."""
    found: list[Attributed] = []
    since = 0
    for verb in SAYING.finditer(body):
        if verb.start() < since:
            continue
        speaker = _speaker(text, at + since, at + verb.start())
        rest = body[verb.end() :]
        quoted = QUOTE.search(rest)
        lead = None
        if quoted is not None:  # the words before it, and a verdict it is the verb of
            after = re.match(r"[^.;]{0,40}?\brecommend", rest[quoted.end() :])
            lead = rest[: quoted.start()] + (" recommendations" if after else "")
        if speaker is None or _not_a_statement(text, speaker, verb[0], lead, speaker[1] < at):
            continue
        if verb[0] in {"complained", "alleged"} and FORMAL_COMPLAINT.match(rest):
            continue
        quote = QUOTE.match(rest) or QUOTE.search(rest.split(" and ", 1)[0] + " ")
        quotes = list(QUOTE.finditer(rest))
        said: list[tuple[int, int]] = []
        if quotes:
            best = quotes[0] if len(quotes) == 1 else max(quotes, key=lambda q: len(q[0]))
            if quote is not None and SAYING.search(rest[: best.start()]):
                best = quote  # the next verb has its own quotation
            first = quotes[0]
            if (
                best is not first
                and not rest[: first.start()].strip(" ,:")
                and _FURTHER.search(rest[first.end() : best.start()])
            ):
                said.append((verb.end() + first.start(), verb.end() + first.end()))
            words_at = (verb.end() + best.start(), verb.end() + best.end())
        elif opened := _OPENED.match(rest):  # a quotation that runs on past the sentence
            words_at = (verb.end() + opened.start("words"), len(body.rstrip()))
        else:
            clause = _THAT.match(rest.rstrip(" .")) if verb[0].split()[0] in THAT_VERBS else None
            if clause is None:
                continue
            words_at = (verb.end() + clause.start("words"), verb.end() + clause.end("words"))
        following = SAYING.search(body, words_at[1])
        stop = following.start() if following else len(body)
        clause = _NEXT_CLAUSE.search(body, words_at[1])
        stop = min(stop, clause.start()) if clause else stop
        when = _date_at(body[:stop], verb.start())
        if when is None and verb[0].split()[0] not in QUOTED_FINDINGS:
            # a date before the verb, in the speaker's own clause ("..., and <speaker> said")
            joins = [j.end() for j in _NEXT_CLAUSE.finditer(body, since, speaker[1] - at)]
            when = _date_at(body[: verb.start()], max([since, *joins]))
        cited = _CITED.match(speaker[0])
        if cited is not None:  # "Halloran (2019)": the name, dated by the year
            year = speaker[1] - at + cited.start("year")
            when = when or (year, year + 4)
            role = None if speaker[2] and _PAGES.match(speaker[2]) else speaker[2]
            speaker = (cited["name"], speaker[1], role)
        for words in (*said, words_at):
            found.append(_attributed(speaker, body[words[0] : words[1]], at + words[0], when, at))
        since = words_at[1]
    return found


def _not_a_statement(
    text: str,
    speaker: tuple[str, int, str | None],
    verb: str,
    lead: str | None,
    person: bool = False,
) -> bool:
    """A scholar the study cites ("Ferreira argues", "Ferreira[4] argued"), or observers'
    or the literature's "noted that": the literature or a finding, not a statement. Words an
    observer is quoted with are its statement (``lead``: what comes between the verb and the
    quotation), unless they complete a verdict on its recommendations ("noted that its
    previous recommendations "remain unaddressed"": an assessment). A ``person`` (the one a
    "she" or "he" refers to, whatever the title) says what they note."""
    name, start, _ = speaker
    after = text[start + len(name) : start + len(name) + 12]
    if is_scholar(name, after, verb):
        return True
    if person or verb.split()[0] not in FINDING_VERBS:
        return False
    if not (is_observer(name) or is_organisation(name)):
        return False
    return lead is None or bool(_ON_RECOMMENDATIONS.search(lead))


def _speaker(text: str, start: int, verb: int) -> tuple[str, int, str | None] | None:
    """Who says it, from the words ``text[start:verb]`` before the verb (``subject_before``);
    when those end with a role and a name, the name; when with "he"/"she", the last person
    (or role) the paragraph named before; when with "who", the phrase before it. (phrase,
    its offset in ``text``, the role if any)."""
    lead = text[start:verb]
    if _PASSIVE.search(lead):  # "it needs to be acknowledged that": no one says it
        return None
    clauses = list(_NEXT_CLAUSE.finditer(lead))
    if clauses:  # "..., and the ministry said": the speaker opens the last clause
        start, lead = start + clauses[-1].end(), lead[clauses[-1].end() :]
    shared = _SHARED_SUBJECT.match(lead)
    if shared is not None:  # "The ministry regretted the decision and noted that"
        lead = shared["subject"] + " "
    while adverb := _ADVERB.search(lead):
        lead = lead[: adverb.start()] + " "
    if opening := _OPENING_ADVERBIAL.match(lead):
        start, lead = start + opening.end(), lead[opening.end() :]
    appositive = _APPOSITIVE.search(lead)
    if appositive is not None:
        return appositive["name"], start + appositive.start("name"), appositive["role"].strip()
    pronoun = _PRONOUN.search(lead)
    if pronoun is not None:
        named = referent(text[: start + pronoun.start()])
        opening = opening_preposition(named[0]) if named else None
        if named and opening:  # "For <Name>, ... and she warns": the name
            return named[0][opening.end() :], named[1] + opening.end(), named[2]
        return named
    who = phrase_before_who(lead)
    if who is not None:
        return titled(lead[who[0] : who[1]], start + who[0], None)
    if _THE_TEXT.search(lead):
        return None
    lead = without_aside(lead)
    speaker = subject_before(lead) or described(lead)
    dated = _AFTER_DATE.search(lead) if _PREPOSITION.match(lead.lstrip()) else None
    if dated is not None and (speaker is None or _PREPOSITION.match(speaker[0])):
        speaker = (dated["who"], dated.start("who"), None)
    if (
        speaker is None
        or _PREPOSITION.match(speaker[0])
        or _SHARE.search(f"{speaker[0]} {speaker[2]}")
        or _THE_TEXT.search(speaker[0])
    ):
        return None
    opening = _SUBORDINATOR.match(speaker[0])
    if opening is not None:
        speaker = (speaker[0][opening.end() :], speaker[1] + opening.end(), speaker[2])
    role = None if speaker[2] is None or _DISCOURSE.match(speaker[2]) else speaker[2]
    return titled(speaker[0], start + speaker[1], role)


def _date_at(text: str, start: int) -> tuple[int, int] | None:
    """Where the first full date or month (not a bare year) in ``text[start:]`` stands."""
    found = find_when(text[start:])
    if found is None or found[0].month is None:
        return None
    return start + found[1].start(), start + found[1].end()


__all__ = ["Attributed", "read_attributed"]
