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

from ..data import longest_first
from ..model import LEAD, AdminLevel, Assignment, Jurisdiction, Plan, Problem, UnitRef
from .lexicon import NOT_LEVEL_PREFIXES, Lexicon
from .places import places_at_start, unknown_place, unnamed_below

LEVEL_OF_PREFIX = {
    "省": ("省",), "自治区": ("自治区",), "市": ("市",), "州": ("州",), "盟": ("盟",), "地区": ("地区",),
    "区": ("区", "县"), "县": ("县", "区", "旗"), "旗": ("旗", "县"), "镇": ("镇",),
}
PREFIXES_LONGEST_FIRST = longest_first(list(LEVEL_OF_PREFIX))  # (自治区 and 地区 before 区)
# How far down the hierarchy each prefix points, to tell a level below the plan's own
RANK_OF_PREFIX = {
    "省": AdminLevel.PROVINCE, "自治区": AdminLevel.PROVINCE, "市": AdminLevel.PREFECTURE, "州": AdminLevel.PREFECTURE,
    "盟": AdminLevel.PREFECTURE, "地区": AdminLevel.PREFECTURE, "区": AdminLevel.COUNTY, "县": AdminLevel.COUNTY, "旗": AdminLevel.COUNTY,
    "镇": AdminLevel.TOWNSHIP,
}
RANK_ORDER = (AdminLevel.NATIONAL, AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY, AdminLevel.ZONE, AdminLevel.TOWNSHIP)


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
    home, rank = chain[0], RANK_OF_PREFIX.get(prefix)
    if rank and home.rank in RANK_ORDER and RANK_ORDER.index(home.rank) < RANK_ORDER.index(rank):
        # 区发展改革委 in a city's plan is some district's, never the city's own department
        return unnamed_below(home, prefix)
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

    placed = explicit_place(surface, lexicon)
    if placed:  # 江苏省发展改革委, 浙江发改委: a department of the place its name starts with
        place, rest = placed
        department = lexicon.type_of(rest)
        listed = lexicon.named_department(place.code, department.id)
        name = listed.name if listed else place.name + rest
        return UnitRef(f"{place.code}/{department.id}", name, place.code, department.id, department.label_zh, False, "department")

    department = lexicon.type_of(surface)
    if department:
        prefix, _ = lexicon.split_level(surface)
        place = scope(prefix, plan_jurisdiction, lexicon)
        code = place.code if place else home_code
        listed = lexicon.named_department(code, department.id)
        # named as the plan writes it, under its place: 市科技局 of 三明 is 三明市科技局
        named_place = place.name if place and place.rank is not AdminLevel.UNKNOWN else prefix
        name = listed.name if listed else named_place + surface[len(prefix) :]
        return UnitRef(f"{code}/{department.id}", name, code, department.id, department.label_zh, False, "department")

    prefix = next((p for p in PREFIXES_LONGEST_FIRST if surface.startswith(p) and len(surface) > len(p) + 1), "")
    prefix = "" if surface.startswith(NOT_LEVEL_PREFIXES) else prefix
    place = scope(prefix, plan_jurisdiction, lexicon) if prefix else home
    code = place.code if place else home_code
    type_id, kind = lexicon.suffix_kind(surface)
    # 省环科院 in a province's plan is its 环科院: a prefix naming the plan's own level adds nothing
    local = surface[len(prefix) :] if prefix and place is home else surface
    return UnitRef(f"{code}/unit/{local}", surface, code, type_id, None, False, kind)


def explicit_place(surface: str, lexicon: Lexicon) -> tuple[Jurisdiction, str] | None:
    """``(place, rest)`` when ``surface`` is a listed place's name followed by a department type."""
    matched, places = places_at_start(surface, lexicon)
    rest = surface[len(matched) :]
    if len(places) == 1 and places[0].code in lexicon.jurisdictions and rest and lexicon.type_of(rest):
        return places[0], rest
    return None


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
    joint = [j for j in plan.jurisdictions if j.known] if len(plan.jurisdictions) > 1 else []
    for task in plan.tasks:
        kept: dict[str, Assignment] = {}
        homes = _joint_homes(plan, task.assignments, joint, lexicon) if joint else {}
        for assignment in task.assignments:
            home = homes.get(id(assignment), jurisdiction)
            assignment.unit = resolve(assignment.surface, assignment.collective, home, lexicon)
            first = kept.setdefault(assignment.unit.key, assignment)
            if first is not assignment:
                if assignment.role == LEAD and first.role != LEAD:
                    first.role, first.basis = LEAD, assignment.basis
                if "merge_duplicate" not in first.rules:
                    first.rules.append("merge_duplicate")
        task.assignments = list(kept.values())



def _joint_homes(plan: Plan, assignments: list[Assignment], governments: list[Jurisdiction], lexicon: Lexicon) -> dict[int, Jurisdiction]:
    """Which government each unit of a joint plan's clause belongs to.

    A unit named with its place (江苏省发展改革委) belongs to that place, and the other units of
    its ；-separated group with it; a level prefix only one of the governments has (省 in a plan of
    上海市 and 江苏省) settles it too; else, when the clause has one group per government, groups go
    to the governments in the order the plan names them (rule ``joint_group_order``). A unit none
    of this settles is reported and scoped to the plan's unknown place, never guessed.
    """
    def government_of(place: Jurisdiction) -> Jurisdiction | None:
        return next((g for g in governments if lexicon.is_within(place.code, g.code)), None)

    groups: dict[int, list[Assignment]] = {}
    for assignment in assignments:
        groups.setdefault(assignment.group, []).append(assignment)
    homes: dict[int, Jurisdiction] = {}
    for index, (group, members) in enumerate(sorted(groups.items())):
        named = set()
        for member in members:
            matched, places = places_at_start(member.surface, lexicon)
            government = government_of(places[0]) if len(places) == 1 else None
            if government:
                homes[id(member)] = government
                named.add(government.code)
        group_home = next((g for g in governments if g.code in named), None) if len(named) == 1 else None
        for member in members:
            if id(member) in homes:
                continue
            prefix, _ = lexicon.split_level(member.surface)
            by_level = [g for g in governments if any(p.level == prefix for p in lexicon.ancestors(g.code) or [g])] if prefix else []
            if group_home:
                homes[id(member)] = group_home
            elif len(by_level) == 1:
                homes[id(member)] = by_level[0]
            elif len(groups) == len(governments):
                homes[id(member)] = governments[index]
                member.rules.append("joint_group_order")
            else:
                homes[id(member)] = unknown_place(plan.id)
                plan.problems.append(
                    Problem(member.span.file, member.span.line, member.surface, "doubtful: a joint plan's unit whose government cannot be told", "doubtful")
                )
    return homes
