"""What a recommendation asks for: its action, object, addressee and the articles it cites.

Recommendations that share a topic often ask for different remedies ("publish precinct
results" / "count ballots aloud at the precinct"; "remove the inking of fingers" / "test
the ink"), and one paragraph often holds several asks. So each recommendation is split into
ask units (sentences, and the clauses of long sentences) and each unit is read with generic
patterns of English directive prose, never with sentences of one report:

- **actions**: the remedy verbs and their nominalisations ("publish", "publication",
  "should be posted" are one action, *publish*); a few general vehicles (amend, ensure,
  consider, review) carry no remedy of their own and are kept apart as ``vehicles``;
- **object**: the unit's content terms (:func:`normgraph.textsim.terms`) minus action words;
- **addressee**: the terms of the subject before a modal ("The CEC should ...");
- **articles**: cited articles and paragraphs, normalised ("paragraph 6 of Article 44" =
  "Article 44(6)" = ``art44.6``).

>>> [sorted(u.actions) for u in ask_units("Results protocols should be posted online.")]
[['publish']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from normgraph.ontology import read_text

from .ask_articles import articles
from .ask_verbs import (
    PURPOSE_CLAUSE,
    phrase_form,
    verb_places,
    verb_word,
    without_complement,
)
from .ask_vocabulary import read_heads, read_remedies
from .textsim import PARAPHRASES_FILE, read_phrases, sentences, terms

_VOCABULARY = read_text(PARAPHRASES_FILE)

_ACTIONS, _VEHICLES = read_remedies(_VOCABULARY)
"""Remedy classes (the stems of the verbs and nouns that name each, matched at a word
start) and the general vehicles (amend, ensure, consider ...) that carry no remedy: data."""
MODAL_WORDS = (
    r"(?:should|must|shall|could|need(?:s)? to|ought to"
    r"|(?:is|are) (?:encouraged|urged|called (?:up)?on|invited|requested) to)"
)
"""The words that make a sentence ask something (a regular expression, case-insensitive);
``issue_names.py`` reads the same words."""
_MODAL = re.compile(rf"\b{MODAL_WORDS}\b", re.I)
_ENDINGS = (
    r"(?:[bdgmnprt]?(?:ed|ing|ings)|e|es|s|d|n|en|ion|ions|tion|tions|ation|ations|ition"
    r"|itions|cation|cations|ure|ures|al|als|ment|ments|ement|ements|ance|ances|ence|ity|ty"
    r"|ive|ative|atives|ly|able|ability|ible|ibility|ise|ize|ised|ized|ises|izes|ising|izing|isation|ization"
    r"|se|ze|sed|zed|sing|zing|sation|zation|ee|ees|eed|eeing)?"
)
"""What may follow a remedy or vehicle stem in a word: the inflections and derivations of
a verb ("counted", "publication", "restrictive", "banned"), never another word that starts
alike ("country" and "county" are no *count*, "capacity" no *cap*, "bank" no *ban*,
"postpone" no *post*), nor an agent ending ("prosecutors", "broadcasters": who acts)."""
_WORD_END = rf"(?={_ENDINGS}\b)"
_ACTION_PATTERNS = {
    action: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")" + _WORD_END, re.I)
    for action, stems in _ACTIONS.items()
}
_WORD_OPENING = re.compile(r"\b\w{3}")
"""A word's first three characters: a remedy stem (three letters at least) can start there
only, as a class's pattern starts at a word boundary."""
_VEHICLE_PATTERN = re.compile(r"\b(?:" + "|".join(_VEHICLES) + r")" + _WORD_END, re.I)
_STEMS = "|".join([*(re.escape(s) for stems in _ACTIONS.values() for s in stems), *_VEHICLES])
"""Every remedy and vehicle stem, as one alternation."""
_ACTION_WORDS = re.compile(rf"\b(?P<stem>{_STEMS})(?P<rest>\w*)", re.I)
_INFLECTION = re.compile(_ENDINGS, re.I)


def _drop_action_word(match: re.Match[str]) -> str:
    """A remedy or vehicle word leaves the object; a word that only starts like one (an
    agent noun, "prosecutors", "auditors", which meets its paraphrases; "country") stays,
    and so does a paraphrase's term ("replacement", "manualcount")."""
    word = match.group(0).lower()
    if word in _PHRASE_TERMS and word not in _ACTIONS:
        return match.group(0)
    return " " if _INFLECTION.fullmatch(match["rest"]) else match.group(0)


