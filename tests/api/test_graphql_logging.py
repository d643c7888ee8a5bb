"""A client's mistake is logged as one line, not as a server fault with a traceback; a real
fault still reaches strawberry's error log."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient


def test_a_refused_request_is_one_info_line_not_an_error(
    fixture_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = fixture_client.post(
        "/graphql", json={"query": '{ election(iri: "not an iri") { label } }'}
    )
    errors = response.json()["errors"]
    assert errors and "iri" in errors[0]["message"].lower()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    refused = [r for r in caplog.records if r.name == "normgraph.graphql"]
    assert len(refused) == 1 and refused[0].levelno == logging.INFO
