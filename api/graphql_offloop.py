"""GraphQL executed off the event loop, within a wall-clock budget.

Building a large answer is Python work (resolvers, graphql-core's completion): run on the
event loop it stalls every other request, /health included. So each operation runs on its
own event loop in a thread of a pool sized like the query workers, and the app's loop only
waits for it, up to ``NORMGRAPH_QUERY_TIMEOUT``. Store queries still go to the app's runner,
on the app's loop (:class:`LoopBridge`). Past the budget the client is answered at once;
the abandoned operation fails at its next store query.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from graphql import GraphQLError
from strawberry.types import ExecutionResult

from normgraph.graph import Row, Term

from .graphql_loaders import RequestStore
from .graphql_store import GraphQLTimeoutError, StoreAccess


@dataclass
class LoopBridge:
    """A StoreAccess for an operation on another loop: each query runs on the app's loop."""

    access: StoreAccess
    loop: asyncio.AbstractEventLoop
    abandoned: threading.Event

    async def select(
        self, sparql: str, bindings: Mapping[str, Term] | None, timeout: float
    ) -> list[Row]:
        if self.abandoned.is_set():
            raise GraphQLTimeoutError("the request ran longer than its time limit")
        future = asyncio.run_coroutine_threadsafe(
            self.access.select(sparql, bindings, timeout), self.loop
        )
        return await asyncio.wrap_future(future)


class OffLoop:
    """Runs operations in ``size`` threads, each on its own loop, cut at ``budget`` s."""

    def __init__(self, size: int, budget: float) -> None:
        self.budget = budget
        self._threads = ThreadPoolExecutor(size, thread_name_prefix="graphql")

    async def run(
        self, store: RequestStore, work: Callable[[], Awaitable[ExecutionResult]]
    ) -> ExecutionResult:
        loop = asyncio.get_running_loop()
        abandoned = threading.Event()
        store.access = LoopBridge(store.access, loop, abandoned)

        def execute() -> ExecutionResult:
            async def operation() -> ExecutionResult:
                return await work()

            return asyncio.run(operation())

        try:
            return await asyncio.wait_for(loop.run_in_executor(self._threads, execute), self.budget)
        except TimeoutError:
            abandoned.set()
            return ExecutionResult(
                data=None,
                errors=[
                    GraphQLError(
                        f"the request ran longer than the {self.budget:g} s limit "
                        "(NORMGRAPH_QUERY_TIMEOUT) and was stopped"
                    )
                ],
            )
