"""The ``policygraph`` command: a thin layer over :mod:`policygraph.api`.

This is the only module that imports click. Library errors arrive as
:class:`~policygraph.errors.PolicyGraphError` and leave as one clean line.
"""

from __future__ import annotations

import functools
import inspect
import sys
from pathlib import Path

import click

from .safety import one_line
from .viz import EXPLORER_VIEWS

from . import api, i18n
from .audit import CHECKS as AUDIT_CHECKS
from .i18n import _
from .errors import Message, PolicyGraphError
from .formats import EXPORTERS
from .query.output import FORMATS, render
from .query.sparql import parse_binding
from .query.store import LEVELS, describe, named_queries


# click's own words (Usage:, Options, Error:) come from its modules' gettext; ours answers
for _module in (click.core, click.exceptions, click.formatting, click.decorators, click.types, click.parser):
    _module._ = _
    if hasattr(_module, "ngettext"):
        _module.ngettext = i18n.ngettext


class _Translated:
    """Help texts shown in the current language: looked up when shown, not when defined."""

    @staticmethod
    def _swap(items):
        originals = [(item, item.help) for item in items if getattr(item, "help", None)]
        for item, text in originals:
            item.help = _(inspect.cleandoc(text))
        return originals

    @staticmethod
    def _restore(originals) -> None:
        for item, text in originals:
            item.help = text


class _Command(_Translated, click.Command):
    def format_help_text(self, ctx, formatter) -> None:
        originals = self._swap([self])
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self._restore(originals)

    def format_options(self, ctx, formatter) -> None:
        originals = self._swap(self.get_params(ctx))
        try:
            super().format_options(ctx, formatter)
        finally:
            self._restore(originals)


class _Group(_Command, click.Group):
    command_class = _Command

    def main(self, *args, **kwargs):
        # the locale's language before anything is shown: --help is handled before --lang's default
        i18n.set_language(i18n.detect())
        return super().main(*args, **kwargs)

    def format_commands(self, ctx, formatter) -> None:
        originals = self._swap(self.commands.values())
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._restore(originals)


def _set_language(_ctx, _param, value) -> None:
    i18n.set_language(value or i18n.detect())


def _shown(text: str) -> str:
    """``text`` in the user's language: a :class:`Message` by its template, plain text as a catalogue entry."""
    return text.localized(_) if isinstance(text, Message) else _(text)


def _warn(message: str) -> None:
    click.echo(_("warning: {message}").format(message=one_line(_shown(message))), err=True)


def _clean_errors(command):
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PolicyGraphError as exc:
            raise click.ClickException(one_line(exc.localized(_))) from exc
        except OSError as exc:  # e.g. --out names a file, or a folder we may not write to
            raise click.ClickException(one_line(f"{exc.filename}: {exc.strerror}")) from exc

    return wrapper


def _table_of(ctx, _param, values) -> None:
    pairs = {}
    for value in values:
        table, sep, plan = value.partition("=")
        if not sep or not table or not plan:
            raise click.BadParameter(_("'{value}' is not TABLE=PLAN (a table file, and the plan's file, id or title)").format(value=value))
        pairs[table] = plan
    ctx.meta["table_of"] = pairs


def plan_inputs(command):
    """Shared options: input paths (default: the bundled corpus), extra lexicon files, and
    tables attached by hand (kept in the click context, read by :func:`_build` and :func:`_store`)."""
    command = click.option(
        "--table-of",
        multiple=True,
        metavar="TABLE=PLAN",
        expose_value=False,
        callback=_table_of,
        help="Attach the task table file TABLE to PLAN (its file, id or title); repeatable. "
        "Otherwise a table is attached by its file name (PLAN名-附件.xlsx) or its caption.",
    )(command)
    command = click.argument("paths", nargs=-1, type=click.Path())(command)
    command = click.option(
        "--lexicon",
        "lexicon_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra lexicon TSV (first line '#table: departments' etc.); repeatable.",
    )(command)
    return command


