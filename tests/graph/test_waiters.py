"""Requests waiting for a worker are served in order of arrival: a query worker goes to the
longest-waiting request of either kind, a light worker only to a light request, and a
request that stopped waiting is passed over."""

from __future__ import annotations

from normgraph.graph.waiters import Waiters
from tests.aio import run


def test_a_query_worker_goes_to_the_longest_waiting_request_of_either_kind() -> None:
    async def scenario() -> list[str]:
        waiters: Waiters[str] = Waiters()
        heavy1, light1, heavy2 = waiters.add(False), waiters.add(True), waiters.add(False)
        served = []
        for name in ("a", "b", "c"):
            first = waiters.first(light_lane=False)
            assert first is not None
            first.set_result(name)
        for future in (heavy1, light1, heavy2):
            served.append(await future)
        assert waiters.first(light_lane=False) is None
        return served

    assert run(scenario()) == ["a", "b", "c"]


def test_a_light_worker_goes_only_to_light_requests() -> None:
    async def scenario() -> tuple[bool, bool]:
        waiters: Waiters[str] = Waiters()
        heavy, light = waiters.add(False), waiters.add(True)
        first = waiters.first(light_lane=True)
        assert first is light
        return heavy.done(), waiters.first(light_lane=True) is None

    assert run(scenario()) == (False, True)


def test_a_request_that_stopped_waiting_is_passed_over() -> None:
    async def scenario() -> bool:
        waiters: Waiters[str] = Waiters()
        gone, waiting = waiters.add(False), waiters.add(False)
        gone.cancel()
        return waiters.first(light_lane=False) is waiting

    assert run(scenario())


def test_cancelled_futures_do_not_pile_up() -> None:
    async def scenario() -> int:
        waiters: Waiters[str] = Waiters()
        for _ in range(1000):
            waiters.add(False).cancel()
        assert waiters.first(light_lane=False) is None
        return len(waiters._heavy)

    assert run(scenario()) == 0
