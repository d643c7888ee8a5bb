"""A cue that is one of some words: the pattern many readers compile from a word list.

Written out, such a cue is ``re.compile(r"\\b(?:filed|lodged|submitted)\\b", re.I)``; the
words are what a reader needs to see, so readers list them (``any_word("filed, lodged,
submitted")``) and :func:`any_word` adds the rest.
"""

from __future__ import annotations

import re

_COMMA = re.compile(r",\s+")


def any_word(words: str, flags: int = re.I) -> re.Pattern[str]:
    r"""Any of ``words`` (separated by a comma and a space) as a whole word, in any case
    unless ``flags`` says otherwise.

    Each word is a regular expression of its own ("amendments?", "follow-?up", "by law"),
    tried in the order given.

    >>> any_word("bill, amendments?, by law").pattern
    '\\b(?:bill|amendments?|by law)\\b'
    >>> bool(any_word("bill").search("The BILL lapsed")), bool(any_word("bill").search("bills"))
    (True, False)
    """
    return re.compile(rf"\b(?:{'|'.join(_COMMA.split(words.strip()))})\b", flags)