_PARAPHRASES = read_phrases(_VOCABULARY)
HEADS = read_heads(_VOCABULARY)
"""Each paraphrase term naming a kind of a thing, and the term of its head noun."""
_PHRASE_TERMS = frozenset(term for _, term in _PARAPHRASES)
_THINGS = tuple(
    (pattern, term)
    for pattern, term in _PARAPHRASES
    if term not in _ACTIONS and _ACTION_WORDS.search(re.sub(r"\\[a-zA-Z]", " ", pattern))
)
"""The paraphrases that can hold a remedy or vehicle word ("manual counts", "vote-counting
machines", "spending limits", "self-nominated candidates", "replacements"): such a
paraphrase names a thing, not the change asked, so its term stays in the object. One
whose term is a remedy class ("publication" = *publish*) is the remedy itself."""
_THING = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(f"(?P<g{n}>{p})" for n, (p, _) in enumerate(_THINGS)) + ")",
    re.I,
)


def _named_things(text: str) -> str:
    """The text with each paraphrase of ``_THINGS`` that holds a remedy word made its term
    (before remedy words leave the object, which would break the paraphrase)."""

    def one(match: re.Match[str]) -> str:
        if _ACTION_WORDS.search(match.group(0)) is None:
            return match.group(0)
        return f" {_THINGS[int(str(match.lastgroup)[1:])][1]} "

    return _THING.sub(one, text)


_CONDITION = re.compile(
    r"\b(?:until|unless|as long as|so long as|pending)\b[^.;:]*",
    re.I,
)
"""A condition on the ask ("should not be introduced until elections meet international
standards") is not what is asked: its words are no part of the object."""
_NEGATED_RESTRICTION = re.compile(
    r"\bwithout (?:any |undue |unnecessary |unreasonable )?"
    r"(?:restrictions?|limitations?|impediments?|hindrance|obstruction|interference)\b",
    re.I,
)
"""A restriction under a negation ("access without undue restrictions") asks for freedom
from it, not for a restriction: read as *unimpeded* (a paraphrase in
``ontology/paraphrases.toml``) before remedies and object are read."""
_NEGATED_PERMISSION = re.compile(
    rf"\b(?P<modal>{MODAL_WORDS})\s+(?:not|no longer|never)\s+(?:be\s+)?"
    r"(?:allowed|permitted|able)\s+to\b",
    re.I,
)
"""A permission negated by a directive ("parties should no longer be allowed to ...") asks
for a prohibition: read as *be prohibited to* (the remedy *restrict*), not as the remedy
*access*. Negated in a finding ("domestic observers are still not allowed to ..."), it
describes the restriction the ask lifts: it stays a permission (*access*)."""
_PASSIVE_AFTER_MODAL = re.compile(r"\s*(?:also\s+|\w+ly\s+)?be\b", re.I)
MIN_TERMS = 3
"""A unit with fewer object terms than this is no ask of its own."""


@dataclass(frozen=True)
class AskUnit:
    """One ask of a recommendation, as grouping compares it."""

    text: str
    actions: frozenset[str]
    vehicles: frozenset[str]
    object_terms: tuple[str, ...]
    addressee: frozenset[str]
    articles: frozenset[str]

    @cached_property
    def _read(self) -> str:
        """The unit's directive form (read once, when a pair first needs it)."""
        return _directive_form(self.text)

    @cached_property
    def directed(self) -> bool:
        """Its remedies were read where its directive puts its verb (or from a negated
        directive), not gathered from every remedy word of a unit whose verb names none:
        read with confidence, so a differing remedy says another change is asked."""
        asked = _REJECTED.sub(" ", self._read)
        modal = _MODAL.search(asked)
        if modal and _SUBJECT_IS_CHANGE.match(asked, modal.end()):
            return bool(self.actions)  # "an audit should be conducted": the noun is the change
        return any(
            _ACTION_PATTERNS[remedy].match(asked, at)
            for at in verb_places(asked, modal.end() if modal else None)
            for remedy in self.actions
        )

    @cached_property
    def head(self) -> str:
        """The term of the directive's own verb when no remedy class or vehicle names it
        and the unit's remedies were not read there ("the quota should be *enforced*",
        "the next woman should *fill* the seat"): what is asked done, compared by its word
        since no class says which change it is; "" when there is none to compare."""
        if self.directed:
            return ""
        asked = _REJECTED.sub(" ", self._read)
        modal = _MODAL.search(asked)
        noun = modal is not None and re.search(r"\b(?:the|a)\s+$", asked[: modal.start()], re.I)
        word = verb_word(asked, modal.end()) if modal and not noun else ""
        if not word or _ACTION_WORDS.fullmatch(word) or _VEHICLE_PATTERN.fullmatch(word):
            return ""
        found = terms(word)
        return found[0] if found else ""

    def names(self, remedies: frozenset[str]) -> bool:
        """The unit's text names one of ``remedies`` anywhere, in directive position or not
        ("an audit of the register, removing the deceased"): derived from the text, so a
        unit read back from a saved index answers alike. A purpose clause ("... retained
        in sealed boxes, *so that a recount remains possible*") says why, not what is asked."""
        read = without_complement(PURPOSE_CLAUSE.sub(" ", self._read))
        return any(
            not _NEGATED_BEFORE.search(read, max(0, m.start() - 40), m.start())
            for remedy in remedies
            for m in _ACTION_PATTERNS[remedy].finditer(read)
        )


