"""The ``normgraph`` command: build, add, remove, link, validate, serve, query, export, info.

Each command calls the same functions the API and the tests call; this module only
parses options and renders results.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console, RenderableType
from rich.table import Table

from normgraph.graph import GraphStore, QuerySyntaxError, ResultFormat, StoreError, open_store
from normgraph.graph.endpoint_url import is_endpoint_url
from normgraph.loaders.text.source import SourceError, corpus_files
from normgraph.queries.catalogue import (
    ParameterError,
    QueryNotFoundError,
    catalogue,
    run_saved_query,
)

from .answer_text import ColumnError, answer_off_terminal, parse_answer, render_answer, unpadded
from .build import (
    DocumentOutcome,
    add_files,
    build_corpus,
    link,
    remove_documents,
)
from .build_output import (
    BuildBar,
    kinds_table,
    print_linked,
    print_problems,
    print_quarantined,
    print_violations,
    summary_table,
)
from .build_report import forget_in_report, report_file, write_report
from .config import Settings
from .stats import class_counts, graph_counts

app = typer.Typer(
    help="normgraph: a knowledge graph of election observation and norm contestation.",
    no_args_is_help=True,
    add_completion=False,
)
# Off a terminal (CI logs, pipes) rich would wrap tables at 80 columns; logs take wider
# (and ``show`` prints them without the padding rich fills each line with).
console = Console(width=None if sys.stdout.isatty() else 120)
errors = Console(stderr=True, width=None if sys.stderr.isatty() else 120)
settings = Settings()


def show(renderable: RenderableType) -> None:
    """Print a table: laid out for the terminal, or unpadded for a pipe or a file."""
    if console.is_terminal:
        console.print(renderable)
    else:
        sys.stdout.write(unpadded(renderable, console.width))


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
ReportOption = Annotated[
    Path | None,
    typer.Option(
        "--report",
        help="The build report (JSON): written by builds, read by validate. Default: beside "
        "the store (STORE.build-report.json), or in NORMGRAPH_REPORTS_DIR if set.",
    ),
]
RelinkOption = Annotated[
    bool,
    typer.Option(
        "--link/--no-link",
        help="Recompute cross-document links after loading (off: run `normgraph link` later).",
    ),
]


def _report(given: Path | None, store_path: str) -> Path:
    """The build report ``--report`` names, else the one the settings place for the store."""
    return given if given is not None else report_file(store_path, settings.reports_dir)


def fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@contextmanager
def opened(location: str, *, read_only: bool = False) -> Iterator[GraphStore]:
    """The store, with a readable error instead of a traceback when it cannot be opened;
    a reader is warned when a build stopped half-way through writing recurring issues."""
    try:
        store = open_store(location, read_only=read_only, settings=settings)
    except StoreError as error:
        raise fail(str(error)) from None
    with store:
        if read_only:
            warn_if_links_unfinished(store)
        yield store


def warn_if_links_unfinished(store: GraphStore) -> None:
    """Say so when a first link stopped while writing the recurrence graph in parts: its
    answers (recurring issues, their statuses) are incomplete until the next build."""
    from .recurrence_delta import pending

    if pending(store):
        errors.print(
            "[bold yellow]warning:[/] a build stopped while writing the recurring issues; "
            "their answers are incomplete until `normgraph build` runs again",
            highlight=False,
        )


@app.command()
def build(
    corpus: Annotated[
        Path, typer.Option("--corpus", help="Folder of reports.", envvar="NORMGRAPH_CORPUS")
    ] = settings.corpus,
    store_path: StoreOption = DEFAULT_STORE,
    report: ReportOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Extract every file again, changed or not.")
    ] = False,
    relink: RelinkOption = True,
) -> None:
    """Make the store mirror the corpus: extract new and changed reports, keep unchanged
    ones, remove the graphs of files no longer there, relink."""
    try:
        files = corpus_files(corpus)
    except SourceError as error:
        raise fail(str(error)) from None
    with opened(store_path) as store, BuildBar(console, errors, len(files)) as bar:
        outcomes = build_corpus(
            store, corpus, progress=bar, force=force, settings=settings, relink=relink
        )
    _finish(outcomes, write_report(outcomes, _report(report, store_path)))


@app.command()
def add(
    files: Annotated[list[Path], typer.Argument(help="Report files to load or reload.")],
    store_path: StoreOption = DEFAULT_STORE,
    report: ReportOption = None,
    force: Annotated[bool, typer.Option("--force", help="Extract even if unchanged.")] = False,
    relink: RelinkOption = True,
) -> None:
    """Load the named report files into the store (unchanged ones are skipped), relink."""
    with opened(store_path) as store, BuildBar(console, errors, len(files)) as bar:
        outcomes = add_files(
            store, files, progress=bar, force=force, settings=settings, relink=relink
        )
    _finish(outcomes, write_report(outcomes, _report(report, store_path), keep_others=True))


@app.command()
def remove(
    files: Annotated[list[str], typer.Argument(help="File names of loaded reports.")],
    store_path: StoreOption = DEFAULT_STORE,
    report: ReportOption = None,
) -> None:
    """Take the named reports' graphs out of the store, relink."""
    names = [Path(name).name for name in files]
    with opened(store_path) as store:
        missing = remove_documents(store, names)
    forget_in_report(names, _report(report, store_path))
    removed = len(names) - len(missing)
    console.print(f"Removed {removed} report(s).")
    if missing:
        raise fail(f"not loaded, nothing removed: {', '.join(missing)}")


