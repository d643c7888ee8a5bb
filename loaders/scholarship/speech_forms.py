"""Attribution in the forms that do not put the speaker before a verb of saying, and the test
that tells a scholar a study cites from a speaker it reports.

A study attributes words not only as "<speaker> said that ..." but as "According to
<speaker>, ...", "..., according to <speaker>.", "As <speaker> said, ..." and "<someone>,
who said that ...". The same forms cite scholars ("According to Lindqvist (2017), ...",
"As Ferreira argues, ..."), whose arguments are the literature, not statements of the
story's actors: a name followed by a citation (author-year, a footnote or note marker), or
a bare surname with a verb of argument in the present tense ("argues", "points out"), is a
scholar. Sources that are documents or data ("according to the law", "According to
official figures") are not speakers either.
"""

from __future__ import annotations

import re

from ..extract.state_data import reference_types
from ..extract.subjects import NAME
from ..text.words import any_word

_SURNAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:van|von|de|der|da|di|du|le|la)\s+[A-Z][\w'\u2019-]+)*"
_NAMES = re.compile(
    rf"^(?:{NAME.pattern}|{_SURNAME})(?:\s*(?:,|and|&)\s*(?:{NAME.pattern}|{_SURNAME}))*"
    r"(?:\s+et\s+al\.?)?$"
)
"""One or more bare names with no role before them ("Ferreira", "Risse and Sikkink",
"Anna Kowalska"): how a study names an author it cites."""
_CITATION = re.compile(
    r"^\s*(?:\(\s*(?:[^()]{0,40}?,\s*)?(?:19|20)\d{2}|\[\d+(?:[,\u2013-]\s*\d+)*\]"
    r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+|<sup>|\(\s*n\.?\s*\d+|\d{1,3}\b(?![,.]?\d))"
)
"""A citation right after a name: "(2017)", "(Kowalska 2019", "[12]", a superscript or
"<sup>" note mark, "(n 92)", a note number glued to the name."""
_NOTE_MARK = re.compile(r"(?<=[a-z])(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\d{1,3})$")
_ARGUMENT_PRESENT = re.compile(
    r"^(?:argues|contends|claims|maintains|insists|asserts|suggests|notes|observes|writes"
    r"|points? out|argue|contend|claim|maintain|suggest|note|observe|write|explains|explain"
    r"|stresses|emphasi[sz]es|holds|posits|shows|finds|concludes)\b"
)
"""The present tense of argument: how a study reports what a scholar it cites holds."""
_NOT_A_SOURCE = any_word(
    "laws?, codes?, constitution, articles?, data, figures, results, statistics, reports?, survey, "
    "polls?, census, study, studies, index, estimates?, sources?, theory, theories, models?, "
    "approach, views?, definitions?, framework, literature, logic, concepts?, arguments?, "
    "scholars?, authors?, researchers?, rules, regulations?, provisions?, decrees?, resolutions?, "
    "agreements?, treaty, treaties, conventions?, plans?, strateg(?:y|ies), programmes?, "
    "legislation, amendments?, methodology, findings, assessments?, analys[ie]s, records?, "
    "calendar, schedule, documents?, protocols?, minutes, this, these, that, it, him, her, them"
)
"""A head word that makes "according to ..." a document, data or the literature."""
_OBSERVERS = re.compile(
    r"\b(?:mission|missions|observers?|delegation|monitors?|report|reports|team|EOMs?|"
    r"scholars?|authors?|researchers?|literature|studies|study)\s*$",
    re.I,
)
"""Speakers whose "noted"/"observed" is a finding or the literature, not a statement."""
_VIEW = r"['\u2019]s\s+(?:words|view|reading|account|opinion)"
_ACCORDING = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=^\W)|(?<=,\s)(?=in the words of))"
    r"(?:According to|[Ii]n the words of|In(?=\s+[^,;:.]{2,60}?"
    + _VIEW
    + r",))\s+(?P<who>[^,;:.]{2,90}?)(?:"
    + _VIEW
    + r")?,\s+"
)
"""A sentence or clause that opens "According to <speaker>, ...", "In the words of
<speaker>, ..." (also after a comma) or "In <speaker>'s view (reading, words), ...": the
words follow."""
_IN_THE_WORDS = re.compile(r"[,\s]*[Ii]n the words of\b")
_ISSUERS_REPORT = re.compile(
    r"(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:[A-Z][\w/'\u2019-]*\s+){0,3}?"
    r"(?:[A-Z]{2,}[\w/-]*|[A-Z][\w-]+['\u2019]s)\s+(?:(?:19|20)\d{2}\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:report|statement|opinion)"
)
"""A report its issuer names ("the ODIHR final report", "the Commission's 2019 opinion"):
"in the words of" it quotes the issuer's own words, a statement, where "according to" a
report is a source of data."""
_ACCORDING_AFTER = re.compile(r",\s+according to\s+(?P<who>[^,;:()]{2,90}?)\s*(?:[.;]|$)")
"""A sentence that ends "..., according to <speaker>.": the words come before."""
_AS_SAID = re.compile(
    r"(?:^|(?<=[,;:]\s))[Aa]s\s+(?P<who>[^,;:.]{2,90}?)\s+(?P<verb>said|stated|put it"
    r"(?:\s+to\s+(?:me|us))?"
    r"|declared|explained|remarked|noted|told [^,;:.]{2,40}?|warned|admitted|insisted|"
    r"argued|claimed)(?:\s+(?:on|in|at)\s+[^,;:.\"]{2,40}?)?\s*(?:[,:]\s*|(?=[\"\u201c\u2018']))"
)
_DETERMINER = re.compile(r"\b(?:an?|the|An?|The)\s+(?=[^,;:()]{2,70}$)")
_TRAILING_ADJUNCT = re.compile(
    r"\s+(?:before|after|during|in|on|at|since|near|from|outside|around|across|within)\s+"
    r"(?:(?:an?|the)\s+)?[^,;:\s]+(?:\s+[^,;:\s]+){0,3}$"
)
"""A time or place after a noun phrase, the last one ("... resident before the 2019
election"): a short phrase, so that no clause ("captured in an interview with ...") goes."""
_SPEECH_NOUN = r"statements?|remarks?|comments?|words|declarations?|warnings?|claims?|assertions?"
_ARGUMENT_NOUNS = frozenset({"claim", "claims", "assertion", "assertions"})
_NOUN_OF = re.compile(
    rf"\b(?:{_SPEECH_NOUN})\s+(?:of|by)\s+(?P<who>[^,;:.()\"\u201c\u2018']{{3,70}}?)"
    r"(?=\s*,?\s+(?:that|in which|where|when)\b|\s*:)"
)
"""A statement named by a noun with its speaker after it ("the remarks of local
officials in which they ...")."""
_POSSESSIVE = re.compile(
    rf"['\u2019]s\s+(?:public\s+|earlier\s+|later\s+)?(?P<noun>{_SPEECH_NOUN})\b"
)
"""A statement named by a noun after its speaker ("the minister's statement that")."""
_GUILLEMETS = str.maketrans(
    {"\u00ab": "\u201c", "\u00bb": "\u201d", "\u2039": "\u2018", "\u203a": "\u2019"}
)
_LOW_HIGH = re.compile('\u201e(?P<words>[^\u201c\u201d\u201e"]{1,400})\u201c')
"""Quotation marks of other languages' conventions (guillemets; a low opening mark closed
by a high one), which English texts by authors of those languages keep: read as English
ones, one character for one, so every offset stays that of the text as written."""


