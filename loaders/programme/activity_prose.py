"""Activities told as prose: a sentence of an activities section whose subject is the
programme's own side ("we", "our volunteers", "the project", the implementer's name or
acronym), whose verb is a past-tense action ("trained", "held", "carried out") and that
gives a figure ("240 observers", "in 12 districts"). Reports without codes or date
openers tell what they did this way ("We trained 240 observers in six regions."); a
report's judgements ("we noted that ...", "we found ...") are not such sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEAD = r"(?:(?:In|During|From|Between|On|Over|Throughout|After|Before|By|Later)\b[^,.]{2,60},\s+)?"
"""A time or place phrase before the subject ("In the run-up to the vote, we ...")."""
_OWN = (
    r"[Ww]e|[Oo]ur\s+[a-z-]+(?:\s+[a-z-]+)?"
    r"|[Tt]he\s+(?:project|programme|program|team|network|coalition)(?:'s\s+[a-z-]+)?"
)
"""A subject that is the programme's own side without naming it."""
_NAMED = r"(?:[Tt]he\s+)?[A-Z][\w&'-]*(?:\s+(?:of|for|and|the|[A-Z][\w&'-]*)){0,7}"
"""A subject that names an organisation (checked against the implementer's names)."""
_ACTED = re.compile(
    rf"^{_LEAD}(?P<who>{_OWN}|{_NAMED})\s+(?:also\s+|then\s+|jointly\s+|successfully\s+)?"
    r"(?P<verb>[a-z]{3,}ed|held|ran|met|sent|brought|began|built|wrote|made|gave|took|led|"
    r"taught|set up|carried out)\b(?!\s+(?:that|whether|how)\b)"
)
_JUDGING = frozenset(
    {
        "noted",
        "concluded",
        "considered",
        "believed",
        "regretted",
        "welcomed",
        "estimated",
        "recommended",
        "reported",
        "learned",
        "expected",
        "wanted",
        "hoped",
        "needed",
        "seemed",
        "appeared",
        "remained",
        "failed",
        "assessed",
        "identified",
        "realised",
        "realized",
        "received",
    }
)
"""Past-tense verbs of judging or of what befell the subject: findings, not activities."""
_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|dozens?|hundreds?|thousands?)\b",
    re.I,
)


def done_by_programme(sentence: str, implementer_names: Iterable[str]) -> bool:
    """Does ``sentence`` say what the programme's own side did, with a figure?"""
    acted = _ACTED.match(sentence)
    if acted is None or acted["verb"] in _JUDGING:
        return False
    who = acted["who"]
    if not re.fullmatch(_OWN, who) and not any(
        re.search(rf"\b{re.escape(name)}\b", who) for name in implementer_names if name
    ):
        return False
    return _FIGURE.search(sentence, acted.end()) is not None


__all__ = ["done_by_programme"]
