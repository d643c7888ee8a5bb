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
    host: str = "127.0.0.1"
    port: int = 8000
    admin_token: str | None = Field(
        default=None, description="Bearer token that unlocks writes through the API."
    )
    query_timeout: float = Field(default=30.0, gt=0, description="Seconds before a query is cut.")
    max_rows: int = Field(default=10_000, gt=0, description="Most result rows a query returns.")
    reports_dir: Path = Field(default=Path("data/reports"), description="Validation reports.")
