"""Text similarity for grouping recommendations: TF-IDF over normalised terms, in plain Python.

Recommendations that ask for the same change are worded differently ("publish detailed
results down to the polling station level" / "expedient publication of detailed PEC
results protocols") and differ in length (a sentence or a paragraph of several asks). So
terms are normalised (folded, stop words dropped, a light suffix stemmer, a few domain
synonyms made one term: precinct = polling station, monitor = observer...), weighted by
TF-IDF over all recommendation sentences, and two texts are compared both as wholes and
sentence by sentence (the best pair counts), so one ask inside a long paragraph still
matches a one-sentence recommendation. A few dozen lines; nothing to download.

>>> terms("Publicize the results of each precinct")
['publish', 'result', 'pollingstation']
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from normgraph.loaders.text.sentences import sentences as sentence_bounds
from normgraph.ontology import read_text

from .phrase_scan import AlternationScan

_STOP_WORDS = """a about above after all also an and any are as at be been before being both
    but by can
    could do does each either for from further had has have having here if in into is it its
    itself may might more most must no nor not of on once only or other otherwise our out over
    own same shall should so some such than that the their them then there these they this those
    through to too under until up upon very was we were what when where whether which while who
    whom why will with within would including inter alia order well given consider consideration
    considering ensure ensuring take taken steps step measure measures need needs needed
    particular particularly case cases way level levels election elections electoral day
    delegation calls urges"""
_STOP = frozenset(_STOP_WORDS.split())
PARAPHRASES_FILE = "paraphrases.toml"


def read_phrases(text: str) -> tuple[tuple[str, str], ...]:
    """The (pattern, term) paraphrases of ``ontology/paraphrases.toml``, in file order:
    multi-word phrases and spellings made one term before stemming. A malformed entry is
    an error naming it, not a silently weaker match."""
    table = tomllib.loads(text)
    found = []
    for n, entry in enumerate(table.get("phrase", []), start=1):
        pattern, term = entry.get("pattern"), entry.get("term")
        if not (
            isinstance(pattern, str) and isinstance(term, str) and re.fullmatch(r"[a-z]+", term)
        ):
            raise ValueError(
                f"{PARAPHRASES_FILE}: phrase {n} needs a pattern and a lower-case term"
            )
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{PARAPHRASES_FILE}: phrase {n} ({term}): {error}") from error
        found.append((pattern, term))
    return tuple(found)


_PHRASES = read_phrases(read_text(PARAPHRASES_FILE))
_CANONICAL = frozenset(replacement for _, replacement in _PHRASES)
# A paraphrase starts a word: inside one it misread "generally" and "culturally" as
# *rallies* (assembly). Only the paraphrases that can start at a word are tried there
# (phrase_scan: the same string as ``re.sub`` over the alternation, at a tenth of the cost).
_PHRASE = AlternationScan(
    [p for p, _ in _PHRASES], [f" {term} " for _, term in _PHRASES], before=r"(?<![a-z0-9])"
)
_WORD = re.compile(r"[a-z][a-z0-9]+")
CLAUSE_SPLIT_TERMS = 14
"""A sentence with more terms than this is also compared clause by clause."""
_SUFFIXES = (
    "ifications",
    "ification",
    "ibility",
    "ability",
    "ational",
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "ities",
    "ity",
    "ies",
    "ied",
    "ive",
    "ible",
    "able",
    "ence",
    "ency",
    "ance",
    "ancy",
    "ent",
    "ion",
    "ers",
    "ors",
    "er",
    "or",
    "ed",
    "es",
    "al",
    "s",
    "ly",
)

_E_DROPPED = frozenset({"ing", "ed"})
_SHORT = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")
"""A three-letter stem of consonant, vowel, consonant: the verb's own "e" was dropped
before "-ing" or "-ed" ("vot-ing", "rul-ed"), so it is given back."""
_Y_ENDINGS = frozenset({"ies", "ied"})
"""Endings that stand for a final "y" (parties, bodies, verified): stripped bare they made
distinct words one ("parties" = "part", "counties" = "count")."""
_IFY_ENDINGS = frozenset({"ification", "ifications"})
"""A noun of an -ify verb is that verb: "verification" = "verify", "clarification" =
"clarify" (as "verified" and "clarifies" are)."""
_KEPT = re.compile(r"s\|s$|p\|ly$|[^t]\|ion$")
"""Endings that are no suffix there: the "s" of a double "s" ("access", "process"), the
"ly" of "comply", "apply", an "ion" not after "t" ("opinion"; "prohibition" = "prohibit")."""
_IZE = re.compile(r"iz(?=(?:e|es|ed|ing|ation|ations|er|ers)$)")
"""The -ize spellings are the -ise ones ("organization" = "organisation")."""


_IRREGULAR = {
    past: verb
    for verb, forms in (
        ("spend", "spent"),
        ("pay", "paid"),
        ("sell", "sold"),
        ("buy", "bought"),
        ("hold", "held"),
        ("choose", "chose chosen"),
        ("give", "gave given"),
        ("take", "took taken"),
        ("write", "wrote written"),
        ("draw", "drew drawn"),
        ("keep", "kept"),
        ("lose", "lost"),
        ("bring", "brought"),
        ("seek", "sought"),
        ("send", "sent"),
        ("tell", "told"),
        ("make", "made"),
    )
    for past in forms.split()
}
"""The past forms of irregular verbs, each its verb ("money spent" = "spending", "paid for"
= "pays for"): a suffix stemmer cannot see "spent" in "spend"."""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower()


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """One suffix off: inflections and the derivations of a verb or adjective (-ation,
    -ment, -ity, -ence/-ent, -ible/-ibility), so a noun meets its verb ("independence" =
    "independent", "accessible" = "access"); a double "s" is no plural ("access")."""
    word = _IZE.sub("is", word)
    for suffix in _SUFFIXES:
        least = 2 if suffix in _IFY_ENDINGS else 5 if suffix == "ion" else 4
        if word.endswith(suffix) and len(word) - len(suffix) >= least:
            if _KEPT.search(word[: -len(suffix)] + "|" + suffix):
                break
            # "parties" is "party", not "part"; "counties" is "county", not "count".
            ending = "y" if suffix in _Y_ENDINGS else "ify" if suffix in _IFY_ENDINGS else ""
            word = word[: -len(suffix)] + ending
            break
        stem = word[: -len(suffix)]
        if suffix in _E_DROPPED and word.endswith(suffix) and _SHORT.fullmatch(stem):
            # "voting", "voted" are "vote"; "ruling" is "rule" (a short stem lost its "e").
            return stem + "e"
    # A final "e" goes, and a doubled one ("committee", "employee") whole: the plural's
    # "-es" already took one, so "committees" and "committee" are one term.
    return re.sub(r"ee?$", "", word) if word.endswith("e") and len(word) > 4 else word


def terms(text: str) -> list[str]:
    """The normalised terms of a text, in order."""
    folded = _PHRASE.sub(_fold(text))
    words = _WORD.findall(folded)
    return [
        w if w in _CANONICAL else _stem(_IRREGULAR.get(w, w))
        for w in words
        if w not in _STOP and len(w) > 2
    ]


_SEMICOLON = re.compile(r"(?<=;)\s+(?=[A-Z0-9(\"\u201c-])")
"""A semicolon that closes one ask before the next begins ("...; Consider ...")."""


def _asks(text: str) -> Iterator[str]:
    """The sentences of ``text`` (the document model's splitter), each cut again at a
    semicolon that a new clause follows: a list of asks is often one sentence."""
    for start, end in sentence_bounds(text):
        yield from (part.strip() for part in _SEMICOLON.split(text[start:end]))


def sentences(text: str) -> list[str]:
    """A text split into units that can each carry one ask: sentences, and the clauses of a
    long sentence (split at semicolons and commas), keeping parts of two terms or more.

    >>> sentences("Mr. Smith asked the CEC to publish results. Train the staff; Courts hear it.")
    ['Mr. Smith asked the CEC to publish results.', 'Train the staff;', 'Courts hear it.']
    """
    units = []
    counted: dict[str, int] = {}  # this text's parts' term counts: a sentence is read once
    for sentence in _asks(text):
        units.append(sentence)
        count = counted[sentence] = len(terms(sentence))
        if count > CLAUSE_SPLIT_TERMS:
            units.extend(c.strip() for c in re.split(r"[;,]\s+", sentence))
    kept = []
    for unit in dict.fromkeys(units):
        if unit not in counted:
            counted[unit] = len(terms(unit))
        if counted[unit] >= 2:
            kept.append(unit)
    return kept


Vector = dict[str, float]


class TfIdf:
    """Inverse document frequencies learnt from a collection of texts."""

    def __init__(self, texts: Iterable[str]) -> None:
        documents = [set(terms(t)) for t in texts]
        self.size = len(documents)
        counts: Counter[str] = Counter()
        for document in documents:
            counts.update(document)
        self.idf = {term: math.log((1 + self.size) / (1 + n)) + 1 for term, n in counts.items()}

    def vector(self, text: str) -> Vector:
        counts = Counter(terms(text))
        default = math.log(1 + self.size) + 1
        weights = {t: (1 + math.log(n)) * self.idf.get(t, default) for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def best_sentence_pair(
    model: TfIdf, first: Sequence[str], second: Sequence[str]
) -> tuple[float, str, str]:
    """The most similar sentence of ``first`` and of ``second``, with their cosine."""
    best = (0.0, "", "")
    vectors = [model.vector(s) for s in second]
    for sentence in first:
        vector = model.vector(sentence)
        for other, other_vector in zip(second, vectors, strict=True):
            score = cosine(vector, other_vector)
            if score > best[0]:
                best = (score, sentence, other)
    return best