class _Progress:
    """A progress bar on stderr for builds of several files; nothing when stderr is no terminal."""

    def __init__(self) -> None:
        self.bar = None

    def __call__(self, done: int, total: int, path: str) -> None:
        if total < 2 or not sys.stderr.isatty():
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="reading", file=sys.stderr, show_pos=True, width=30)
            self.bar.__enter__()
        self.bar.update(1, current_item=path)
        if done == total:
            self.bar.__exit__(None, None, None)


def _build(paths, lexicon_files, prose: bool = True) -> api.PolicyGraph:
    table_of = click.get_current_context().meta.get("table_of")
    graph = api.build(list(paths) if paths else None, lexicon_files=lexicon_files, prose=prose, table_of=table_of, progress=_Progress())
    for warning in graph.warnings:
        _warn(warning)
    return graph


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policygraph")
@click.option(
    "--lang", type=click.Choice(i18n.LANGUAGES), is_eager=True, expose_value=False, callback=_set_language,
    help="Language of messages, help and table headers (default: from LANG; POLICYGRAPH_LANG).",
)
def cli():
    """Who owns what in Chinese local-government implementation plans."""


@cli.command()
@plan_inputs
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Folder for the outputs (default: exports; with --store, none unless given).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Build into the store on disk in this folder: one named graph per plan, only changed files read again; query it with --store.")
@click.option("--push", "push_to", metavar="URL", help="With --store: send the plan graphs this build changed (and the shared graph) to this Graph Store Protocol endpoint.")
@click.option("--auth", metavar="USER:PASSWORD", help="Credentials for --push.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes that read and extract files (the result is the same for any number).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any responsibility clause is unparsed or doubtful.")
@click.option("--no-html", is_flag=True, help="Do not write the HTML views (graph.html, compare.html).")
@click.option("--no-prose", is_flag=True, help="Read responsibility from clauses and tables only, not from sentences (由X牵头, X会同Y…).")
@_clean_errors
def build(paths, lexicon_files, out_dir, store_dir, push_to, auth, jobs, strict, no_html, no_prose):
    """Read plans and write the graph (policygraph.ttl), the task, plan and target exports
    (tasks.jsonl, plans.jsonl, targets.jsonl) and the HTML views (graph.html, compare.html).

    With no PATHS, reads the bundled corpus. PATHS may be .txt/.md plans, .tsv task tables,
    or folders of them. Prints a summary and every clause that could not be parsed.

    Example: policygraph build my-plans/ --out exports
    """
    if push_to and not store_dir:
        raise click.UsageError("--push sends what a build into a store changed; give --store DIR too (or use the push command)")
    table_of = click.get_current_context().meta.get("table_of")
    if store_dir:
        report = api.build_store(list(paths) if paths else None, store_dir, lexicon_files=lexicon_files, prose=not no_prose, table_of=table_of, jobs=jobs, progress=_Progress())
        warnings, summary, problems = report.warnings, report.summary(), report.problems
        # a line and the problems of each document written this time; the others as the build that wrote them said
        rewritten = set(report.rewritten)
        summaries = [line for line in report.plan_summaries if line["id"] in rewritten]
        unchanged = len(report.plan_summaries) - len(summaries)
        shown = {line["path"] for line in summaries}
        graph = report.load_graph() if out_dir else None  # every plan in memory: only for the exports
    else:
        graph = api.build(list(paths) if paths else None, lexicon_files=lexicon_files, prose=not no_prose, table_of=table_of, progress=_Progress(), jobs=jobs)
        warnings, summaries, summary, problems = graph.warnings, graph.plan_summaries(), graph.summary(), graph.problems
        out_dir = out_dir or "exports"
    for warning in warnings:
        _warn(warning)
    if store_dir:
        click.echo(_("wrote {files}").format(files=str(report)))
        if push_to:
            pushed = api.push_store_changes(report, push_to, auth=auth)
            click.echo(_("pushed {count} graphs to {endpoint}").format(count=len(pushed), endpoint=push_to))
    if out_dir:
        out = Path(out_dir)
        graph.export("ttl", out / "policygraph.ttl")
        graph.export("jsonl", out / "tasks.jsonl")
        graph.export("plans", out / "plans.jsonl")
        graph.export("targets", out / "targets.jsonl")
    click.echo(format_summary(summaries, summary))
    for problem in problems if not store_dir else [p for p in problems if p.file in shown]:
        click.echo(one_line(f"{_(problem.severity)}: {problem.file}:{problem.line}: {_shown(problem.reason)}: {problem.text.strip()}"))
    if store_dir and unchanged:
        click.echo(_("{count} documents unchanged since an earlier build (their lines and problems were printed then; the totals above count them)").format(count=unchanged))
    if out_dir:
        click.echo(_("wrote {files}").format(files=f"{out / 'policygraph.ttl'}, {out / 'tasks.jsonl'}, {out / 'plans.jsonl'}, {out / 'targets.jsonl'}"))
        if not no_html:
            views = graph.write_views(out)
            click.echo(_("wrote {files}").format(files=f"{views['network']}, {views['compare']}"))
    if strict:
        api.check_strict(problems)


