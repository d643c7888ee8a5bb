"""Runtime configuration: one settings object, read from NORMGRAPH_* environment variables.

CLI options override these; the defaults need no setup (embedded store in ./data).
"""

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the data lives and how the server behaves."""

    model_config = SettingsConfigDict(env_prefix="NORMGRAPH_")

    store: Path = Field(default=Path("data/store"), description="On-disk embedded store.")
    corpus: Path = Field(default=Path("../shared/corpus"), description="Folder of reports.")
    graphql_max_depth: int = Field(default=12, gt=0, description="Deepest GraphQL query.")
    graphql_max_tokens: int = Field(
        default=2000, gt=0, description="Most tokens (names, braces, values) in a GraphQL query."
    )
    graphql_max_aliases: int = Field(default=15, ge=0, description="Most aliases in a query.")
    graphql_debug: bool = Field(
        default=False, description="Show GraphQL internal errors unmasked (never in production)."
    )
    endpoint: str | None = Field(
        default=None,
        description="URL of a remote SPARQL 1.1 endpoint to use instead of the embedded store.",
    )
    endpoint_update: str | None = Field(
        default=None, description="SPARQL Update URL (default: derived from the endpoint)."
    )
    endpoint_graph_store: str | None = Field(
        default=None, description="Graph Store Protocol URL (e.g. Oxigraph's /store)."
    )
    endpoint_token: str | None = Field(default=None, description="Bearer token for the endpoint.")
    endpoint_user: str | None = Field(default=None, description="Basic-auth user for it.")
    endpoint_password: str | None = Field(default=None, description="Basic-auth password.")
    endpoint_union: str = Field(
        default="oxigraph",
        description="How to get a union default graph: oxigraph, server, or a graph IRI.",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str | None = Field(
        default=None, description="Bearer token that unlocks writes through the API."
    )
    query_timeout: float = Field(default=30.0, gt=0, description="Seconds before a query is cut.")
    max_rows: int = Field(default=10_000, gt=0, description="Most result rows a query returns.")
    max_concurrent_queries: int = Field(
        default=4, gt=0, description="Queries run at once (one worker process each)."
    )
    query_queue_wait: float = Field(
        default=5.0,
        ge=0,
        description="Seconds a query waits for a free worker before the answer is 429.",
    )
    licence: str = Field(
        default="https://creativecommons.org/licenses/by/4.0/",
        description="Licence IRI stated for the dataset in its VoID/DCAT description.",
    )
    build_workers: int = Field(
        default=2, gt=0, description="Processes that extract reports at once during a build."
    )
    max_file_mb: float = Field(
        default=20.0, gt=0, description="Largest report file a build accepts, in megabytes."
    )
    reports_dir: Path = Field(default=Path("data/reports"), description="Validation reports.")

    # Public endpoint hardening (docs/api-sparql.md, "Limits") ------------------------------
    service_allowlist: str = Field(
        default="",
        description="SERVICE endpoints anonymous queries may call (IRIs, space or comma "
        "separated); empty: SERVICE only with the admin token.",
    )
    sparql_max_nesting: int = Field(
        default=64, gt=0, description="Deepest nesting of brackets in a SPARQL request."
    )

    worker_memory_mb: int = Field(
        default=2048,
        ge=0,
        description="Address space each query worker may use, in MB (0: no cap); a query "
        "over it is stopped with 503 and its worker replaced.",
    )

    light_workers: int = Field(
        default=1,
        ge=0,
        description="Workers kept for light requests (/health, ASK, linked-data pages), so "
        "they never queue behind long queries.",
    )
    light_timeout: float = Field(
        default=2.0, gt=0, description="Seconds before an ASK query (a light request) is cut."
    )
    write_drain: float = Field(
        default=1.0,
        ge=0,
        description="Seconds a write waits for queries in flight before stopping them.",
    )
    max_heavy_per_client: int = Field(
        default=2,
        gt=0,
        description="Queries (/sparql, /queries, /graphql) one client address may run at "
        "once; more are 429.",
    )

    graphql_max_cost: int = Field(
        default=100_000,
        gt=0,
        description="Most values a GraphQL operation may be estimated to resolve "
        "(page sizes times list fan-out along each path, summed over fields and aliases).",
    )
    graphql_list_fanout: int = Field(
        default=10, gt=0, description="Items a plain (unpaged) GraphQL list counts as."
    )

    def service_endpoints(self) -> frozenset[str]:
        """The allow-listed SERVICE endpoints."""
        return frozenset(self.service_allowlist.replace(",", " ").split())
