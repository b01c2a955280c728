"""The public Python API: build a graph from plan files, look at it, export it.

>>> import policygraph
>>> pg = policygraph.build()            # the bundled corpus
>>> pg.summary()["assignments"]
1036
>>> ttl = pg.export("ttl")              # or pg.export("jsonl", "tasks.jsonl")
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from .errors import InputError, Message, MissingDependencyError, NoPlansError, StrictModeError
from .files import write_atomic
from .graph.iris import NOT_IRI_OR_XML
from .extract.linking import attach_tables, link_rows
from .extract.citations import link_citations
from .extract.metadata import unknown_place
from .extract.pipeline import extract_plans
from .extract.targets import number_targets, share_restated_targets
from .model import BASIS_PROSE, Corpus, Plan, Problem, make_unique
from .normalize.lexicon import Lexicon, load_lexicon
from .normalize.themes import assign_themes
from .normalize.units import name_departments, resolve_plan
from .read.text import expand_paths

BUNDLED_PREFIX = "policygraph/corpus/"


@dataclass
class FileResult:
    """What one input file gave on its own: its plans (a notice may issue several), and the
    warnings and errors met reading it."""

    path: str
    plans: list[Plan]
    warnings: list[str]
    errors: list[InputError]


def bundled_corpus() -> list[str]:
    """Paths of the plans shipped with the package (the default corpus)."""
    with resources.as_file(resources.files("policygraph.corpus")) as folder:
        files, _ = expand_paths([folder])
    return files


def _display_path(path: str, bundled: bool) -> str:
    # Bundled files are named by their place in the package, so exports do not depend on
    # where the package happens to be installed.
    return BUNDLED_PREFIX + Path(path).name if bundled else path


class PolicyGraph:
    """A built corpus: plans, tasks and assignments, with their RDF graph on demand."""

    def __init__(self, corpus: Corpus, lexicon: Lexicon) -> None:
        self.corpus = corpus
        self.lexicon = lexicon

    @property
    def plans(self) -> list[Plan]:
        return self.corpus.plans

    def __repr__(self) -> str:
        s = self.summary()
        return (
            f"<PolicyGraph {s['plans']} plans (+{s['documents'] - s['plans']} tables), {s['tasks'] + s['measures'] + s['table_rows']} tasks, "
            f"{s['units']} units, {s['assignments']} assignments, {s['targets']} targets, {len(self.problems)} problems>"
        )

    def _repr_html_(self) -> str:
        """The plans as a table, as a notebook shows them."""
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(p.title or p.id)}</td><td>{escape('、'.join(j.name for j in p.places))}</td><td>{escape(p.doc_number or '')}</td>"
            f"<td>{len(p.tasks)}</td><td>{len(p.assignments)}</td><td>{len(p.own_targets())}</td><td>{escape(p.source.path)}</td></tr>"
            for p in self.plans
        )
        head = "".join(f"<th>{h}</th>" for h in ("计划", "地区", "文号", "任务", "责任分工", "目标", "文件"))
        return f"<p>{escape(repr(self))}</p><table><tr>{head}</tr>{rows}</table>"

    def to_pandas(self, table: str = "tasks"):
        """A :class:`pandas.DataFrame` of ``tasks`` (one row per task), ``assignments`` (one per
        unit and task), ``targets`` or ``plans``; needs pandas (``pip install "policygraph[pandas]"``).

        >>> frame = build().to_pandas("assignments")  # doctest: +SKIP
        """
        try:
            import pandas
        except ImportError as exc:
            raise MissingDependencyError('DataFrames need pandas: pip install "policygraph[pandas]"') from exc
        from .export.records import table_records

        return pandas.DataFrame(table_records(self, table))

    @property
    def problems(self) -> list[Problem]:
        """Clauses that did not become graph facts (``unparsed``) or are ``doubtful``."""
        return self.corpus.problems

    @property
    def unparsed(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "unparsed"]

    @property
    def warnings(self) -> list[str]:
        """Files that were skipped, each with the reason."""
        return self.corpus.warnings

    @cached_property
    def rdf(self):
        """The corpus as an :class:`rdflib.Graph`."""
        from .graph.rdf import to_rdf

        return to_rdf(self.corpus, self.lexicon)

    def to_networkx(self):
        """Units and tasks as a :class:`networkx.MultiDiGraph` (assignments as edges)."""
        from .graph.nx import to_networkx

        return to_networkx(self.rdf)

    def export(self, format: str | None = None, output: str | os.PathLike[str] | None = None) -> str | bytes | None:
        """Serialise to ``format`` (a name or, with ``output``, guessed from its extension).

        Returns the text (bytes for ``xlsx``) when ``output`` is None, else writes the file and
        returns None.
        """
        from .formats import exporter

        spec = exporter(format, None if output is None else os.fspath(output))
        text = spec.load()(self)
        if output is None:
            return text
        write_atomic(output, text)
        return None

    def store(self):
        """This graph as a :class:`~policygraph.query.store.GraphStore` to query (pyoxigraph)."""
        from .query.sparql import LocalBackend
        from .query.store import GraphStore

        return GraphStore(LocalBackend(self.quads()), self.lexicon, self.warnings)

    def write_views(self, out_dir: str | os.PathLike[str]) -> dict:
        """Write the HTML views (``graph.html``, ``compare.html``) into ``out_dir``; their paths by view."""
        from .viz import write_views

        return write_views(self.store(), out_dir)

    def quads(self) -> list:
        """The graph as pyoxigraph quads, one named graph per source plan plus a shared graph."""
        from .graph.dataset import model_quads

        return model_quads(self.corpus, self.lexicon)

    def summary(self) -> dict[str, int]:
        """Counts a user checks first: plans, action areas, tasks, units, assignments, problems, targets."""
        return count_plans(self.plans)

    def plan_summaries(self) -> list[dict]:
        """One :func:`plan_summary` per document, in batch order (what ``build`` prints)."""
        return [plan_summary(plan) for plan in self.plans]

    def audit(self, checks: Iterable[str] | None = None) -> list:
        """What a careful reader would flag (:mod:`policygraph.audit`), each with file and line."""
        from .audit import CHECKS, audit

        return audit(self.plans, tuple(checks) if checks else CHECKS)

    def check_strict(self) -> None:
        """Raise :class:`StrictModeError` when any clause was left unparsed or doubtful."""
        check_strict(self.problems)


def open_store(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    *,
    graph: str | os.PathLike[str] | None = None,
    endpoint: str | None = None,
    auth: str | None = None,
    lexicon_files: Iterable[str] = (),
    cache: bool = True,
    table_of: dict[str, str] | None = None,
    store: str | os.PathLike[str] | None = None,
):
    """A :class:`~policygraph.query.store.GraphStore` to ask questions of.

    From plan files (default: the bundled corpus; built once, then cached), from an exported
    graph file (``graph=``: .ttl, .nt, .nq, .trig, .jsonld), from a store on disk built by
    ``build --store`` (``store=``, see :mod:`policygraph.collection`), or from a SPARQL endpoint
    (``endpoint=``, with ``auth="user:password"`` if it needs one).
    """
    from .query.sparql import LocalBackend, RemoteBackend
    from .query.store import GraphStore

    lexicon_files = tuple(lexicon_files)
    if store is not None:
        from .collection import open_collection

        return open_collection(store, lexicon_files)
    lexicon = load_lexicon(lexicon_files)
    if endpoint:
        return GraphStore(RemoteBackend(endpoint, auth), lexicon)
    if graph is not None:
        from .graph.dataset import read_quads

        return GraphStore(LocalBackend(read_quads(os.fspath(graph))), lexicon)
    quads, warnings = _built_quads(paths, lexicon_files, cache, table_of)
    return GraphStore(LocalBackend(quads), lexicon, warnings)


def validate(graph: str | os.PathLike[str] | PolicyGraph | None = None, *, lexicon_files: Iterable[str] = ()):
    """Check a graph against the shipped SHACL shapes; returns a :class:`~policygraph.graph.validate.ValidationReport`.

    ``graph`` is a built :class:`PolicyGraph`, an exported graph file, or None for the bundled corpus.
    """
    from .graph.validate import validate as run_shapes

    if isinstance(graph, PolicyGraph):
        return run_shapes(graph.rdf)
    if graph is None:
        return run_shapes(build(lexicon_files=lexicon_files).rdf)
    return run_shapes(load_graph(graph))


def load_graph(path: str | os.PathLike[str]):
    """An exported graph file (.ttl .nt .nq .trig .jsonld) as one :class:`rdflib.Graph` (named graphs merged)."""
    import pyoxigraph as ox
    import rdflib

    from .graph.dataset import read_quads
    from .graph.namespace import PREFIXES

    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in read_quads(os.fspath(path))]
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def write_view(
    store,
    output: str | os.PathLike[str] | None = None,
    *,
    unit: str | None = None,
    comparison: bool = False,
    view: str | None = None,
    district: str | None = None,
) -> Path:
    """Write one HTML view of ``store`` (see :func:`open_store`) and return its path.

    The explorer of everything, of one ``unit`` (any alias or type name) with its tasks and
    partners, or the district ``comparison``. The explorer opens on ``view`` (``network``,
    ``matrix`` or ``timeline``) and, if given, ``district`` (a name: 青浦区). ``output``
    defaults to ``exports/graph.html``, ``exports/unit-UNIT.html`` or ``exports/compare.html``.
    """
    from . import viz

    start = {key: value for key, value in (("view", view), ("district", district)) if value and value != "network"}
    if comparison:
        html, default = viz.comparison_view(store), viz.VIEW_FILES["compare"]
    elif unit:
        html, default = viz.network_view(store, unit=unit, start=start), "unit-" + re.sub(r'[\\/:*?"<>|\s]+', "_", unit) + ".html"
    else:
        html, default = viz.network_view(store, start=start), viz.VIEW_FILES["network"]
    path = Path(output) if output else Path("exports") / default
    return write_atomic(path, html)


def compare_targets(store, metrics: Iterable[str]) -> list[dict]:
    """Targets whose metric contains any of ``metrics``, district by district.

    Rows are those of :meth:`GraphStore.targets`, ordered by the metric asked for, then
    district and due year, so the same kind of promise lines up across districts.
    """
    ranked: dict[str, tuple[int, dict]] = {}
    for rank, metric in enumerate(metrics):
        for row in store.targets(metric=metric):
            ranked.setdefault(row["target"], (rank, row))
    ordered = sorted(ranked.values(), key=lambda item: (item[0], item[1]["district"], item[1]["due"] or "", item[1]["metric"]))
    return [row for _, row in ordered]


def set_endpoint_timeout(seconds: float) -> None:
    """The total deadline of every later request to a SPARQL endpoint (default 60 s)."""
    from . import http

    http.DEFAULT_TIMEOUT = float(seconds)


def build_store(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None,
    store: str | os.PathLike[str],
    *,
    lexicon_files: Iterable[str] = (),
    prose: bool = True,
    table_of: dict[str, str] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
):
    """Build ``paths`` into the store on disk in the folder ``store``, re-reading only the files
    that changed since the last build there (:func:`policygraph.collection.build_collection`);
    query it with ``open_store(store=...)``. Returns a :class:`~policygraph.collection.CollectionReport`."""
    from .collection import build_collection

    return build_collection(paths, store, lexicon_files=lexicon_files, prose=prose, table_of=table_of, jobs=jobs, progress=progress)


def push_store_changes(report, endpoint: str, *, auth: str | None = None, timeout: float = 300) -> list:
    """Send what a :func:`build_store` changed to a Graph Store Protocol endpoint
    (:func:`policygraph.collection.push_changes`)."""
    from .collection import push_changes

    return push_changes(report, endpoint, auth=auth, timeout=timeout)


def push(graph: PolicyGraph, endpoint: str, *, auth: str | None = None, timeout: float = 300):
    """Upload ``graph`` to a Graph Store Protocol endpoint, one named graph per source plan;
    ``timeout`` is each upload's total deadline in seconds."""
    from .export.push import push as push_quads

    return push_quads(graph.quads(), endpoint, auth, timeout)


