"""The column headers of a results table: which columns a header names (votes, shares of
which base, seats), and which header lines start a table that lists no results (seats by
tier of a mixed system), so that its figures are never read as votes; and which row
labels name a national figure (registered voters, valid votes, turnout...), lump
contestants ("Others"), name no contestant (ballots, sources) or caption a table."""

from __future__ import annotations

import re

from ..text.dates import DATE_PATTERN

COLUMN_GAP = re.compile(r"\t|\s{2,}")
"""What separates two columns of a line after PDF conversion."""
ROLE_WORDS = re.compile(
    r"(?P<share>%|per\s?cent(?:age)?|share)(?P<base>(?:\s+of)?(?:\s+(?:the|all))?"
    r"\s+(?:valid\s+votes|votes\s+cast|ballots\s+cast|valid\s+ballots|voters|total)"
    r"|\s+of(?:\s+(?:the|all))?\s+(?:votes|ballots)(?:\s+(?:received|won|obtained))?)?"
    r"|(?P<seats>seats|mandates)|(?P<votes>votes|ballots)",
    re.I,
)


def is_header(text: str) -> bool:
    """A column header: two roles or more ("Votes  %"), or a seats column alone beside the
    names ("Party   Seats": a seats-only table, whose figures are no votes)."""
    roles = roles_of(text)
    return len(roles) >= 2 or (
        roles == [("seats", "")]
        and bool(COLUMN_GAP.search(text.strip()))
        and len(text.split()) <= 4
    )


def other_header(text: str) -> bool:
    """The header of a table that is no list of results ("Party   PR   SMC   Total", the
    seats by tier of a mixed system): three columns or more, none a votes, share or seats
    column. Its rows are not read (their first figure is no vote count)."""
    cells = COLUMN_GAP.split(text.strip())
    return len(cells) >= 3 and not ROLE_WORDS.search(text) and not re.search(r"\d", text)


def first_cell_end(header: str) -> int:
    """Where a header's first cell (the names' column: "Party", "Candidate") ends."""
    lead = len(header) - len(header.lstrip())
    gap = COLUMN_GAP.search(header.rstrip(), lead)
    return gap.start() if gap else len(header.rstrip())


def header_wrap(text: str, names_end: int) -> bool:
    """A line right under a header that holds the rest of its cells ("% of" over "votes"):
    no figure, a few words, starting right of the names' column (``names_end``), under
    the figures, where a contestant's wrapped name never starts; or, its indentation lost (a
    flattened export), a heading's last words flush left, all in lower case ("cast" under
    "Votes   % votes"), which no contestant's name is."""
    indent = len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())
    flat = indent == 0 and bool(re.fullmatch(r"[a-z%][a-z% ]*", text.strip()))
    placed = indent > names_end or (flat and len(text.split()) <= 3)
    return placed and not re.search(r"\d", text) and len(text.split()) <= 6


def year_header(text: str) -> bool:
    """A header whose only figures are years after its column words ("Party   Votes   %
    Seats 2019", the year of the seats it compares): a header, not a row, though it ends
    in a figure. Three cells or more, and two roles once the years are taken out."""
    plain = _YEAR.sub("", text)
    return (
        plain != text
        and not re.search(r"\d", plain.replace("%", ""))
        and len(COLUMN_GAP.split(text.strip())) >= 3
        and len(roles_of(plain)) >= 2
    )


def header_second_line(text: str) -> bool:
    """A line right under a header that prints the rest of its cells from the left margin
    ("Political party   (number)   (%)   won" under "Votes   Votes   Seats"): no figure and
    three cells or more in columns, which a contestant's name wrapped before its figures
    never has."""
    cells = COLUMN_GAP.split(text.strip())
    return len(cells) >= 3 and not re.search(r"\d", text) and len(text.split()) <= 10


_TOTAL_WORD = re.compile(r"\b(?:total|all|overall|combined)\b", re.I)
_VOTES_ONLY: list[tuple[str, str]] = [("votes", "")]


