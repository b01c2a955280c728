"""What the views show, read from a graph store: tasks, units and who owns what.

Read with SPARQL (the ``view-*`` named queries), so the views work the same on a graph just
built, an exported file, or a SPARQL endpoint. Plain dataclasses: nothing here knows HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import PolicyGraphError
from ..query.output import due_text

NO_THEME = "未归类"


class NoTasksError(PolicyGraphError):
    """A view was asked for units that own no task."""


@dataclass
class ViewTask:
    iri: str
    kind: str
    number: str
    title: str
    text: str
    clause: str
    plan: str
    plan_title: str
    place: str
    district: str
    action: str  # IRI, or "" without an action area
    action_title: str
    theme: str  # the theme's Chinese label, or NO_THEME
    due: str  # ISO date, or the deadline as written, or ""
    file: str
    line: int
    targets: list[str] = field(default_factory=list)  # each as written, with its due year or period
    target_years: list[tuple[int, str]] = field(default_factory=list)  # (year due, the target as shown)
    milestones: list[tuple[str, str, str]] = field(default_factory=list)  # (ISO end date or "", period, text)


@dataclass
class ViewUnit:
    iri: str
    name: str
    kind: str  # department | collective | named | division
    type_label: str  # the department type (发展和改革委员会), or ""
    place: str  # IRI of the unit's jurisdiction
    aliases: list[str] = field(default_factory=list)  # other names, as the plans wrote them


@dataclass(frozen=True)
class ViewAssignment:
    task: str
    unit: str
    role: str  # "lead" | "co"


@dataclass
class ViewData:
    tasks: dict[str, ViewTask]
    units: dict[str, ViewUnit]
    assignments: list[ViewAssignment]
    type_aliases: dict[str, list[str]] = field(default_factory=dict)  # department type label -> other names

    def restricted_to(self, unit_iris: set[str]) -> ViewData:
        """The tasks of these units, with every unit they share them with."""
        task_iris = {a.task for a in self.assignments if a.unit in unit_iris}
        assignments = [a for a in self.assignments if a.task in task_iris]
        kept_units = {a.unit for a in assignments}
        return ViewData(
            {iri: t for iri, t in self.tasks.items() if iri in task_iris},
            {iri: u for iri, u in self.units.items() if iri in kept_units},
            assignments,
            self.type_aliases,
        )


def load_view_data(store) -> ViewData:
    """Tasks, units and assignments of everything in ``store`` (a :class:`GraphStore`)."""
    tasks: dict[str, ViewTask] = {}
    for row in store.select(store.named("view-tasks")).rows:
        if row["task"] in tasks:  # a second deadline or label row adds nothing the views show
            continue
        tasks[row["task"]] = ViewTask(
            iri=row["task"],
            kind=row["kind"],
            number=row["number"] or "",
            title=row["title"],
            text=row["text"] or "",
            clause=row["clause"] or "",
            plan=row["plan"],
            plan_title=row["planTitle"] or "",
            place=row["place"],
            district=row["district"],
            action=row["action"] or "",
            action_title=row["actionTitle"] or "",
            theme=row["themeLabel"] or NO_THEME,
            due=str(row["due"] or row["dueText"] or ""),
            file=row["file"],
            line=int(row["line"]),
        )
    units: dict[str, ViewUnit] = {}
    rows = [r for r in store.select(store.named("view-targets")).rows if r["task"] in tasks]
    texts = [(r["task"], r["text"]) for r in rows]
    for row in rows:
        when = due_text(row["year"], row["periodStart"], row["periodEnd"])
        # A、B分别达到10%、9% is two targets with one text: name each by its metric
        shown = row["text"] if texts.count((row["task"], row["text"])) == 1 else f"{row['metric']}：{row['text']}"
        tasks[row["task"]].targets.append(f"{shown} ({when})" if when else shown)
        due_year = row["year"] or row["periodEnd"]
        if due_year:
            tasks[row["task"]].target_years.append((int(due_year), shown))
    for row in store.select(store.named("view-milestones")).rows:
        if row["task"] in tasks:
            tasks[row["task"]].milestones.append((str(row["end"] or ""), row["period"] or "", row["text"]))
    assignments: list[ViewAssignment] = []
    seen: set[ViewAssignment] = set()
    for row in store.select(store.named("view-assignments")).rows:
        if row["task"] not in tasks:
            continue
        units.setdefault(
            row["unit"],
            ViewUnit(row["unit"], row["unitName"], row["unitKind"] or "named", row["typeLabel"] or "", row["unitPlace"]),
        )
        assignment = ViewAssignment(row["task"], row["unit"], row["role"])
        if assignment not in seen:
            seen.add(assignment)
            assignments.append(assignment)
    type_aliases: dict[str, list[str]] = {}
    for row in store.select(store.named("view-aliases")).rows:
        unit = units.get(row["unit"])
        if unit is None:
            continue
        names = type_aliases.setdefault(unit.type_label, []) if row["ofType"] else unit.aliases
        if row["alias"] != unit.name and row["alias"] not in names:
            names.append(row["alias"])
    return ViewData(tasks, units, assignments, type_aliases)
