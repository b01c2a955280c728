"""The network view: districts, action areas, tasks and units, with who leads and who helps.

The vis-network nodes, edges and options are plain dicts; :mod:`.page` writes them into a
self-contained page (vis-network inlined, no CDN). Positions come from :mod:`.layout`,
physics stays off.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx

from .data import ViewData, ViewTask
from .layout import block_positions, home_blocks
from .page import render_page

# Colour-blind-safe-ish categorical palette (Tableau 20 order); districts and unit types
# take colours in order of size, so the biggest stand apart.
PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)
COLLECTIVE_COLOUR = "#c9c9c9"
NO_ARROW = {"to": {"enabled": False}}  # roles are told by colour and width, not by arrows
LEAD_EDGE = {"color": "#b2182b", "width": 3, "arrows": NO_ARROW}
CO_EDGE = {"color": "#8a9aa8", "width": 1, "dashes": True, "arrows": NO_ARROW}
STRUCTURE_EDGE = {"color": "#d5d9de", "width": 1, "arrows": NO_ARROW}
UNTYPED = {"collective": "集合主体", "named": "其他单位", "division": "处室", "department": "其他部门"}

OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "navigationButtons": False},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": False}}},
    "nodes": {"font": {"face": "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif", "size": 14}},
}


def short(text: str, length: int = 14) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def unit_type(unit) -> str:
    """What a unit is, for colours and filters: its department type, else a coarse kind."""
    return unit.type_label or UNTYPED.get(unit.kind, "其他单位")


def _task_tooltip(task: ViewTask, leads: list[str], cos: list[str]) -> str:
    lines = [f"{task.number} {task.title}".strip(), f"{task.district} · {task.action_title or task.theme}"]
    lines.append("牵头 lead: " + ("、".join(leads) or "—"))
    if cos:
        lines.append("配合 co: " + short("、".join(cos), 80))
    lines.append("时限 due: " + (task.due or "—"))
    if task.targets:
        lines.append("目标 targets: " + "；".join(task.targets))
    lines.append(f"来源 source: {task.file}:{task.line}")
    return "\n".join(lines)


def network_page(data: ViewData, *, heading: str, focus_units: tuple[str, ...] = ()) -> str:
    """The whole HTML page of the network view of ``data``.

    ``focus_units`` (IRIs) are shown first in the side panel, as in ``viz --unit``.
    """
    ids: dict[str, str] = {}

    def short_id(prefix: str, iri: str) -> str:
        return ids.setdefault(iri, f"{prefix}{len(ids)}")

    tasks_by_place: dict[str, list[ViewTask]] = defaultdict(list)
    for task in data.tasks.values():
        tasks_by_place[task.place].append(task)
    places = sorted(tasks_by_place, key=lambda p: (-len(tasks_by_place[p]), tasks_by_place[p][0].district))
    place_colour = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(places)}
    place_name = {p: tasks_by_place[p][0].district for p in places}
    unit_tasks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a in data.assignments:
        unit_tasks[a.unit].append((a.task, a.role))
    type_counts = Counter(unit_type(u) for u in data.units.values() if u.iri in unit_tasks)
    type_colour = {}
    for i, (name, _) in enumerate(sorted(type_counts.items(), key=lambda item: (-item[1], item[0]))):
        type_colour[name] = COLLECTIVE_COLOUR if name == UNTYPED["collective"] else PALETTE[i % len(PALETTE)]

    # -- the graph and where each node goes ----------------------------------------------
    block = {}
    areas: dict[str, tuple[str, str, int]] = {}  # action IRI -> (title, place, task count)
    outline: dict[tuple[str, str], None] = {}  # district -> area -> task edges, in order, once each
    for place in places:
        block[place] = place
        for task in tasks_by_place[place]:
            block[task.iri] = place
            if task.action:
                title, _, count = areas.get(task.action, (task.action_title, place, 0))
                areas[task.action] = (title, place, count + 1)
                block[task.action] = place
                outline[(place, task.action)] = outline[(task.action, task.iri)] = None
            else:
                outline[(place, task.iri)] = None
    structure = nx.Graph()
    structure.add_nodes_from(block)
    structure.add_edges_from(outline)
    structure.add_edges_from((a.task, a.unit) for a in data.assignments)
    homes = home_blocks(block, {u: [t for t, _ in owned] for u, owned in unit_tasks.items()})
    block.update(homes)
    positions = block_positions(structure, block)

    # -- vis-network nodes and edges ------------------------------------------------------
    nodes: list[dict] = []
    edges: list[dict] = []

    def add_node(node_id: str, *, label: str, shape: str, **options) -> None:
        nodes.append({**options, "id": node_id, "label": label, "shape": shape})

    def add_edge(source: str, target: str, **options) -> None:
        edges.append({**options, "from": source, "to": target})

    for place in places:
        x, y = positions[place]
        add_node(
            short_id("p", place), label=place_name[place], shape="diamond", size=34, x=x, y=y, physics=False,
            color=place_colour[place], title=f"{place_name[place]}: {len(tasks_by_place[place])} 项任务 tasks",
            font={"size": 26, "strokeWidth": 4}, pg_kind="place",
            pg_colour_district=place_colour[place], pg_colour_type=place_colour[place],
        )
    for action, (title, place, count) in areas.items():
        x, y = positions[action]
        add_node(
            short_id("a", action), label=short(title, 12), shape="triangle", size=14 + 2 * math.sqrt(count), x=x, y=y,
            physics=False, color=place_colour[place], title=f"{place_name[place]} · {title}\n{count} 项任务 tasks",
            font={"size": 16}, pg_kind="area",
            pg_colour_district=place_colour[place], pg_colour_type=place_colour[place],
        )
    leads_of: dict[str, list[str]] = defaultdict(list)
    cos_of: dict[str, list[str]] = defaultdict(list)
    for a in data.assignments:
        (leads_of if a.role == "lead" else cos_of)[a.task].append(data.units[a.unit].name)
    for task in data.tasks.values():
        x, y = positions[task.iri]
        colour = place_colour[task.place]
        add_node(
            short_id("t", task.iri), label=short(task.title), shape="dot", size=7, x=x, y=y, physics=False,
            color=colour, title=_task_tooltip(task, leads_of[task.iri], cos_of[task.iri]), font={"size": 11},
            pg_kind="task", pg_colour_district=colour, pg_colour_type="#5f6b77",
        )
    for unit in data.units.values():
        if unit.iri not in unit_tasks:
            continue
        x, y = positions[unit.iri]
        owned = unit_tasks[unit.iri]
        led = sum(1 for _, role in owned if role == "lead")
        home = homes.get(unit.iri)
        colour_district = place_colour.get(home, COLLECTIVE_COLOUR)
        add_node(
            short_id("u", unit.iri), label=unit.name, shape="square" if unit.kind == "collective" else "dot",
            size=8 + 3.2 * math.sqrt(len(owned)), x=x, y=y, physics=False, color=type_colour[unit_type(unit)],
            title=f"{unit.name}（{unit_type(unit)}）\n牵头 lead {led} · 配合 co {len(owned) - led}",
            font={"size": 15, "strokeWidth": 3}, borderWidth=2,
            pg_kind="unit", pg_colour_district=colour_district, pg_colour_type=type_colour[unit_type(unit)],
        )
    for parent, child in outline:
        add_edge(ids[parent], ids[child], **STRUCTURE_EDGE)
    for a in data.assignments:
        style = LEAD_EDGE if a.role == "lead" else CO_EDGE
        add_edge(short_id("t", a.task), short_id("u", a.unit), pg_role=a.role, **style)

    # -- what the side panel and the filters read ---------------------------------------
    index = {
        "places": [{"id": ids[p], "name": place_name[p], "colour": place_colour[p]} for p in places],
        "areas": [{"id": ids[a], "title": t, "district": place_name[p]} for a, (t, p, _) in areas.items()],
        "types": [{"name": name, "colour": colour} for name, colour in type_colour.items()],
        "tasks": {
            ids[t.iri]: {
                "number": t.number, "title": t.title, "kind": t.kind, "district": t.district, "place": ids[t.place],
                "area": ids.get(t.action, ""), "areaTitle": t.action_title, "theme": t.theme, "due": t.due,
                "text": t.text, "clause": t.clause, "file": t.file, "line": t.line, "plan": t.plan_title,
                "targets": t.targets,
            }
            for t in data.tasks.values()
        },
        "units": {
            ids[u.iri]: {"name": u.name, "type": unit_type(u), "kind": u.kind, "home": place_name.get(homes.get(u.iri, ""), "")}
            for u in data.units.values()
            if u.iri in unit_tasks
        },
        "assignments": [[ids[a.task], ids[a.unit], a.role] for a in data.assignments],
        "focus": [ids[u] for u in focus_units if u in ids],
    }
    return render_page("network", heading, {"nodes": nodes, "edges": edges, "options": OPTIONS, "index": index})
