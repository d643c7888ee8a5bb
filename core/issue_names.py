"""Names and reasons a policy officer can read: "Publish precinct results online", not
"Recurring issue: <the first member's text, cut>".

An issue is named after its members' clearest ask unit (the shortest that joined with a
confident score), turned into an imperative noun phrase with generic rules of English
directive prose: "The CEC should publish X" -> "Publish X"; "X should be published" ->
"Publish X"; "Amending the law to ..." -> "Amend the law to ..."; cut at the first clause
break and to at most ``NAME_LIMIT`` characters at a word boundary.
"""

from __future__ import annotations

import re

from normgraph.namespaces import local_name

from .asks import MODAL_WORDS, is_directive
from .grouping import Group, Member, PairScore
from .textsim import sentences, terms

NAME_LIMIT = 80
_MODAL = MODAL_WORDS
_ACTIVE = re.compile(
    rf"^.{{0,120}}?\b{_MODAL}\s+(?:also\s+|urgently\s+|consider\s+)?(?!be\b)(.+)$", re.I
)
_TO_BE = rf"^(?P<object>.{{3,120}}?)\s+{_MODAL}\s+be\s+"
"""What a passive ask opens with, the thing asked for and its modal ("X should be ..."): the
imperative's object."""
_PASSIVE = re.compile(
    _TO_BE + r"(?:[a-z]+ly\s+)?(?:made\s+)?"
    r"(?P<verb>[a-z]+(?:ed|en|wn|ne|t))\b(?:\s+and\s+(?P<verb2>[a-z]+ed)\b)?(?P<rest>.*)$",
    re.I,
)
_MADE = re.compile(_TO_BE + r"made\s+(?P<state>public|available|accessible)\b(?P<rest>.*)$", re.I)
_LEADS = re.compile(
    r"^(?:consideration (?:could|should) be given to|steps should be (?:taken|undertaken) to|"
    r"it (?:is|would be) (?:recommended|advisable) to|the delegation (?:also )?recommends that|"
    r"(?:in the future|further(?:more)?|additionally|in particular),?)\s*",
    re.I,
)
_BREAK = re.compile(
    r"[;:(]|,\s|\s(?:so that|in order to|which|as|because|since|while|until|if|where|when)\s"
)
_STEPS = re.compile(r"^(?:urgently\s+)?take\s+(?:[\w-]+\s+){0,3}?steps\s+to\s+", re.I)
_DANGLING = re.compile(
    r"(?:\s+(?:in|of|to|for|on|at|by|with|and|or|the|a|an|that|which|its|their))+$", re.I
)
_IRREGULAR = {
    "made": "make",
    "given": "give",
    "taken": "take",
    "kept": "keep",
    "drawn": "draw",
    "redrawn": "redraw",
    "done": "do",
    "set": "set",
    "held": "hold",
    "brought": "bring",
}


def _object(subject: str) -> str:
    """A passive sentence's subject as the object of an imperative: "The voter lists" ->
    "voter lists" (an acronym or a Title Case name keeps its capitals)."""
    subject = re.sub(r"^(?:the|all|any|such)\s+", "", subject, flags=re.I)
    first, _, rest = subject.partition(" ")
    title_case = rest[:1].isupper()
    if first[:1].isupper() and first[1:].islower() and not title_case:
        first = first.lower()
    return f"{first} {rest}".strip()


def _lemma(participle: str) -> str:
    """A past participle's base form, by the regular rules of English spelling."""
    word = participle.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("ed"):
        stem = word[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            return stem[:-1]
        if re.search(
            r"(?:[^aeiou][aeiou][cgsvz]|at|ut|ir|ur|bl|pl|iz|is|ag|ud|id|ov|os|us)$", stem
        ):
            return stem + "e"
        return stem
    return word


def _gerund(word: str) -> str:
    """ "Amending" -> "amend", "Ensuring" -> "ensure", "Setting" -> "set"."""
    stem = word[:-3].lower()
    if stem.endswith("ee"):
        return stem
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]
    if re.search(r"(?:[^aeiou][aeiou][rsvz]|at|ut|ir|ur|bl|pl|iz|is|ag|ud|id|ov|os|us|ee)$", stem):
        return stem if stem.endswith("ee") else stem + "e"
    return stem


