"""A table of every task of a collection, kept beside its store (``tasks.sqlite``), so that
``tasks`` answers in milliseconds whatever the size of the store.

A SPARQL query for ``tasks --lead 区发改委`` over a store of thousands of plans joins millions
of quads (49 s at 5,000 plans). The answer of the task queries is a function of each plan
group's own graphs, so a build into a store computes it once per group, when the group is
written: :func:`group_rows` runs the shipped queries (``tasks.rq``, ``task-texts.rq`` and the
owners, units and places they filter on) on that group's quads alone and the rows go into the
group's record. :class:`TaskIndex` holds the rows of every group, replaced group by group like
the store's graphs, and answers the filters of :meth:`GraphStore.tasks
<policygraph.query.store.GraphStore.tasks>` with the same meaning as its SPARQL: the same rows
in the same order. Units' names are the store's (each organisation's best name across groups).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable

from .output import LIST_SEPARATOR

TASK_COLUMNS = ("task", "kind", "number", "title", "district", "planTitle", "action", "due", "dueText", "file", "line")

# What the task filters look at, read from one group's quads (queries of GraphStore's backends).
_OWNERS = "SELECT ?task ?role ?unit WHERE { { ?task pg:leadUnit ?unit . BIND (\"lead\" AS ?role) } UNION { ?task pg:coUnit ?unit . BIND (\"co\" AS ?role) } }"
_UNITS = (
    "SELECT DISTINCT ?unit ?type ?place ?level WHERE { ?owned pg:leadUnit|pg:coUnit ?unit ."
    " OPTIONAL { ?unit org:classification ?type } OPTIONAL { ?unit pg:jurisdiction ?place ."
    " OPTIONAL { ?place pg:level ?level . FILTER (LANG(?level) = \"zh\") } } }"
)
_ALT_LABELS = "SELECT DISTINCT ?unit ?label WHERE { ?owned pg:leadUnit|pg:coUnit ?unit . ?unit skos:altLabel ?label . FILTER (LANG(?label) = \"zh\") }"
_PLACES = "SELECT DISTINCT ?place ?within WHERE { ?plan a pg:Plan ; dct:spatial ?place . ?place pg:withinJurisdiction* ?within }"
_TARGET_DUE = (
    "SELECT ?task (MIN(xsd:integer(STR(?targetDue))) AS ?year) WHERE { ?task a pg:Task ;"
    " pg:target/(pg:targetYear|pg:periodEnd) ?targetDue } GROUP BY ?task"
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (grp TEXT, place TEXT, task TEXT, kind TEXT, number TEXT, title TEXT, district TEXT, plan_title TEXT,
    action TEXT, due TEXT, due_text TEXT, file TEXT, line INTEGER, leads TEXT, cos TEXT, named INTEGER NOT NULL DEFAULT 0,
    canonical INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS tasks_named ON tasks (named);
CREATE INDEX IF NOT EXISTS tasks_order ON tasks (file, line, task) WHERE canonical = 1;
CREATE INDEX IF NOT EXISTS tasks_place ON tasks (place);
CREATE INDEX IF NOT EXISTS tasks_task ON tasks (task);
CREATE INDEX IF NOT EXISTS tasks_grp ON tasks (grp);
CREATE TABLE IF NOT EXISTS owners (grp TEXT, task TEXT, role TEXT, unit TEXT);
CREATE INDEX IF NOT EXISTS owners_unit ON owners (unit, role);
CREATE INDEX IF NOT EXISTS owners_task ON owners (task);
CREATE INDEX IF NOT EXISTS owners_grp ON owners (grp);
CREATE TABLE IF NOT EXISTS units (grp TEXT, unit TEXT, type TEXT, place TEXT, level TEXT);
CREATE INDEX IF NOT EXISTS units_type ON units (type, level);
CREATE INDEX IF NOT EXISTS units_place ON units (place);
CREATE INDEX IF NOT EXISTS units_unit ON units (unit);
CREATE INDEX IF NOT EXISTS units_grp ON units (grp);
CREATE TABLE IF NOT EXISTS labels (grp TEXT, unit TEXT, label TEXT);
CREATE INDEX IF NOT EXISTS labels_label ON labels (label);
CREATE INDEX IF NOT EXISTS labels_grp ON labels (grp);
CREATE TABLE IF NOT EXISTS places (grp TEXT, place TEXT, within TEXT);
CREATE INDEX IF NOT EXISTS places_within ON places (within);
CREATE INDEX IF NOT EXISTS places_grp ON places (grp);
CREATE TABLE IF NOT EXISTS target_due (grp TEXT, task TEXT, year INTEGER);
CREATE INDEX IF NOT EXISTS target_due_task ON target_due (task);
CREATE INDEX IF NOT EXISTS target_due_grp ON target_due (grp);
CREATE TABLE IF NOT EXISTS texts (grp TEXT, task TEXT, title TEXT, text TEXT);
CREATE INDEX IF NOT EXISTS texts_grp ON texts (grp);
CREATE TABLE IF NOT EXISTS names (unit TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_name ON names (name);
CREATE TABLE IF NOT EXISTS generation (value INTEGER NOT NULL);
"""
_ROW_KEYS = (*TASK_COLUMNS, "leads", "cos")
_COLUMNS = {"tasks": "(grp, place, task, kind, number, title, district, plan_title, action, due, due_text, file, line, canonical)"}
SCHEMA_VERSION = 2  # PRAGMA user_version of the table's layout: a table of another is made again, not read
_GROUP_TABLES = ("tasks", "owners", "units", "labels", "places", "target_due", "texts")
NAMING_CHUNK = 20_000  # tasks named at a time by TaskIndex.commit
FIRST_ROWS_BUDGET = 0.03  # seconds a limited query walks the tasks in order before it gathers them instead
BUDGET_STEPS = 10_000  # SQLite instructions between two looks at the clock


