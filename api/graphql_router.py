"""The /graphql surface: the schema behind strawberry's FastAPI router, with its limits.

- Limits: query depth, token count and aliases (validation rules, checked before anything
  runs), an estimated cost (:mod:`.graphql_cost`, also before anything runs), at most 100
  items a page, and the same time budget as /sparql for the whole request
  (``NORMGRAPH_QUERY_TIMEOUT``), spent across its store queries and enforced on the whole
  execution, which runs off the event loop (:mod:`.graphql_offloop`).
- Errors: a client's mistakes (syntax, validation, a bad argument, a limit, a timeout)
  are told as they are; anything else is masked as "Unexpected error." unless
  ``NORMGRAPH_GRAPHQL_DEBUG`` is set, and logged by strawberry as usual.
- Store work goes through :func:`store_access`, the one place that decides how: through
  the /sparql executor (``app.state.runner``) when the app has one, else in threads.
- GraphiQL: ``GET /graphql`` from a browser serves strawberry's GraphiQL page with its CDN
  scripts replaced by vendored copies (``static/vendor/graphiql``), so it works offline.
- SDL: ``GET /graphql/schema.graphql`` serves the schema as SDL (also printed by
  ``make schema``); it is generated from the mapping table, never committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from importlib import resources
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse
from graphql.error import GraphQLError
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.fastapi import GraphQLRouter
from strawberry.http.ides import get_graphql_ide_html
from strawberry.types import ExecutionResult

from normgraph.config import Settings

from .graphql_cost import cost_limiter
from .graphql_fields import GraphQLContext
from .graphql_loaders import RequestStore
from .graphql_offloop import OffLoop
from .graphql_schema import build_schema
from .graphql_store import PublicError, RunnerStoreAccess, StoreAccess, ThreadedStoreAccess

PATH = "/graphql"
SDL_FILE = "schema.graphql"
"""URL path of the schema in SDL, below PATH (the schema is served, not committed)."""
STATIC = "static/graphiql"
"""URL path of the vendored GraphiQL files, below PATH."""
VENDORED = "static/vendor/graphiql"
"""Where the vendored GraphiQL files live in the package (third-party code kept apart)."""
ASSETS: dict[str, tuple[str, str]] = {
    # CDN address in strawberry's page -> (vendored file, media type)
    "https://unpkg.com/react@18.2.0/umd/react.production.min.js": (
        "react.production.min.js",
        "text/javascript",
    ),
    "https://unpkg.com/react-dom@18.2.0/umd/react-dom.production.min.js": (
        "react-dom.production.min.js",
        "text/javascript",
    ),
    "https://unpkg.com/js-cookie@3.0.5/dist/js.cookie.min.js": (
        "js.cookie.min.js",
        "text/javascript",
    ),
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.css": ("graphiql.min.css", "text/css"),
    "https://unpkg.com/graphiql@3.8.3/graphiql.min.js": ("graphiql.min.js", "text/javascript"),
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/style.css": (
        "plugin-explorer.css",
        "text/css",
    ),
    "https://unpkg.com/@graphiql/plugin-explorer@1.0.2/dist/index.umd.js": (
        "plugin-explorer.umd.js",
        "text/javascript",
    ),
}
_MEDIA_TYPES = dict(ASSETS.values())


class OfflineAssetsMissingError(RuntimeError):
    """strawberry's GraphiQL page names a CDN file that is not vendored (after an upgrade)."""


def offline_graphiql_html(static_base: str) -> str:
    """strawberry's GraphiQL page with every CDN address replaced by a vendored file."""
    html = get_graphql_ide_html("graphiql")
    for url, (name, _) in ASSETS.items():
        html = html.replace(url, f"{static_base}/{name}")
    left = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    if left:
        raise OfflineAssetsMissingError(
            f"GraphiQL page still loads {', '.join(left)}; vendor it in api/{VENDORED}"
        )
    return html


