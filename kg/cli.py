"""Command line: each command parses options, makes one library call, prints."""

from __future__ import annotations

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
def build(paths: tuple[Path, ...], out: Path, formats: tuple[str, ...], lexicons: tuple[Path, ...],
          home: str | None, year: int | None, no_html: bool, quiet: bool) -> None:
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
    click.echo(_format_summary(facts, written))


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


if __name__ == "__main__":  # pragma: no cover
    main()