def _about(path: str, note: str) -> str:
    """A reader's or extractor's note as a warning about ``path`` (kept translatable)."""
    if isinstance(note, Message):
        return Message(path, note.template, note.hint, **note.params)
    return f"{path}: {note}"


def _is_text_encoding(name: str) -> bool:
    """True for a codec's name (gb18030, big5, utf-16), False for a reader's (pdf, docx, wps)."""
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _built_quads(paths, lexicon_files: tuple[str, ...], cache: bool, table_of: dict[str, str] | None = None):
    from .query import cache as graph_cache

    key = None
    if cache:
        files, skipped = expand_paths(bundled_corpus() if paths is None else paths)
        if not skipped:  # a batch with unreadable paths is rebuilt, so its warnings are shown
            key = graph_cache.cache_key(files, lexicon_files, table_of)
            hit = graph_cache.load(key)
            if hit is not None:
                return hit
    built = build(paths, lexicon_files=lexicon_files, table_of=table_of)
    quads = built.quads()
    if key is not None:
        graph_cache.save(key, quads, built.warnings)
    damaged, graph_cache.DAMAGED[:] = list(graph_cache.DAMAGED), []
    return quads, [*damaged, *built.warnings]


def build(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    *,
    lexicon_files: Iterable[str] = (),
    prose: bool = True,
    table_of: dict[str, str] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    jobs: int = 1,
) -> PolicyGraph:
    """Read plan files and folders (default: the bundled corpus) into a :class:`PolicyGraph`.

    ``jobs`` processes read and extract the files (the result is the same for any number).

    ``table_of`` attaches task tables to plans by hand: a table file's path -> the plan's file
    path, id or title (a table is otherwise attached by its file name or its caption).
    ``progress(done, total, path)`` is called after each file is read and extracted.

    ``prose=False`` reads responsibility only from clauses and tables, not from sentences
    (由X牵头, X会同Y…; their assignments have the basis ``prose``).

    A file that cannot be read is skipped with a warning naming it; when nothing at all can
    be read, the error is raised (:class:`InputError` for a single file, else
    :class:`NoPlansError`).
    """
    lexicon = load_lexicon(tuple(lexicon_files))
    bundled = paths is None
    files, skipped = expand_paths(bundled_corpus() if bundled else paths)
    errors = [item for item in skipped if isinstance(item, InputError)]
    warnings = [item for item in skipped if isinstance(item, str)]
    from .collection import extract_files

    extracted = extract_files(files, tuple(lexicon_files), prose, bundled, jobs, progress)
    return assemble(extracted, lexicon, errors=errors, warnings=warnings, table_of=table_of)