def format_summary(plans: list[dict], s: dict[str, int]) -> str:
    """The summary block ``build`` prints: one line per document (:func:`policygraph.api.plan_summary`),
    then the totals (:meth:`policygraph.PolicyGraph.summary`)."""
    lines = []
    for plan in plans:
        what = _("table of {plan}").format(plan=plan["table_of"]) if plan["table_of"] else (plan["doc_number"] or _("plan"))
        place = "、".join(plan["places"]) or _("place unknown")
        lines.append(_(
            "  {path} [{what}; {place}]: {areas} action areas, {tasks} tasks, {measures} measures, {rows} table rows, "
            "{assignments} assignments, {unparsed} unparsed"
        ).format(
            path=plan["path"], what=what, place=place, areas=plan["action_areas"], tasks=plan["tasks"], measures=plan["measures"],
            rows=plan["table_rows"], assignments=plan["assignments"], unparsed=plan["unparsed"],
        ))
    lines.append(_(
        "plans {plans} (+{tables} attached tables) | action areas {areas} | tasks {tasks} | measures {measures} | "
        "table rows {rows} | units {units} | assignments {assignments} ({lead} lead, {prose} from prose) | "
        "unparsed clauses {unparsed} | doubtful {doubtful} | lead conflicts {conflicts} | targets {targets}"
    ).format(
        plans=s["plans"], tables=s["documents"] - s["plans"], areas=s["action_areas"], tasks=s["tasks"], measures=s["measures"],
        rows=s["table_rows"], units=s["units"], assignments=s["assignments"], lead=s["lead_assignments"], prose=s["prose_assignments"],
        unparsed=s["unparsed"], doubtful=s["doubtful"], conflicts=s["lead_conflicts"], targets=s["targets"],
    ))
    return "\n".join(lines)


@cli.command()
@plan_inputs
@click.option("--format", "-f", "fmt", type=click.Choice(sorted(EXPORTERS)), help="Output format; guessed from -o's extension if omitted.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output.")
@_clean_errors
def export(paths, lexicon_files, fmt, output):
    """Export the graph of PATHS (default: bundled corpus) as ttl, nt, jsonld, nq, trig, jsonl, csv,
    graphml, or an Excel workbook (xlsx: tasks, assignments, targets, a 责任清单 per district).

    Example: policygraph export --format jsonl -o tasks.jsonl
    """
    if not fmt and not output:
        fmt = "ttl"
    if fmt and not output and EXPORTERS[fmt].binary:
        raise click.UsageError(_("{fmt} is a file format: give -o FILE.{fmt}").format(fmt=fmt))
    graph = _build(paths, lexicon_files)
    text = graph.export(fmt, output)
    if text is not None:
        sys.stdout.write(text)


# -- asking the graph ------------------------------------------------------------------
def _set_timeout(context, parameter, value):
    if value is not None:
        api.set_endpoint_timeout(value)
    return value


