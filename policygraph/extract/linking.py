"""Links between documents and tasks: which plan a task table belongs to, which body task a
table row restates, and where the two disagree on the lead.

Similarity is character-bigram containment, which suits Chinese (no word boundaries) and
is robust to the light rewording tables apply to the body text.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from ..errors import Message
from ..model import ActionArea, Plan, Task

ATTACH_THRESHOLD = 0.5  # share of a table title's bigrams found in a plan's attachment line or title
RESTATE_THRESHOLD = 0.5  # share of a row's bigrams found in the body task's text


@functools.lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    chars = [c for c in text if not c.isspace() and c not in "，。、；：“”《》（）()"]
    return frozenset(a + b for a, b in zip(chars, chars[1:]))


def containment(part: str, whole: str) -> float:
    """Share of ``part``'s bigrams that occur in ``whole`` (0 when ``part`` has none)."""
    wanted = bigrams(part)
    return len(wanted & bigrams(whole)) / len(wanted) if wanted else 0.0


def attach_tables(plans: list[Plan], table_of: dict[str, str] | None = None) -> list[str]:
    """Give each stand-alone task table the plan it belongs to; returns lines to report (tables
    attached by the user or by file name, and --table-of entries that name nothing).

    In order: the user's word (``table_of``: a table's path -> a plan's path, id or title;
    ``--table-of TABLE=PLAN``); the file name (a table whose file is named after a plan's file
    and goes on: ``碳达峰实施方案-附件.xlsx`` beside ``碳达峰实施方案.docx``); else the plan whose
    attachment line (附件：…任务分解表) or title best matches the table's own caption, at
    :data:`ATTACH_THRESHOLD` or above. Otherwise it stays on its own.
    """
    problems: list[str] = []
    bodies = [p for p in plans if p.source.kind == "text"]
    stated = {_path_key(table): plan for table, plan in (table_of or {}).items()}
    for table_plan in (p for p in plans if p.source.kind == "table"):
        wanted = stated.pop(_path_key(table_plan.source.path), None)
        if wanted is not None:
            plan = _plan_named(wanted, bodies)
            if plan is None:
                problems.append(Message(table_plan.source.path, "--table-of names no plan read here: {plan}", plan=wanted))
            else:
                _attach(table_plan, plan, 1.0)
                problems.append(Message(table_plan.source.path, "attached to {plan} as --table-of says", plan=plan.id))
                continue
        by_name = _plan_by_file_name(table_plan, bodies)
        if by_name is not None:
            _attach(table_plan, by_name, 1.0)
            problems.append(Message(table_plan.source.path, "attached to {plan}, whose file name it starts with", plan=by_name.id))
            continue
        caption = table_plan.title or ""
        best, best_score = None, 0.0
        for plan in bodies:
            candidates = [*plan.attachment_titles, plan.title or ""]
            score = max(containment(caption, c) for c in candidates)
            if score > best_score:
                best, best_score = plan, score
        if best is not None and best_score >= ATTACH_THRESHOLD:
            _attach(table_plan, best, round(best_score, 3))
    problems.extend(Message(table, "--table-of names a file that is no task table read here") for table in stated)
    return problems


MIN_STEM = 4  # a plan file named in fewer characters (方案.docx) names too many tables


def _path_key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _plan_named(wanted: str, bodies: list[Plan]) -> Plan | None:
    """The plan a user named by its file's path, its id or its title."""
    for plan in bodies:
        if _path_key(plan.source.path) == _path_key(wanted) or wanted in (plan.id, plan.title):
            return plan
    return None


def _plan_by_file_name(table_plan: Plan, bodies: list[Plan]) -> Plan | None:
    """The one plan in the table's folder whose file name the table's file name starts with."""
    table = Path(table_plan.source.path)
    found = [
        plan for plan in bodies
        if Path(plan.source.path).parent == table.parent
        and len(stem := Path(plan.source.path).stem) >= MIN_STEM
        and table.stem.startswith(stem) and table.stem != stem
    ]
    return found[0] if len(found) == 1 else None


def _attach(table_plan: Plan, plan: Plan, score: float) -> None:
    table_plan.part_of = plan
    table_plan.part_of_score = score
    table_plan.jurisdiction = plan.jurisdiction
    table_plan.jurisdictions = list(plan.jurisdictions)
    table_plan.district = plan.district
    table_plan.issuers = table_plan.issuers or list(plan.issuers)
    table_plan.year = table_plan.year or plan.year


def _action_matches(row: Task, task: Task) -> bool:
    if not row.action_text or not task.action:
        return True  # nothing to compare: let the text decide
    a, b = row.action_text, task.action.title
    return a == b or a in b or b in a or containment(a, b) >= 0.6


MIN_TITLE_BIGRAMS = 8  # a title shorter than this matches too much by chance
CROSS_ACTION_THRESHOLD = 0.9  # to overrule an action cell the row only inherited


def _score(row: Task, task: Task) -> float:
    score = containment(row.text, task.text) if row.text else 0.0
    if len(bigrams(row.title)) >= MIN_TITLE_BIGRAMS:
        score = max(score, containment(row.title, task.text))
    return score


def link_rows(plan: Plan, body: Plan) -> None:
    """Link each table row of ``plan`` to the body task of ``body`` it restates.

    A row restates a task in the same action area whose text contains most of the row's
    text (``RESTATE_THRESHOLD``). When the row's action cell was blank and only inherited
    from the row above, a near-verbatim match in another action area wins and the row takes
    that action (rule ``action_from_restated_task``): merged cells in exported tables often
    put the label on the wrong side of a group boundary. Where both name leads and the lead
    sets differ, both are kept and the row is flagged ``lead_conflict``.
    """
    candidates = [t for t in body.tasks if t.kind in ("task", "measure")]
    for row in (t for t in plan.tasks if t.kind == "row"):
        if row.action is None:
            row.action = match_action(row.action_text, body.actions)
        scored = [(_score(row, task), task) for task in candidates]
        same_action = [(s, t) for s, t in scored if _action_matches(row, t)]
        best_score, best = max(same_action, key=lambda st: st[0], default=(0.0, None))
        inherited = any(note == "inherit_blank:action" for note in row.notes)
        if inherited:
            other_score, other = max(scored, key=lambda st: st[0], default=(0.0, None))
            if other is not best and other_score >= CROSS_ACTION_THRESHOLD and other_score > best_score:
                best, best_score = other, other_score
                row.action = other.action
                row.action_text = other.action.title if other.action else row.action_text
                row.notes.append("action_from_restated_task")
        if best is None or best_score < RESTATE_THRESHOLD:
            continue
        row.restates, row.restates_score = best, round(best_score, 3)
        if row.action is None:
            row.action = best.action
        row_leads = {lead_identity(a) for a in row.leads}
        task_leads = {lead_identity(a) for a in best.leads}
        if row_leads and task_leads and row_leads != task_leads:
            row.lead_conflict = True
            row.notes.append(
                "lead differs from the body task it restates: "
                + "、".join(sorted(a.surface for a in row.leads))
                + " vs "
                + "、".join(sorted(a.surface for a in best.leads))
            )


def match_action(text: str | None, actions: list[ActionArea]) -> ActionArea | None:
    """The action area a table's action cell names: same title, else one containing the other."""
    if not text:
        return None
    for action in actions:
        if text == action.title:
            return action
    for action in actions:
        if text in action.title or action.title in text:
            return action
    return None


def lead_identity(assignment) -> str:
    """Resolved unit key when known (aliases compare equal), else the surface form."""
    return assignment.unit.key if assignment.unit else assignment.surface
