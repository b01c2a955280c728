"""Interactive HTML views of who owns what, each one self-contained file.

>>> import policygraph
>>> from policygraph import viz
>>> store = policygraph.open_store()
>>> html = viz.network_view(store)                  # every district
>>> html = viz.network_view(store, unit="区发改委")   # one unit type across districts
>>> html = viz.comparison_view(store)               # unit type x action theme x district
>>> paths = viz.write_views(store, "exports")       # graph.html and compare.html
"""

from __future__ import annotations

import os
from pathlib import Path

from ..files import write_atomic

VIEW_FILES = {"network": "graph.html", "compare": "compare.html"}
EXPLORER_VIEWS = ("network", "matrix", "timeline")  # what the explorer page can open on


def network_view(store, *, unit: str | None = None, heading: str | None = None, data=None, start: dict | None = None) -> str:
    """The explorer page (network, responsibility matrix, timeline) of everything in ``store``.

    ``unit`` (any alias or type name) keeps that unit's tasks and the units it shares them with,
    and opens on it. ``start`` is the state the page opens with when its link names none, e.g.
    ``{"view": "matrix", "district": "青浦区"}`` (a district by name). ``data``: the store's
    view data, if read already."""
    from .data import load_view_data
    from .network import network_page

    data = data or load_view_data(store)
    if unit is None:
        districts = len({t.place for t in data.tasks.values()})
        title = heading or f"谁负责什么 Who owns what — {districts} 个区域 districts, {len(data.tasks)} 项任务 tasks"
        return network_page(data, heading=title, start=_start_state(data, start))
    focus = set(store.units_matching(unit))
    if not focus:
        from .data import NoTasksError

        raise NoTasksError("'{unit}': no unit of that name owns a task in this graph", unit=unit)
    sub = data.restricted_to(focus)
    led = len({a.task for a in sub.assignments if a.unit in focus and a.role == "lead"})
    owned = len(sub.tasks)
    title = heading or f"{unit}：牵头 {led} 项、共承担 {owned} 项任务 (leads {led}, owns {owned} tasks)"
    return network_page(sub, heading=title, focus_units=tuple(sorted(focus)), start=_start_state(sub, start))


def _start_state(data, start: dict | None) -> dict:
    """``start`` with a district given by name turned into the key the page's links use."""
    from .network import link_key

    state = dict(start or {})
    district = state.get("district")
    if district:
        places = {t.district: t.place for t in data.tasks.values()}
        if district not in places:
            from .data import NoTasksError

            raise NoTasksError("'{district}': no district of that name has a task in this graph", district=district)
        state["district"] = link_key(places[district])
    return state


def comparison_view(store, *, heading: str | None = None, data=None) -> str:
    """The page comparing districts: which unit type leads each action theme, with counts."""
    from .compare import comparison_page
    from .data import load_view_data

    return comparison_page(data or load_view_data(store), heading=heading or "各区域分工对比 How districts divide the work")


def write_views(store, out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``graph.html`` and ``compare.html`` into ``out_dir``; returns their paths by view."""
    from .data import load_view_data

    data = load_view_data(store)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for view, render in (("network", network_view), ("compare", comparison_view)):
        path = out / VIEW_FILES[view]
        write_atomic(path, render(store, data=data))
        written[view] = path
    return written