def graph_inputs(command):
    """Shared options of commands that read a graph: plan files, a graph file or an endpoint."""
    command = plan_inputs(command)
    for decorator in (
        click.option("--graph", "graph_file", type=click.Path(dir_okay=False), help="Query an exported graph file (.ttl .nt .nq .trig .jsonld) instead of building PATHS."),
        click.option("--store", "store_dir", type=click.Path(file_okay=False), expose_value=False, callback=_set_store, help="Query the store on disk that build --store wrote in this folder."),
        click.option("--endpoint", help="Query a SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead."),
        click.option("--auth", metavar="USER:PASSWORD", help="Credentials for --endpoint."),
        click.option(
            "--timeout", type=click.FloatRange(min=0.1), default=None, expose_value=False, callback=_set_timeout,
            help="Seconds a request to --endpoint may take in all (default 60).",
        ),
        click.option("--no-cache", is_flag=True, help="Build PATHS again instead of using the cached graph."),
    ):
        command = decorator(command)
    return command


def graph_source(command):
    """Shared options of query commands: where the graph comes from, and the output format."""
    command = graph_inputs(command)
    return click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")(command)


def _set_store(context, _param, value):
    context.meta["store"] = value
    return value


def _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache):
    meta = click.get_current_context().meta
    store = api.open_store(
        list(paths) if paths else None, graph=graph_file, endpoint=endpoint, auth=auth, lexicon_files=lexicon_files, cache=not no_cache,
        table_of=meta.get("table_of"), store=meta.get("store"),
    )
    for warning in store.warnings:
        _warn(warning)
    return store


def _echo_rows(rows, columns, fmt, what, shape=True):
    if rows or fmt != "table":
        click.echo(render(rows, columns, fmt, shape=shape, headers=[_(c) for c in columns]))
    if fmt == "table":
        click.echo(_("{n} " + what).format(n=len(rows)), err=True)


TASK_COLUMNS = ["district", "number", "title", "leads", "cos", "due", "source"]