_NEGATED_BEFORE = re.compile(
    r"\b(?:not|cannot|never|no longer|n't)\s+(?:be\s+|been\s+)?(?:\w+ly\s+)?$", re.I
)
"""A remedy word under a negation ("the ink should be tested so that it cannot be easily
removed") names what must not happen, not the change asked."""


def actions(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(remedy classes, general vehicles) named in a text."""
    return _remedies(text), _vehicles(text)


_STEM_OPENINGS: dict[str, tuple[str, ...]] = {}
for _action, _stems in _ACTIONS.items():
    for _opening in dict.fromkeys(stem[:3] for stem in _stems):
        _STEM_OPENINGS[_opening] = (*_STEM_OPENINGS.get(_opening, ()), _action)
"""The remedy classes with a stem opening with each three letters."""
assert all(re.fullmatch(r"[a-z]{3}", o) for o in _STEM_OPENINGS), "a stem opens with 3 letters"
_EVERY_ACTION = tuple(_ACTIONS)


def _remedies(text: str) -> frozenset[str]:
    """The remedy classes named in a text: each class's pattern tried at the word starts
    (a class's search can match nowhere else), and there only the classes with a stem
    opening as the word does (every class where the opening is not ASCII: case-insensitive
    matching meets non-ASCII letters such as the Kelvin sign)."""
    found: set[str] = set()
    for word in _WORD_OPENING.finditer(text):
        at, opening = word.start(), word.group(0)
        tried = _STEM_OPENINGS.get(opening.lower(), ()) if opening.isascii() else _EVERY_ACTION
        for action in tried:
            if action not in found and _ACTION_PATTERNS[action].match(text, at):
                found.add(action)
    return frozenset(found)


def _vehicles(text: str) -> frozenset[str]:
    """The general vehicles named in a text, as written (lower-cased)."""
    return frozenset(m.group(0).lower() for m in _VEHICLE_PATTERN.finditer(text))


def addressee(text: str) -> frozenset[str]:
    """Who is asked: the content terms of the subject before the first modal of an active
    sentence ("The CEC should publish ..."); a passive sentence's subject ("Results should
    be published") is its object, not its addressee."""
    modal = _MODAL.search(text)
    if modal is None or modal.start() > 120 or _PASSIVE_AFTER_MODAL.match(text, modal.end()):
        return frozenset()
    return frozenset(terms(text[: modal.start()]))


_START_VERB = re.compile(r"^[\s\-\u2022(0-9.)]*(?P<verb>(?:\s*\w+){1,6})")
_AFTER_MODAL = re.compile(r"(?P<verb>(?:\s*\w+){1,6})")


def main_remedies(text: str) -> frozenset[str]:
    """The remedies named where a directive puts its verb: just after its first modal
    ("should publish", "should be published", "could consider establishing"), or at the
    start of an imperative or gerund ("Abolish ...", "Establishing ...")."""
    modal = _MODAL.search(text)
    window = _AFTER_MODAL.match(text, modal.end()) if modal else _START_VERB.match(text)
    found = _remedies(without_complement(window["verb"])) if window else frozenset()
    change = _SUBJECT_IS_CHANGE.match(text, modal.end()) if modal else None
    if modal and change and window:  # "an audit should be conducted (to remove ...)"
        found = _remedies(re.split(r"\bto\b", without_complement(window["verb"]))[0])
        return found | _remedies(text[text.rfind(". ", 0, modal.start()) + 1 : modal.start()])
    return found


_SUBJECT_IS_CHANGE = re.compile(
    r"\s*(?:also\s+|\w+ly\s+)?be\s+(?:conducted|carried out|undertaken|held|performed|made"
    r"|initiated|launched|organi[sz]ed|done|put in place|introduced|established|instituted"
    r"|set up|created|adopted)\b",
    re.I,
)
"""A passive light verb or verb of introducing ("a hand recount should be conducted",
"an audit should be carried out", "a manual recount should be introduced"): the change
asked is the subject's noun, so the subject's remedies are the unit's too."""


def read_unit(text: str) -> AskUnit:
    """One ask unit read from its text: its remedies are those in directive position
    when it has any there (a long unit names many remedy words in passing), else all."""
    read = _directive_form(text)
    return _unit(text, read, _object_terms(read))


def _directive_form(text: str) -> str:
    """Negated restrictions, permissions, devices against a practice, times named by a
    remedy's noun ("by the end of") and split phrasal remedies read as what they ask."""
    read = _NEGATED_RESTRICTION.sub("unimpeded", phrase_form(text))
    return _NEGATED_PERMISSION.sub(r"\g<modal> be prohibited to", read)


def _object_terms(read: str) -> tuple[str, ...]:
    """The object's terms of a unit's directive form: no action word, no condition."""
    things = _named_things(_CONDITION.sub(" ", read))
    return tuple(terms(_ACTION_WORDS.sub(_drop_action_word, things)))


_REJECTED = re.compile(r"\b(?:rather than|instead of)\b[^.;:]*", re.I)
"""The alternative a directive rejects ("should only notify the authorities, rather than
seek their approval"): what is not asked, so its verbs name no remedy of the unit."""


_NEGATED_DIRECTIVE = re.compile(
    rf"\b{MODAL_WORDS}\s+(?:not|no longer|never)\b"
    r"(?!(?:\s+\w+){0,4}\s+(?:impediments?|obstacles?|barriers?|hindrances?|hurdles?"
    r"|burdens?|obstructions?|interference|confined|excluded|denied|deprived|disenfranchised"
    r"|lose)\b)",
    re.I,
)
"""A directive that says what should not be done ("such campaigns should not be run during
the election period") asks for a prohibition; one that says what should not be faced or
suffered ("parties should not face undue impediments", "voters should not be confined to
one list", "should not lose their right to vote") asks for a freedom, no prohibition."""
PROHIBITION = frozenset({"restrict"})


def negated_directive(text: str) -> frozenset[str]:
    """*restrict* when the text's first directive is negated: read when its verb names no
    remedy, where every remedy word the unit holds in passing ("information campaigns")
    was read instead."""
    modal = _MODAL.search(text)
    if modal is None or not _NEGATED_DIRECTIVE.match(text, modal.start()):
        return frozenset()
    if modal.group(0).lower() == "could":  # "voters could not enter": a fact, no directive
        return frozenset()
    return PROHIBITION


def _unit(text: str, read: str, content: tuple[str, ...]) -> AskUnit:
    """The unit of ``text`` (directive form ``read``, object terms ``content``)."""
    asked = _REJECTED.sub(" ", read)
    remedies = main_remedies(asked) or negated_directive(asked) or _remedies(asked)
    return AskUnit(text, remedies, _vehicles(read), content, addressee(text), articles(text))


def ask_units(text: str) -> list[AskUnit]:
    """The ask units of a recommendation: the whole text, its sentences and long sentences'
    clauses, each with a few object terms at least (the whole text always counts). A part
    is read only as far as deciding needs: the cheap tests first, then its object terms,
    and its remedies, addressee and articles only if it is kept."""
    units = [read_unit(text)]
    for part in _with_conjuncts(sentences(text)):
        if part == text or not (_is_sentence(part) or is_directive(part)):
            continue
        read = _directive_form(part)
        content = _object_terms(read)
        if len(content) >= MIN_TERMS:
            units.append(_unit(part, read, content))
    return units


_CONJOINED = re.compile(
    rf",?\s+and\s+(?=(?:{_STEMS})e?\s+"
    r"(?:the|a|an|all|any|every|each|its|their|such|this|these|those|that)\b)",
    re.I,
)
"""An "and" that opens a second directive verb in its base form and its object ("Repeal
the provisions on libel and stop the blocking of websites"): two asks in one sentence. A
remedy noun ("... the procedures and criteria for verification") opens no object."""


def _with_conjuncts(parts: list[str]) -> list[str]:
    """The parts, each imperative one followed by its conjoined imperatives ("Repeal X and
    stop Y" -> "Repeal X", "stop Y"), each of which can be an ask of its own. Only an
    imperative that opens a sentence is cut: "X should verify Y and publish Z" stays one
    subject's ask, and so does a clause of a long sentence ("..., specifying the rights of
    observers and limiting them to ...": a modifier, not a directive of its own)."""
    found = []
    for part in parts:
        found.append(part)
        opening = part.lstrip(" -\u2022(0123456789.)")
        if opening[:1].isupper() and _ACTION_WORDS.match(opening):
            found.extend(piece for piece in _CONJOINED.split(part) if piece not in parts)
    return list(dict.fromkeys(found))


def _is_sentence(part: str) -> bool:
    """The part reads as a sentence of its own: it ends as one and does not open in the
    middle of one ("or protests aimed to influence members of commissions.", the last
    clause of a long sentence, is a fragment: only a directive clause is an ask)."""
    return part.rstrip().endswith((".", "!", "?")) and not part.lstrip()[:1].islower()


def is_directive(text: str) -> bool:
    """The unit asks for something: a modal, or an imperative or gerund of a remedy or
    vehicle verb at its start ("Abolish ...", "Amending ...")."""
    if _MODAL.search(text) or re.search(r"\brecommend", text, re.I):
        return True
    start = text.lstrip(" -\u2022(0123456789.)")[:20]
    return bool(_ACTION_WORDS.match(start))
