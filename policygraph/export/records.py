"""Tabular exports: ``tasks.jsonl`` (one task per line) and a CSV of assignments.

The JSON Lines layout is a stable contract, documented in the README; ids are the same IRIs
as in the RDF export.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..graph import iris
from ..safety import csv_cell
from ..model import Assignment, Plan, Target, Task


def _unit(assignment: Assignment) -> dict[str, Any]:
    unit = assignment.unit
    return {
        "name": assignment.surface,
        "id": iris.unit(unit.key) if unit else None,
        "preferred_name": unit.name if unit else None,
        "type": unit.type_id if unit else None,
        "type_label": unit.type_label if unit else None,
        "collective": assignment.collective,
        "basis": assignment.basis,
        "rules": assignment.rules,
    }


def _action(plan: Plan, task: Task) -> dict[str, Any] | None:
    if task.action:
        return {"id": iris.action(plan.main_plan.id, task.action.index), "number": task.action.number, "title": task.action.title}
    if task.action_text:
        return {"id": None, "number": None, "title": task.action_text}
    return None


def _number(value) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def target_record(target: Target) -> dict[str, Any]:
    """One target as in ``tasks.jsonl`` (see README, "The task export")."""
    return {
        "id": iris.target(target.plan_id, target.local_id),
        "text": target.text,
        "metric": target.metric,
        "value": _number(target.value),
        "value_max": None if target.value_max is None else _number(target.value_max),
        "unit": target.unit,
        "comparator": target.comparator,
        "year": target.year,
        "period_start": target.period_start,
        "period_end": target.period_end,
        "base_year": target.base_year,
        "baseline": None if target.baseline is None else {"value": _number(target.baseline), "unit": target.baseline_unit},
        "approximate": target.approximate,
        "rules": target.rules,
        "source": {"file": target.span.file, "start": target.span.start, "end": target.span.end, "line": target.span.line},
    }


def task_record(plan: Plan, task: Task) -> dict[str, Any]:
    """The JSON Lines record of one task (see README, "The task export")."""
    main = plan.main_plan
    deadline = None
    if task.deadline:
        deadline = {"text": task.deadline.text}
        if task.deadline.end:
            deadline["end"] = task.deadline.end.isoformat()
        if task.deadline.ongoing:
            deadline["ongoing"] = True
    return {
        "id": iris.task(plan.id, task.local_id),
        "kind": task.kind,
        "plan": {"id": iris.plan(main.id), "title": main.title, "doc_number": main.doc_number},
        "document": iris.plan(plan.id),
        "district": plan.district,
        "section": task.section,
        "action": _action(plan, task),
        "theme": {"id": iris.theme(task.theme.id), "label": task.theme.label_zh, "label_en": task.theme.label_en} if task.theme else None,
        "number": task.number,
        "title": task.title,
        "text": task.text,
        "responsibility_text": task.clause_text,
        "lead_departments": [_unit(a) for a in task.leads],
        "co_departments": [_unit(a) for a in task.cos],
        "leaders": task.leaders,
        "deadline": deadline,
        "milestones": [
            {"period": m.period, "quarter": m.quarter, "end": m.end.isoformat() if m.end else None, "text": m.text}
            for m in task.milestones
        ],
        "targets": [target_record(t) for t in task.targets],
        "restates": iris.task(main.id, task.restates.local_id) if task.restates else None,
        "lead_conflict": task.lead_conflict,
        "notes": task.notes,
        "source": {"file": task.span.file, "start": task.span.start, "end": task.span.end, "line": task.span.line},
    }


def _place(place) -> dict[str, Any]:
    return {
        "id": iris.place(place.code),
        "name": place.name,
        "code": place.code if place.code.isdigit() else None,
        "level": place.rank.value,
    }


def plan_record(plan: Plan) -> dict[str, Any]:
    """The JSON Lines record of one plan (see README, "The plan export")."""
    issued = None
    if plan.issue_date:
        issued = plan.issue_date.strftime("%Y-%m") if plan.date_precision == "month" else plan.issue_date.isoformat()
    return {
        "id": iris.plan(plan.id),
        "title": plan.title,
        "notice_title": plan.notice_title,
        "doc_number": plan.doc_number,
        "issuers": plan.issuers,
        "issued": issued,
        "year": plan.year,
        "places": [_place(p) for p in plan.places],
        "district": plan.district,
        "place_evidence": plan.place_evidence,
        "part_of": iris.plan(plan.part_of.id) if plan.part_of else None,
        "citations": [
            {
                "title": c.title,
                "number": c.number,
                "plan": iris.plan(c.cited_plan) if c.cited_plan else None,
                "source": {"file": c.span.file, "start": c.span.start, "end": c.span.end, "line": c.span.line},
            }
            for c in plan.citations
        ],
        "tasks": len(plan.tasks),
        "targets": len(plan.own_targets()),
        "source": {"file": plan.source.path},
    }


def plans_jsonl(pg) -> str:
    """One JSON object per plan or attached table: what it is, where, and what it cites."""
    return "".join(json.dumps(plan_record(plan), ensure_ascii=False) + "\n" for plan in pg.plans)


def records(pg) -> list[dict[str, Any]]:
    return [task_record(plan, task) for plan in pg.plans for task in plan.tasks]


def jsonl(pg) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records(pg))


def target_records(pg) -> list[dict[str, Any]]:
    """Every target once, plan-level (主要目标) and task targets alike (``targets.jsonl``).

    ``scope`` is ``plan`` for a target stated outside any task, else ``task``; ``tasks`` lists the
    tasks that promise it (a table row restating a body task shares its target) and
    ``lead_departments`` / ``co_departments`` their owners' names.
    """
    out: dict[str, dict[str, Any]] = {}

    def record_of(plan: Plan, target: Target) -> dict[str, Any]:
        key = iris.target(target.plan_id, target.local_id)
        if key not in out:
            main = plan.main_plan
            out[key] = {
                **target_record(target),
                "scope": "plan",
                "plan": {"id": iris.plan(main.id), "title": main.title, "doc_number": main.doc_number},
                "document": iris.plan(target.plan_id),
                "district": plan.district,
                "tasks": [],
                "lead_departments": [],
                "co_departments": [],
            }
        return out[key]

    for plan in pg.plans:
        for target in plan.targets:
            record_of(plan, target)
        for task in plan.tasks:
            if not task.targets:
                continue
            owners = task_record(plan, task)
            for target in task.targets:
                record = record_of(plan, target)
                record["scope"] = "task"
                record["tasks"].append(owners["id"])
                for role in ("lead_departments", "co_departments"):
                    record[role].extend(u["name"] for u in owners[role] if u["name"] not in record[role])
    return list(out.values())


def targets_jsonl(pg) -> str:
    """One JSON object per target (see README, "The target export")."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in target_records(pg))