def english_quotes(text: str) -> str:
    """``text`` with other languages' quotation marks as English ones, offsets unchanged."""
    return _LOW_HIGH.sub(lambda m: f"\u201c{m['words']}\u201d", text.translate(_GUILLEMETS))


QUOTE = re.compile(
    r"[\"\u201c](?P<words>[^\"\u201c\u201d]{2,400}?)[\"\u201d]"
    # single quotation marks, told from apostrophes: the opening one after a space, colon
    # or "*", the closing one not before a letter ("the voters' lists" is no quotation)
    r"|(?:(?<=[\s:(*])|^)[\u2018'](?=[*\w(])[^\u2018\"]{2,400}?[\u2019'](?!\w)"
)
"""A quotation in double or single marks (a single mark told from an apostrophe)."""
_PARTITIVE = re.compile(
    r"\b(?:member|head|chair\w*|leader|representative|spokes\w+|official|officer|president|"
    r"director|secretary|deputy|minister|one|some|several|many|most|each)\s+of\s*$",
    re.I,
)
"""A head that the "of ..." after it belongs to ("a member of the commission")."""


_TITLE_NAME = re.compile(
    r"(?P<role>(?:[\w'\u2019&-]+\s+){0,5}?(?!(?:the|a|an|of|and|for|in|to|by)\s)"
    r"[a-z][\w-]+)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
"""A role or title before a name ("Commission official Novak", "president Ilves")."""


_NAMED_BEFORE = re.compile(
    rf"(?:(?:^|[.,]\s+|\b[a-z]+\s+)(?P<name>{NAME.pattern})|(?<=[a-z]{{4}} )"
    r"(?P<surname>[A-Z][\w'\u2019-]+))"
    r"(?=,|\s+(?:[a-z]+ed|said|went|was|is|had|has)\b)"
)
"""A person named earlier in the paragraph (as an appositive, or as a subject), whom a
later "she said" refers to."""
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|[.;]\s+)(?P<role>(?:An?|The)\s+[a-z][^,.;]{2,60}?)"
    r"(?=\s+(?:[a-z]+ed|said|told|was|is|has|had)\b)"
)
"""A person described, not named, opening an earlier sentence: a later "she" may be them."""
_TITLE_WORD = r"[A-Z][\w'\u2019-]*"
_TITLE_ENDING = re.compile(
    rf"(?P<title>\b(?:[Tt]he|[Aa]n?)\s+{_TITLE_WORD}(?:\s+{_TITLE_WORD})*"
    rf"(?:\s+(?:of|on|for|in|and|while|against|to)(?:\s+the)?(?:\s+{_TITLE_WORD})+)*?"
    rf"\s+(?:of|on|for|in|and|while|against|to)\s+(?:the\s+)?"
    rf"(?P<tail>{_TITLE_WORD}(?:\s+{_TITLE_WORD})*))$"
)
"""A capitalised title a "the" opens, whose last words look like a name ("the Independent
Expert on the Rights of Older Persons while Living Alone"): a later "she" is the title's
holder, not its tail."""


