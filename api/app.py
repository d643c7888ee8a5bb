"""The FastAPI application: a thin app that mounts one router per HTTP surface."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from .. import __version__
from ..config import Settings
from ..graph import GraphStore, open_store
from .graphql_router import graphql_router


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app over ``store`` (or the store ``settings`` names, opened read-only)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store or open_store(settings.store, read_only=True)
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="normgraph",
        version=__version__,
        summary="Election observation and norm contestation as a knowledge graph.",
        lifespan=lifespan,
    )
    app.state.settings = settings

    @app.get("/health", tags=["service"])
    def health(request: Request) -> dict[str, object]:
        """Liveness and what the store holds."""
        current: GraphStore = request.app.state.store
        return {"status": "ok", "version": __version__, "triples": current.count_triples()}

    app.include_router(graphql_router(settings))
    return app