def roles_of(header: str) -> list[tuple[str, str]]:
    """Column roles a header names, in order: ("votes", ""), ("share", base), ("seats", "");
    a votes column that a later "Total votes" column adds up ("Votes in the country   Votes
    abroad   Total votes") is a ("part", "") column, whose figures are no contestant's
    votes, and so are the columns of an earlier election a header compares with
    (``_earlier_years``)."""
    cells = [cell for cell in COLUMN_GAP.split(header.strip()) if ROLE_WORDS.search(cell)]
    per_cell = [_roles_in(cell) for cell in cells]
    if len(cells) >= 2 and all(len(roles) == 1 for roles in per_cell):
        single = [roles[0] for roles in per_cell]
        parted = (
            _parts_of_totals(cells, single)
            or _earlier_years(cells, single)
            or _older_columns(cells, single)
        )
        if parted is not None:
            return parted
    return _roles_in(header)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _earlier_years(cells: list[str], roles: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """A header comparing elections ("Votes 2019   %   Votes 2023   %   Seats"): each votes
    column names a year, and the years differ. The group of the latest year (its votes
    column up to the next votes column) is the row's; the others' figures are ("part",
    "") columns, no figure of this election's (they are no second round either)."""
    starts = [index for index, role in enumerate(roles) if role == ("votes", "")]
    years = [_YEAR.search(cells[index]) for index in starts]
    if len(starts) < 2 or any(year is None for year in years):
        return None
    named = [year.group() for year in years if year is not None]
    if len(set(named)) < len(named):
        return None
    latest = named.index(max(named))
    end = starts[latest + 1] if latest + 1 < len(starts) else len(roles)
    return [
        role if starts[latest] <= index < end else ("part", "") for index, role in enumerate(roles)
    ]


def _older_columns(cells: list[str], roles: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """A header naming two years in its cells ("Seats 2019   Seats 2015", "% 2015   % 2019"):
    a column of an earlier year than the latest is a ("part", "") column, no figure of
    this election's; None when the cells name fewer than two years."""
    years = [_YEAR.search(cell) for cell in cells]
    named = {year.group() for year in years if year is not None}
    if len(named) < 2:
        return None
    latest = max(named)
    return [
        ("part", "") if year is not None and year.group() != latest else role
        for year, role in zip(years, roles, strict=True)
    ]


def text_columns_of(header: str) -> int:
    """How many columns of words a header opens with ("Candidate   Nominated by   Votes"
    has two): the name is the first, the others (a nominating party, a region) are no
    part of it."""
    count = 0
    for cell in COLUMN_GAP.split(header.strip()):
        if roles_of(cell):
            break
        count += 1
    return max(count, 1)


def _parts_of_totals(
    cells: list[str], roles: list[tuple[str, str]]
) -> list[tuple[str, str]] | None:
    """The roles with each run of votes columns closed by a total column read as parts and
    their total, or None when no run of votes columns ends in a total."""
    parted = list(roles)
    run: list[int] = []
    for index, role in enumerate([*roles, ("", "")]):
        if role == ("votes", ""):
            run.append(index)
            continue
        if len(run) >= 2 and _TOTAL_WORD.search(cells[run[-1]]):
            for part in run[:-1]:
                parted[part] = ("part", "")
        run = []
    return parted if parted != roles else None


def _roles_in(header: str) -> list[tuple[str, str]]:
    roles: list[tuple[str, str]] = []
    for match in ROLE_WORDS.finditer(header):
        if match.group("share"):
            base = (match.group("base") or "").lower()
            roles.append(("share", "cast" if re.search(r"cast|voters|total", base) else "valid"))
        elif match.group("seats"):
            roles.append(("seats", ""))
        elif not roles or roles[-1][0] != "votes":
            roles.append(("votes", ""))
    return roles


NATIONAL_LABELS: dict[str, str] = {
    "registeredVoters": r"registered (?:voters|electors)|"
    r"(?:voters?|electors?) (?:on|in) the (?:[a-z]+ ){0,3}lists?|"
    r"(?:number of )?(?:voters|electors) registered|electorate|eligible (?:voters|electors)",
    "mobileVotes": r"mobile",
    "invalidVotes": r"invalid|spoil|\bvoid\b|\bnull\b|rejected",
    "validVotes": r"\bvalid (?:votes|ballots?)",
    "votersParticipated": r"voters (?:who )?(?:participated|took part|voted)|"
    r"ballots (?:cast|issued|found)|votes cast|number of voters who|^\s*voters\s*$",
    "turnout": r"turnout",
}
"""National figures by the words of their row label, most specific first (a row is the
first that matches: "invalid" before "valid"); "Voters" alone, as official tables in several
languages label the count of those who voted, is that count."""


def national_label(label: str) -> str | None:
    """The national figure a row label names, or None for a contestant's row."""
    for key, pattern in NATIONAL_LABELS.items():
        if re.search(pattern, label, re.I):
            return key
    return None


OTHERS = re.compile(
    r"^\s*(?:(?:all|votes\s+for)\s+)?(?:the\s+)?(?:other|others|remaining|smaller|minor)\b"
    r"|\b(?:below|under)\s+the\s+(?:\d+\s?%\s+)?threshold\b"
    r"|^\s*(?:votes?\s+)?against\s+all\b|^\s*none\s+of\s+the\s+(?:above|candidates|lists)\b",
    re.I,
)
"""A row lumping contestants ("Other parties (7)", "Parties below the threshold") or votes
for none ("Against all"): in the total, no contestant."""
INDEPENDENTS = re.compile(
    r"^\s*(?:independents|(?:independent|non-?partisan|self-nominated)\s+candidates)\b", re.I
)
"""The row of all independent candidates together: where they won seats it is a contestant
of its own (independents hold seats as a group beside the parties); else it lumps
contestants like "Others"."""
NOT_A_ROW = re.compile(
    r"^\s*(?:(?:sources?|notes?)\s*:|(?:total\s+)?(?:number|share|percentage) of\b|"
    r"(?:blank|empty|unmarked|void|null|rejected|spoilt|cancell?ed|unused)\s+(?:ballots?|votes?)\b|"
    r"(?:eligible|registered)\s+voters\b|participation\b)|\bballots?(?:\s+papers?)?\b|"
    r"\bpage:?\s*$|\s(?:p|pg)\.?\s*$|^\s*abstentions?\b|"
    r"\bvoters\s+(?:who|included|registered|listed|on|in)\b|\bpopulation\b",
    re.I,
)
"""A source line under the table, a page footer ("... Page: 7", "... p. 7"), a national
figure the labels above do not know ("Abstentions", "Voting-age population"), or a count of
ballots or voters (blank, void, unused ballots; voters included in the lists): no party or
candidate is named for ballots, and none is a count of voters or of a population."""
_PAGE_NUMBER = r"(?:[\u2013\u2014|-][ \t]*\d{1,3}[ \t]*[\u2013\u2014-]?[ \t]*)?"
"""A page's number after a running footer's text ("- 4 -", "| 4")."""
CAPTION_DATE = re.compile(rf"(?:{DATE_PATTERN.pattern})[\s).:]*{_PAGE_NUMBER}$")
"""A line ending in a date is a table's caption ("Nationwide list, 26 February 2006"), not a
row: a row's figures are counts, shares and seats, never a day and a year; so is a running
footer ending in a date and the page's number ("Final Report, 7 May 2030   - 4 -")."""


__all__ = [
    "CAPTION_DATE",
    "COLUMN_GAP",
    "INDEPENDENTS",
    "NATIONAL_LABELS",
    "NOT_A_ROW",
    "OTHERS",
    "ROLE_WORDS",
    "first_cell_end",
    "header_second_line",
    "header_wrap",
    "is_header",
    "national_label",
    "other_header",
    "roles_of",
    "text_columns_of",
    "year_header",
]
