"""Command line: each command parses options, makes one library call, prints."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_OUT = Path("output")


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """kg: knowledge graphs from Chinese local-government reports (政府工作报告)."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Output folder.")
@click.option("--format", "formats", multiple=True, default=("ttl",), show_default=True,
              type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]), help="RDF format(s) to write; repeat for several.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra lexicon TSV (type, label, aliases); later files override earlier and built-in ones.")
@click.option("--home", default=None, help="Home locality for every report built (overrides what the text says).")
@click.option("--year", type=int, default=None, help="Year under review for every report built.")
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes reading files (0: one per CPU). The output is the same for any number.")
def build(paths: tuple[Path, ...], out: Path, formats: tuple[str, ...], lexicons: tuple[Path, ...],
          home: str | None, year: int | None, no_html: bool, quiet: bool, jobs: int) -> None:
    """Build the graph of PATHS (files or folders, recursively); no PATHS: the bundled sample corpus.

    Example: kg build reports/ --out output --format ttl --format trig
    """
    from kg.build import Settings, run, summary, write_outputs
    from kg.ingest import Override
    from kg.resources import sample_corpus

    targets = list(paths) or [sample_corpus()]

    def progress(number: int, total: int, path: Path) -> None:
        if not quiet and (total <= 50 or number % max(1, total // 50) == 0 or number == total):
            click.echo(f"[{number}/{total}] {path.name}", err=True)

    settings = Settings(
        lexicons=lexicons, formats=tuple(dict.fromkeys(formats)),
        override=Override(home, year) if (home or year) else None, html=not no_html, progress=progress,
        jobs=jobs or os.cpu_count() or 1,
    )
    try:
        result = run(targets, settings)
        facts = summary(result)
        for failure in result.extraction.failures:
            click.echo(f"Error: {failure}", err=True)
        if not result.extraction.reports:
            _fail("nothing could be built: no readable report in " + ", ".join(str(p) for p in targets))
        written = write_outputs(result, out, settings)
    except KgError as e:
        _fail(str(e))
    from kg.stats import top_lines

    click.echo(_format_summary(facts, written))
    for line in top_lines(result.quads, 3):
        click.echo(line)


def _format_summary(facts: dict, written: list[Path]) -> str:
    lines = [f"Built {facts['reports']} reports from {facts['files']} files: {facts['triples']} triples."]
    lines.append("Entities:  " + ", ".join(f"{k} {v}" for k, v in facts["entities"].items()))
    lines.append("Relations: " + ", ".join(f"{k} {v}" for k, v in facts["relations"].items()))
    if facts["failures"]:
        lines.append(f"Failed files: {len(facts['failures'])} (see the errors above)")
    lines.append("Wrote: " + ", ".join(str(p) for p in written))
    return "\n".join(lines)


@main.command()
@click.argument("file", required=False, type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.ttl")
def validate(file: Path) -> None:
    """Check FILE (default output/graph.ttl) against the SHACL shapes of ontology/shapes.ttl."""
    from kg.rdf.validate import format_violation, validate as run_validation

    if not file.exists():
        _fail(f"{file}: no such file; run `kg build` first")
    try:
        report = run_validation(file)
    except KgError as e:
        _fail(str(e))
    if report.conforms:
        click.echo(f"{file}: conforms to the kg shapes")
        return
    for v in report.violations:
        click.echo(format_violation(v))
    _fail(f"{file}: {len(report.violations)} violation(s)")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--graph", "graph", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Score a built output folder (mentions.jsonl + graph.nq/graph.ttl) instead of running the pipeline.")
@click.option("--misses", "misses", type=int, default=10, show_default=True, help="Misses and false hits to list per type.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every figure, miss and false hit to this JSON file.")
def eval_(gold: Path, graph: Path | None, misses: int, json_file: Path | None) -> None:
    """Score extraction against GOLD (a .jsonl file or a folder of them), beside the baselines.

    Example: kg eval tests/gold/sample --misses 5 --json eval.json
    """
    import json

    from kg.baselines import system_from_graph
    from kg.evaluate import evaluate, format_errors, format_table, load_gold

    try:
        evaluation = evaluate(load_gold(gold), system_from_graph(graph) if graph else None)
    except KgError as e:
        _fail(str(e))
    click.echo(format_table(evaluation))
    if misses > 0:
        click.echo(format_errors(evaluation, misses))
    if json_file:
        json_file.write_text(json.dumps(evaluation.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(path_type=Path), default=None, help="Read the query from FILE (.rq).")
@click.option("--saved", "saved_name", default=None, metavar="NAME", help="Run a saved query (see --list).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries with their purpose and parameters.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter ($KEY), as a string literal; repeatable.")
@click.option("--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Build folder (its store/, else its graph file).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True,
              help="SELECT output: aligned table or SPARQL 1.1 results format.")
def query(sparql: str | None, file: Path | None, saved_name: str | None, list_saved: bool, params: tuple[str, ...],
          graph: Path, fmt: str) -> None:
    """Run a SPARQL query over the build: SELECT prints a table, ASK true/false, CONSTRUCT/DESCRIBE Turtle.

    Example: kg query --saved awards-by-year --param locality=遂昌县
    """
    from kg.query import execute, format_result, parse_params, resolve, saved_queries
    from kg.store import open_store

    try:
        if list_saved:
            for q in saved_queries().values():
                params_text = " ".join(f"{k}={v}" if v is not None else k for k, v in q.params)
                click.echo(f"{q.name}: {q.purpose}" + (f" [{params_text}]" if params_text else ""))
            return
        text, source = resolve(sparql, file, saved_name, parse_params(params))
        click.echo(format_result(execute(open_store(graph), text, source), fmt))
    except KgError as e:
        _fail(str(e))


@main.command()
@click.option("--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Build folder.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on.")
def serve(graph: Path, host: str, port: int) -> None:
    """Serve the build read-only with the Oxigraph server: SPARQL at /query, a query page at /; Ctrl-C stops.

    Example: kg serve --graph output --port 7878
    """
    from kg.serve import address, serve as run_server

    try:
        url = address(host, port)
        click.echo(f"Serving {graph} at {url} (SPARQL endpoint {url}query); Ctrl-C stops", err=True)
        status = run_server(graph, host, port)
    except KgError as e:
        _fail(str(e))
    if status != 0:
        _fail(f"the oxigraph server stopped with status {status}")


@main.command()
@click.argument("endpoint")
@click.option("--graph", "graph", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True, help="Build folder.")
@click.option("--replace/--append", default=True, show_default=True,
              help="PUT each graph (replace it) or POST it (add to it).")
@click.option("--ontology/--no-ontology", default=True, show_default=True, help="Also load the ontology graph.")
@click.option("--query-endpoint", default=None, help="SPARQL query endpoint for the check (default: derived, e.g. /store → /query).")
@click.option("--report", "reports", multiple=True, metavar="ID", help="Load only this report's graph; repeatable.")
def load(endpoint: str, graph: Path, replace: bool, ontology: bool, query_endpoint: str | None, reports: tuple[str, ...]) -> None:
    """Push the build to a SPARQL Graph Store endpoint (a graph per report), then check each graph's triple count.

    Credentials come from KG_STORE_USER and KG_STORE_PASSWORD only.

    Example: kg load http://127.0.0.1:7878/store --replace
    """
    from kg.load import load as run_load

    try:
        report = run_load(endpoint, graph, replace=replace, ontology=ontology, query_endpoint=query_endpoint, reports=reports)
    except KgError as e:
        _fail(str(e))
    for line in report.mismatches:
        click.echo(f"Error: {line}", err=True)
    if report.mismatches:
        _fail(f"{endpoint}: {len(report.mismatches)} of {len(report.sent)} graphs did not load whole")
    click.echo(f"Loaded {len(report.sent)} graphs, {sum(report.sent.values())} triples, into {endpoint}; "
               f"counts checked at {report.query_endpoint}")


@main.command()
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.ttl", show_default=True,
              help="Graph file, or a build folder holding one.")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="HTML file to write [default: output/graph.html].")
@click.option("--focus", default=None, help="Only the entity of this name (label or alias) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True, help="Neighbourhood radius for --focus.")
@click.option("--type", "types", default=None, help="Only these entity types, comma-separated (e.g. Award,Program).")
@click.option("--year", type=int, default=None, help="Only relations with evidence from this year.")
@click.option("--min-degree", type=click.IntRange(0), default=0, show_default=True, help="Drop entities with fewer relations.")
def viz(graph_path: Path, out: Path | None, focus: str | None, depth: int, types: str | None, year: int | None,
        min_degree: int) -> None:
    """Write the interactive graph view: one offline HTML file.

    Example: kg viz --focus 浦江县 --depth 2 --type Locality,Award --out output/pujiang.html
    """
    from kg.stats import load_quads
    from kg.view import render_html, write_html

    try:
        page = render_html(load_quads(graph_path), focus=focus, depth=depth, year=year, min_degree=min_degree,
                           types=[t.strip() for t in types.split(",") if t.strip()] if types else None)
        written = write_html(page, out or DEFAULT_OUT / "graph.html")
    except KgError as e:
        _fail(str(e))
    click.echo(f"Wrote: {written}")


@main.command()
@click.option("--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Build folder, or a graph file.")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows per table.")
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also export GraphML here (Gephi).")
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also export GEXF here (Gephi).")
def stats(graph_path: Path, top: int, graphml: Path | None, gexf: Path | None) -> None:
    """Print rankings of the graph: localities by awards, programs by localities, central entities, communities.

    Example: kg stats --top 5 --graphml output/graph.graphml
    """
    from kg.stats import entity_graph, export, load_quads, report_lines

    try:
        graph = entity_graph(load_quads(graph_path))
        for line in report_lines(graph, top):
            click.echo(line)
        written = export(graph, graphml=graphml, gexf=gexf)
    except (KgError, OSError) as e:
        _fail(str(e))
    if written:
        click.echo("Wrote: " + ", ".join(str(p) for p in written))


if __name__ == "__main__":  # pragma: no cover
    main()