def extract_document(item, lexicon: Lexicon, *, prose: bool = True, bundled: bool = False) -> FileResult:
    """One read document (or the :class:`InputError` its reading gave) extracted on its own:
    what :func:`build` does to each file before it links the files together."""
    if isinstance(item, InputError):
        return FileResult(getattr(item, "path", ""), [], [], [item])
    item.path = _display_path(item.path, bundled)
    warnings: list[str] = [_about(item.path, note) for note in item.notes]
    if item.encoding != "utf-8" and _is_text_encoding(item.encoding):  # worth knowing: text not in UTF-8
        warnings.append(Message(item.path, "decoded as {encoding}", encoding=item.encoding.upper()))
    unsafe = len(NOT_IRI_OR_XML.findall(item.text))
    if unsafe:
        warnings.append(Message(item.path, "{count} characters no IRI or XML document can hold (controls, noncharacters, private use); percent-encoded in IRIs, replaced in GraphML", count=unsafe))
    try:
        plans = extract_plans(item, lexicon, prose=prose)
    except (Exception, RecursionError) as exc:  # one file's failure is that file's line; the batch goes on
        error = InputError(item.path, "could not be extracted ({error}); please report this file", error=f"{type(exc).__name__}: {str(exc)[:200]}")
        return FileResult(item.path, [], warnings, [error])
    for plan in plans:
        if not plan.tasks and not plan.clause_count:
            warnings.append(Message(item.path, "no numbered tasks, responsibility clauses or task table found"))
        warnings.extend(_about(item.path, note) for note in plan.notes)
    return FileResult(item.path, plans, warnings, [])