def group_rows(store) -> dict[str, list[tuple]]:
    """The rows one group adds to the index, from a :class:`~policygraph.query.store.GraphStore`
    over that group's quads alone (its plans' graphs and its share of the shared graph)."""

    def rows(query: str, columns: Iterable[str]) -> list[tuple]:
        return [tuple(row[c] for c in columns) for row in store.select(query).rows]

    # each row with the place it is of (a joint plan has a row per place, and a district picks rows)
    placed = store.named("tasks").replace("SELECT DISTINCT ?task", "SELECT DISTINCT ?place ?task", 1)
    return {
        "tasks": rows(placed, ("place", *TASK_COLUMNS)),
        "owners": rows(_OWNERS, ("task", "role", "unit")),
        "units": rows(_UNITS, ("unit", "type", "place", "level")),
        "labels": rows(_ALT_LABELS, ("unit", "label")),
        "places": rows(_PLACES, ("place", "within")),
        "target_due": rows(_TARGET_DUE, ("task", "year")),
        "texts": rows(store.named("task-texts"), ("task", "title", "text")),
    }


class TaskIndex:
    """The task table of a collection (``tasks.sqlite`` in its folder)."""

    def __init__(self, path: str | Path, *, read_only: bool = False, generation: int | None = None) -> None:
        """``read_only``: opened to answer queries about build ``generation``; each query is a
        transaction of its own, which answers only while the table is of that build."""
        self.path = Path(path)
        self.expected = generation
        if read_only:
            self.db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=30)
        else:
            self.db = sqlite3.connect(self.path, timeout=30)
            # write-ahead log: a query reads the last committed build while the next one writes
            self.db.execute("PRAGMA journal_mode=WAL")
            if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                # a table of an older layout (or none): made again; its generation was None, so the build writes every group
                for (table,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                    self.db.execute(f'DROP TABLE "{table}"')
                self.db.executescript(_SCHEMA)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self.db.commit()
        # the tables of a national store are hundreds of MiB: pages kept in memory across a query's lookups
        self.db.execute("PRAGMA cache_size = -65536")

    def __repr__(self) -> str:
        return f"<TaskIndex {self.path}>"

    # -- kept by a build --------------------------------------------------------------
    @property
    def generation(self) -> int | None:
        """The build the table is of (None: no build, or a table of another layout)."""
        try:
            if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            found = self.db.execute("SELECT value FROM generation").fetchone()
        except sqlite3.Error:
            return None
        return found[0] if found else None

    @property
    def current(self) -> bool:
        """The table is of the build it was opened for."""
        return self.expected is not None and self.generation == self.expected

    def clear(self) -> None:
        for table in (*_GROUP_TABLES, "names"):
            self.db.execute(f"DELETE FROM {table}")

    def replace_group(self, group: str, rows: dict[str, list[tuple]] | None) -> None:
        """Put ``rows`` (of :func:`group_rows`; None: the group is gone) in place of the group's."""
        for table in _GROUP_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE grp = ?", (group,))
            if rows and rows[table]:
                written = _canonical(rows[table]) if table == "tasks" else rows[table]
                columns = _COLUMNS.get(table, "")
                marks = ", ".join("?" * (len(written[0]) + 1))
                self.db.executemany(f"INSERT INTO {table} {columns} VALUES ({marks})", ((group, *row) for row in written))

    def commit(self, names: dict[str, str], generation: int) -> None:
        """Each organisation's name now (as the store has it) and the build's generation; the
        tasks written this time, and those whose owners' names changed, are given their names."""
        before = dict(self.db.execute("SELECT unit, name FROM names"))
        renamed = [(unit,) for unit in set(before) | set(names) if before.get(unit) != names.get(unit)]
        del before
        self.db.execute("DELETE FROM names")
        self.db.executemany("INSERT INTO names VALUES (?, ?)", sorted(names.items()))
        if renamed and self.db.execute("SELECT 1 FROM tasks WHERE named = 1 LIMIT 1").fetchone():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS renamed (unit TEXT PRIMARY KEY) WITHOUT ROWID")
            self.db.execute("DELETE FROM renamed")
            self.db.executemany("INSERT INTO renamed VALUES (?)", renamed)
            # from the few renamed units to their tasks (CROSS JOIN keeps that order), not a scan of every owner
            self.db.execute("UPDATE tasks SET named = 0 WHERE named = 1 AND task IN (SELECT o.task FROM renamed r CROSS JOIN owners o ON o.unit = r.unit)")
        self._name_tasks()
        self.db.execute("DELETE FROM generation")
        self.db.execute("INSERT INTO generation VALUES (?)", (generation,))
        self.db.commit()

    def _name_tasks(self) -> None:
        """Give the tasks not named yet their ``leads`` and ``cos``, :data:`NAMING_CHUNK` tasks at a
        time, so that naming a whole store (its first build) holds one chunk's owners in memory."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS unnamed (task TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("DELETE FROM unnamed")
        self.db.execute("INSERT OR IGNORE INTO unnamed SELECT task FROM tasks WHERE named = 0")
        after = ""
        while True:
            chunk = [task for (task,) in self.db.execute("SELECT task FROM unnamed WHERE task > ? ORDER BY task LIMIT ?", (after, NAMING_CHUNK))]
            if not chunk:
                break
            owners: dict[tuple[str, str], set[str]] = {}
            owned = (
                "SELECT o.task, o.role, n.name FROM unnamed u CROSS JOIN owners o ON o.task = u.task"
                " JOIN names n ON n.unit = o.unit WHERE u.task > ? AND u.task <= ?"
            )
            for task, role, name in self.db.execute(owned, (after, chunk[-1])):
                owners.setdefault((task, role), set()).add(name)
            rows = [{"task": task} for task in chunk]
            name_owners(rows, owners)
            self.db.executemany("UPDATE tasks SET leads = ?, cos = ?, named = 1 WHERE task = ?", ((r["leads"], r["cos"], r["task"]) for r in rows))
            after = chunk[-1]

    def close(self) -> None:
        self.db.close()

    # -- read by queries --------------------------------------------------------------
    def texts(self) -> list[dict[str, Any]] | None:
        """Every task's title and text (the rows of ``task-texts.rq``); None once the table is of another build."""
        self.db.execute("BEGIN")
        try:
            if not self.current:
                return None
            return [{"task": t, "title": title, "text": text} for t, title, text in self.db.execute("SELECT task, title, text FROM texts ORDER BY task")]
        finally:
            self.db.execute("COMMIT")

    def task_rows(
        self,
        owners: list[tuple[str, dict[str, str]]],
        district: str | None = None,
        action: str | None = None,
        due_before: tuple[str, int] | None = None,
        tasks: list[str] | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]] | None:
        """The rows of ``tasks.rq`` with its filters, each with ``leads`` and ``cos`` (names
        joined as the store's task owners give them); None once the table is of another build
        than the one it was opened for (the store's own queries answer then).

        ``owners``: (role ``lead``/``co``/``unit``, criterion) pairs, a criterion naming the
        unit's ``Type``, ``Level``, ``Place`` or ``Label`` as a selector binds them;
        ``district``: a place IRI the plan's place is within; ``action``: text the action
        area's title contains; ``due_before``: (date, last full year): a deadline by the date,
        or none and a target due by the year; ``tasks``: the tasks a keyword matched; ``limit``:
        the first rows only.
        """
        self.db.execute("BEGIN")  # one snapshot: the generation checked is the one read
        try:
            return self._task_rows(owners, district, action, due_before, tasks, limit) if self.current else None
        finally:
            self.db.execute("COMMIT")

    def _task_rows(self, owners, district, action, due_before, tasks, limit) -> list[dict[str, Any]]:
        if tasks is not None:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (task TEXT PRIMARY KEY) WITHOUT ROWID")
            self.db.execute("DELETE FROM chosen")
            self.db.executemany("INSERT OR IGNORE INTO chosen VALUES (?)", ((t,) for t in tasks))
        if limit is not None and district is None:
            # the first rows across every place: the tasks read in the answer's order, each checked, until
            # ``limit`` match (under a millisecond when the units own many tasks); when they own few, that
            # walk would read the whole table, so past FIRST_ROWS_BUDGET the answer is read from their tasks
            rows = self._rows(*self._query(owners, district, action, due_before, tasks, limit, in_order=True), budget=FIRST_ROWS_BUDGET)
            if rows is not None:
                return rows
        return self._rows(*self._query(owners, district, action, due_before, tasks, limit, in_order=False))

    @staticmethod
    def _query(owners, district, action, due_before, tasks, limit, *, in_order: bool) -> tuple[str, list]:
        """The SQL of :meth:`task_rows` and its parameters; ``in_order``: the tasks walked in the
        answer's order (index ``tasks_order``), rather than gathered from what the units own."""
        where, parameters = ["1"], []
        if district is not None:  # a district's tasks are few: read from them, and check their owners one by one
            where.append("r.place IN (SELECT place FROM places WHERE within = ?)")
            parameters.append(district)
        for role, criterion in owners:
            roles = ("lead", "co") if role == "unit" else (role,)
            units, unit_parameters = _units_matching(criterion)
            marks = ", ".join("?" * len(roles))
            if district is not None or in_order:
                where.append(f"EXISTS (SELECT 1 FROM owners o WHERE o.task = r.task AND o.role IN ({marks}) AND o.unit IN ({units}))")
            else:  # read from the tasks the units own
                where.append(f"r.task IN (SELECT o.task FROM owners o WHERE o.role IN ({marks}) AND o.unit IN ({units}))")
            parameters += [*roles, *unit_parameters]
        if action is not None:
            where.append("instr(r.action, ?) > 0")
            parameters.append(action)
        if due_before is not None:
            where.append("((r.due IS NOT NULL AND r.due <= ?) OR (r.due IS NULL AND EXISTS (SELECT 1 FROM target_due d WHERE d.task = r.task AND d.year <= ?)))")
            parameters += list(due_before)
        if tasks is not None:
            where.append("r.task IN (SELECT task FROM chosen)")
        if district is None:  # across every place: one row of those differing only by place, no DISTINCT to sort
            where.append("r.canonical = 1")
        query = (  # rows of two places of one name are one row, as tasks.rq gives them
            f"SELECT {'DISTINCT' if district is not None else ''} r.task, r.kind, r.number, r.title, r.district, r.plan_title, r.action,"
            f" r.due, r.due_text, r.file, r.line, r.leads, r.cos FROM tasks r {'INDEXED BY tasks_order' if in_order else ''}"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY r.file, r.line, r.task, r.district, r.plan_title, r.action, r.due, r.due_text, r.number, r.title, r.kind"
        )
        if limit is not None:
            query += " LIMIT ?"
            parameters.append(limit)
        return query, parameters

    def _rows(self, query: str, parameters: list, budget: float | None = None) -> list[dict[str, Any]] | None:
        """The rows of ``query``; None when it runs past ``budget`` seconds (and is stopped)."""
        if budget is not None:
            deadline = time.perf_counter() + budget
            self.db.set_progress_handler(lambda: time.perf_counter() > deadline, BUDGET_STEPS)
        try:
            return [dict(zip(_ROW_KEYS, row)) for row in self.db.execute(query, parameters)]
        except sqlite3.OperationalError as exc:
            # sqlite_errorname is Python 3.11's; 3.10 says only "interrupted"
            if budget is None or getattr(exc, "sqlite_errorname", "SQLITE_INTERRUPT" if str(exc) == "interrupted" else "") != "SQLITE_INTERRUPT":
                raise
            return None
        finally:
            if budget is not None:
                self.db.set_progress_handler(None, 0)


