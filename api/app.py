"""The FastAPI application: a thin app that mounts one router per HTTP surface.

Store work never runs on the event loop: it goes to a :class:`~normgraph.graph.Runner`.
Served from a store folder (the normal case), that is a pool of killable worker
processes over the store opened read-only, so a query can be cut at the timeout; given a
store object (tests, embedding), work runs in threads on that object.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from operator import methodcaller

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from normgraph import __version__
from normgraph.config import Settings
from normgraph.graph import (
    GraphStore,
    InlineRunner,
    ProcessRunner,
    Runner,
    StoreError,
    StoreOpener,
    open_store,
)

from . import dataset, linked_data, pages, queries, sparql, store_protocol
from .admission import ClientSlots, LimitPerClient
from .errors import install_error_handlers
from .graphql_router import graphql_router
from .sparql_fast import SparqlFastPath


def make_runner(settings: Settings, store: GraphStore | None) -> Runner:
    """Worker processes over the ``settings.store`` folder; threads over ``store`` if given
    or over the remote endpoint ``settings.endpoint`` (which enforces its own timeouts)."""
    if store is None and settings.endpoint:
        store = open_store(settings.endpoint, read_only=True, settings=settings)
    if store is not None:
        return InlineRunner(
            store,
            size=settings.max_concurrent_queries,
            timeout=settings.query_timeout,
            queue_wait=settings.query_queue_wait,
        )
    return ProcessRunner(
        StoreOpener(settings.store),
        size=settings.max_concurrent_queries,
        timeout=settings.query_timeout,
        queue_wait=settings.query_queue_wait,
        memory_mb=settings.worker_memory_mb,
        batch_scheduling=settings.worker_batch_scheduling,
        light_size=settings.light_workers,
        write_drain=settings.write_drain,
    )


@dataclass
class TripleCount:
    """The store's triple count for /health, so /health never waits for store work:
    counting scans the store, which at 10^7 triples is no health check's job. Counted on
    the first call and after a write (light work: it never queues behind long queries);
    older than ``ttl`` seconds it is answered as it is and counted again in the background.
    """

    ttl: float = 60.0
    value: int = -1
    counted_at: float = 0.0
    writes: int = -1
    refreshing: asyncio.Task[None] | None = None

    async def get(self, runner: Runner) -> int:
        if self.value < 0 or runner.writes != self.writes:
            await self._count(runner)
        elif time.monotonic() - self.counted_at > self.ttl and self.refreshing is None:
            self.refreshing = asyncio.create_task(self._refresh(runner))
        return self.value

    async def _count(self, runner: Runner) -> None:
        writes = runner.writes
        self.value = await runner.read(methodcaller("count_triples"), light=True)
        self.counted_at, self.writes = time.monotonic(), writes

    async def _refresh(self, runner: Runner) -> None:
        try:
            await self._count(runner)
        except StoreError:
            self.counted_at = time.monotonic()  # try again after another ttl
        finally:
            self.refreshing = None


_heap_frozen = False


def freeze_startup_heap() -> None:
    """Exempt what start-up built (schema, ontology, libraries) from cyclic collection.

    That heap lives as long as the process; without this every full collection during a
    request rescans it (a large GraphQL answer triggers several: a third of its CPU time).
    Once per process: later apps in one process (tests) stay collectable.
    """
    global _heap_frozen
    if not _heap_frozen:
        gc.collect()
        gc.freeze()
        _heap_frozen = True


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app over ``store``, or over the store folder ``settings`` names."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runner = make_runner(settings, store)
        await runner.start()
        app.state.runner = runner
        freeze_startup_heap()
        try:
            yield
        finally:
            await runner.close()

    app = FastAPI(
        title="normgraph",
        version=__version__,
        summary="Election observation and norm contestation as a knowledge graph.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.client_slots = ClientSlots(settings.max_heavy_per_client)
    app.add_middleware(LimitPerClient, slots=app.state.client_slots)
    app.add_middleware(SparqlFastPath)  # inside the keep-alive guard and CORS
    install_error_handlers(app)
    # Reads are open to any origin; writes need an Authorization header, which is not
    # allowed cross-origin, so a browser on another site cannot send the admin token.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST"],
        allow_headers=["Accept", "Content-Type"],
        expose_headers=[sparql.TRUNCATED_HEADER, "Content-Disposition"],
        max_age=3600,
    )

    triple_count = TripleCount()

    @app.get("/health", tags=["service"])
    async def health(request: Request) -> dict[str, object]:
        """Liveness and what the store holds."""
        triples = await triple_count.get(request.app.state.runner)
        return {"status": "ok", "version": __version__, "triples": triples}

    app.include_router(sparql.router)
    app.include_router(store_protocol.router)
    app.include_router(queries.build_router())
    app.include_router(linked_data.router)
    app.include_router(dataset.router)
    app.include_router(graphql_router(settings))
    app.include_router(pages.router)
    # The editable install links package files, so the static folder holds symbolic links.
    static = StaticFiles(packages=[("normgraph.api", "static")], follow_symlink=True)
    app.mount("/static", static, name="static")
    return app