def is_scholar(speaker: str, after: str, verb: str = "") -> bool:
    """Is ``speaker`` an author the study cites? ``after`` is the text right after the
    name, ``verb`` the verb of saying (if any)."""
    marked = _NOTE_MARK.search(speaker)
    if marked is not None:  # "Kowalska\u00b9\u00b2 argued": the mark glued to the name
        speaker, after = speaker[: marked.start()], marked[0] + after
    bare = _NAMES.match(speaker.strip()) is not None
    if bare and _CITATION.match(after):
        return True
    return bare and _ARGUMENT_PRESENT.match(verb.strip()) is not None


def is_observer(speaker: str) -> bool:
    """Does ``speaker`` name observers, a report or the literature ("the mission")?"""
    return _OBSERVERS.search(speaker.strip()) is not None


def is_organisation(speaker: str) -> bool:
    """Does ``speaker`` name an organisation (an acronym, or a name the reference data
    types), not people? What an organisation "noted" is a finding of its report; what
    officials or a rapporteur "noted" is something they said."""
    name = re.sub(r"^(?:the|The)\s+", "", speaker.strip())
    if not name.split() or not name.split()[-1][:1].isupper():
        return False  # people of an organisation ("EU officials"), not the organisation
    return re.search(r"\b[A-Z]{2,}\b", name) is not None or bool(reference_types(name))


def speaker_phrase(who: str) -> str | None:
    """The speaker a source phrase names, or None when it names a document, data or no one."""
    who = who.strip()
    if not who or not who[0].isalnum() or _NOT_A_SOURCE.search(who):
        return None
    if re.search(r"\d", who):  # a dated or numbered source ("the 2019 census", "Table 3")
        return None
    return who