def assemble(
    extracted: Iterable[FileResult],
    lexicon: Lexicon,
    *,
    errors: Iterable[InputError] = (),
    warnings: Iterable[str] = (),
    table_of: dict[str, str] | None = None,
) -> PolicyGraph:
    """Link files extracted one by one (:func:`extract_document`) into one :class:`PolicyGraph`:
    unique plan ids, tables attached to their plans, citations, units resolved and named
    across the batch, restated targets shared, themes. The steps that need every plan."""
    errors, warnings = list(errors), list(warnings)
    plans: list[Plan] = []
    for result in extracted:
        warnings.extend(result.warnings)
        errors.extend(result.errors)
        plans.extend(result.plans)
    warnings.extend(e.message for e in errors)
    if not plans:
        if len(errors) == 1:
            raise errors[0]
        raise NoPlansError(errors)
    warnings.extend(link_batch(plans, table_of))
    for members in plan_groups(plans).values():
        resolve_group(members, lexicon)
    name_departments(plans, lexicon)  # each organisation's one name, now across the batch
    return PolicyGraph(Corpus(plans, warnings), lexicon)


def plan_groups(plans: list[Plan]) -> dict[str, list[Plan]]:
    """Plans that are resolved and written together, by their main plan's id: a plan with the
    task tables attached to it (a row's targets may be its body task's)."""
    groups: dict[str, list[Plan]] = {}
    for plan in plans:
        groups.setdefault(plan.main_plan.id, []).append(plan)
    return groups