@cache
def asset(name: str) -> bytes:
    return resources.files(__package__).joinpath(VENDORED, name).read_bytes()


def should_mask(error: GraphQLError) -> bool:
    """Mask what is not the client's doing: errors raised by our code, except PublicError.

    graphql-core's own errors (a variable of the wrong type, say) are the client's doing
    even when they arrive wrapped as another error's cause.
    """
    original = error.original_error
    return original is not None and not isinstance(original, PublicError | GraphQLError)


def store_access(app: FastAPI, settings: Settings) -> StoreAccess:
    """How GraphQL reaches the store: the /sparql executor if the app has one, else threads."""
    access: StoreAccess | None = getattr(app.state, "graphql_store_access", None)
    if access is None:
        runner = getattr(app.state, "runner", None)
        if runner is not None:
            access = RunnerStoreAccess(runner)
        else:
            access = ThreadedStoreAccess(
                app.state.store,
                # The /sparql executor's settings, where that branch has added them.
                max_concurrent=getattr(settings, "max_concurrent_queries", 4),
                queue_wait=getattr(settings, "query_queue_wait", 5.0),
            )
        app.state.graphql_store_access = access
    return access


class OfflineGraphQLRouter(GraphQLRouter[GraphQLContext, None]):
    """strawberry's router, serving GraphiQL from vendored files instead of a CDN, and
    executing operations off the event loop (:class:`OffLoop`)."""

    off_loop: OffLoop | None = None

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        base = request.scope.get("root_path", "") + PATH + "/" + STATIC
        return HTMLResponse(offline_graphiql_html(base))

    async def execute_single(
        self,
        request: Any,
        request_adapter: Any,
        sub_response: Any,
        context: GraphQLContext,
        root_value: Any,
        request_data: Any,
    ) -> ExecutionResult:
        work = partial(
            super().execute_single,
            request,
            request_adapter,
            sub_response,
            context,
            root_value,
            request_data,
        )
        if self.off_loop is None:
            return await work()
        return await self.off_loop.run(context.store, work)


def graphql_router(settings: Settings) -> APIRouter:
    """The router to mount on the app: POST/GET /graphql, its SDL and GraphiQL's files."""
    # Classes or factories, never instances: strawberry makes a fresh extension per
    # request, so concurrent requests never share one extension's execution context.
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        lambda: MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        lambda: MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        cost_limiter(settings.graphql_max_cost, settings.graphql_list_fanout),
    ]
    if not settings.graphql_debug:
        extensions.append(lambda: MaskErrors(should_mask_error=should_mask))
    schema = build_schema(extensions)

    async def context(request: Request) -> GraphQLContext:
        access = store_access(request.app, settings)
        return GraphQLContext(RequestStore(access, settings.query_timeout))

    router = OfflineGraphQLRouter(
        schema, path=PATH, context_getter=context, subscription_protocols=()
    )
    router.off_loop = OffLoop(settings.max_concurrent_queries, settings.query_timeout)

    sdl = schema.as_str() + "\n"

    @router.get(f"{PATH}/{SDL_FILE}", response_class=PlainTextResponse)
    def graphql_sdl() -> str:
        """The GraphQL schema in SDL, for code generators and for reading."""
        return sdl

    @router.get(f"{PATH}/{STATIC}/{{name}}", include_in_schema=False)
    def graphiql_asset(name: str) -> Response:
        if name not in _MEDIA_TYPES:
            raise HTTPException(404, f"no GraphiQL file {name!r}")
        return Response(
            asset(name),
            media_type=_MEDIA_TYPES[name],
            headers={"Cache-Control": "public, max-age=86400"},
        )

    return router


__all__ = [
    "ASSETS",
    "PATH",
    "SDL_FILE",
    "OfflineGraphQLRouter",
    "graphql_router",
    "offline_graphiql_html",
    "should_mask",
    "store_access",
]
