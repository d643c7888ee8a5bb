"""What kind of actor a name is, from the words it is made of.

Reports name bodies by what they are: a party is a "Party", "Alliance", "Bloc",
"Movement" or "Front", or a "Union" or "League" named for a political creed; a broadcaster
a "Radio", "Television" or "Broadcasting" body; a state body a "Ministry", "Agency",
"Authority", "Police", "Inspectorate" or a "State ... Service"; an international
body carries "Europe", "United Nations" or "International" in its name (a ministry is a
state's whatever it deals with: "Ministry of European Affairs"). The reading
knows no name, only these head words, so it types an organisation a report defines
("Full Name (ACRONYM)") on any state; a name with no telling word gets no kind.
"""

from __future__ import annotations

import re

_READINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "international",
        re.compile(
            r"^(?!(?:[Tt]he\s+)?Ministry\b).*\b(?:Europe|European|United Nations|International|"
            r"OSCE|World)\b"
        ),
    ),
    ("court", re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal)\b")),
    (
        "commission",
        re.compile(
            r"\b(?:Elect\w*|Referend\w*|Complaints?|Appeals?)\b.*\b(?:Commission|Board)\b"
            r"|\b(?:Commission|Board)\b.*\b(?:Elect\w*|Referend\w*)\b"
            r"|^(?!.*\b(?:Observ|Monitor|Watch|Select))(?:\w+\s+){0,3}"
            r"(?:Elect(?:ion|oral)|Referendum)\s+(?:[\w-]+\s+){0,2}Committee\b"
            r"|\bElect(?:ion|oral|ions)\s+(?:[A-Z][\w-]*\s+)?(?:Bureau|Office|Authority|"
            r"Administration)\b"
            r"|\b[A-Z]{1,3}EC\b"
        ),
    ),
    ("observer-group", re.compile(r"\b(?:Observ\w*|Monitor\w*|Watch)\b")),
    (
        # a union, league or congress named for a political creed ("Social Democratic
        # Union of <state>") is a party, where a "Union of Journalists" is an NGO
        "party",
        re.compile(
            r"\b(?:Democrat\w*|Socialist|Liberal|Conservative|Republican|Labou?r|"
            r"Nationalist)\b(?:\s+[A-Z][\w'-]*)*\s+(?:Union|League|Congress)\b"
        ),
    ),
    (
        "ngo",
        re.compile(r"\b(?:Association|Foundation|Network|Initiative|Union of|Organi[sz]ations)\b"),
    ),
    (
        "state-body",
        re.compile(
            r"\b(?:Ministry|Agency|Authority|Police|Inspectorate|Ombuds\w*|Prosecutor\w*|"
            r"Bureau|Commission|Council)\b"
            # a state's service: "State Registration Service", "Federal Tax Service"
            r"|\b(?:State|Federal|Civil)\s+(?:[A-Z][\w-]*\s+){0,2}Service\b"
        ),
    ),
    (
        # a broadcaster by what it does ("Public Broadcasting Corporation"), after the
        # bodies that oversee broadcasting ("Broadcasting Council")
        "media",
        re.compile(r"\b(?:Radio|Televi[sz]\w*|TV|Broadcast\w*|News|Gazette|Channel)\b"),
    ),
    (
        "party",
        re.compile(r"\b(?:[Pp]arty|Alliance|Bloc|Coalition|Movement|Front|Union(?! of))\b"),
    ),
    (
        "parliament",
        re.compile(
            r"\bAssembly\b|\bSenate\b"
            r"|\b(?:House|Chamber)\s+of\s+(?:Representatives|Deputies|Commons|Lords|Delegates)\b"
        ),
    ),
)
"""(kind, words): the first reading whose words the name holds gives its kind; a body's
own words (a "Council", an "Agency") come before what it oversees ("Broadcasting"). An
election body is a commission or board with "election" in its name, an electoral
"Bureau", "Office", "Authority" or "Administration", a committee named for what it
administers ("National Electoral Committee", "District Election Committee", not a
parliament's "Select Committee" or a monitors' committee), or an election commission's
acronym ("CEC", "DEC", "PEC No. 15"); "the city district court" is a court however it is
capitalised. A chamber is an "Assembly", a "Senate", or a "House" or "Chamber" of
representatives, deputies, commons, lords or delegates."""


def kind_from_name(name: str) -> str | None:
    """The actor kind (a key of ``actors.KINDS``) the words of ``name`` tell, if any."""
    return next((kind for kind, words in _READINGS if words.search(name)), None)


_DEFINED = (
    r"(?<![\w'\u2019-])(?:[Tt]he )?(?P<name>[A-Z][\w'\u2019-]*"
    r"(?: (?:[A-Z][\w'\u2019-]*|of|for|and|the|on|in|a))*)"
)


def defined_name(text: str, short: str) -> str | None:
    """The full name ``text`` defines an acronym by ("Full Name (ACRONYM)"): whole words
    from a capitalised one, so "the opposition Green Dawn Movement (GDM)" gives "Green
    Dawn Movement"."""
    match = re.search(rf"{_DEFINED} \({re.escape(short)}\)", text)
    return match.group("name") if match else None


_PERSON_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:candidate|nominee|voter|journalist|blogger|"
    r"activist|citizen|student|resident|lawyer)\b"
)
_PERSON_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}")


def apposed_person(name: str, after: str) -> bool:
    """Is ``name`` a person's, by what the report puts after it ("A B, an independent
    candidate for ...", "A B, a voter in ...")? Only two or three capitalised words whose
    own words tell no body."""
    return (
        _PERSON_NAME.fullmatch(name) is not None
        and kind_from_name(name) is None
        and _PERSON_APPOSITION.match(after) is not None
    )


__all__ = ["apposed_person", "defined_name", "kind_from_name"]