def _canonical(rows: list[tuple]) -> list[tuple]:
    """Task rows (place first) each with a ``canonical`` flag: 1 for the first of the rows that
    differ only by place (a joint plan's task has a row per place), which a query across every
    place reads without DISTINCT. A task's rows are all of one group, so the first is chosen here."""
    seen: set[tuple] = set()
    flagged = []
    for row in rows:
        shown = row[1:]
        flagged.append((*row, int(shown not in seen)))
        seen.add(shown)
    return flagged


def name_owners(rows: list[dict[str, Any]], owners: dict[tuple[str, str], set[str]]) -> None:
    """Give each task row its ``leads`` and ``cos``: ``owners`` maps (task, role) to names."""
    for row in rows:  # names sorted, so that answers are repeatable
        for column, role in (("leads", "lead"), ("cos", "co")):
            found = sorted(owners.get((row["task"], role), ()))
            row[column] = LIST_SEPARATOR.join(found) if found else None


def _units_matching(criterion: dict[str, str]) -> tuple[str, list[str]]:
    """A sub-query for the units a selector's bound values pick out, and its parameters."""
    where, parameters = [], []
    for part, column in (("Type", "type"), ("Level", "level"), ("Place", "place")):
        if part in criterion:
            where.append(f"{column} = ?")
            parameters.append(criterion[part])
    query = f"SELECT unit FROM units WHERE {' AND '.join(where) or '1'}"
    if "Label" in criterion:  # skos:prefLabel|skos:altLabel: the store's name, or a name a plan wrote
        query += " AND unit IN (SELECT unit FROM labels WHERE label = ? UNION SELECT unit FROM names WHERE name = ?)"
        parameters += [criterion["Label"]] * 2
    return query, parameters
