"""The test half's writing waves (manifest ``split``): each test report names one, and the
bench prints each wave's all-classes figures beside the test half's table."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction_quality import ReportResult, as_json, split_summaries
from bench.quality_gold import SPLITS, GoldError, ReportEntry, read_manifest
from bench.quality_score import Score

ENTRIES = read_manifest()


def test_every_test_report_names_its_wave_and_no_tune_report_does() -> None:
    for entry in ENTRIES:
        assert (entry.split in SPLITS) if entry.half == "test" else entry.split is None
    waves = {entry.split for entry in ENTRIES if entry.half == "test"}
    assert waves == set(SPLITS)


@pytest.mark.parametrize(
    ("half", "split"),
    [
        ("tune", "sixth"),
        ("tune", "eighth"),
        ("test", None),
        ("test", "fourth"),
        ("tune", "ninth"),
        ("tune", "twelfth"),
        ("tune", "thirteenth"),
        ("test", "thirteenth"),
        ("tune", "fourteenth"),
        ("test", "fourteenth"),
        ("tune", "fifteenth"),
        ("test", "fifteenth"),
        ("test", "sixteenth"),
        ("tune", "sixteenth"),
        ("tune", "seventeenth"),
        ("test", "eighteenth"),
    ],
)
def test_a_split_on_a_tune_report_or_a_test_report_without_one_is_refused(
    tmp_path: Path, half: str, split: str | None
) -> None:
    line = f'split = "{split}"\n' if split else ""
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(
        f'[report.x]\nhalf = "{half}"\n{line}family = "statement"\nstate = "NL"\nlayout = "l"\n',
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=f"report x has split {split!r}"):
        read_manifest(manifest)


def _result(name: str, split: str | None, found: int, gold: int, correct: int) -> ReportResult:
    entry = ReportEntry(name, "test" if split else "tune", "statement", "NL", "l", split=split)
    result = ReportResult(entry, None)
    result.scores = {
        "recommendation": Score(gold=gold, found=found, graph=correct + 1, correct=correct),
        "law": Score(gold=2, found=1, graph=1, correct=1),
    }
    return result


def test_each_wave_gets_one_line_summing_its_reports_over_every_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # two waves, whichever the manifest holds today (a retired wave leaves SPLITS)
    monkeypatch.setattr("bench.extraction_quality.SPLITS", ("eighth", "ninth"))
    results = [
        _result("a", "eighth", found=3, gold=4, correct=3),
        _result("b", None, found=1, gold=8, correct=1),
        _result("c", "ninth", found=2, gold=5, correct=1),
        _result("d", "eighth", found=5, gold=6, correct=4),
    ]
    eighth, ninth = split_summaries(results)
    # eighth: found 3+1+5+1 of 4+2+6+2; right 3+1+4+1 of 4+1+5+1; the tune report "b" is not in it
    assert (
        eighth == "test split eighth (2 reports): recall 0.71 (10 of 14), precision 0.82 (9 of 11)"
    )
    # ninth: found 2+1 of 5+2; right 1+1 of 2+1; the shorter name is padded to the longest
    assert ninth == "test split ninth  (1 reports): recall 0.43 (3 of 7), precision 0.67 (2 of 3)"
    assert split_summaries([_result("t", None, 1, 1, 1)]) == []
    (only,) = split_summaries([_result("n", "ninth", 2, 5, 1)])
    assert only.startswith("test split ninth  (1 reports)")
    figures = as_json(results)
    assert figures["test-eighth"] == {"gold": 14, "found": 10, "graph": 11, "correct": 9}
    assert figures["test-ninth"] == {"gold": 7, "found": 3, "graph": 3, "correct": 2}
