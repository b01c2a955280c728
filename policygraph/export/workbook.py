"""The Excel workbook a supervision office works in: ``export --format xlsx -o 责任清单.xlsx``.

Sheets, with Chinese headers, the header row frozen, filters on and set to print landscape,
one page wide, the header on every page:

* 任务 (tasks): one row per task, its lead and co-responsible units, deadline and targets;
* 责任分工 (assignments): one row per unit and task, with the unit's role and why;
* 目标 (targets): one row per target, plan-level and task targets alike;
* 责任清单-<district> (responsibility list): per district, each unit's tasks, its role, the
  deadline, the targets and where the text says so, sorted by unit, lead before co.

Cells are written as text or numbers, never as formulas (a title starting with ``=`` stays
text), and characters a workbook cannot hold are dropped.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from typing import Any

from .records import target_records, task_record

ROLE_ZH = {"lead": "牵头", "co": "配合"}
COMPARATOR_ZH = {"at_least": "≥", "at_most": "≤", "more_than": ">", "reach": "=", "decrease_by": "下降", "increase_by": "增加"}
KIND_ZH = {"task": "任务", "measure": "措施", "row": "表格行"}
BASIS_ZH = {"marked": "☆标注", "labelled": "标签", "first_listed": "排名第一", "sole": "唯一单位", "stated": "文中说明",
            "prose": "正文表述", "rider": "统一说明", "shared": "共同负责"}
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx(pg) -> bytes:
    """The workbook as bytes (see the module's docstring)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    tasks = [(plan, task, task_record(plan, task)) for plan in pg.plans for task in plan.tasks]
    owners = [(task, r, role, unit) for _, task, r in tasks for role in ("lead", "co") for unit in r[f"{role}_departments"]]

    _sheet(workbook, "任务", ["地区", "计划", "文号", "类型", "行动", "序号", "任务", "牵头单位", "配合单位", "完成时限", "目标", "来源文件", "行"],
           [[r["district"], r["plan"]["title"], r["plan"]["doc_number"], KIND_ZH.get(task.kind, task.kind), (r["action"] or {}).get("title"),
             task.number, task.title, _names(r["lead_departments"]), _names(r["co_departments"]), _deadline(r), _targets(r["targets"]),
             task.span.file, task.span.line] for plan, task, r in tasks],
           widths=[10, 24, 16, 6, 18, 6, 40, 24, 30, 14, 30, 30, 6])

    _sheet(workbook, "责任分工", ["地区", "计划", "序号", "任务", "单位", "规范名称", "单位类型", "角色", "依据", "完成时限", "来源文件", "行"],
           [[r["district"], r["plan"]["title"], task.number, task.title, unit["name"], unit["preferred_name"], unit["type_label"],
             ROLE_ZH[role], BASIS_ZH.get(unit["basis"], unit["basis"]), _deadline(r), task.span.file, task.span.line]
            for task, r, role, unit in owners],
           widths=[10, 24, 6, 40, 18, 22, 14, 6, 10, 14, 30, 6])

    _sheet(workbook, "目标", ["地区", "计划", "范围", "指标", "比较", "数值", "上限", "单位", "年份", "起始年", "截止年", "基准年", "基线",
                              "牵头单位", "配合单位", "原文", "来源文件", "行"],
           [[t["district"], t["plan"]["title"], "计划目标" if t["scope"] == "plan" else "任务目标", t["metric"],
             COMPARATOR_ZH.get(t["comparator"], t["comparator"]), t["value"], t["value_max"], t["unit"], t["year"], t["period_start"],
             t["period_end"], t["base_year"], (t["baseline"] or {}).get("value"), "、".join(t["lead_departments"]),
             "、".join(t["co_departments"]), t["text"], t["source"]["file"], t["source"]["line"]] for t in target_records(pg)],
           widths=[10, 24, 8, 30, 6, 8, 8, 10, 6, 8, 8, 8, 8, 20, 24, 40, 30, 6])

    by_district: dict[str, list[list[Any]]] = defaultdict(list)
    for task, r, role, unit in owners:
        by_district[r["district"] or "未知地区"].append(
            [unit["preferred_name"] or unit["name"], ROLE_ZH[role], r["plan"]["title"], task.number, task.title, _deadline(r),
             _targets(r["targets"]), f"{task.span.file}:{task.span.line}"]
        )
    for district in sorted(by_district):
        rows = sorted(by_district[district], key=lambda row: (row[0] or "", row[1] != "牵头", row[2] or "", str(row[3])))
        _sheet(workbook, f"责任清单-{district}", ["单位", "角色", "计划", "序号", "任务", "完成时限", "目标", "出处"], rows,
               widths=[22, 6, 24, 6, 50, 14, 30, 36], title=f"{district}责任清单")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _names(units: list[dict[str, Any]]) -> str:
    return "、".join(u["name"] for u in units)


def _deadline(record: dict[str, Any]) -> str | None:
    deadline = record["deadline"] or {}
    return deadline.get("end") or deadline.get("text")


def _targets(targets: list[dict[str, Any]]) -> str:
    return "；".join(t["text"] for t in targets)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL.sub("", value)
    return value


def _sheet(workbook, name: str, header: list[str], rows: list[list[Any]], *, widths: list[int], title: str | None = None) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_name(workbook, name))
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(value) for value in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # openpyxl reads "=…" as a formula: keep it text
                cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title:
        sheet.oddHeader.center.text = title


def _sheet_name(workbook, name: str) -> str:
    """A sheet name Excel accepts (31 characters, no []:*?/\\), unique in the workbook."""
    base = SHEET_NAME_BAD.sub("_", name)[:31]
    candidate, number = base, 2
    while candidate in workbook.sheetnames:
        suffix = f"({number})"
        candidate, number = base[: 31 - len(suffix)] + suffix, number + 1
    return candidate
