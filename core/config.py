"""Runtime configuration: one settings object, read from NORMGRAPH_* environment variables.

CLI options override these; the defaults need no setup (embedded store in ./data).
"""

from pathlib import Path

from pydantic import NonNegativeFloat, NonNegativeInt, PositiveFloat, PositiveInt
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the data lives and how the server behaves."""

    # Each setting's docstring is its description (pydantic reads attribute docstrings).
    model_config = SettingsConfigDict(env_prefix="NORMGRAPH_", use_attribute_docstrings=True)

    store: Path = Path("data/store")
    """On-disk embedded store."""
    corpus: Path = Path("../shared/corpus")
    """Folder of reports."""
    graphql_max_depth: PositiveInt = 12
    """Deepest GraphQL query."""
    graphql_max_tokens: PositiveInt = 2000
    """Most tokens (names, braces, values) in a GraphQL query."""
    graphql_max_aliases: NonNegativeInt = 15
    """Most aliases in a query."""
    graphql_debug: bool = False
    """Show GraphQL internal errors unmasked (never in production)."""
    endpoint: str | None = None
    """URL of a remote SPARQL 1.1 endpoint to use instead of the embedded store."""
    endpoint_update: str | None = None
    """SPARQL Update URL (default: derived from the endpoint)."""
    endpoint_graph_store: str | None = None
    """Graph Store Protocol URL (e.g. Oxigraph's /store)."""
    endpoint_token: str | None = None
    """Bearer token for the endpoint."""
    endpoint_user: str | None = None
    """Basic-auth user for it."""
    endpoint_password: str | None = None
    """Basic-auth password."""
    endpoint_union: str = "oxigraph"
    """How to get a union default graph: oxigraph, server, or a graph IRI."""
    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str | None = None
    """Bearer token that unlocks writes through the API."""
    query_timeout: PositiveFloat = 30.0
    """Seconds before a query is cut."""
    max_rows: PositiveInt = 10_000
    """Most result rows a query returns."""
    max_concurrent_queries: PositiveInt = 4
    """Queries run at once (one worker process each)."""
    query_queue_wait: NonNegativeFloat = 5.0
    """Seconds a query waits for a free worker before the answer is 429."""
    licence: str = "https://creativecommons.org/licenses/by/4.0/"
    """Licence IRI stated for the dataset in its VoID/DCAT description."""
    build_workers: PositiveInt = 2
    """Processes that extract reports at once during a build."""
    max_file_mb: PositiveFloat = 20.0
    """Largest report file a build accepts, in megabytes."""
    reports_dir: Path | None = None
    """Folder for the build report (``build-report.json``); unset, it is kept beside an
    embedded store (``data/store`` has ``data/store.build-report.json``), or in
    ``data/reports`` for a remote endpoint."""

    # Public endpoint hardening (docs/api-sparql.md, "Limits") ------------------------------
    service_allowlist: str = ""
    """SERVICE endpoints anonymous queries may call (IRIs, space or comma separated); empty:
    SERVICE only with the admin token."""
    sparql_max_nesting: PositiveInt = 64
    """Deepest nesting of brackets in a SPARQL request."""

    worker_memory_mb: NonNegativeInt = 2048
    """Address space each query worker may use, in MB (0: no cap); a query over it is stopped
    with 503 and its worker replaced."""

    worker_batch_scheduling: bool = False
    """Run query workers as batch work (Linux SCHED_BATCH), so that a task's arrival does not
    preempt the event loop; off until a quiet-machine run shows it helps (docs/api-sparql.md)."""
    light_workers: NonNegativeInt = 1
    """Workers kept for light requests (/health, ASK, linked-data pages), so they never queue
    behind long queries."""
    light_timeout: PositiveFloat = 2.0
    """Seconds before an ASK query (a light request) is cut."""
    write_drain: NonNegativeFloat = 1.0
    """Seconds a write waits for queries in flight before stopping them."""
    max_heavy_per_client: PositiveInt = 2
    """Queries (/sparql, /queries, /graphql) one client address may run at once; more are 429."""

    graphql_max_cost: PositiveInt = 100_000
    """Most values a GraphQL operation may be estimated to resolve (page sizes times list fan-
    out along each path, summed over fields and aliases)."""
    graphql_list_fanout: PositiveInt = 10
    """Items a plain (unpaged) GraphQL list counts as."""

    def service_endpoints(self) -> frozenset[str]:
        """The allow-listed SERVICE endpoints."""
        return frozenset(self.service_allowlist.replace(",", " ").split())
