"""The explorer page: find a unit, see its work, and compare who owns what.

One self-contained page with three views over the same data, each reachable by a link (the
state lives in the URL's ``#`` part, so "青浦区建管委's tasks" is a link one can share):

* **network**: opens on the districts with their units sized by tasks (a large collection
  shows districts only, and a district expands on click); a district, unit, action area or
  unit type shows its tasks in rings around it, zoomed to fit;
* **matrix** (责任分工矩阵): units by tasks grouped by action area, 牵头/配合 in the cells, for a
  district or a plan; for several districts, unit types by action theme side by side;
* **timeline**: deadlines, milestones and target years of a unit or a district on a time axis.

Python only gathers the data (an index of plain lists and dicts); the page lays nodes out
itself with linear-time rings and grids, so writing the page costs time linear in the tasks
and no view ever draws more than its own tasks. Labels are shown only where they fit without
overlapping, at a legible size, and more of them as the user zooms in.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..graph.iris import BASE
from .data import ViewData
from .page import render_page

# Colour-blind-safe-ish categorical palette (Tableau 20 order); districts and unit types
# take colours in order of size, so the biggest stand apart.
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)
COLLECTIVE_COLOUR = "#c9c9c9"
UNTYPED = {"collective": "集合主体", "named": "其他单位", "division": "处室", "department": "其他部门"}


def unit_type(unit) -> str:
    """What a unit is, for colours and filters: its department type, else a coarse kind."""
    return unit.type_label or UNTYPED.get(unit.kind, "其他单位")


def link_key(iri: str) -> str:
    """The part of an IRI the page's links use (``org/310118/construction``): stable from one
    build to the next, so a shared link keeps pointing at the same unit."""
    return iri[len(BASE):] if iri.startswith(BASE) else iri


def explorer_index(data: ViewData, *, focus_units: tuple[str, ...] = (), start: dict | None = None) -> dict:
    """Everything the page shows, as plain JSON-ready lists and dicts with short ids."""
    ids: dict[str, str] = {}

    def short_id(prefix: str, iri: str) -> str:
        return ids.setdefault(iri, f"{prefix}{len(ids)}")

    tasks_by_place: dict[str, list] = defaultdict(list)
    for task in data.tasks.values():
        tasks_by_place[task.place].append(task)
    places = sorted(tasks_by_place, key=lambda p: (-len(tasks_by_place[p]), tasks_by_place[p][0].district, p))
    unit_tasks: dict[str, list[str]] = defaultdict(list)
    for a in data.assignments:
        unit_tasks[a.unit].append(a.task)
    owning_units = [u for u in data.units.values() if u.iri in unit_tasks]
    type_counts = Counter(unit_type(u) for u in owning_units)
    types = sorted(type_counts, key=lambda name: (-type_counts[name], name))
    type_colour = {
        name: COLLECTIVE_COLOUR if name == UNTYPED["collective"] else PALETTE[i % len(PALETTE)] for i, name in enumerate(types)
    }
    plans: dict[str, tuple[str, str]] = {}
    areas: dict[str, tuple[str, str, str]] = {}
    for place in places:
        short_id("p", place)
        for task in tasks_by_place[place]:
            plans.setdefault(task.plan, (task.plan_title, place))
            if task.action:
                areas.setdefault(task.action, (task.action_title, place, task.plan))
    for plan in plans:
        short_id("n", plan)
    for area in areas:
        short_id("a", area)
    for task in data.tasks.values():
        short_id("t", task.iri)
    for unit in owning_units:
        short_id("u", unit.iri)
    # a unit's home: the district holding most of its tasks (ties: the first in sort order)
    home: dict[str, str] = {}
    for unit in owning_units:
        counts = Counter(data.tasks[t].place for t in unit_tasks[unit.iri])
        home[unit.iri] = min(counts, key=lambda p: (-counts[p], p))
    return {
        "places": [
            {"id": ids[p], "key": link_key(p), "name": tasks_by_place[p][0].district, "colour": PALETTE[i % len(PALETTE)], "tasks": len(tasks_by_place[p])}
            for i, p in enumerate(places)
        ],
        "plans": [{"id": ids[p], "key": link_key(p), "title": title or link_key(p), "place": ids[place]} for p, (title, place) in plans.items()],
        "areas": [{"id": ids[a], "key": link_key(a), "title": t, "place": ids[p], "plan": ids[n]} for a, (t, p, n) in areas.items()],
        "types": [{"name": name, "colour": type_colour[name], "aliases": data.type_aliases.get(name, [])} for name in types],
        "tasks": {
            ids[t.iri]: {
                "key": link_key(t.iri), "number": t.number, "title": t.title, "kind": t.kind, "district": t.district,
                "place": ids[t.place], "plan": ids[t.plan], "planTitle": t.plan_title, "area": ids.get(t.action, ""),
                "areaTitle": t.action_title, "theme": t.theme, "due": t.due, "text": t.text, "clause": t.clause,
                "file": t.file, "line": t.line, "targets": t.targets,
                "targetYears": [list(pair) for pair in t.target_years], "milestones": [list(m) for m in t.milestones],
            }
            for t in data.tasks.values()
        },
        "units": {
            ids[u.iri]: {
                "key": link_key(u.iri), "name": u.name, "type": unit_type(u), "kind": u.kind,
                "home": ids[home[u.iri]], "homeName": tasks_by_place[home[u.iri]][0].district, "aliases": u.aliases,
            }
            for u in owning_units
        },
        "assignments": [[ids[a.task], ids[a.unit], a.role] for a in data.assignments],
        "focus": [ids[u] for u in focus_units if u in ids],
        "start": start or {},
    }


def network_page(data: ViewData, *, heading: str, focus_units: tuple[str, ...] = (), start: dict | None = None) -> str:
    """The whole HTML page of the explorer over ``data``.

    ``focus_units`` (IRIs) open the page on those units, as ``viz --unit`` does; ``start``
    is the state a page opens with when its URL names none (``{"view": "matrix",
    "district": "place/310118"}``).
    """
    return render_page("network", heading, {"index": explorer_index(data, focus_units=focus_units, start=start)})