def according_to(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(speaker start, end), (words start, end) in a sentence ``body`` for "According to
    <speaker>, <words>" and "<words>, according to <speaker>."."""
    found = []
    for match in _ACCORDING.finditer(body):
        who = speaker_phrase(match["who"])
        if who is None and _IN_THE_WORDS.match(match.group()):
            who = _ISSUERS_REPORT.fullmatch(match["who"].strip()) and match["who"].strip()
        after = body[match.end("who") :]
        if who is None or is_scholar(who, after) or (_NAMES.fullmatch(who) and " " not in who):
            continue
        end = len(body.rstrip())
        found.append(((match.start("who"), match.end("who")), (match.end(), end)))
    for match in _ACCORDING_AFTER.finditer(body):
        who = speaker_phrase(re.sub(r"[\d\u00b9\u00b2\u00b3\u2070-\u2079]+$", "", match["who"]))
        if who is None or is_scholar(who, body[match.start("who") + len(who) :]):
            continue
        found.append(((match.start("who"), match.start("who") + len(who)), (0, match.start())))
    return found


def as_said(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(speaker start, end), (words start, end) for "As <speaker> said, <words>": a verb of
    speech in the past tense (a scholar's "As X argues" is the literature)."""
    found = []
    for match in _AS_SAID.finditer(body):
        who = speaker_phrase(match["who"])
        after = body[match.end("who") :]
        if who is None or is_scholar(who, after, match["verb"]) or is_observer(who):
            continue
        if re.match(r"(?:it|is|was|has|had|a|an|the)$", who, re.I):
            continue
        found.append(((match.start("who"), match.end("who")), (match.end(), len(body.rstrip()))))
    return found


def phrase_before_who(lead: str) -> tuple[int, int] | None:
    """Where the speaker stands in ``lead``, the words before "who said ...": the noun
    phrase before "who", less a trailing time or place ("an official before the vote, who
    said")."""
    who = re.search(r",?\s*\bwho\s+(?:had\s+|has\s+)?$", lead)
    return None if who is None else _phrase_ending(lead[: who.start()])


def _phrase_ending(lead: str) -> tuple[int, int] | None:
    """Where the person or group named at the end of ``lead`` stands: a name, or the last
    noun phrase with an article (less a trailing time or place); None for observers or a
    document."""
    head = lead.rstrip(" ,")
    while adjunct := _TRAILING_ADJUNCT.search(head):  # "a voter in a village near the border"
        head = head[: adjunct.start()].rstrip(" ,")
    named = [m for m in NAME.finditer(head) if m.end() == len(head)]
    phrases = list(_DETERMINER.finditer(head))
    if named:
        start = named[-1].start()
    elif phrases:
        start = _widened(head, phrases[-1].start())
    else:
        return None
    if is_observer(head[start:]) or speaker_phrase(head[start:]) is None:
        return None
    return start, len(head)


def statement_nouns(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(speaker start, end), (words start, end) for a statement named by a noun: "the
    statements of <speakers> in which they ... '<words>'", "<speaker>'s statement that
    <words>". A scholar's "claim" or "argument" is the literature, so a bare name with
    those nouns is left out."""
    found = []
    for match in _NOUN_OF.finditer(body):
        who = speaker_phrase(match["who"])
        if who is None or is_observer(who) or _NAMES.fullmatch(who):
            continue
        words = _words_after(body, match.end())
        if words is not None:
            found.append(((match.start("who"), match.end("who")), words))
    for match in _POSSESSIVE.finditer(body):
        where = _phrase_ending(body[: match.start()])
        if where is None or (
            match["noun"] in _ARGUMENT_NOUNS and _NAMES.fullmatch(body[where[0] : where[1]])
        ):
            continue
        words = _words_after(body, match.end())
        if words is not None:
            found.append((where, words))
    return found


def _words_after(body: str, start: int) -> tuple[int, int] | None:
    """The that-clause right after ``start`` (to its first comma: the noun's clause ends
    where the sentence goes on), else a quotation soon after it in the sentence."""
    clause = re.match(r"\s*that\s+(?P<words>[^,;]{12,}?)\s*(?:[,;]|\.?\s*$)", body[start:])
    if clause is not None:
        return start + clause.start("words"), start + clause.end("words")
    quoted = QUOTE.search(body, start, start + 120)
    return None if quoted is None else (quoted.start(), quoted.end())


def _widened(lead: str, start: int) -> int:
    """Where the noun phrase that ends ``lead`` starts, taking in "a member of" before it."""
    head = _PARTITIVE.search(lead[:start])
    if head is None:
        return start
    earlier = list(re.finditer(r"\b(?:an?|the|An?|The)\s+", lead[: head.start() + 1]))
    if earlier and head.start() - earlier[-1].end() < 30:
        return earlier[-1].start()
    return head.start()


def titled(phrase: str, start: int, role: str | None) -> tuple[str, int, str | None]:
    """A name after its title or role ("the former foreign minister Kovac"): the name, with
    the title as its role; any other phrase as it stands."""
    titled = _TITLE_NAME.fullmatch(phrase)
    if role is not None or titled is None:
        return phrase, start, role
    return titled["name"], start + titled.start("name"), titled["role"]


def referent(before: str) -> tuple[str, int, str | None] | None:
    """Whom a "he"/"she" refers to: the last person named, or the last sentence opened by
    a person described ("A member of the committee submitted ..."), before it."""
    named = list(_NAMED_BEFORE.finditer(before))
    described = list(_DESCRIBED_BEFORE.finditer(before))
    last_named = named[-1] if named else None
    if described and (last_named is None or described[-1].start() > last_named.start()):
        return described[-1]["role"], described[-1].start("role"), None
    if last_named is None:
        return None
    group = "name" if last_named["name"] else "surname"
    title = _TITLE_ENDING.search(before, 0, last_named.end(group))
    if title is not None and title.start("tail") == last_named.start(group):
        return title["title"], title.start("title"), None
    return last_named[group], last_named.start(group), None


__all__ = [
    "QUOTE",
    "according_to",
    "as_said",
    "english_quotes",
    "is_observer",
    "is_organisation",
    "is_scholar",
    "phrase_before_who",
    "speaker_phrase",
]
