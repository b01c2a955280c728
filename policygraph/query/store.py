"""Asking the graph: tasks by unit, district, action area, keyword and deadline; departments;
who owns what; any SPARQL. The same calls work on a local store and on a SPARQL server.

>>> import policygraph
>>> store = policygraph.open_store()                       # the bundled corpus (cached)
>>> rows = store.tasks(lead="区发改委", district="金山区")
>>> store.select("SELECT (COUNT(*) AS ?n) WHERE { ?t a pg:Task }").rows
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

import pyoxigraph as ox

from ..errors import PolicyGraphError
from ..normalize.lexicon import Lexicon
from . import search
from .sparql import QueryError, Results
from .units import Catalogue, Selector, resolve_place, resolve_unit

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
LIST_SEPARATOR = "、"  # as in tasks.rq's GROUP_CONCAT
_DISTRICT = "?place pg:withinJurisdiction* ?inDistrict ."
_ACTION = "FILTER (CONTAINS(STR(?action), ?actionText))"
_DUE = "FILTER (BOUND(?due) && ?due <= ?dueBefore)"


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


class GraphStore:
    """A graph to ask questions of: a local pyoxigraph store or a remote SPARQL endpoint."""

    def __init__(self, backend, lexicon: Lexicon, warnings: list[str] | None = None) -> None:
        self.backend = backend
        self.lexicon = lexicon
        self.warnings = warnings or []

    # -- any SPARQL -------------------------------------------------------------------
    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Results:
        """Run a SELECT with the graph's prefixes predefined; ``bindings`` are bound, never pasted."""
        return self.backend.select(query, bindings)

    def named(self, name: str) -> str:
        """The text of a shipped named query."""
        queries = named_queries()
        if name not in queries:
            raise QueryError(f"no named query '{name}'; choose one of: {', '.join(queries)}")
        return queries[name]

    # -- names ------------------------------------------------------------------------
    @cached_property
    def catalogue(self) -> Catalogue:
        return Catalogue.from_rows(self.select(self.named("units")).rows, self.select(self.named("places")).rows)

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
    ) -> PreparedQuery:
        """The query :meth:`tasks` runs for these filters (keyword matches passed as ``tasks``)."""
        patterns: list[str] = []
        bindings: dict[str, Any] = {}
        for variable, name in (("lead", lead), ("co", co), ("unit", unit)):
            if name is None:
                continue
            unit_patterns, unit_bindings = _unit_criterion(self.resolve_unit(name), variable)
            patterns += [f"?task {_ROLE_LINK[variable]} ?{variable} .", *unit_patterns]
            bindings.update(unit_bindings)
        if district is not None:
            patterns.append(_DISTRICT)
            bindings["inDistrict"] = ox.NamedNode(self.resolve_place(district))
        if action is not None:
            patterns.append(_ACTION)
            bindings["actionText"] = action
        if due_before is not None:
            patterns.append(_DUE)
            bindings["dueBefore"] = _date(due_before)
        if tasks is not None:
            bindings["task"] = [ox.NamedNode(t) for t in tasks]
        return PreparedQuery(_with_filters(self.named("tasks"), patterns), bindings)

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
    ) -> list[dict[str, Any]]:
        """Tasks matching every given filter, each with its leads, co-responsible units and deadline.

        ``lead``/``co``/``unit`` take any alias or type name (区发改委 = every district's
        commission; 金山区发改委 = Jinshan's); ``keyword`` matches title or text word by word.
        """
        matched = self.keyword_tasks(keyword) if keyword else None
        if matched is not None and not matched:
            return []
        prepared = self.task_query(lead=lead, co=co, unit=unit, district=district, action=action, due_before=due_before, tasks=matched)
        rows = self.select(prepared.text, prepared.bindings).rows
        for row in rows:  # GROUP_CONCAT has no order; sort so that answers are repeatable
            for column in ("leads", "cos"):
                row[column] = LIST_SEPARATOR.join(sorted(row[column].split(LIST_SEPARATOR))) if row[column] else None
        return rows

    def keyword_tasks(self, keyword: str) -> list[str]:
        """IRIs of the tasks whose title or text holds every word of ``keyword``, title matches first."""
        words = search.query_words(keyword)
        if not words:
            raise QueryError(f"keyword '{keyword}' has no words to search for")
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


def _date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise PolicyGraphError(f"'{value}' is not a date; write it as YYYY-MM-DD") from exc

