"""The tuned weights of recurrence grouping (:mod:`normgraph.grouping`): bonuses, penalties,
thresholds and the candidate search's limits, in one place so that a sweep or a reader finds
every knob together."""

TOPIC_BONUS = 0.06
NORM_BONUS = 0.04
LAW_BONUS = 0.04
ARTICLE_BONUS = 0.10
REMEDY_PENALTY = 0.6
"""Factor on the score of two units naming different remedies."""
DIFFERENT_CHANGE = 0.25
"""Factor on the score of two units whose different remedies were both read in directive
position (``ask_compare.remedies_differ``): a shared subject must not outweigh a different
change."""
OTHER_VERB = 0.7
"""Factor on the score of two units whose directive verbs are in no remedy class and differ
(``ask_compare.heads_differ``): a weak sign of another change, milder than a class's
conflict (0.6 lost a right pair of the tune half; 0.7 and 0.8 lose none)."""
ARTICLE_PENALTY = 0.5
"""Factor on the score of two units citing different articles."""
THRESHOLD = 0.27
"""Least pair score at which two clusters merge (tuned on the tune half of the pair set)."""
AVERAGE_THRESHOLD = 0.20
"""Least average cross-pair score at which two clusters merge."""
FINDING_THRESHOLD = 0.45
"""Least score at which a finding attaches to an issue (findings are many and broad)."""
MAX_BONUS = TOPIC_BONUS + NORM_BONUS + LAW_BONUS + ARTICLE_BONUS
COMMON_TERM = 0.05
"""Terms in more than this share of a state's units (and more than 50) do not propose candidates."""
CANDIDATES = 30
"""Most candidates kept per unit, best text similarity first."""
SCAN = 600
"""Most posting entries one candidate search reads, its rarest terms first. A state's
postings grow with its reports: reading every posting of each uncut term for every finding
grew with the square of the state's size, while the rarest terms, read first, are the ones
that say most about a match."""