TARGET_CSV_COLUMNS = (
    "target_id", "scope", "plan", "district", "tasks", "text", "metric", "value", "value_max", "unit", "comparator", "year",
    "period_start", "period_end", "base_year", "baseline", "baseline_unit", "approximate", "lead_departments",
    "co_departments", "rules", "file", "line",
)


# Excel on Windows reads a CSV without a byte-order mark as the local code page (mojibake)
BOM = "\ufeff"


def targets_csv(pg) -> str:
    """One row per target, plan-level and task targets alike, for spreadsheets (UTF-8 with a BOM)."""
    rows = []
    for r in target_records(pg):
        baseline = r["baseline"] or {}
        rows.append([
            r["id"], r["scope"], r["plan"]["title"], r["district"], " ".join(r["tasks"]), r["text"], r["metric"], r["value"],
            "" if r["value_max"] is None else r["value_max"], r["unit"], r["comparator"], r["year"] or "", r["period_start"] or "", r["period_end"] or "", r["base_year"] or "",
            baseline.get("value", ""), baseline.get("unit", ""), r["approximate"], "、".join(r["lead_departments"]),
            "、".join(r["co_departments"]), " ".join(r["rules"]), r["source"]["file"], r["source"]["line"],
        ])
    return _spreadsheet_csv(TARGET_CSV_COLUMNS, rows)


def _spreadsheet_csv(columns, rows) -> str:
    """A header and rows as CSV for spreadsheets: a byte-order mark first, formula-like cells neutralised."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


CSV_COLUMNS = (
    "task_id", "plan", "district", "kind", "action", "number", "title", "unit", "unit_id", "unit_preferred_name",
    "unit_type", "role", "basis", "collective", "deadline_text", "deadline_end", "file", "line",
)


def assignment_rows(pg) -> list[dict[str, Any]]:
    """One row per responsibility assignment, with the columns of :data:`CSV_COLUMNS`."""
    rows = []
    for plan in pg.plans:
        for task in plan.tasks:
            record = task_record(plan, task)
            action = record["action"]["title"] if record["action"] else ""
            deadline = record["deadline"] or {}
            for role, units in (("lead", record["lead_departments"]), ("co", record["co_departments"])):
                for unit in units:
                    rows.append(dict(zip(CSV_COLUMNS, [
                        record["id"], record["plan"]["title"], record["district"], task.kind, action, task.number,
                        task.title, unit["name"], unit["id"], unit["preferred_name"], unit["type"] or "", role,
                        unit["basis"], unit["collective"], deadline.get("text", ""), deadline.get("end", ""),
                        task.span.file, task.span.line,
                    ])))
    return rows


def csv_text(pg) -> str:
    """One row per responsibility assignment, for spreadsheets (UTF-8 with a BOM)."""
    return _spreadsheet_csv(CSV_COLUMNS, [list(row.values()) for row in assignment_rows(pg)])


def table_records(pg, table: str) -> list[dict[str, Any]]:
    """Flat rows of one table, one column per field: ``tasks``, ``assignments``, ``targets`` or
    ``plans`` (what :meth:`PolicyGraph.to_pandas` puts in a DataFrame)."""
    if table == "tasks":
        out = []
        for plan in pg.plans:
            for task in plan.tasks:
                r = task_record(plan, task)
                out.append({
                    "task_id": r["id"], "district": r["district"], "plan": r["plan"]["title"], "doc_number": r["plan"]["doc_number"],
                    "kind": r["kind"], "action": (r["action"] or {}).get("title"), "number": r["number"], "title": r["title"],
                    "leads": [u["name"] for u in r["lead_departments"]], "cos": [u["name"] for u in r["co_departments"]],
                    "deadline": (r["deadline"] or {}).get("end"), "deadline_text": (r["deadline"] or {}).get("text"),
                    "targets": len(r["targets"]), "file": r["source"]["file"], "line": r["source"]["line"],
                })
        return out
    if table == "assignments":
        return assignment_rows(pg)
    if table == "targets":
        return [
            {**{k: v for k, v in r.items() if k not in ("source", "plan", "baseline", "rules")}, "plan": r["plan"]["title"],
             "baseline": (r["baseline"] or {}).get("value"), "rules": r["rules"], "file": r["source"]["file"], "line": r["source"]["line"]}
            for r in target_records(pg)
        ]
    if table == "plans":
        return [
            {**{k: v for k, v in r.items() if k not in ("places", "citations", "source")}, "places": [p["name"] for p in r["places"]],
             "citations": len(r["citations"]), "file": r["source"]["file"]}
            for r in (plan_record(plan) for plan in pg.plans)
        ]
    raise ValueError(f"unknown table {table!r}; choose one of tasks, assignments, targets, plans")
