"""What a careful reader of the plans would flag, each finding with its file and line.

Checks (``CHECKS``), all read from the extracted model:

* ``no_lead``            a task that names no lead unit (and no table row restating it does)
* ``listed_twice``       a unit named twice in one clause (kept once in the graph)
* ``glued_names``        unit names written with no 、 between them, split by a rule
* ``lead_conflict``      a table row and the body task it restates name different leads
* ``target_no_year``     a quantitative target with no due year or period
* ``deadline_before_plan`` a deadline earlier than the date the plan was issued
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import Message, PolicyGraphError
from .model import Plan, Span, Task

CHECKS = ("no_lead", "listed_twice", "glued_names", "lead_conflict", "target_no_year", "deadline_before_plan")


@dataclass(frozen=True)
class Finding:
    """One thing to look at: which check, where, what, and the text in question."""

    check: str
    file: str
    line: int
    start: int  # code-point offset in the file
    message: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.check}: {self.message}"

    def localized(self, translate) -> str:
        """The finding in the user's language (its message is a translatable :class:`Message`)."""
        message = self.message.localized(translate) if isinstance(self.message, Message) else self.message
        return f"{self.file}:{self.line}: {self.check}: {message}"


def _finding(check: str, span: Span, message: str, text: str) -> Finding:
    return Finding(check, span.file, span.line, span.start, message, text)


def _names(task: Task, role: str) -> str:
    return "、".join(a.unit.name if a.unit else a.surface for a in task.assignments if a.role == role) or "none"


def _no_lead(plan: Plan, restated_by: dict[int, list[Task]]) -> list[Finding]:
    findings = []
    for task in plan.tasks:
        if task.leads or any(row.leads for row in restated_by.get(id(task), [])):
            continue
        if task.restates is not None and task.restates.leads:
            continue
        if task.no_lead:
            why = "its clause gives every unit the same duty (…按职责分工负责) and names no lead"
        elif task.assignments:
            why = "it names units but none as lead"
        else:
            why = "it names no responsible unit and no table row restates it" if task.kind != "row" else "it names no responsible unit"
        message = Message("", "{kind} {number} 「{title}」: {why}", kind=Message("", task.kind), number=task.number or "", title=task.title[:30], why=Message("", why))
        findings.append(_finding("no_lead", task.span, message, task.clause_text or task.title))
    return findings


def _clause_rules(plan: Plan) -> list[Finding]:
    findings = []
    for task in plan.tasks:
        for assignment in task.assignments:
            if "merge_duplicate" in assignment.rules:
                findings.append(_finding("listed_twice", assignment.span, Message(
                    "", "{name} is listed more than once in the clause of 「{title}」; kept once", name=assignment.surface, title=task.title[:30]
                ), task.clause_text or ""))
            if "split_glued" in assignment.rules:
                findings.append(_finding("glued_names", assignment.span, Message(
                    "", "{name} was glued to the next name without 、 in 「{title}」; split by rule split_glued", name=assignment.surface, title=task.title[:30]
                ), task.clause_text or ""))
    return findings


def _lead_conflicts(plan: Plan) -> list[Finding]:
    findings = []
    for task in plan.tasks:
        if task.lead_conflict and task.restates is not None:
            body = task.restates
            findings.append(
                _finding(
                    "lead_conflict", task.span,
                    Message(
                        "", "table row {number} names lead {lead}, but the body task it restates ({where}) names {body_lead}",
                        number=task.number, lead=_names(task, "lead"), where=f"{body.span.file}:{body.span.line}", body_lead=_names(body, "lead"),
                    ),
                    task.clause_text or "",
                )
            )
    return findings


def _targets_without_year(plan: Plan) -> list[Finding]:
    return [
        _finding("target_no_year", target.span, Message("", "target 「{text}」 states no year or period", text=target.text), target.text)
        for target in plan.own_targets()
        if target.year is None and target.period_start is None and target.period_end is None
    ]


def _early_deadlines(plan: Plan) -> list[Finding]:
    main = plan.main_plan
    if main.issue_date is not None:
        issued, when = main.issue_date, Message("", "the plan was issued ({date})", date=main.issue_date)
    elif main.year is not None:  # no date printed: the plan's own year is the earliest it can mean
        issued, when = dt.date(main.year, 1, 1), Message("", "the plan's year ({year})", year=main.year)
    else:
        return []
    return [
        _finding("deadline_before_plan", task.span, Message(
            "", "deadline {text} ({end}) is before {when}", text=task.deadline.text, end=task.deadline.end, when=when
        ), task.deadline.text)
        for task in plan.tasks
        if task.deadline and task.deadline.end and task.deadline.end < issued
    ]


def audit(plans: list[Plan], checks: tuple[str, ...] = CHECKS) -> list[Finding]:
    """Every finding of the given checks over ``plans``, in file and position order."""
    unknown = set(checks) - set(CHECKS)
    if unknown:

        raise PolicyGraphError("unknown check(s) {unknown}; choose from {checks}", unknown=", ".join(sorted(unknown)), checks=", ".join(CHECKS))
    restated_by: dict[int, list[Task]] = {}
    for plan in plans:
        for task in plan.tasks:
            if task.restates is not None:
                restated_by.setdefault(id(task.restates), []).append(task)
    found: list[Finding] = []
    for plan in plans:
        if "no_lead" in checks:
            found += _no_lead(plan, restated_by)
        if "listed_twice" in checks or "glued_names" in checks:
            found += [f for f in _clause_rules(plan) if f.check in checks]
        if "lead_conflict" in checks:
            found += _lead_conflicts(plan)
        if "target_no_year" in checks:
            found += _targets_without_year(plan)
        if "deadline_before_plan" in checks:
            found += _early_deadlines(plan)
    order = {plan.source.path: index for index, plan in enumerate(plans)}
    return sorted(found, key=lambda f: (order.get(f.file, len(order)), f.start, CHECKS.index(f.check)))
