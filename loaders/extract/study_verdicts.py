"""A study's verdicts that the observers' polarity lexicon (``polarity``) does not hear.

Observers judge with words of criticism and approval ("irregularities", "calm"); a study of
what became of their recommendations judges change and its absence: a reform that "did not
change" the law or "cannot" be verified, a record that is "thin", an effect that is "slow",
"selective" or "incomplete", "little evidence", a "success". These are the general shapes of
that verdict (a negated verb of effect, words of scarcity and of success), read only where
the polarity lexicon finds nothing.

>>> study_verdict("The 2017 amendment did not change the composition of the boards.")
'problem'
>>> study_verdict("The record of implementation is thin.")
'problem'
>>> study_verdict("Digital imprints were a success story.")
'positive'
>>> study_verdict("The law was amended in 2019.") is None
True
"""

from __future__ import annotations

import re

from ..text.words import any_word

_NO_EFFECT = re.compile(
    r"\b(?:did|does|do|has|have|had|need|could|would|will)\s+not\s+(?:\w+ly\s+|yet\s+|"
    r"by (?:itself|themselves)\s+)?(?:change|create|end|bring|make|alter|improve|move|"
    r"persuade|produce|lead|solve|resolve|remove|touch|act|follow|reach|stop|prevent|"
    r"keep pace|translate|survive)\w*\b|\bcannot\b|\bimpossible\b|\bneither\b[^.;]{0,80}?\bnor\b",
    re.I,
)
"""Change that did not happen or cannot: "did not by itself change the law", "cannot
observe", "need not bring change", "neither ... nor"."""
_SCARCE = any_word(
    "thin, incomplete(?:ly)?, selective(?:ly)?, untouched, seldom, slow(?:ly)?, fewer, "
    "little (?:evidence|change|progress|effect), unpersuaded, unmoved, moved away from, "
    "in form, on paper, weak point, limits of, fared (?:differently|worse|badly|poorly)"
)
"""Scarcity, slowness, partiality and form without substance."""
_SUCCESS = any_word(
    "success(?:es| story)?, decisive, (?:the )?clearest case, worked, most change, "
    "took up (?:most|all|much)"
)
"""Change that happened: "a success story", "was decisive", "the clearest case of ..."."""


def study_verdict(sentence: str) -> str | None:
    """ "problem", "positive", "mixed" (both shapes), or None (no verdict of a study's kind)."""
    problem = _NO_EFFECT.search(sentence) or _SCARCE.search(sentence)
    success = _SUCCESS.search(sentence)
    if problem and success:
        return "mixed"
    if problem:
        return "problem"
    return "positive" if success else None


__all__ = ["study_verdict"]
