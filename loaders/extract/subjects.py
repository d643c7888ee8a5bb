"""Who a sentence says did something: the phrase before its verb.

Reports and articles open such sentences with a date or place clause and put a role next
to a name: "On 2 June 2026, the network's partner, the <Name>, filed ...", "<Name>, then
State Secretary, stated ...". ``subject_before`` strips the opening clause and keeps the
name, the role as the appositive; a pronoun, an auxiliary or the text itself ("It has been
argued", "This article has argued") names no one.
"""

from __future__ import annotations

import re

NAME = re.compile(r"(?:[A-Z][\w'\u2019-]+)(?:\s+[A-Z][\w'\u2019-]+){1,2}")
"""A person's name: two or three capitalised words."""
_MAX_WORDS = 10
_OPENING = re.compile(
    r"(?:(?:On|By|Since|Until)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|"
    r"(?:As|In|After|When|At|On|During|Before|Later)\b[^,]*|Moreover|Indeed|However|"
    r"[A-Z][a-z]{2,}ing\b[^,]*(?=,)|"
    r"Furthermore|Also|Thus|Yet|But|Then|and|but)\s*,?\s+"
)
"""What may open the words before a verb of saying and is not the speaker: an adverbial
clause ("In parliamentary debates on ..., "), a participle's clause set off by a comma
("Addressing the assembly on <day>, ", "Speaking to journalists, "), a connective
("Moreover, ", ", and ")."""
_NOT_SPEAKERS = frozenset(
    "it he she they we i this that these those who which has have had is was were been be "  # noqa: SIM905
    "can could will would may might also further moreover even however article".split()
)
"""Words that show the phrase before the verb is not a speaker one can name: a pronoun
("It has been argued that"), an auxiliary, the text itself ("This article has argued")."""


def subject_before(lead: str) -> tuple[str, int, str | None] | None:
    """Who does what a verb says, from the words before it: (phrase, its offset in
    ``lead``, the appositive role if any); None when those words name no one."""
    offset = len(lead) - len(lead.lstrip(" ,;"))
    while opening := _OPENING.match(lead, offset):
        offset = opening.end()
    phrase = lead[offset:].rstrip(" ,")
    role = None
    if "," in phrase:
        phrase, role = (part.strip() for part in phrase.split(",", 1))
        named = re.sub(r"^the\s+", "", role)
        if NAME.fullmatch(named) and not NAME.fullmatch(phrase):
            phrase, role = named, phrase  # "the main opposition candidate, <Name>, stated"
            offset = lead.index(phrase, offset)
    words = re.sub(r"(?<=[a-z])- (?=[a-z])", "", phrase).split()  # "interna- tional": one
    if (
        not words
        or len(words) > _MAX_WORDS
        or not words[0][:1].isalpha()
        or words[0].lower() in _NOT_SPEAKERS
        or (words[0].lower() == "one" and (len(words) == 1 or words[1].lower() in _NOT_SPEAKERS))
        or words[-1].lower() in _NOT_SPEAKERS
        or words[-1].endswith("ly")
    ):
        return None
    return phrase, offset, role or None


__all__ = ["NAME", "subject_before"]