def _finish(outcomes: list[DocumentOutcome], saved: Path) -> None:
    """Print what a build did (its tables list only the files it read) and exit non-zero if
    any file failed."""
    read = [outcome for outcome in outcomes if not outcome.unchanged]
    if read:
        show(summary_table(read))
        show(kinds_table(read))
    for outcome in outcomes:
        print_problems(errors, outcome)
    unchanged = sum(outcome.unchanged for outcome in outcomes)
    if unchanged:
        console.print(f"{unchanged} unchanged report(s) kept as they were.")
    console.print(f"Build report saved to {saved}")
    if not all(outcome.written for outcome in outcomes):
        raise typer.Exit(1)


@app.command(name="link")
def link_command(store_path: StoreOption = DEFAULT_STORE) -> None:
    """Recompute recurring issues and implementation assessments across all documents."""
    with opened(store_path) as store:
        outcome = link(store)
    print_linked(console, errors, outcome)
    if not outcome.written:
        raise typer.Exit(1)


@app.command()
def validate(store_path: StoreOption = DEFAULT_STORE, report: ReportOption = None) -> None:
    """Validate every document graph in the store; list the facts its build quarantined."""
    from .build_report import quarantined_facts
    from .namespaces import GRAPH
    from .validation import validate_graph

    found, saved = 0, _report(report, store_path)
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
            print_violations(errors, violations)
            document_id = str(graph).removeprefix(GRAPH + "doc/")
            print_quarantined(errors, document_id, quarantined_facts(saved, document_id))
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

    from normgraph.api.app import create_app

    where = {"endpoint": store_path} if is_endpoint_url(store_path) else {"store": Path(store_path)}
    config = settings.model_copy(update={**where, "host": host, "port": port})
    with suppress(StoreError), open_store(store_path, read_only=True, settings=config) as store:
        warn_if_links_unfinished(store)  # the app reports a store it cannot open itself
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
        show(_catalogue_table())
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
        if console.is_terminal:
            console.print(render_answer(console, name, shown))
        else:
            sys.stdout.write(answer_off_terminal(name, shown, console.width))
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
    show(table)
    table = Table(title="Resources per class")
    table.add_column("class", overflow="fold")
    table.add_column("resources", justify="right")
    for cls, count in classes:
        table.add_row(cls, f"{count:,}")
    show(table)
