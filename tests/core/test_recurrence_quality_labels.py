"""The recurrence pair set's labels are consistent, so its figures mean what they say: every
invented report is listed (and every listed one exists), keys are unique, an ask label
never spans two States (grouping never crosses States, so such a pair could never be
found), and a statement refers to recommendations of earlier reports of its own State."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES

PAIRS = Path(__file__).resolve().parents[2] / "bench" / "recurrence_pairs.json"
RECURRENCE = FIXTURES / "recurrence"
STATUSES = {"fully-implemented", "partially-implemented", "not-implemented"}


def _reports() -> list[dict[str, Any]]:
    spec = json.loads(PAIRS.read_text(encoding="utf-8"))
    return [
        json.loads((RECURRENCE / name).read_text(encoding="utf-8")) for name in spec["fixtures"]
    ]


def test_every_invented_report_is_listed_once_and_exists() -> None:
    listed = json.loads(PAIRS.read_text(encoding="utf-8"))["fixtures"]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(p.name for p in RECURRENCE.glob("*.json"))


def test_keys_are_unique_and_an_ask_label_stays_in_one_state() -> None:
    spec = json.loads(PAIRS.read_text(encoding="utf-8"))
    keys: list[str] = [entry["id"] for entry in spec["items"]]
    state_of_ask: dict[str, str] = {}
    for entry in spec["items"]:
        for ask in entry["asks"]:
            assert state_of_ask.setdefault(ask, entry["country"]) == entry["country"], ask
    for report in _reports():
        for entry in report["recommendations"]:
            keys.append(entry["id"])
            assert entry["asks"] and all("/" in ask for ask in entry["asks"]), entry["id"]
            for ask in entry["asks"]:
                assert state_of_ask.setdefault(ask, report["country"]) == report["country"], ask
    assert len(keys) == len(set(keys))


def test_statements_refer_to_earlier_recommendations_of_their_own_state() -> None:
    reports = _reports()
    spec = json.loads(PAIRS.read_text(encoding="utf-8"))
    where = {e["id"]: (e["country"], e["election"], e["file"]) for e in spec["items"]}
    where.update(
        (entry["id"], (report["country"], report["election"], report["document"]))
        for report in reports
        for entry in report["recommendations"]
    )
    statements = 0
    for report in reports:
        for statement in report["statements"]:
            statements += 1
            assert statement["status"] in STATUSES, statement["text"]
            assert statement["refers_to"], statement["text"]
            for key in statement["refers_to"]:
                country, election, document = where[key]
                assert country == report["country"], key
                assert election <= report["election"] and document != report["document"], key
    assert statements >= 70


def test_a_sealed_report_names_its_session_and_is_not_also_an_added_pass() -> None:
    """The test half is the sealed reports: each names the session that sealed it and carries
    no ``added_in`` (which would score it a second time as a tuner's own pass)."""
    for report in _reports():
        if "sealed" in report:
            assert isinstance(report["sealed"], str) and report["sealed"], report["document"]
            assert "added_in" not in report, report["document"]