def imperative(text: str) -> str:
    """A directive sentence as an imperative phrase (its first clause)."""
    text = _LEADS.sub("", " ".join(text.split()).strip(" -\u2022"))
    made = _MADE.match(text)
    passive = _PASSIVE.match(text)
    if made:
        phrase = f"make {_object(made['object'])} {made['state']}{made['rest']}"
    elif passive:
        verbs = _lemma(passive["verb"])
        if passive["verb2"]:
            verbs += " and " + _lemma(passive["verb2"])
        phrase = f"{verbs} {_object(passive['object'])}{passive['rest']}"
    else:
        active = _ACTIVE.match(text)
        phrase = active.group(1) if active else text
    first, _, rest = phrase.partition(" ")
    if first.lower().endswith("ing") and len(first) > 5:
        first = _gerund(first)
    phrase = _STEPS.sub("", f"{first} {rest}".strip())
    return phrase[:1].upper() + phrase[1:]


def short_name(text: str, limit: int = NAME_LIMIT) -> str:
    """The imperative's first clause, cut to ``limit`` characters at a word boundary."""
    return _cut(text, limit)[0]


def _cut(text: str, limit: int) -> tuple[str, bool]:
    """(the name, whether it had to be cut mid-clause)."""
    phrase = imperative(text)
    cut = _BREAK.search(phrase, 12)
    if cut:
        phrase = phrase[: cut.start()]
    phrase = _DANGLING.sub("", phrase.rstrip(" .,;"))
    if len(phrase) <= limit:
        return phrase, False
    return _DANGLING.sub("", phrase[:limit].rsplit(" ", 1)[0].rstrip(" ,;")), True


def issue_name(group: Group) -> str:
    """The clearest shared ask, as a short imperative noun phrase: of the members'
    sentences, a directive, about what the partner asks too (most shared terms), not a
    negation, not cut mid-clause, from the best-scoring member."""
    names = []
    for m in group.members:
        if m.unit is None or m.pair is None:
            continue
        partner = set(terms(m.pair.other_sentence))
        for sentence in dict.fromkeys([*sentences(m.unit.text), m.unit.text]):
            if not sentence[:1].isupper() and not is_directive(sentence):
                continue  # a clause that asks nothing ("and the steps voters ...")
            shared = len(partner & set(terms(sentence))) / (len(set(terms(sentence))) or 1)
            name, was_cut = _cut(sentence, NAME_LIMIT)
            names.append(
                (
                    not is_directive(sentence),
                    name.lower().startswith("not "),
                    was_cut,
                    len(name) < 12,
                    -round(shared, 1),
                    -m.pair.score,
                    name,
                )
            )
    return min(names)[-1]


def _words_for(shared: tuple[str, ...], text: str) -> list[str]:
    """The words of ``text`` that the shared terms were read from, in text order."""
    wanted = set(shared)
    words = []
    for word in re.findall(r"[A-Za-z][A-Za-z'-]+", text):
        found = terms(word)
        if found and found[0] in wanted and word.lower() not in words:
            words.append(word.lower())
    return words[:6]


def reason(member: Member, name: str, partner_label: str) -> str:
    """Why a recommendation belongs: the shared ask, the partner and the evidence."""
    pair: PairScore | None = member.pair
    assert pair is not None
    shared = _words_for(pair.object_terms, pair.sentence)
    parts = [f"Asks to \u201c{name[:1].lower() + name[1:]}\u201d, as {partner_label} does"]
    if pair.remedies:
        parts.append("same remedy (" + ", ".join(sorted(pair.remedies)) + ")")
    if shared:
        parts.append("shared subject: " + ", ".join(shared))
    for facet, shared_values in (("topic", pair.topics), ("norm", pair.norms), ("law", pair.laws)):
        if shared_values:
            labels = ", ".join(sorted(local_name(v) for v in shared_values))
            parts.append(f"shared {facet}: {labels}")
    if pair.articles:
        parts.append("same article cited (" + ", ".join(sorted(pair.articles)) + ")")
    parts.append(f"text similarity {pair.text:.2f}")
    return "; ".join(parts) + "."
