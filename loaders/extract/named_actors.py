"""Actors a report names by saying what they are, in any genre and for any state.

Reports introduce an actor with a cue that gives its kind: a title or a role beside a
person's name ("Ms. Ana Lupu", "led by Dr. Ana Lupu", "Ana Lupu, director of ...",
"Deputy Minister of Justice Ana Lupu"); a description before a name ("the citizen
observer coalition Clean Vote", "the opposition coalition Together", "the public
broadcaster, Channel 5,"); or the head noun of the name itself ("the Riverside City
Court", "the Broadcasting Council", "the Central Commission for Elections and
Referenda", "the National Assembly"). Each cue is a general reading of how reports name
actors; nothing here knows a name. A candidate name must be capitalised words, and a
person's name must not be made of the words institutions are named with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..rdf.facts import Fact
from ..text.document import Document
from ..text.needed_words import Folded, may_match
from ..text.source import overlaps_any
from .actors import KINDS, Actors, find_institutions
from .state_data import election_type_words

_WORD = r"[A-Z][\w'\u2019.-]*"
_JOIN = r"(?:of|for|the|on|a)"
_ORG_NAME = rf"{_WORD}(?:\s+(?:{_JOIN}\s+)*(?:{_WORD}|\d{{1,3}}\b)){{0,7}}"
_CAPITALISED = r"[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'\u2019]+"
_LETTERS = rf"{_CAPITALISED}(?:-{_CAPITALISED})?"
_PERSON = rf"(?P<person>{_LETTERS}(?:\s+{_LETTERS}){{1,2}})"
_ROLE = (
    r"(?i:(?:former\s+|then\s+|current\s+)?(?:member|director|chair(?:person|man|woman)?|"
    r"head|president|coordinator|secretary|minister|speaker|deputy|spokes(?:person|man|woman)|"
    r"leader|ombudsman|representative|ambassador|professor))\b"
)
_PERSON_CUES = (
    re.compile(rf"\b(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?|Ambassador|Senator|Judge)\s+{_PERSON}"),
    re.compile(rf"\b(?:co-)?(?:led|headed|chaired)\s+by\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?{_PERSON}"),
    re.compile(rf"{_PERSON}\s+(?:headed|led|co-led|chaired)\s+the\b"),
    re.compile(rf"{_PERSON},\s+{_ROLE}"),
    # a role after a few words that say of what ("Ana Lupu, Programme Manager", "Ana Lupu,
    # the network's press officer"), a role noun before the name ("the candidate Ana Lupu",
    # "A voter, Ana Lupu,"), a verb of saying after it ("Ana Lupu argues")
    re.compile(
        rf"{_PERSON},\s+(?:(?:the|a|an|its|their|former)\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?"
        r"(?i:manager|director|co-?ordinator|officer|adviser|advisor|spokes(?:person|man|woman)|"
        r"vice-president|analyst|lawyer|editor|researcher|journalist)\b"
    ),
    re.compile(
        r"\b(?:candidate|deputy|voter|lawyer|journalist|activist|blogger|judge)s?,?\s+"
        rf"{_PERSON}\b(?!\s+(?:{_WORD}))"
    ),
    re.compile(rf"(?<![\w'\u2019-]){_PERSON},?\s+(?:argued|argues|replied|wrote|writes|said)\b"),
    re.compile(rf"\bsaid\s+{_PERSON},"),
    re.compile(
        r"\b(?:(?:Deputy|Foreign|Prime)\s+)?(?:Minister|Chair(?:person)?|Head|Director|"
        rf"Speaker|Ombudsman)(?:\s+of\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD})*)?,?\s+"
        rf"{_PERSON}\b"
    ),
    re.compile(
        rf"\b(?:the\s+)?(?:then\s+)?(?:chair|head|director|minister|president|speaker)\s+of\s+"
        rf"(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD})*,\s+{_PERSON},"
    ),
)
_OUTLET = (
    r"(?:broadcasters?|television(?:\s+channels?)?|TV(?:\s+channels?)?|channels?|"
    r"radio(?:\s+stations?)?|stations?|newspapers?|dail(?:y|ies)|news\s+agency)"
)
"""What a media outlet is called before its name ("the private station", "broadcasters")."""
_DESCRIBED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:citizen|domestic|non-?partisan|civic)\s+(?:election\s+)?"
            r"(?:observer|observation|monitoring)\s+(?:coalition|organi[sz]ation|group|network|"
            rf"platform),?\s+(?P<name>{_ORG_NAME})"
            rf"|\bcivic\s+coalition\s+(?P<name2>{_ORG_NAME})"
        ),
        "observer-group",
    ),
    (
        re.compile(
            r"\b(?:ruling|governing|opposition)\s+(?:(?:party|coalition|bloc|alliance|list)\s+)?"
            rf"(?P<name>{_ORG_NAME})"
        ),
        "party",
    ),
    (
        re.compile(
            r"(?:\b(?i:public|state|private|national|regional|pro-government|independent|commercial)"
            rf"\s+{_OUTLET}|\b[Tt]he\s+(?:tabloid|daily|weekly|{_OUTLET})),?\s+(?P<name>{_ORG_NAME})"
            rf"(?:,?\s+and\s+(?P<also>{_ORG_NAME}))?"
        ),
        "media",
    ),
)
"""(cue, kind): a description before a name gives its kind; a plural one may name two
("commercial broadcasters A and B", "private channels A and B")."""
_HEADED = re.compile(
    rf"\b[Tt]he\s+(?P<name>(?:{_WORD}\s+){{0,4}}(?P<head>Court|Commission|Council|Centre|Center|"
    r"Bureau|Agency|Body|Authority|Inspectorate|Association|Assembly|Television|Watch|Monitor)\b"
    rf"(?:\s+(?:for|of|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+|of\s+|the\s+)*{_WORD}){{0,5}})?)"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
"""A possessive's ending after a name ("the Agency for Media Oversight's decisions")."""
_CHAMBER = re.compile(
    rf"\b(?:seats|elections?|deputies|mandates)\s+(?:in|to|of)\s+the\s+(?P<name>{_WORD}\s+{_WORD})"
    rf"|\b(?:unicameral|bicameral)\s+(?P<name2>{_WORD})"
    rf"|\b[Tt]he\s+(?P<name3>{_WORD}(?:\s+{_WORD})?)\s+\((?:[Pp]arliament|[Ll]egislature)\)"
    # "the state's parliament, the <Name>"; a chamber by its English kind ("the House of
    # Commons", "the Chamber of Deputies"); a body counted by its members or seats ("The
    # <Name> has 63 members", "the 101 members of the <Name>")
    rf"|\b(?:[Pp]arliament|[Ll]egislature),\s+the\s+(?P<name4>{_WORD}(?:\s+{_WORD})?)"
    r"|\b(?P<name5>(?:House|Chamber)\s+of\s+(?:Representatives|Commons|Lords|Deputies|Delegates))\b"
    rf"|\b[Tt]he\s+(?P<name6>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:has|had|comprises)\s+\d{{2,3}}\s+"
    r"(?:members|seats|deputies)\b"
    rf"|\b[Tt]he\s+\d{{2,3}}\s+(?:members|seats|deputies)\s+(?:of|in)\s+the\s+"
    rf"(?P<name7>{_WORD}(?:\s+{_WORD}){{0,2}})"
)
"""A parliament's chamber named in a sentence that says it is one."""
_CHAMBER_GROUPS = ("name", "name2", "name3", "name4", "name5", "name6", "name7")
_LEADING = r"(?<![\w'\u2019-])"
_PARTY_HEADED = re.compile(
    rf"{_LEADING}(?P<name>(?:[A-Z][a-z][\w'\u2019-]*\s+){{1,4}}"
    r"(?:Party|Alliance|Movement|Front)|(?:[A-Z][a-z][\w'\u2019-]*\s+){2,4}Union)\b"
    r"(?!\s+(?:of|for)\b|\s+[A-Z'\u2018\"\u201c]|['\u2019]s\b)"
)
"""A party named for what it is: capitalised words ending in a party's head noun ("the
Liberal Democratic Union", "Ms. Lupu of the Green People's Alliance"), not a body
whose name runs on ("Union of Persons with Disabilities", "Trade Union Federation", a
quoted word before or after it) nor a one-word "... Union" (a state's or a bloc's); a
"Bloc" is as often a geopolitical camp as a party, so it is left to the other readings."""
_MEDIA_HEADED = re.compile(
    rf"{_LEADING}(?P<name>(?:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:Television|Radio|Broadcasting\s+"
    r"(?:Corporation|Company)|Channel)|Channel\s+(?:One|Two|Three|Four|Five|\d{1,2}))\b"
    r"(?!\s+(?:and\s+[A-Z]\w*\s+)?(?:Council|Commission|Board|Authority|Agency|Act|Law|Code)\b)"
    r"(?!['\u2019]s\s+(?:[A-Z]|board|council))"
)
"""A broadcaster named for what it is: capitalised words ending in "Television", "Radio",
"Broadcasting Corporation" or "Channel", or "Channel One"; not a regulator named after
what it regulates ("the National Television and Radio Council")."""
_REGULATOR_AFTER = re.compile(
    r"\s+and\s+[A-Z]\w*\s+(?:Council|Commission|Board|Authority|Agency)\b"
)
"""Words after a head that make it part of a regulator's name ("... Television and Radio
Council")."""
_OFFICE = re.compile(
    rf"{_LEADING}(?P<name>(?:[A-Z][a-z][\w'\u2019-]*\s+){{1,3}}Office)\b(?!\s+(?:for|of)\b)"
    rf"|\b(?P<ministry>Ministry\s+of\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,3}})"
)
"""A state office or ministry named for what it is ("the National Statistical Office", "the
Ministry of the Interior"); an office "for" something is an organisation's own name
("Office for Democratic Institutions ...")."""
_RUNS_ON = re.compile(r"(?:\b[A-Z][\w'\u2019-]*|['\u2019\"\u201d*])\s+$")
"""Text before a name that makes it the tail of a longer one: a capitalised word or a
closing quote."""
_PARTY_NOUN = re.compile(r"Party|Alliance|Union|Movement|Front")
"""The head nouns alone: a sentence without one is not scanned for a party."""
_NOT_A_NAME_START = frozenset("The This That These Its Their In On Of By For And Both".split())  # noqa: SIM905
_INTERNATIONAL = re.compile(
    r"\b(?:Europe|European|United|Nations|International|OSCE|World|Commonwealth|Congress)\b"
)
_CUT_SHORT = re.compile(r"\s+[a-z]+\b(?<!\band)(?<!\bor)")
_ADJECTIVE = re.compile(r"(?:ic|ive|ian|ous|ist)$")
"""A capitalised name cut short by lower case: its last word an adjective, a lower-case
word next ("the State Commission for Democratic reform")."""
_OBSERVING = re.compile(r"\b(?:Observ\w*|Monitor\w*|Watch)\b")
_CIVIC = re.compile(r"\b(?:Association|Organi[sz]ations?|Union of|Foundation|Network)\b")
_INSTITUTION_WORDS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Central",
        "Election",
        "Electoral",
        "Commission",
        "Ministry",
        "Minister",
        "Foreign",
        "Affairs",
        "Court",
        "Council",
        "Party",
        "Union",
        "National",
        "Republic",
        "State",
        "Government",
        "Parliament",
        "Assembly",
        "President",
        "Office",
        "Mission",
        "Agency",
        "Committee",
        "Centre",
        "Center",
        "Law",
        "Code",
        "Article",
        "Association",
        "Foundation",
        "Institute",
        "Network",
        "Coalition",
        "Forum",
        "Watch",
        "Vote",
        "Platform",
        "Initiative",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)


