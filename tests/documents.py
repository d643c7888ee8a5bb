"""Where the corpus is and which file is which, for every test module."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NORMGRAPH_CORPUS", ROOT.parent / "shared" / "corpus"))

ODIHR_2011 = "002_78719f45d59fee38.txt"
ENEMO_2005 = "004_80bdc416520160a0.txt"
NDI_PROGRAMME = "003_4ea76907e25af2d4.txt"
ISAACS_ARTICLE = "000_fc014c5b3f715ef5.txt"
HOFFMANN_THESIS = "001_0c620be955dcd040.txt"

REPORTS_IN_CORPUS = 6
"""Report nodes a build of the five files yields: the NDI programme report carries the
July 2004 pre-election delegation statement as an attachment, a report of its own."""

ODIHR_2011_KEY = "osce-odihr-2011-final-report-kz-early-presidential-2011-04-03"
ENEMO_2005_KEY = "enemo-2005-preliminary-statement-kz-presidential-2005-12-04"
NDI_STATEMENT_KEY = "ndi-2004-statement-kz-parliamentary-2004-09-19"
NDI_PROGRAMME_KEY = "ndi-programme-report-a6554a48"
ISAACS_ARTICLE_KEY = "isaacs-journal-article-kz-micro-politics-norm-contestation-osce"
HOFFMANN_THESIS_KEY = "hoffmann-2020-thesis-kz-meet-me-middle-analysis-eu"
"""Each report's key, ``id/report/{key}`` (``loaders/report.report_key``): what facts of
that report are minted under, spelled once for the tests."""