@cli.command()
@graph_source
@click.option("--lead", multiple=True, metavar="UNIT", help="Led by UNIT: an alias (区发改委 = every district's), a type (发改委) or a place's unit (金山区发改委); repeatable: any of them.")
@click.option("--co", multiple=True, metavar="UNIT", help="UNIT is co-responsible; repeatable.")
@click.option("--unit", multiple=True, metavar="UNIT", help="UNIT has any role; repeatable.")
@click.option("--district", multiple=True, metavar="PLACE", help="Plans of PLACE or of places within it (金山区, 310116); repeatable.")
@click.option("--action", multiple=True, metavar="TEXT", help="Action area title contains TEXT (交通); repeatable.")
@click.option("--keyword", metavar="TEXT", help="Title or text holds every word of TEXT (jieba-segmented: 屋顶光伏 = 屋顶 + 光伏).")
@click.option("--due-before", metavar="YYYY-MM-DD", help="Deadline on or before this date (no deadline: a target due by then).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="Only the first N tasks of the answer.")
@click.option("--show-query", is_flag=True, help="Print the SPARQL and the bound values instead of running it.")
@_clean_errors
def tasks(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, lead, co, unit, district, action, keyword, due_before, limit, show_query):
    """List tasks by unit, district, action area, keyword and deadline.

    Example: policygraph tasks --lead 区发改委 --district 金山区
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    filters = dict(lead=lead, co=co, unit=unit, district=district, action=action, due_before=due_before)
    if show_query:
        matched = store.keyword_tasks(keyword) if keyword else None
        if any(len(values) > 1 for values in (lead, co, unit, district, action)):
            raise click.UsageError(_("--show-query shows one query: give each filter once"))
        single = {name: (values[0] if values else None) if isinstance(values, tuple) else values for name, values in filters.items()}
        click.echo(str(store.task_query(**single, tasks=matched, limit=limit)))
        return
    rows = store.tasks(**filters, keyword=keyword, limit=limit)
    if fmt in ("table", "csv"):
        for row in rows:
            row["source"] = f"{Path(row['file']).name}:{row['line']}"
    _echo_rows(rows, TASK_COLUMNS if fmt != "csv" else TASK_COLUMNS[:-1] + ["action", "kind", "file", "line", "task"], fmt, "tasks")


@cli.command()
@graph_source
@click.option("--district", metavar="PLACE", help="Only tasks of plans of PLACE or within it.")
@_clean_errors
def departments(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, district):
    """Each unit with the number of tasks it leads and co-owns, per district.

    Example: policygraph departments --district 青浦区
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    _echo_rows(store.departments(district=district), ["name", "type", "district", "lead", "co", "tasks"], fmt, "units")


@cli.command()
@graph_source
@click.argument("text")
@_clean_errors
def who(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, text):
    """Which units own tasks mentioning TEXT, lead first.

    Example: policygraph who 光伏
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    _echo_rows(store.who(text), ["name", "district", "lead", "co", "tasks"], fmt, "units")


TARGET_COLUMNS = ["district", "metric", "promise", "due", "leads", "source"]


def _with_source(rows, fmt):
    if fmt in ("table", "csv"):
        for row in rows:
            row["source"] = f"{Path(row['file']).name}:{row['line']}"
    return rows


@cli.command()
@graph_source
@click.option("--unit", multiple=True, metavar="UNIT", help="Owned by UNIT (lead or co-responsible), named as in `tasks --unit`; repeatable: any of them.")
@click.option("--lead", multiple=True, metavar="UNIT", help="Led by UNIT; repeatable.")
@click.option("--metric", multiple=True, metavar="TEXT", help="Metric contains TEXT (光伏, 森林覆盖率); repeatable.")
@click.option("--year", metavar="YYYY", help="Due in YYYY: the target's year, or the last year of its period (“十四五” = 2025).")
@click.option("--district", multiple=True, metavar="PLACE", help="Plans of PLACE or of places within it; repeatable.")
@_clean_errors
def targets(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, unit, lead, metric, year, district):
    """List quantitative targets with their owners: metric, value, due year or period.

    Example: policygraph targets --unit 区发改委 --year 2025
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    rows = _with_source(store.targets(unit=unit, lead=lead, metric=metric, year=year, district=district), fmt)
    columns = TARGET_COLUMNS if fmt != "csv" else [*TARGET_COLUMNS[:-1], "cos", "comparator", "value", "unit", "year", "periodStart", "periodEnd", "baseYear", "text", "file", "line", "target"]
    _echo_rows(rows, columns, fmt, "targets")


PLAN_COLUMNS = ["places", "levels", "number", "issued", "title", "issuers", "citations", "source"]


@cli.command()
@graph_source
@click.option("--district", metavar="PLACE", help="Plans of PLACE or of places within it (江苏省, 320000).")
@click.option("--level", type=click.Choice(LEVELS), help="Plans of places at this level.")
@click.option("--cites", metavar="DOC", help="Plans citing DOC: its number (国发〔2021〕23号, any bracket) or a piece of its title.")
@click.option("--cited-by", metavar="PLAN", help="Plans that PLAN (number, title or IRI) cites, directly or through plans in between.")
@_clean_errors
def plans(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, district, level, cites, cited_by):
    """List plans with place, level, own number, date, issuers and how many documents they cite.

    Example: policygraph plans --cites 国发〔2021〕23号
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    rows = store.plans(district=district, level=level, cites=cites, cited_by=cited_by)
    if fmt in ("table", "csv"):
        for row in rows:
            row["source"] = Path(row["path"]).name if row.get("path") else None
            row["cited_plans"] = " ".join(row["cited_plans"])
    columns = PLAN_COLUMNS if fmt != "csv" else [*PLAN_COLUMNS, "noticeTitle", "cited_plans", "plan", "path"]
    _echo_rows(rows, columns, fmt, "plans")


@cli.command()
@graph_source
@click.option("--plan", metavar="PLAN", help="Only what PLAN (number, title or IRI) cites.")
@_clean_errors
def citations(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, plan):
    """List the documents plans cite (title in 《》 and number), and the plan of the graph each one is.

    Example: policygraph citations --plan 金府发〔2023〕1号
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    columns = ["planTitle", "line", "citedTitle", "citedNumber", "citedPlanTitle"]
    _echo_rows(store.citations(plan=plan), columns if fmt == "table" else [*columns, "plan", "citedPlan", "document"], fmt, "citations")


@cli.command()
@graph_source
@click.option("--metric", "metrics", metavar="TEXT", multiple=True, required=True, help="Metric contains TEXT (森林覆盖率); repeatable.")
@_clean_errors
def compare(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, metrics):
    """Compare the same kind of target across districts, side by side.

    Example: policygraph compare --metric 森林覆盖率
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    rows = _with_source(api.compare_targets(store, metrics), fmt)
    _echo_rows(rows, ["district", "metric", "promise", "due", "leads", "source"] if fmt != "csv" else ["district", "metric", "comparator", "value", "unit", "due", "baseYear", "leads", "file", "line", "target"], fmt, "targets")
    if fmt == "table" and rows:
        click.echo(_("{n} districts").format(n=len({r["district"] for r in rows})), err=True)


@cli.command()
@graph_source
@click.option("--unit", metavar="UNIT", help="Tasks UNIT leads or co-owns.")
@click.option("--district", metavar="PLACE", help="Plans of PLACE or of places within it.")
@_clean_errors
def timeline(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, unit, district):
    """What is due when: deadlines, quarterly milestones and target years, soonest first.

    Example: policygraph timeline --unit 区发改委 --district 金山区
    """
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    rows = _with_source(store.timeline(unit=unit, district=district), fmt)
    columns = ["date", "what", "district", "title", "detail", "leads", "source"]
    _echo_rows(rows, columns if fmt != "csv" else [*columns[:-1], "file", "line", "task"], fmt, "dates")


@cli.command()
@plan_inputs
@click.option("--check", "checks", multiple=True, type=click.Choice(AUDIT_CHECKS), help="Run only this check (repeatable).")
@click.option("--fail-on", multiple=True, type=click.Choice(["any", *AUDIT_CHECKS]), help="Exit 1 when this check (or any) finds something; repeatable.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format.")
@_clean_errors
def audit(paths, lexicon_files, checks, fmt, fail_on):
    """Flag what a careful reader would: tasks with no lead, units listed twice, glued names,
    row/body lead conflicts, targets with no year, deadlines before the plan's date.

    Exits 0 whatever it finds, unless --fail-on names checks (or "any"): then 1 when one of
    them found something, for scripts and CI.

    Example: policygraph audit --check lead_conflict --fail-on lead_conflict
    """
    graph = _build(paths, lexicon_files)
    findings = graph.audit(checks or None)
    if fmt == "table":
        for finding in findings:
            click.echo(one_line(finding.localized(_)))
        counts = {check: sum(1 for f in findings if f.check == check) for check in (checks or AUDIT_CHECKS)}
        click.echo(_("{n} findings: {counts}").format(n=len(findings), counts=", ".join(f"{check} {n}" for check, n in counts.items())), err=True)
    else:
        rows = [dict(vars(finding)) for finding in findings]
        click.echo(render(rows, ["check", "file", "line", "start", "message", "text"], fmt))
    failing = [f for f in findings if "any" in fail_on or f.check in fail_on]
    if failing:
        raise click.ClickException(_("{n} findings of {checks} (--fail-on)").format(n=len(failing), checks=", ".join(sorted({f.check for f in failing}))))


@cli.command()
@graph_source
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.File(encoding="utf-8"), help="Read the query from a .rq file.")
@click.option("--name", "query_name", help="Run a named query shipped with policygraph (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@click.option("--bind", "bindings", multiple=True, metavar="VAR=VALUE", help="Bind ?VAR (repeatable): <iri>, YYYY-MM-DD (a date), digits (an integer) or text.")
@_clean_errors
def query(paths, lexicon_files, graph_file, endpoint, auth, no_cache, fmt, sparql, query_file, query_name, list_queries, bindings):
    """Run a SPARQL SELECT; prefixes pg: org: prov: skos: time: dct: foaf: oa: qudt: rdfs: xsd: are predefined.

    Values given with --bind are bound (as VALUES), never pasted into the query text.

    Example: policygraph query --name shared-with --bind name=区生态环境局
    """
    if list_queries:
        for name, text in named_queries().items():
            click.echo(f"{name:14} {describe(text)}")
        return
    given = [q for q in (sparql, query_file, query_name) if q]
    if len(given) != 1:
        raise click.UsageError(_("give exactly one of SPARQL, --file or --name"))
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    text = sparql or (query_file.read() if query_file else store.named(query_name))
    results = store.select(text, dict(parse_binding(b) for b in bindings))
    _echo_rows(results.rows, results.variables, fmt, "rows", shape=False)  # the query's own variable names


@cli.command()
@graph_inputs
@click.option("--unit", metavar="UNIT", help="One unit or unit type (区发改委, 金山区发改委) with its tasks and the units it shares them with.")
@click.option("--compare", "comparison", is_flag=True, help="The page comparing districts: which unit type leads each action theme.")
@click.option("--view", "opening", type=click.Choice(EXPLORER_VIEWS), help="What the page opens on (default network); every view is one click away in the page.")
@click.option("--district", metavar="NAME", help="Open on this district (青浦区): its network, its responsibility matrix or its timeline.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="The HTML file to write (default: exports/graph.html, exports/compare.html or exports/unit-UNIT.html).")
@_clean_errors
def viz(paths, lexicon_files, graph_file, endpoint, auth, no_cache, unit, comparison, opening, district, output):
    """Write an interactive, self-contained HTML view of who owns what (opens offline).

    Example: policygraph viz --unit 区发改委
    """
    if unit and comparison:
        raise click.UsageError("--unit and --compare are two different views; choose one")
    if comparison and (opening or district):
        raise click.UsageError("--compare is a page of its own; --view and --district choose what the explorer opens on")
    store = _store(paths, lexicon_files, graph_file, endpoint, auth, no_cache)
    path = api.write_view(store, output, unit=unit, comparison=comparison, view=opening, district=district)
    click.echo(_("wrote {files}").format(files=path))


@cli.command()
@click.argument("graph_file", metavar="[GRAPH]", required=False, type=click.Path(dir_okay=False))
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra lexicon TSV used when building the bundled corpus.")
@_clean_errors
def validate(graph_file, lexicon_files):
    """Check a graph against the SHACL shapes in ontology/shapes.ttl (exit 1 if it does not conform).

    GRAPH is an exported graph file; without it, the graph of the bundled corpus.

    Example: policygraph validate exports/policygraph.ttl
    """
    report = api.validate(graph_file, lexicon_files=lexicon_files)
    click.echo(str(report))
    if not report.conforms:
        raise SystemExit(1)


@cli.command()
@plan_inputs
@click.option("--endpoint", required=True, help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store; Fuseki: .../DATASET/data).")
@click.option("--auth", metavar="USER:PASSWORD", help="Credentials, if the server asks for them.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=300, show_default=True, help="Seconds each upload may take in all.")
@_clean_errors
def push(paths, lexicon_files, endpoint, auth, timeout):
    """Upload the graph of PATHS to a SPARQL server, one named graph per plan.

    Each plan replaces its own graph (PUT); shared organisations and places are merged (POST).

    Example: policygraph push my-plans/ --endpoint http://127.0.0.1:7878/store
    """
    graph = _build(paths, lexicon_files)
    for pushed in api.push(graph, endpoint, auth=auth, timeout=timeout):
        click.echo(f"{pushed.method} {pushed.graph}: {pushed.triples} triples")


def main() -> None:
    cli(prog_name="policygraph")
