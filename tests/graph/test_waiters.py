"""Requests waiting for a worker are served in order of arrival: a query worker goes to the
longest-waiting request of either kind, a light worker only to a light request, and a
request that stopped waiting is passed over; an operation's follow-up queries go first."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rdflib import Literal, URIRef

from normgraph.graph import BusyError, EmbeddedStore, ProcessRunner, QueryRequest, StoreOpener
from normgraph.graph.waiters import FOLLOW_UP, Waiters
from tests.aio import run

EX = "https://example.org/"


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
        return sum(len(queue) for queue in waiters._queues.values())

    assert run(scenario()) == 0


def test_an_operations_follow_up_queries_go_before_requests_not_yet_started() -> None:
    async def scenario() -> list[str]:
        waiters: Waiters[str] = Waiters()
        fresh = waiters.add(False)
        light_fresh = waiters.add(True)
        follow_up = waiters.add(False, follow_up=True)
        light_follow_up = waiters.add(True, follow_up=True)
        for name in ("a", "b", "c", "d"):
            first = waiters.first(light_lane=False)
            assert first is not None
            first.set_result(name)
        return [await f for f in (follow_up, light_follow_up, fresh, light_fresh)]

    assert run(scenario()) == ["a", "b", "c", "d"]


RUNAWAY = QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
"""Hours on the 500 triples of :func:`_one_worker`'s store: it holds a worker until stopped."""
QUICK = QueryRequest("ASK { ?s ?p ?o }")


def _one_worker(tmp_path: Path, queue_wait: float) -> ProcessRunner:
    """A pool of one worker over a store of 500 triples."""
    store = EmbeddedStore(tmp_path / "store")
    triples = [(URIRef(f"{EX}s{i}"), URIRef(EX + "p"), Literal(i)) for i in range(500)]
    store.replace_graph(URIRef(EX + "g"), triples)
    store.close()
    return ProcessRunner(StoreOpener(tmp_path / "store"), size=1, timeout=60, queue_wait=queue_wait)


def test_the_pool_serves_a_follow_up_before_an_earlier_fresh_request(tmp_path: Path) -> None:
    """One worker, held by a runaway until its 3 s limit stops it; meanwhile a fresh request
    queues, then an operation's follow-up: the worker that replaces the runaway's goes to
    the follow-up first."""
    runner = _one_worker(tmp_path, queue_wait=60)
    finished: list[str] = []

    async def send(name: str, follow_up: bool) -> None:
        FOLLOW_UP.set(follow_up)
        await runner.read(QUICK)
        finished.append(name)

    async def scenario() -> None:
        await runner.start()
        try:
            holding = asyncio.create_task(runner.read(RUNAWAY, timeout=3))
            await asyncio.sleep(0.1)  # the runaway holds the only worker for 3 s
            fresh = asyncio.create_task(send("fresh", False))
            await asyncio.sleep(0.1)
            follow_up = asyncio.create_task(send("follow-up", True))
            await asyncio.gather(holding, fresh, follow_up, return_exceptions=True)
        finally:
            await runner.close()

    run(scenario())
    assert finished == ["follow-up", "fresh"]


def test_a_request_waits_its_queue_time_then_busy_and_one_that_leaves_takes_no_worker(
    tmp_path: Path,
) -> None:
    """One worker, held by a runaway until its 3 s limit stops it: a request waiting for it
    gets BusyError after the 1 s queue time, one whose client leaves while it waits is
    cancelled; once the runaway's worker is replaced, the next request is served (neither
    of the two kept a worker)."""
    runner = _one_worker(tmp_path, queue_wait=1)

    async def scenario() -> tuple[BaseException | None, bool, float, bytes]:
        await runner.start()
        try:
            holding = asyncio.create_task(runner.read(RUNAWAY, timeout=3))
            await asyncio.sleep(0.1)
            leaving = asyncio.create_task(runner.read(QUICK))
            await asyncio.sleep(0.2)
            leaving.cancel()
            await asyncio.gather(leaving, return_exceptions=True)
            loop = asyncio.get_running_loop()
            started = loop.time()
            busy: BaseException | None = None
            try:
                await runner.read(QUICK)
            except BusyError as error:
                busy = error
            waited = loop.time() - started
            await asyncio.gather(holding, return_exceptions=True)
            for _ in range(300):  # the runaway's replacement starts in the background
                try:
                    answer = await runner.read(QUICK)
                    break
                except BusyError:
                    await asyncio.sleep(0.1)
            return busy, leaving.cancelled(), waited, answer.body
        finally:
            await runner.close()

    busy, left, waited, body = run(scenario())
    assert isinstance(busy, BusyError) and "stayed busy for 1 s" in str(busy)
    assert left
    assert 0.9 <= waited < 2.5
    assert b"true" in body
