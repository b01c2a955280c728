"""Name normalisation: which organisation each mention is.

A mention resolves to exactly one :class:`~policygraph.model.UnitRef`, whose ``key`` is the
organisation's identity across the whole corpus:

* a department of a known type: ``<jurisdiction>/<type id>``: 区发改委 and 区发展改革委 in
  two plans of one district are one organisation; in two districts, two organisations of
  one type. The level prefix picks the jurisdiction (区 -> the plan's district, 市 -> its city);
* a named unit from ``named_units.tsv``: as listed there;
* a collective (各镇, 各有关部门): ``<jurisdiction>/collective/<name>``, never merged with a
  named department;
* anything else (a company, a town, a park office): ``<jurisdiction>/unit/<name>``, still an
  organisation, typed by its ending where possible (…镇, …公司, …管委会).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import LEAD, Assignment, Jurisdiction, Plan, UnitRef
from .lexicon import Lexicon

LEVEL_OF_PREFIX = {"省": ("省",), "市": ("市",), "区": ("区", "县"), "县": ("县", "区"), "镇": ("镇",)}


def scope(prefix: str, jurisdiction: Jurisdiction | None, lexicon: Lexicon) -> Jurisdiction | None:
    """The jurisdiction a level prefix points to, seen from a plan of ``jurisdiction``."""
    if jurisdiction is None:
        return None
    chain = lexicon.ancestors(jurisdiction.code) or [jurisdiction, *lexicon.ancestors(jurisdiction.parent or "")]
    if not prefix:
        return chain[0]
    for candidate in chain:
        if candidate.level in LEVEL_OF_PREFIX.get(prefix, ()):
            return candidate
    return chain[0]


def resolve(surface: str, collective: bool, plan_jurisdiction: Jurisdiction | None, lexicon: Lexicon) -> UnitRef:
    """The organisation ``surface`` names in a plan of ``plan_jurisdiction``."""
    home = scope("", plan_jurisdiction, lexicon)
    home_code = home.code if home else "unknown"
    if collective:
        return UnitRef(f"{home_code}/collective/{surface}", surface, home_code, None, None, True, "collective")

    named = lexicon.named_unit(surface)
    if named:
        department = lexicon.types.get(named.type_id or "")
        if named.kind == "department" and department:
            key = f"{named.jurisdiction}/{department.id}"
        else:
            key = f"{named.jurisdiction}/unit/{named.name}"
        return UnitRef(key, named.name, named.jurisdiction, named.type_id, department.label_zh if department else None, False, named.kind)

    department = lexicon.type_of(surface)
    if department:
        prefix, _ = lexicon.split_level(surface)
        place = scope(prefix, plan_jurisdiction, lexicon)
        code = place.code if place else home_code
        listed = lexicon.named_department(code, department.id)
        # named as the plan writes it, under its place: 市科技局 of 三明 is 三明市科技局
        name = listed.name if listed else (place.name if place else "") + surface[len(prefix) :]
        return UnitRef(f"{code}/{department.id}", name, code, department.id, department.label_zh, False, "department")

    prefix = surface[0] if surface[0] in LEVEL_OF_PREFIX and len(surface) > 2 else ""
    place = scope(prefix, plan_jurisdiction, lexicon) if prefix else home
    code = place.code if place else home_code
    type_id, kind = lexicon.suffix_kind(surface)
    # 省环科院 in a province's plan is its 环科院: a prefix naming the plan's own level adds nothing
    local = surface[1:] if prefix and place is home else surface
    return UnitRef(f"{code}/unit/{local}", surface, code, type_id, None, False, kind)


def name_departments(plans: list[Plan], lexicon: Lexicon) -> None:
    """Give each organisation one preferred name across the batch: its longest written form.

    区发改委 and 区发展和改革委员会 in two plans of one district are one organisation; the longer
    spelling is the more formal one (闵行区发展改革委). So are 省环科院 and 环科院 in a
    province's plan. Departments listed by name in ``named_units.tsv`` keep that name.
    """
    best: dict[str, str] = {}
    for assignment in (a for plan in plans for a in plan.assignments):
        unit = assignment.unit
        if unit and not (unit.kind == "department" and lexicon.named_department(unit.jurisdiction, unit.type_id or "")):
            current = best.get(unit.key)
            if current is None or (len(unit.name), unit.name) > (len(current), current):
                best[unit.key] = unit.name
    for assignment in (a for plan in plans for a in plan.assignments):
        unit = assignment.unit
        if unit and unit.key in best and unit.name != best[unit.key]:
            assignment.unit = replace(unit, name=best[unit.key])



def resolve_plan(plan: Plan, lexicon: Lexicon) -> None:
    """Fill in :attr:`Assignment.unit` for every assignment of ``plan``.

    Two mentions in one task that resolve to one organisation (☆区公安分局、公安金山分局)
    become one assignment; if either leads, it leads (rule ``merge_duplicate``).
    """
    jurisdiction = plan.jurisdiction or (plan.part_of.jurisdiction if plan.part_of else None)
    for task in plan.tasks:
        kept: dict[str, Assignment] = {}
        for assignment in task.assignments:
            assignment.unit = resolve(assignment.surface, assignment.collective, jurisdiction, lexicon)
            first = kept.setdefault(assignment.unit.key, assignment)
            if first is not assignment:
                if assignment.role == LEAD and first.role != LEAD:
                    first.role, first.basis = LEAD, assignment.basis
                if "merge_duplicate" not in first.rules:
                    first.rules.append("merge_duplicate")
        task.assignments = list(kept.values())