_ORGANISATION_BEFORE = re.compile(
    r"\b(?:[Tt]he|organi[sz]ations?|groups?|coalitions?|networks?|associations?|part(?:y|ies)|"
    r"movements?|platforms?)\s+$"
)
"""Words just before a name that make it an organisation's, not a person's."""
_TITLES = frozenset(
    "Ambassador President Senator Professor Judge Minister Speaker Chairman Chairwoman "  # noqa: SIM905
    "Deputy Mayor Governor Prime Foreign Candidate Former Then".split()
)
"""Words a title puts before a name ("Ambassador Ana Lupu"): not part of the name."""


def _named(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, kind) for each actor the cues find in ``text`` (a cue is not
    scanned where a word it needs is missing)."""
    lowered = Folded(text)
    for cue in _PERSON_CUES:
        if not may_match(cue, lowered):
            continue
        for match in cue.finditer(text):
            start, end = match.span("person")
            words = match.group("person").split()
            while words and words[0] in _TITLES:
                start += len(words.pop(0)) + 1
            if _ORGANISATION_BEFORE.search(text, 0, start):
                continue  # "the ... Association wrote", "the organisation X Y said"
            if len(words) >= 2 and not set(words) & _INSTITUTION_WORDS:
                yield start, end, " ".join(words), "candidate"
    for pattern, kind in _DESCRIBED:
        for match in pattern.finditer(text):
            groups = ("name", "also") if match.group("name") else ("name2",)
            for group in (g for g in groups if match.groupdict().get(g)):
                name = match.group(group)
                first = name.split()[0]
                if kind == "party" and (_HEADED.fullmatch(f"the {name}") or first in _TITLES):
                    continue
                yield match.start(group), match.end(group), name, kind
    for match in _HEADED.finditer(text):
        name, head = match.group("name"), match.group("head")
        if _INTERNATIONAL.search(name) or name == head or _known(name):
            continue
        if _CUT_SHORT.match(text, match.end("name")) and _ADJECTIVE.search(name):
            continue  # "the State Commission for Democratic reform": the name runs on in lower case
        if _REGULATOR_AFTER.match(text, match.end("name")):
            continue  # "the National Television and Radio Council": a regulator, not a channel
        bare = _POSSESSIVE.sub("", name)  # "the Court of Audit's report": the court
        yield match.start("name"), match.start("name") + len(bare), bare, _headed_kind(name, head)
    for match in _PARTY_HEADED.finditer(text) if _PARTY_NOUN.search(text) else ():
        name = match.group("name")
        if _RUNS_ON.search(text, 0, match.start("name")):
            continue  # the tail of a longer name ("'Dawn' People's Renewal Party")
        if name.split()[0] not in _NOT_A_NAME_START and not _INTERNATIONAL.search(name):
            yield match.start("name"), match.end("name"), name, "party"
    for match in _MEDIA_HEADED.finditer(text):
        name = match.group("name")
        if _RUNS_ON.search(text, 0, match.start("name")) or _INTERNATIONAL.search(name):
            continue
        while name.split()[0] in _NOT_A_NAME_START and " " in name:
            name = name.split(None, 1)[1]
        if " " in name:
            yield match.end("name") - len(name), match.end("name"), name, "media"
    for match in _OFFICE.finditer(text) if ("Office" in text or "Ministry" in text) else ():
        group = "name" if match.group("name") else "ministry"
        name = match.group(group)
        # a ministry is a state's, whatever it deals with ("Ministry of European Integration")
        international = group == "name" and _INTERNATIONAL.search(name)
        if name.split()[0] not in _NOT_A_NAME_START and not international:
            yield match.start(group), match.end(group), name, "state-body"
    for match in _CHAMBER.finditer(text):
        group = next(g for g in _CHAMBER_GROUPS if match.group(g))
        name = match.group(group)
        if _INTERNATIONAL.search(name) or set(name.split()) & _NOT_CHAMBERS or name.isupper():
            continue
        yield match.start(group), match.end(group), name, "parliament"
    for match in parliament_names().finditer(text):
        if _QUALIFIED.search(text, 0, match.start()):
            continue  # "a former member of the <adjective> <Name>": another state's
        yield match.start(), match.end(), match.group(), "parliament"


_QUALIFIED = re.compile(r"(?<![.!?]\s)\b(?!(?:The|A|An)\b)[A-Z][a-z]+(?:an|ic|ish|ese)\s+$")
"""A capitalised adjective just before a parliament's name: a state's name for it ("the
<adjective> <Name>"), which says whose it is when that is not the report's."""
_NOT_CHAMBERS = frozenset(
    "Republic State Court Commission Election Electoral Centre Agency Office Board Committee "  # noqa: SIM905
    "Council Government Cabinet Party Mission Delegation".split()
)
"""Words of other bodies' names, which a sentence may count by members too ("the 15
members of the Central Commission"); a one-word council is no chamber either."""


@cache
def parliament_names() -> re.Pattern[str]:
    """The national parliaments' own names, which the reference data gives as the words
    reports use for their elections ("the Riigikogu", "the Storting"): any of them."""
    names = sorted(
        (w for w, kind in election_type_words().items() if kind == "parliamentary"),
        key=len,
        reverse=True,
    )
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b" if names else r"(?!x)x")


def _known(name: str) -> bool:
    """The generic institutions reader already knows this name (and its kind)."""
    return any(start == 0 and end == len(name) for start, end, _, _ in find_institutions(name))


def _headed_kind(name: str, head: str) -> str:
    if head == "Court":
        return "court"
    if _OBSERVING.search(name):
        return "observer-group"
    if re.search(r"\bElect(?:ion|oral|ions)\b", name) and head in ("Commission", "Council"):
        return "commission"
    if head == "Assembly":
        return "parliament"
    if head == "Television":
        return "media"
    if head == "Association" or _CIVIC.search(name):
        return "ngo"
    return "state-body"


def _longer_name(name: str, actors: Actors) -> Fact | None:
    """The party a short form names ("the Farmers' Party" for "the Farmers' Party of the
    North (FPN)" read before it): one the extraction knows whose name is this one's words
    followed by "of ..."."""
    prefix = name.strip(" .,").casefold() + " of "
    return next(
        (
            fact
            for fact in actors.extraction.facts
            if fact.kind == KINDS["party"] and str(fact.label or "").casefold().startswith(prefix)
        ),
        None,
    )


def add_named_actors(document: Document, actors: Actors) -> None:
    """An actor fact (with the name's span as evidence) for each actor a sentence of
    ``document`` names with a cue; the earliest, longest reading of a stretch wins. A name
    that already labels a fact of the extraction (a curated or acronym-defined party) adds
    evidence to that fact rather than minting a namesake."""
    kinds = set(KINDS.values())
    known = {
        str(f.label).casefold(): f
        for f in actors.extraction.facts
        if f.label and f.kind in kinds and f.iri not in actors.facts
    }
    for sentence in document.sentences():
        taken: list[tuple[int, int]] = []
        for start, end, name, kind in sorted(
            _named(sentence.text), key=lambda item: (item[0], -(item[1] - item[0]))
        ):
            if overlaps_any(start, end, taken):
                continue
            taken.append((start, end))
            spans = sentence.spans(start, end)
            same = known.get(name.strip(" .,").casefold())
            if same is None and kind == "party":
                same = _longer_name(name, actors)
            if same is not None:
                same.evidence.extend(s for s in spans if s not in same.evidence)
            elif kind == "candidate":
                actors.person(name, spans)
            else:
                actors.get(name.strip(" .,"), kind, spans)


__all__ = ["add_named_actors"]
