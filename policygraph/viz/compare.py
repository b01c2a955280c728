"""The comparison page: which unit type leads which action theme, district by district.

Plain HTML tables, no script: each count links to the list of its tasks further down the
page (shown by CSS ``:target``), so the page works even with scripts blocked.
"""

from __future__ import annotations

import html
from collections import defaultdict

from .data import NO_THEME, ViewData, ViewTask
from .network import unit_type
from .page import render_page

# light enough for dark text at every step
HEAT = ("#ffffff", "#fff0ee", "#fddcd7", "#fbc4bc", "#f8a99e", "#f48d80", "#ee7262")
SUMMARY_SCALE = 6  # the summary's counts are a theme's top type in one district: 6+ is the darkest


def _heat(count: int, most: int) -> str:
    if not count:
        return HEAT[0]
    return HEAT[min(len(HEAT) - 1, 1 + (len(HEAT) - 2) * (count - 1) // max(1, most - 1))] if most > 1 else HEAT[3]


def lead_matrix(data: ViewData) -> dict[str, dict[str, dict[str, list[ViewTask]]]]:
    """theme -> lead unit type -> district -> tasks led there by a unit of that type."""
    matrix: dict[str, dict[str, dict[str, list[ViewTask]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for a in data.assignments:
        if a.role != "lead":
            continue
        task = data.tasks[a.task]
        tasks = matrix[task.theme][unit_type(data.units[a.unit])][task.district]
        if task not in tasks:
            tasks.append(task)
    return matrix


def comparison_page(data: ViewData, *, heading: str) -> str:
    """The whole HTML page (self-contained, no script)."""
    matrix = lead_matrix(data)
    per_district: dict[str, int] = defaultdict(int)
    for task in data.tasks.values():
        per_district[task.district] += 1
    districts = sorted(per_district, key=lambda d: (-per_district[d], d))
    theme_order = sorted(matrix, key=lambda t: (t == NO_THEME, -sum(len(ts) for row in matrix[t].values() for ts in row.values()), t))
    e = html.escape
    cells: list[tuple[str, str, list[ViewTask]]] = []  # (anchor, caption, tasks)

    def anchor(tasks: list[ViewTask], caption: str) -> str:
        cells.append((f"cell-{len(cells) + 1}", caption, tasks))
        return cells[-1][0]

    # -- summary: the top lead type of each theme in each district ----------------------
    lead_types: dict[str, set[str]] = defaultdict(set)  # task -> types of its leads
    for a in data.assignments:
        if a.role == "lead":
            lead_types[a.task].add(unit_type(data.units[a.unit]))
    shared_lead = sum(1 for types in lead_types.values() if len(types) > 1)
    out = [f"<p class='muted'>{len(data.tasks)} 项任务 tasks in {len(districts)} 个区域 districts; "
           f"{len(data.tasks) - len(lead_types)} name no lead and are in no count, {shared_lead} are led by units of two or more types "
           "and count once under each. "
           "单元格：该区该主题中牵头任务最多的单位类型及任务数；点击查看任务。 Each cell: the unit type leading most tasks of the theme in "
           "that district, with the count; click for the tasks. Themes come from <code>policygraph/data/action_themes.tsv</code>.</p>"]
    out.append("<h2>主导单位 Who leads each theme</h2><table class='matrix summary'><thead><tr><th>行动主题 theme</th>")
    out += [f"<th>{e(d)}</th>" for d in districts]
    out.append("</tr></thead><tbody>")
    detail_anchors: dict[tuple[str, str, str], str] = {}
    for theme in theme_order:
        for type_name, by_district in matrix[theme].items():
            for district, tasks in by_district.items():
                detail_anchors[(theme, type_name, district)] = anchor(tasks, f"{theme} · {type_name} · {district}")
    for theme in theme_order:
        out.append(f"<tr><th class='theme'>{e(theme)}</th>")
        for district in districts:
            ranked = sorted(((len(row.get(district, [])), t) for t, row in matrix[theme].items()), key=lambda p: (-p[0], p[1]))
            if not ranked or not ranked[0][0]:
                out.append("<td class='top muted'>—</td>")
                continue
            count, type_name = ranked[0]
            ties = [t for c, t in ranked[1:] if c == count]
            more = f" <span class='muted'>(+{'、'.join(e(t) for t in ties)})</span>" if ties else ""
            out.append(
                f"<td class='top' style='background:{_heat(count, SUMMARY_SCALE)}'><a href='#{detail_anchors[(theme, type_name, district)]}'>"
                f"{e(type_name)} {count}</a>{more}</td>"
            )
        out.append("</tr>")
    out.append("</tbody></table>")

    # -- full matrix: every lead type of every theme ----------------------------------------
    out.append("<h2>全部牵头分工 Every lead unit type, by theme and district</h2><table class='matrix full'><thead><tr>"
               "<th>行动主题 theme</th><th>牵头单位类型 lead unit type</th>")
    out += [f"<th>{e(d)}</th>" for d in districts]
    out.append("</tr></thead><tbody>")
    for theme in theme_order:
        rows = sorted(matrix[theme].items(), key=lambda item: (-sum(len(ts) for ts in item[1].values()), item[0]))
        most = max(len(ts) for _, row in rows for ts in row.values())
        for i, (type_name, by_district) in enumerate(rows):
            out.append("<tr>")
            if i == 0:
                out.append(f"<th class='theme' rowspan='{len(rows)}'>{e(theme)}</th>")
            out.append(f"<td>{e(type_name)}</td>")
            for district in districts:
                tasks = by_district.get(district, [])
                if tasks:
                    href = detail_anchors[(theme, type_name, district)]
                    out.append(f"<td class='n' style='background:{_heat(len(tasks), most)}'><a href='#{href}'>{len(tasks)}</a></td>")
                else:
                    out.append("<td class='n'></td>")
            out.append("</tr>")
    out.append("</tbody></table>")

    # -- the tasks behind each count --------------------------------------------------------
    out.append("<h2>任务 Tasks behind the counts</h2>")
    for name, caption, tasks in cells:
        out.append(f"<section class='cell-tasks' id='{name}'><h3>{e(caption)}：{len(tasks)}</h3><ul>")
        for task in sorted(tasks, key=lambda t: (t.file, t.line)):
            number = f"{e(task.number)} " if task.number else ""
            out.append(f"<li>{number}{e(task.title)} <span class='muted'>{e(task.file)}:{task.line}</span></li>")
        out.append("</ul></section>")
    return render_page("compare", heading, body="\n".join(out))
