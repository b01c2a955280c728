"""The ``policygraph`` command: a thin layer over :mod:`policygraph.api`.

This is the only module that imports click. Library errors arrive as
:class:`~policygraph.errors.PolicyGraphError` and leave as one clean line.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from . import api
from .errors import PolicyGraphError
from .formats import EXPORTERS


def _clean_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PolicyGraphError as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:  # e.g. --out names a file, or a folder we may not write to
            raise click.ClickException(f"{exc.filename}: {exc.strerror}") from exc

    return wrapper


def plan_inputs(command):
    """Shared options: input paths (default: the bundled corpus) and extra lexicon files."""
    command = click.argument("paths", nargs=-1, type=click.Path())(command)
    command = click.option(
        "--lexicon",
        "lexicon_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra lexicon TSV (first line '#table: departments' etc.); repeatable.",
    )(command)
    return command


def _build(paths, lexicon_files) -> api.PolicyGraph:
    graph = api.build(list(paths) if paths else None, lexicon_files=lexicon_files)
    for warning in graph.warnings:
        click.echo(f"warning: {warning}", err=True)
    return graph


@click.group()
@click.version_option(package_name="policygraph")
def cli():
    """Who owns what in Chinese local-government implementation plans."""


@cli.command()
@plan_inputs
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False), help="Folder for the outputs.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any responsibility clause is unparsed or doubtful.")
@_clean_errors
def build(paths, lexicon_files, out_dir, strict):
    """Read plans and write the graph (policygraph.ttl) and task export (tasks.jsonl).

    With no PATHS, reads the bundled corpus. PATHS may be .txt/.md plans, .tsv task tables,
    or folders of them. Prints a summary and every clause that could not be parsed.

    Example: policygraph build my-plans/ --out exports
    """
    graph = _build(paths, lexicon_files)
    out = Path(out_dir)
    graph.export("ttl", out / "policygraph.ttl")
    graph.export("jsonl", out / "tasks.jsonl")
    click.echo(format_summary(graph))
    for problem in graph.problems:
        click.echo(f"{problem.severity}: {problem.file}:{problem.line}: {problem.reason}: {problem.text.strip()}")
    click.echo(f"wrote {out / 'policygraph.ttl'} and {out / 'tasks.jsonl'}")
    if strict:
        graph.check_strict()


def format_summary(graph: api.PolicyGraph) -> str:
    """The summary block ``build`` prints: one line per document, then totals."""
    lines = []
    for plan in graph.plans:
        tasks = plan.tasks
        kinds = {kind: sum(1 for t in tasks if t.kind == kind) for kind in ("task", "measure", "row")}
        what = f"table of {plan.part_of.id}" if plan.part_of else (plan.doc_number or "plan")
        lines.append(
            f"  {plan.source.path} [{what}; {plan.district or '?'}]: {len(plan.actions)} action areas, "
            f"{kinds['task']} tasks, {kinds['measure']} measures, {kinds['row']} table rows, "
            f"{len(plan.assignments)} assignments, {sum(1 for p in plan.problems if p.severity == 'unparsed')} unparsed"
        )
    s = graph.summary()
    lines.append(
        f"plans {s['plans']} (+{s['documents'] - s['plans']} attached tables) | action areas {s['action_areas']} | "
        f"tasks {s['tasks']} | measures {s['measures']} | table rows {s['table_rows']} | units {s['units']} | "
        f"assignments {s['assignments']} ({s['lead_assignments']} lead) | unparsed clauses {s['unparsed']} | "
        f"doubtful {s['doubtful']} | lead conflicts {s['lead_conflicts']}"
    )
    return "\n".join(lines)


@cli.command()
@plan_inputs
@click.option("--format", "-f", "fmt", type=click.Choice(sorted(EXPORTERS)), help="Output format; guessed from -o's extension if omitted.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
@_clean_errors
def export(paths, lexicon_files, fmt, output):
    """Export the graph of PATHS (default: bundled corpus) as ttl, nt, jsonld, jsonl, csv or graphml.

    Example: policygraph export --format jsonl -o tasks.jsonl
    """
    if not fmt and not output:
        fmt = "ttl"
    graph = _build(paths, lexicon_files)
    text = graph.export(fmt, output)
    if text is not None:
        sys.stdout.write(text)


def main() -> None:
    cli(prog_name="policygraph")
