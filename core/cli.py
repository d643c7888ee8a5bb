"""The ``normgraph`` command: build, link, validate, serve, query, export, info.

Each command calls the same functions the API and the tests call; this module only
parses options and renders results.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .answer_text import ColumnError, parse_answer, render_answer
from .build import DocumentOutcome, build_corpus, write_report
from .config import Settings
from .graph import GraphStore, QuerySyntaxError, ResultFormat, StoreError, open_store
from .graph.remote import is_endpoint_url
from .loaders.text.source import SourceError, corpus_files
from .queries.catalogue import (
    ParameterError,
    QueryNotFoundError,
    catalogue,
    run_saved_query,
)
from .recurrence import LinkOutcome, link
from .stats import class_counts, graph_counts
from .validation import Violation

app = typer.Typer(
    help="normgraph: a knowledge graph of election observation and norm contestation.",
    no_args_is_help=True,
    add_completion=False,
)
# Off a terminal (CI logs, pipes) rich would wrap tables at 80 columns; logs take wider.
console = Console(width=None if sys.stdout.isatty() else 120)
errors = Console(stderr=True, width=None if sys.stderr.isatty() else 120)
settings = Settings()

StoreOption = Annotated[
    str,
    typer.Option(
        "--store",
        help="Embedded store folder, or the query URL of a SPARQL 1.1 endpoint "
        "(http://host:7878/query). Default: NORMGRAPH_ENDPOINT if set, else NORMGRAPH_STORE.",
        envvar="NORMGRAPH_STORE",
    ),
]
DEFAULT_STORE = settings.endpoint or str(settings.store)


def fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@contextmanager
def opened(location: str, *, read_only: bool = False) -> Iterator[GraphStore]:
    """The store, with a readable error instead of a traceback when it cannot be opened."""
    try:
        store = open_store(location, read_only=read_only, settings=settings)
    except StoreError as error:
        raise fail(str(error)) from None
    with store:
        yield store


@app.command()
def build(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Folder of reports.", envvar="NORMGRAPH_CORPUS")
    ] = settings.corpus,
    store_path: StoreOption = DEFAULT_STORE,
    report: Annotated[
        Path, typer.Option("--report", help="Where to save the build report (JSON).")
    ] = settings.reports_dir / "build-report.json",
) -> None:
    """Load every report in the corpus: detect genre, extract, validate, write."""
    try:
        files = corpus_files(corpus)
    except SourceError as error:
        raise fail(str(error)) from None
    with opened(store_path) as store, _BuildBar(len(files)) as bar:
        outcomes = build_corpus(store, corpus, progress=bar)
    console.print(_summary_table(outcomes))
    console.print(_kinds_table(outcomes))
    for outcome in outcomes:
        _print_problems(outcome)
    saved = write_report(outcomes, report)
    console.print(f"Build report saved to {saved}")
    if not all(outcome.written for outcome in outcomes):
        raise typer.Exit(1)


class _BuildBar:
    """A rich progress bar, one step per document."""

    def __init__(self, total: int) -> None:
        self._progress = Progress(
            TextColumn("{task.description:<28}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        )
        self._task = self._progress.add_task("building", total=total)

    def __enter__(self) -> _BuildBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.update(self._task, description="done")
        self._progress.stop()

    def starting(self, path: Path) -> None:
        self._progress.update(self._task, description=path.name)

    def finished(self, outcome: DocumentOutcome) -> None:
        self._progress.advance(self._task)

    def linked(self, outcome: LinkOutcome) -> None:
        _print_linked(outcome)


def _print_linked(outcome: LinkOutcome) -> None:
    state = "written" if outcome.written else "[red]not written[/]"
    console.print(
        f"Recurrence: {outcome.issues} recurring issues, {outcome.memberships} memberships, "
        f"{outcome.findings} findings and {outcome.observed_assessments} observer assessments "
        f"linked, {outcome.inferred_assessments} inferred assessments ({state})"
    )
    _print_violations(outcome.violations)


def _summary_table(outcomes: list[DocumentOutcome]) -> Table:
    table = Table(title="Build summary")
    table.add_column("document", no_wrap=True)
    table.add_column("genre", no_wrap=True)
    for column in ("triples", "facts", "extracted", "curated", "violations", "time"):
        table.add_column(column, justify="right")
    for o in outcomes:
        status = "[red]error[/]" if o.error else str(len(o.violations))
        table.add_row(
            o.file,
            o.genre or "?",
            str(o.triples),
            str(sum(o.facts_by_kind.values())),
            str(o.facts_by_method.get("extracted", 0)),
            str(o.facts_by_method.get("curated", 0)),
            status,
            f"{o.seconds:.1f}s",
        )
    return table


def _kinds_table(outcomes: list[DocumentOutcome]) -> Table:
    """Facts by kind: one row per kind, one column per document (by its number)."""
    table = Table(title="Facts by kind")
    table.add_column("kind", no_wrap=True)
    for o in outcomes:
        table.add_column(o.document_id.split("_")[0], justify="right")
    kinds = sorted({kind for o in outcomes for kind in o.facts_by_kind})
    for kind in kinds:
        table.add_row(kind, *(str(o.facts_by_kind.get(kind, "")) for o in outcomes))
    return table


def _print_problems(outcome: DocumentOutcome) -> None:
    if outcome.error:
        errors.print(f"[red]{outcome.file}: not loaded[/]: {outcome.error}", highlight=False)
    if outcome.violations:
        state = "loaded with warnings" if outcome.written else "not loaded"
        errors.print(
            f"[red]{outcome.file}: {state}, {len(outcome.violations)} SHACL result(s)[/]",
            highlight=False,
        )
        _print_violations(outcome.violations)


def _print_violations(violations: list[Violation], limit: int = 20) -> None:
    for violation in violations[:limit]:
        errors.print(violation.describe(), highlight=False, markup=False)
    if len(violations) > limit:
        errors.print(f"... and {len(violations) - limit} more (see the report file)")


@app.command(name="link")
def link_command(store_path: StoreOption = DEFAULT_STORE) -> None:
    """Recompute recurring issues and implementation assessments across all documents."""
    with opened(store_path) as store:
        outcome = link(store)
    _print_linked(outcome)
    if not outcome.written:
        raise typer.Exit(1)


@app.command()
def validate(store_path: StoreOption = DEFAULT_STORE) -> None:
    """Validate every document graph in the store against the SHACL shapes."""
    from .namespaces import GRAPH
    from .validation import validate_graph

    found = 0
    with opened(store_path, read_only=True) as store:
        documents = [g for g in store.named_graphs() if str(g).startswith(GRAPH + "doc/")]
        for graph in documents:
            violations = validate_graph(store.read_graph(graph))
            blocking = sum(v.blocks for v in violations)
            found += blocking
            warnings = len(violations) - blocking
            state = f"[red]{blocking} violation(s)[/]" if blocking else "[green]conforms[/]"
            note = f", {warnings} warning(s)" if warnings else ""
            console.print(f"{graph}: {state}{note}")
            _print_violations(violations)
    if not documents:
        raise fail(f"no document graphs in {store_path}; run `normgraph build` first")
    if found:
        raise typer.Exit(1)


@app.command()
def serve(
    store_path: StoreOption = DEFAULT_STORE,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = settings.host,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = settings.port,
) -> None:
    """Serve the API (SPARQL, GraphQL, saved queries, pages) over the store."""
    import uvicorn

    from .api.app import create_app

    where = {"endpoint": store_path} if is_endpoint_url(store_path) else {"store": Path(store_path)}
    config = settings.model_copy(update={**where, "host": host, "port": port})
    uvicorn.run(create_app(config), host=host, port=port)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Saved query to run.")] = None,
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the saved queries and their parameters.")
    ] = False,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as name=value.")
    ] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    columns: Annotated[
        str | None,
        typer.Option(
            "--columns",
            "-c",
            help="Only these columns, comma-separated, in this order (table format).",
        ),
    ] = None,
    store_path: StoreOption = DEFAULT_STORE,
) -> None:
    """Run a saved query from queries/ by name, with typed parameters.

    As a table, an answer wider than the terminal is printed one block per row
    (``column: value``); ``--columns`` keeps the columns you name.
    """
    if list_queries or name is None:
        console.print(_catalogue_table())
        return
    values: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise fail(f"--param {item!r}: write it as name=value", 2)
        values[key.strip()] = value
    result_format = ResultFormat.CSV if output is OutputFormat.csv else ResultFormat.JSON
    with opened(store_path, read_only=True) as store:
        try:
            answer = run_saved_query(store, name, values, result_format)
        except (QueryNotFoundError, ParameterError) as error:
            raise fail(str(error).strip("'\""), 2) from None
        except QuerySyntaxError as error:
            raise fail(f"saved query {name} does not parse: {error}") from None
    if output is OutputFormat.table:
        shown = parse_answer(answer.body)
        try:
            shown = shown.only(_column_list(columns)) if columns else shown
        except ColumnError as error:
            raise fail(str(error), 2) from None
        console.print(render_answer(console, name, shown))
    else:
        sys.stdout.write(answer.body.decode("utf-8"))
        if output is OutputFormat.json:
            sys.stdout.write("\n")


def _catalogue_table() -> Table:
    table = Table(title="Saved queries")
    for column in ("name", "summary", "tags", "parameters"):
        table.add_column(column, overflow="fold")
    for saved in catalogue().values():
        params = "; ".join(
            f"{p.name}: {p.type}"
            + (f" in {{{', '.join(p.allowed)}}}" if p.allowed else "")
            + (f" = {p.default}" if p.default is not None else "")
            + (" (optional)" if p.optional else "")
            for p in saved.parameters
        )
        table.add_row(saved.name, saved.summary, ", ".join(saved.tags), params)
    return table


def _column_list(columns: str) -> list[str]:
    return [name.strip().lstrip("?") for name in columns.split(",") if name.strip()]


class ExportFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    jsonld = "jsonld"


@app.command()
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format")] = ExportFormat.nquads,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    store_path: StoreOption = DEFAULT_STORE,
) -> None:
    """Dump the store. N-Quads come sorted, so two builds of one corpus compare byte for byte."""
    from .export import export_dataset, write_export

    if output is not None and output.is_dir():
        raise fail(f"--output {output} is a folder; give a file name, e.g. {output / 'dump.nq'}", 2)
    with opened(store_path, read_only=True) as store:
        data = export_dataset(store, output_format.value)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        write_export(output, data)
    except OSError as error:
        raise fail(f"cannot write {output}: {error.strerror or error}") from None
    console.print(f"Wrote {len(data):,} bytes to {output.resolve()}", highlight=False)


@app.command()
def info(store_path: StoreOption = DEFAULT_STORE) -> None:
    """Triples per named graph and resources per class."""
    with opened(store_path, read_only=True) as store:
        graphs, classes = graph_counts(store), class_counts(store)
    table = Table(title=f"Named graphs in {store_path}")
    table.add_column("graph", overflow="fold")
    table.add_column("triples", justify="right")
    for graph, count in graphs:
        table.add_row(graph, f"{count:,}")
    table.add_row("[bold]total[/]", f"[bold]{sum(c for _, c in graphs):,}[/]")
    console.print(table)
    table = Table(title="Resources per class")
    table.add_column("class", overflow="fold")
    table.add_column("resources", justify="right")
    for cls, count in classes:
        table.add_row(cls, f"{count:,}")
    console.print(table)