def check_strict(problems: list[Problem]) -> None:
    """Raise :class:`StrictModeError` when any clause was left unparsed or doubtful."""
    if problems:
        raise StrictModeError("{count} responsibility clause(s) unparsed or doubtful", count=len(problems))


def count_plans(plans: list[Plan]) -> dict[str, int]:
    """:meth:`PolicyGraph.summary` of ``plans``."""
    tasks = [t for p in plans for t in p.tasks]
    assignments = [a for t in tasks for a in t.assignments]
    return {
        "documents": len(plans),
        "plans": sum(1 for p in plans if p.part_of is None),
        "action_areas": sum(len(p.actions) for p in plans),
        "tasks": sum(1 for t in tasks if t.kind == "task"),
        "measures": sum(1 for t in tasks if t.kind == "measure"),
        "table_rows": sum(1 for t in tasks if t.kind == "row"),
        "units": len({a.unit.key for a in assignments if a.unit}),
        "assignments": len(assignments),
        "lead_assignments": sum(1 for a in assignments if a.role == "lead"),
        "prose_assignments": sum(1 for a in assignments if a.basis == BASIS_PROSE),
        "clauses": sum(p.clause_count for p in plans),
        "unparsed": sum(1 for p in plans for pr in p.problems if pr.severity == "unparsed"),
        "doubtful": sum(1 for p in plans for pr in p.problems if pr.severity == "doubtful"),
        "lead_conflicts": sum(1 for t in tasks if t.lead_conflict),
        "targets": sum(len(p.own_targets()) for p in plans),
    }


def plan_summary(plan: Plan) -> dict:
    """What ``build`` prints for one document: its path, what it is, its places and counts."""
    kinds = {kind: sum(1 for t in plan.tasks if t.kind == kind) for kind in ("task", "measure", "row")}
    return {
        "id": plan.id,
        "path": plan.source.path,
        "table_of": plan.part_of.id if plan.part_of else None,
        "doc_number": plan.doc_number,
        "places": [j.name for j in plan.jurisdictions] if plan.jurisdiction and plan.jurisdiction.known else [],
        "action_areas": len(plan.actions),
        "tasks": kinds["task"],
        "measures": kinds["measure"],
        "table_rows": kinds["row"],
        "assignments": len(plan.assignments),
        "unparsed": sum(1 for p in plan.problems if p.severity == "unparsed"),
    }


def link_batch(plans: list[Plan], table_of: dict[str, str] | None = None) -> list[str]:
    """The batch-wide steps, which read only what a plan says of itself (ids, titles, places,
    attachment lines, citations) and never its tasks: unique ids, unknown places named by
    them, task tables attached to their plans, citations pointed at the plans they name.
    Returns lines to report."""
    warnings: list[str] = []
    make_unique(plans, "id")
    for plan in plans:  # an unknown place is the plan's own, named by its final id
        if plan.jurisdiction is not None and not plan.jurisdiction.known:
            plan.jurisdiction = unknown_place(plan.id)
            plan.jurisdictions = [plan.jurisdiction]
    warnings.extend(attach_tables(plans, table_of))
    for plan in plans:
        if plan.jurisdiction is None:  # a task table that belongs to no plan of the batch
            plan.jurisdiction = unknown_place(plan.id)
            plan.jurisdictions = [plan.jurisdiction]
            warnings.append(Message(plan.source.path, "belongs to no plan read here; place unknown, departments scoped to {place}", place=plan.jurisdiction.name))
    link_citations(plans)
    return warnings


def resolve_group(plans: list[Plan], lexicon: Lexicon) -> None:
    """The steps a plan and the task tables attached to it need of each other, after
    :func:`link_batch`: targets numbered, units resolved (a table's in its plan's place) and
    named within the group, rows linked to the body tasks they restate, restated targets
    shared, themes. Nothing here reads a plan outside ``plans``."""
    number_targets(plans)
    for plan in plans:
        resolve_plan(plan, lexicon)
    name_departments(plans, lexicon)
    for plan in plans:
        if any(t.kind == "row" for t in plan.tasks):
            link_rows(plan, plan.main_plan)
    share_restated_targets(plans)
    assign_themes(plans, lexicon)

