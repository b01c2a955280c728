"""Asking the graph: tasks by unit, district, action area, keyword and deadline; departments;
who owns what; any SPARQL. The same calls work on a local store and on a SPARQL server.

>>> import policygraph
>>> store = policygraph.open_store()                       # the bundled corpus (cached)
>>> rows = store.tasks(lead="区发改委", district="金山区")
>>> store.select("SELECT (COUNT(*) AS ?n) WHERE { ?t a pg:Task }").rows
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

import pyoxigraph as ox

from ..errors import PolicyGraphError
from ..graph import iris
from ..extract.citations import normalise_number
from ..normalize.lexicon import Lexicon
from . import search
from .output import LIST_SEPARATOR, due_text
from .sparql import QueryError, Results
from .task_index import TaskIndex, name_owners
from .units import Catalogue, Selector, UnknownNameError, resolve_place, resolve_unit

# The line in a named query where a command's filter patterns go (a comment, so the file
# runs as it is).
FILTERS_LINE = re.compile(r"^[ \t]*#\{filters\}[ \t]*$", re.MULTILINE)

# Patterns the task and department queries gain at #{filters}: fixed text, values bound.
# A unit criterion uses its own variable (lead, co, unit) so that several can combine.
_ROLE_LINK = {"lead": "pg:leadUnit", "co": "pg:coUnit", "unit": "pg:leadUnit|pg:coUnit"}
_UNIT_PATTERNS = {
    "Type": "?{v} org:classification ?{v}Type .",
    "Level": "?{v} pg:jurisdiction/pg:level ?{v}Level .",
    "Place": "?{v} pg:jurisdiction ?{v}Place .",
    "Label": "?{v} skos:prefLabel|skos:altLabel ?{v}Label .",
}
_DISTRICT = "?place pg:withinJurisdiction* ?inDistrict ."
_PLANS_IN_DISTRICT = "SELECT DISTINCT ?plan WHERE { ?place pg:withinJurisdiction* ?inDistrict . ?plan a pg:Plan ; dct:spatial ?place }"
_ACTION = "FILTER (CONTAINS(STR(?action), ?actionText))"
# Due by a date: the deadline, or with no deadline, a target due by the end of a year up to then.
_DUE = (
    "FILTER ((BOUND(?due) && ?due <= ?dueBefore) || (!BOUND(?due) && EXISTS { ?task pg:target/(pg:targetYear|pg:periodEnd) ?targetDue . "
    "FILTER (xsd:integer(STR(?targetDue)) <= ?lastFullYear) }))"
)
_METRIC = "FILTER (CONTAINS(?metric, ?metricText))"
_TARGET_YEAR = "FILTER (xsd:integer(STR(COALESCE(?year, ?periodEnd))) = ?dueYear)"
# How a comparator term reads in a table: pg:AtLeast -> ">= 30 万千瓦"
COMPARATOR_SIGNS = {"AtLeast": "≥", "AtMost": "≤", "MoreThan": ">", "Reach": "=", "DecreaseBy": "−", "IncreaseBy": "+"}
COMPARATOR_IDS = {
    "AtLeast": "at_least", "AtMost": "at_most", "MoreThan": "more_than", "Reach": "reach", "DecreaseBy": "decrease_by", "IncreaseBy": "increase_by",
}


def named_queries() -> dict[str, str]:
    """The shipped ``.rq`` files, by name (``tasks``, ``departments``, ``shared-with`` ...)."""
    folder = resources.files("policygraph.query.named")
    return {f.name[:-3]: f.read_text(encoding="utf-8") for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".rq")}


def describe(query: str) -> str:
    """The first comment line of a named query."""
    return next((line.lstrip("# ").strip() for line in query.splitlines() if line.startswith("#")), "")


@dataclass
class PreparedQuery:
    """A query and the values bound to it: what a command runs, shown by ``--show-query``."""

    text: str
    bindings: dict[str, Any]

    def __str__(self) -> str:
        shown = "\n".join(f"#   ?{name} = {value if not isinstance(value, (list, tuple)) else f'{len(value)} values'}" for name, value in self.bindings.items())
        return self.text + ("\n# bound:\n" + shown if shown else "")


def _unit_criterion(selector: Selector, variable: str) -> tuple[list[str], dict[str, Any]]:
    """The patterns that make ``?variable`` one of the units ``selector`` stands for, and their bound values."""
    patterns = [_UNIT_PATTERNS[part].format(v=variable) for part in selector.variables]
    return patterns, {variable + part: value for part, value in selector.variables.items()}


def _with_filters(query: str, patterns: list[str]) -> str:
    return FILTERS_LINE.sub(lambda _: "  " + "\n  ".join(patterns), query, count=1)


def _load_catalogue(path: str) -> Catalogue | None:
    import pickle

    try:
        with open(path, "rb") as handle:
            kept = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
        return None
    return kept if isinstance(kept, Catalogue) else None


def _keep_catalogue(path: str, catalogue: Catalogue) -> None:
    import pickle

    from ..errors import OutputError
    from ..files import write_atomic

    try:
        write_atomic(path, pickle.dumps(catalogue, protocol=pickle.HIGHEST_PROTOCOL))
    except OutputError:
        pass  # a folder the user may only read: the names are read again next time


class GraphStore:
    """A graph to ask questions of: a local pyoxigraph store or a remote SPARQL endpoint."""

    def __init__(
        self, backend, lexicon: Lexicon, warnings: list[str] | None = None, catalogue_file: str | None = None, index: TaskIndex | None = None
    ) -> None:
        self.backend = backend
        self.lexicon = lexicon
        self.warnings = warnings or []
        # where the names of a store that does not change between queries are kept (a collection
        # on disk): reading every unit's names is the slow part of a command's start-up at scale
        self.catalogue_file = catalogue_file
        # a collection's table of tasks (its build keeps it): what task queries read instead of the store
        self.index = index

    def __repr__(self) -> str:
        return f"<GraphStore {self.backend!r}{' and its task table' if self.index is not None else ''}>"

    def _repr_html_(self) -> str:
        """What the graph holds, as a notebook shows it: plans, tasks, units and targets counted."""
        from html import escape

        counts = self.select(
            "SELECT (COUNT(DISTINCT ?p) AS ?plans) (COUNT(DISTINCT ?t) AS ?tasks) (COUNT(DISTINCT ?u) AS ?units) WHERE {"
            " { ?p a pg:Plan } UNION { ?t a pg:Task } UNION { ?t0 pg:leadUnit|pg:coUnit ?u } }"
        ).rows[0]
        targets = self.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a pg:Target }").rows[0]["n"]
        cells = "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in [*counts.items(), ("targets", targets)])
        return f"<p>{escape(repr(self))}</p><table>{cells}</table>"

    # -- any SPARQL -------------------------------------------------------------------
    def select(self, query: str, bindings: dict[str, Any] | None = None, graphs: list[str] | None = None) -> Results:
        """Run a SELECT with the graph's prefixes predefined; ``bindings`` are bound, never pasted.
        ``graphs``: the named graphs whose union the query reads (default: every graph)."""
        return self.backend.select(query, bindings, graphs)

    def district_graphs(self, district: str) -> list[str]:
        """The graphs that hold what a district's plans say (their own graphs, and the shared
        graph): a query about one district reads these, not the whole collection, so that it
        costs what the district holds, not what the store holds."""
        rows = self.select(_PLANS_IN_DISTRICT, {"inDistrict": ox.NamedNode(self.resolve_place(district))}).rows
        return [*sorted({iris.graph_of(row["plan"]) for row in rows}), iris.SHARED_GRAPH]

    def named(self, name: str) -> str:
        """The text of a shipped named query."""
        queries = named_queries()
        if name not in queries:
            raise QueryError("no named query '{name}'; choose one of: {names}", name=name, names=", ".join(queries))
        return queries[name]

    # -- names ------------------------------------------------------------------------
    @cached_property
    def catalogue(self) -> Catalogue:
        """Every unit's and place's names, read once (and kept in ``catalogue_file``, if given)."""
        if self.catalogue_file:
            kept = _load_catalogue(self.catalogue_file)
            if kept is not None:
                return kept
        catalogue = Catalogue.from_rows(self.select(self.named("units")).rows, self.select(self.named("places")).rows)
        if self.catalogue_file:
            _keep_catalogue(self.catalogue_file, catalogue)
        return catalogue

    def resolve_unit(self, name: str) -> Selector:
        """What ``name`` stands for (a type at a level, a place's department, written names)."""
        return resolve_unit(name, self.catalogue, self.lexicon)

    def resolve_place(self, name: str) -> str:
        return resolve_place(name, self.catalogue, self.lexicon)

    def units_matching(self, name: str) -> list[str]:
        """IRIs of the units ``name`` stands for that own at least one task."""
        patterns, bindings = _unit_criterion(self.resolve_unit(name), "unit")
        query = "SELECT DISTINCT ?unit WHERE { ?task pg:leadUnit|pg:coUnit ?unit . " + " ".join(patterns) + " } ORDER BY ?unit"
        return [row["unit"] for row in self.select(query, bindings).rows]

    # -- tasks ------------------------------------------------------------------------
    def _filters(self, subject: str, owners, district: str | None) -> tuple[list[str], dict[str, Any]]:
        """Patterns and bindings for owner criteria ``(variable, unit name, link)`` on ``?subject``
        and a district; the parts every task, target and timeline filter shares."""
        patterns: list[str] = []
        bindings: dict[str, Any] = {}
        for variable, name, link in owners:
            if name is None:
                continue
            unit_patterns, unit_bindings = _unit_criterion(self.resolve_unit(name), variable)
            patterns += [f"?{subject} {link} ?{variable} .", *unit_patterns]
            bindings.update(unit_bindings)
        if district is not None:
            patterns.append(_DISTRICT)
            bindings["inDistrict"] = ox.NamedNode(self.resolve_place(district))
        return patterns, bindings

    def task_query(
        self,
        *,
        lead: str | None = None,
        co: str | None = None,
        unit: str | None = None,
        district: str | None = None,
        action: str | None = None,
        due_before: dt.date | str | None = None,
        tasks: list[str] | None = None,
        limit: int | None = None,
    ) -> PreparedQuery:
        """The query :meth:`tasks` runs for these filters (keyword matches passed as ``tasks``;
        ``limit``: its first rows only)."""
        owners = [(variable, name, _ROLE_LINK[variable]) for variable, name in (("lead", lead), ("co", co), ("unit", unit))]
        patterns, bindings = self._filters("task", owners, district)
        if action is not None:
            patterns.append(_ACTION)
            bindings["actionText"] = action
        if due_before is not None:
            patterns.append(_DUE)
            date = _date(due_before)
            bindings["dueBefore"] = date
            bindings["lastFullYear"] = date.year if (date.month, date.day) == (12, 31) else date.year - 1
        if tasks is not None:
            bindings["task"] = [ox.NamedNode(t) for t in tasks]
        text = _with_filters(self.named("tasks"), patterns)
        return PreparedQuery(text if limit is None else f"{text.rstrip()}\nLIMIT {int(limit)}", bindings)

    def tasks(
        self,
        *,
        lead: str | None = None,
        co: str | None = None,
        unit: str | None = None,
        district: str | None = None,
        action: str | None = None,
        keyword: str | None = None,
        due_before: dt.date | str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Tasks matching every given filter, each with its leads, co-responsible units and deadline.

        ``lead``/``co``/``unit`` take any alias or type name (区发改委 = every district's
        commission; 金山区发改委 = Jinshan's); ``keyword`` matches title or text word by word.
        ``lead``, ``co``, ``unit``, ``district`` and ``action`` may each be a list of values: a
        task matching any of them matches. ``limit``: only the first rows of the answer, in its
        order (a national store's 区发改委 leads tens of thousands of tasks).
        """
        if limit is not None and limit < 0:
            raise ValueError("limit must be 0 or more")
        lead, co, unit, district, action = map(_one_or_many, (lead, co, unit, district, action))
        matched = self.keyword_tasks(keyword) if keyword else None  # once, whatever the alternatives
        if (matched is not None and not matched) or limit == 0:
            return []
        filters = dict(lead=lead, co=co, unit=unit, district=district, action=action)
        if any_of := _alternatives(filters):  # --lead A --lead B: tasks either leads, in tasks.rq's order
            rows = _union(any_of, lambda chosen: self._task_rows(chosen, due_before, matched), "task")
            return sorted(rows, key=lambda row: (row["file"], row["line"], row["task"]))[:limit]
        return self._task_rows(filters, due_before, matched, limit)

    def _task_rows(self, filters: dict[str, Any], due_before, matched: list[str] | None, limit: int | None = None) -> list[dict[str, Any]]:
        if self.index is not None:
            rows = self._indexed_task_rows(filters, due_before, matched, limit)
            if rows is not None:
                return rows
            self.index = None  # another build has written the table since this store was opened: the store answers
        prepared = self.task_query(**filters, due_before=due_before, tasks=matched, limit=limit)
        graphs = self.district_graphs(filters["district"]) if filters.get("district") else None
        rows = self.select(prepared.text, prepared.bindings, graphs).rows
        name_owners(rows, self.task_owners(sorted({row["task"] for row in rows}), graphs=graphs))
        return rows

    def _indexed_task_rows(self, filters: dict[str, Any], due_before, matched: list[str] | None, limit: int | None = None) -> list[dict[str, Any]] | None:
        """:meth:`_task_rows` from the collection's task table: the same filters, names resolved the same way."""
        owners = [
            (role, {part: value.value for part, value in self.resolve_unit(filters[role]).variables.items()})
            for role in ("lead", "co", "unit") if filters.get(role) is not None
        ]
        district = self.resolve_place(filters["district"]) if filters.get("district") is not None else None
        due = None
        if due_before is not None:
            date = _date(due_before)
            due = (date.isoformat(), date.year if (date.month, date.day) == (12, 31) else date.year - 1)
        return self.index.task_rows(owners, district, filters.get("action"), due, matched, limit)

    def task_owners(self, tasks: list[str], batch: int = 2000, graphs: list[str] | None = None) -> dict[tuple[str, str], set[str]]:
        """(task IRI, "lead" or "co") -> the names of its units (``task-owners.rq``), asked in
        batches of ``batch`` tasks (of the union of ``graphs``, if given)."""
        owners: dict[tuple[str, str], set[str]] = {}
        query = self.named("task-owners")
        for start in range(0, len(tasks), batch):
            chunk = [ox.NamedNode(iri) for iri in tasks[start : start + batch]]
            for row in self.select(query, {"task": chunk}, graphs).rows:
                owners.setdefault((row["task"], row["role"]), set()).add(row["name"])
        return owners

    def keyword_tasks(self, keyword: str) -> list[str]:
        """IRIs of the tasks whose title or text holds every word of ``keyword``, title matches first."""
        words = search.query_words(keyword)
        if not words:
            raise QueryError("keyword '{keyword}' has no words to search for", keyword=keyword)
        rows = self.index.texts() if self.index is not None else None
        if rows is None:
            rows = self.select(self.named("task-texts")).rows
        in_title = [r["task"] for r in rows if search.matches(words, r["title"])]
        seen = set(in_title)
        in_text = [r["task"] for r in rows if r["task"] not in seen and search.matches(words, r["title"], r["text"])]
        return in_title + in_text

    # -- units ------------------------------------------------------------------------
    def departments(self, *, district: str | None = None) -> list[dict[str, Any]]:
        """Each unit with its lead and co-owned task counts per district, busiest first."""
        query, bindings = self.named("departments"), {}
        if district is not None:
            query = _with_filters(query, [_DISTRICT])
            bindings["inDistrict"] = ox.NamedNode(self.resolve_place(district))
        else:
            query = _with_filters(query, [])
        return self.select(query, bindings).rows

    def who(self, text: str) -> list[dict[str, Any]]:
        """Which units own tasks mentioning ``text``, lead first, with the tasks' titles."""
        matched = self.keyword_tasks(text)
        if not matched:
            return []
        return self.select(self.named("owners"), {"task": [ox.NamedNode(t) for t in matched]}).rows


    # -- targets and timelines ----------------------------------------------------------------
    def targets(
        self,
        *,
        unit: str | None = None,
        lead: str | None = None,
        metric: str | None = None,
        year: int | str | None = None,
        district: str | None = None,
    ) -> list[dict[str, Any]]:
        """Quantitative targets with their owners, filtered by owner, metric text, due year, place.

        ``year`` is the year a target is due: its year, or the last of its period (“十四五”
        ends 2025). ``unit``, ``lead``, ``metric`` and ``district`` may be lists (any of them). Each row has ``comparator`` (at_least...), ``promise`` (``≥ 30 万千瓦``)
        and ``due`` (``2025`` or ``2021–2025``) ready to show.
        """
        unit, lead, metric, district = map(_one_or_many, (unit, lead, metric, district))
        if any_of := _alternatives(dict(unit=unit, lead=lead, metric=metric, district=district)):
            rows = _union(any_of, lambda chosen: self.targets(**chosen, year=year), "target")
            return sorted(rows, key=lambda row: (row["district"] or "", row["file"], row["line"], row["target"]))
        # ?unit is the target's unit of measure here, so owners are ?owner and ?leadOwner
        owners = [("owner", unit, _ROLE_LINK["unit"]), ("leadOwner", lead, _ROLE_LINK["lead"])]
        patterns, bindings = self._filters("target", owners, district)
        if metric is not None:
            patterns.append(_METRIC)
            bindings["metricText"] = metric
        if year is not None:
            patterns.append(_TARGET_YEAR)
            bindings["dueYear"] = _year(year)
        rows = self.select(_with_filters(self.named("targets"), patterns), bindings).rows
        for row in rows:
            _describe_target(row)
        return rows

    def timeline(self, *, unit: str | None = None, district: str | None = None) -> list[dict[str, Any]]:
        """What is due when: deadlines, quarterly milestones and target years, soonest first."""
        patterns, bindings = self._filters("task", [("unit", unit, _ROLE_LINK["unit"])], district)
        rows = self.select(_with_filters(self.named("timeline"), patterns), bindings).rows
        for row in rows:
            row["leads"] = LIST_SEPARATOR.join(sorted(row["leads"].split(LIST_SEPARATOR))) if row["leads"] else None
        return rows


    # -- plans and what they cite --------------------------------------------------------------
    def plans(
        self,
        *,
        district: str | None = None,
        level: str | None = None,
        cites: str | None = None,
        cited_by: str | None = None,
    ) -> list[dict[str, Any]]:
        """Plans with place(s), level, own number, issuers, date and how many documents they cite.

        ``cites`` keeps the plans that cite a document by number (国发〔2021〕23号, any bracket)
        or by a piece of its title; ``cited_by`` keeps the plans of the graph that a plan (its
        number, a piece of its title, or its IRI) cites, directly or through plans in between:
        the city and national plans a district's plan implements. ``level`` is national,
        province, prefecture, county, zone or unknown.
        """
        patterns: list[str] = []
        bindings: dict[str, Any] = {}
        for option, value in (("cites", cites), ("cited_by", cited_by)):
            if value is not None and not value.strip():
                raise PolicyGraphError("{option} needs a document number or a piece of a title", option=option)
        if district is not None:
            patterns.append("?plan dct:spatial ?place . ?place pg:withinJurisdiction* ?inDistrict .")
            bindings["inDistrict"] = ox.NamedNode(self.resolve_place(district))
        if level is not None:
            if level not in LEVELS:
                raise PolicyGraphError("unknown level '{level}'; choose one of: {levels}", level=level, levels=", ".join(LEVELS))
            patterns.append("?plan dct:spatial/pg:adminLevel/skos:notation ?levelWanted .")
            bindings["levelWanted"] = level
        if cites is not None:
            patterns.append(
                "?plan pg:cites ?wanted . ?wanted dct:identifier|dct:title ?wantedText . "
                "FILTER (STR(?wantedText) = ?citesNumber || CONTAINS(STR(?wantedText), ?citesText))"
            )
            bindings["citesNumber"], bindings["citesText"] = normalise_number(cites), cites.strip()
        if cited_by is not None:
            patterns.append("?citer pg:citesPlan+ ?plan .")
            bindings["citer"] = [ox.NamedNode(iri) for iri in self._plans_named(cited_by)]
        rows = self.select(_with_filters(self.named("plans"), patterns), bindings).rows
        for row in rows:
            cited = row.pop("citedPlans", None)
            row["cited_plans"] = sorted(cited.split()) if cited else []
            row["places"] = row["places"] or None
        return rows

    def _plans_named(self, text: str) -> list[str]:
        """IRIs of the plans whose IRI, number or title is (or holds) ``text``."""
        query = (
            "SELECT DISTINCT ?plan WHERE { ?plan a pg:Plan . OPTIONAL { ?plan dct:identifier ?n } OPTIONAL { ?plan dct:title ?t } "
            "FILTER (STR(?plan) = ?text || STR(?n) = ?number || CONTAINS(STR(?t), ?text)) }"
        )
        found = [row["plan"] for row in self.select(query, {"text": text.strip(), "number": normalise_number(text)}).rows]
        if not found:
            raise UnknownNameError("no plan with the number, title or IRI '{text}' in the graph", text=text)
        return found

    def citations(self, *, plan: str | None = None) -> list[dict[str, Any]]:
        """Every document the plans cite (or one plan, named by number, title or IRI), in text order."""
        patterns, bindings = [], {}
        if plan is not None:
            bindings["plan"] = [ox.NamedNode(iri) for iri in self._plans_named(plan)]
        return self.select(_with_filters(self.named("citations"), patterns), bindings).rows


LEVELS = ("national", "province", "prefecture", "county", "zone", "township", "unknown")


def _describe_target(row: dict[str, Any]) -> None:
    """Readable columns for a target row: comparator id, ``promise`` (``≥ 30 万千瓦``), ``due`` (``2021–2025``)."""
    term = row["comparator"]
    row["comparator"] = COMPARATOR_IDS.get(term, term)
    value = row["value"]
    shown = format(value.normalize(), "f") if hasattr(value, "normalize") else str(value)
    if row.get("valueMax") is not None:  # a range: 1–2 个
        upper = row["valueMax"]
        shown += "–" + (format(upper.normalize(), "f") if hasattr(upper, "normalize") else str(upper))
    approximate = "约" if row.get("approximate") else ""
    row["promise"] = f"{COMPARATOR_SIGNS.get(term, '?')} {approximate}{shown}{(' ' + row['unit']) if row['unit'] else ''}"
    if row.get("baseYear") is not None:
        row["promise"] += f" (vs {row['baseYear']})"
    row["due"] = due_text(row.get("year"), row.get("periodStart"), row.get("periodEnd"))
    for column in ("leads", "cos", "tasks"):
        if column in row:
            row[column] = LIST_SEPARATOR.join(sorted(row[column].split(LIST_SEPARATOR))) if row[column] else None


def _year(value: int | str) -> int:
    try:
        return int(str(value))
    except ValueError as exc:
        raise PolicyGraphError("'{value}' is not a year; write it as 2025", value=value) from exc


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise PolicyGraphError("'{value}' is not a date; write it as YYYY-MM-DD", value=value) from exc



def _one_or_many(value: Any) -> Any:
    """A filter as given: None for an empty list, the value itself for a list of one."""
    if isinstance(value, (list, tuple)):
        return None if not value else value[0] if len(value) == 1 else list(value)
    return value


def _alternatives(filters: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Every combination of single values when some filter was given several, else None."""
    if not any(isinstance(v, (list, tuple)) and len(v) > 1 for v in filters.values()):
        return None
    options = [[(name, v) for v in value] if isinstance(value, (list, tuple)) else [(name, value)] for name, value in filters.items()]
    return [dict(choice) for choice in itertools.product(*options)]


def _union(choices: list[dict[str, Any]], run: Callable[[dict[str, Any]], list[dict[str, Any]]], key: str) -> list[dict[str, Any]]:
    """Rows of every choice, each row once (by ``key``), in the order first found."""
    seen: dict[str, dict[str, Any]] = {}
    for chosen in choices:
        for row in run(chosen):
            seen.setdefault(row[key], row)
    return list(seen.values())
