"""The layout-robustness bench's transforms (bench/layout_perturbations.py) keep every gold
quote findable and are deterministic, and its CLI scores a perturbed tune report."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.layout_pdf_perturbations import PDF_TRANSFORMS, edits_for
from bench.layout_perturbations import TRANSFORMS, perturb, rng_for
from bench.quality_gold import Span, read_manifest, read_report, squash

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ("odihr_md_2025_final", "network_am_2026_statement", "programme_kg_2022")
"""Tune reports of three families (a final report, a statement, a programme report)."""
ENTRIES = {entry.name: entry for entry in read_manifest() if entry.name in SAMPLE}
LABELLED = {"list_labels", "heading_numbers", "thousands"}
"""Transforms that rewrite labels or digits: a quote keeps its words, not its characters."""


def _words(text: str) -> list[str]:
    """The words of a passage, quotes and dashes aside (what typography may change)."""
    return re.findall(r"[^\W\d_]{3,}", text)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("report", SAMPLE)
def test_every_gold_quote_maps_onto_the_same_words(name: str, report: str) -> None:
    text, gold = read_report(ENTRIES[report])
    changed = perturb(text, TRANSFORMS[name](text, rng_for(name, report)))
    for fact in gold:
        for span in fact.spans:
            moved = changed.remap(span)
            before, after = text[span.start : span.end], changed.text[moved.start : moved.end]
            assert _words(after) == _words(before), (fact.kind, before)
            if name not in LABELLED and name != "typography":
                assert after.split() == before.split(), (fact.kind, before)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_every_transform_changes_some_sample_report(name: str) -> None:
    texts = [read_report(ENTRIES[report])[0] for report in SAMPLE]
    assert any(TRANSFORMS[name](text, rng_for(name, "any")) for text in texts)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_a_transform_is_deterministic_for_a_seed(name: str) -> None:
    text, _ = read_report(ENTRIES["odihr_md_2025_final"])
    runs = [TRANSFORMS[name](text, rng_for(name, "odihr_md_2025_final")) for _ in range(2)]
    assert runs[0] == runs[1]


def test_offsets_map_across_insertions_and_replacements() -> None:
    text = "Alpha beta\ngamma delta"
    changed = perturb(text, [(5, 6, "\n"), (11, 11, "\fPage 2\n"), (16, 17, "  ")])
    assert changed.text == "Alpha\nbeta\n\fPage 2\ngamma  delta"
    for start, end in ((0, 10), (11, 22), (6, 16)):
        moved = changed.remap(Span(start, end))
        squeezed = changed.text[moved.start : moved.end].replace("\fPage 2\n", "")
        assert squeezed.split() == text[start:end].split()


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(ValueError, match="overlap"):
        perturb("some text", [(0, 4, "any"), (2, 6, "thing")])


def test_layouts_change_as_real_reports_do() -> None:
    text = (
        "II. LEGAL FRAMEWORK\n\n"
        "1. The law provides for a mixed system in which 101 members are elected,\n"
        "with 12345 voters per district on average.\n"
        '2. The "unified" register is kept by the ministry - it lists 1,234,567 voters.\n'
    )
    rng = rng_for("any", "invented")
    headed = perturb(text, TRANSFORMS["heading_numbers"](text, rng)).text
    assert not headed.startswith("II. ") and "LEGAL FRAMEWORK" in headed
    labelled = perturb(text, TRANSFORMS["list_labels"](text, rng)).text
    assert re.search(r"^(?:\(1\)|1\)|a\.|\(a\)|1 -) The law", labelled, re.M)
    typed = perturb(text, TRANSFORMS["typography"](text, rng)).text
    assert "\u201cunified\u201d" in typed and "ministry \u2013 it" in typed
    counted = perturb(text, TRANSFORMS["thousands"](text, rng)).text
    assert "1,234,567" not in counted and re.sub(r"\D", "", counted) == re.sub(r"\D", "", text)
    assert "\r\n" in perturb(text, TRANSFORMS["crlf"](text, rng)).text


def test_the_cli_scores_a_perturbed_tune_report_and_refuses_a_test_one(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    script = [sys.executable, "bench/layout_robustness.py", "--only", "network_am_2026_statement"]
    run = subprocess.run(
        [*script, "--transform", "crlf", "--json", str(figures)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "crlf" in run.stdout and "lost" in run.stdout
    crlf = json.loads(figures.read_text(encoding="utf-8"))["crlf"]
    everything = crlf["classes"]["all"]
    assert everything["gold"] > 10 and everything["found"][0] > 0
    assert everything["found"][0] - crlf["lost"] + crlf["gained"] == everything["found"][1]
    sealed = next(entry.name for entry in read_manifest() if entry.half == "test")
    refused = subprocess.run(
        [sys.executable, "bench/layout_robustness.py", "--only", sealed],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0 and "not a tune report" in refused.stderr


@pytest.mark.parametrize("name", sorted(PDF_TRANSFORMS))
@pytest.mark.parametrize("report", SAMPLE)
def test_a_pdf_transform_keeps_every_gold_quote_and_stays_off_them(name: str, report: str) -> None:
    text, gold = read_report(ENTRIES[report])
    quotes = [span for fact in gold for span in fact.spans]
    edits = edits_for(name, text, rng_for(name, report), quotes)
    assert edits and edits == edits_for(name, text, rng_for(name, report), quotes)
    changed = perturb(text, edits)
    for span in quotes:
        moved = changed.remap(span)
        before, after = text[span.start : span.end], changed.text[moved.start : moved.end]
        assert squash(after) == squash(before), (name, before)
        if name != "hyphenate":
            assert after == before, (name, before)


def test_pdf_layouts_look_as_extracted_text_does() -> None:
    line = "registered the candidates of every contestant in time, and the commission "
    text = "Title line\n" * 16 + ((line * 2 + "\n") * 3 + "\n") * 30
    quote = Span(text.index("registered"), text.index("registered") + 80)
    rng = rng_for("any", "invented")
    broken = perturb(text, edits_for("hyphenate", text, rng, [quote])).text
    assert re.search(r"[a-z]-\n[a-z]", broken) and squash(broken) == squash(text)
    paged = perturb(text, edits_for("page_break_mid_paragraph", text, rng, [quote])).text
    above, footer, header, below = re.split(r"\n\f?", paged[: paged.index("\f") + 80])[-4:]
    assert above.endswith("commission ") and re.search(r"\d", footer) and "TITLE" in header.upper()
    assert below.startswith("registered"), "the page break falls inside a paragraph"
    noted = perturb(text, edits_for("footnote_marks", text, rng, [quote])).text
    assert re.search(r"[a-z][.,;]?\d+[.,;]?\s", noted) and re.search(r"\n_{10,}\n1 \S", noted)
    with pytest.raises(KeyError, match="known"):
        edits_for("unknown", text, rng, [])
