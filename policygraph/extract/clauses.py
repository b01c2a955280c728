"""Responsibility clauses: find them in prose and read the units, roles and bases they name.

A clause is ``（责任单位：☆区经委、区发改委、各镇、街道、园区）`` in the body of a plan, or a
table cell such as ``牵头部门: 安环中心 配合部门: 经发办``. Reading one is a short sequence of
named rules, each recorded on the assignments it shaped so that a reader can audit it:

``squeeze_whitespace``  line wraps, page breaks and .docx spaces inside names are dropped
``lead_marker``         ☆/★ marks a lead; unmarked units are co-responsible
``role_label``          牵头部门/牵头单位 name leads, 配合部门/配合单位 name co-responsible units
``first_listed``        no marker and no label: the first unit leads by convention
``distributive_prefix`` 各镇、街道、园区 = 各镇 + 各街道 + 各园区 (the 各 carries over)
``split_glued``         区农业农村委区绿化市容局 = 区农业农村委 + 区绿化市容局 (lexicon-checked)
``merge_duplicate``     a unit named twice is one assignment (lead wins over co)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import (
    BASIS_FIRST_LISTED,
    BASIS_LABELLED,
    BASIS_MARKED,
    BASIS_SOLE,
    CO,
    LEAD,
    Assignment,
    SourceDocument,
)
from ..normalize.lexicon import LEVEL_PREFIXES, Lexicon
from ..read.layout import TextView


def _spaced(word: str) -> str:
    """A regex for ``word`` that tolerates whitespace between its characters (责 任单位)."""
    return r"\s*".join(map(re.escape, word))


# Labels that open a bracketed responsibility clause in prose.
CLAUSE_LABELS = ("责任单位", "责任部门", "牵头单位", "牵头部门")
CLAUSE_OPEN = re.compile(
    r"[（(]\s*(?P<label>(?:" + "|".join(_spaced(label) for label in CLAUSE_LABELS) + r")\s*[：:∶])"
)
OPEN_BRACKETS, CLOSE_BRACKETS = "（(", "）)"
# Any responsibility label at all: what no reader consumed is reported (the safety net).
STRAY_LABEL = re.compile(
    "(?:" + "|".join(_spaced(w) for w in (*CLAUSE_LABELS, "配合单位", "配合部门", "责任主体", "协办单位")) + r")\s*[：:∶]"
)
MAX_CLAUSE_CHARS = 600

# Role labels inside a clause or cell.
LEAD_LABEL = re.compile(r"牵头(?:部门|单位)\s*[：:∶]")
CO_LABEL = re.compile(r"(?:配合|协办|协助|参与)(?:部门|单位)\s*[：:∶]")
RESPONSIBLE_LABEL = re.compile(r"责任(?:部门|单位)\s*[：:∶]")
STAR = "☆★"
RESPONSIBLE = "responsible"
SEPARATORS = re.compile(r"[、，,；;]|及(?=各)")
TRIM = "。.：:）)（( "
IMPLAUSIBLE = re.compile(r"[。！？!?\d]")
# Wordings a later reader handles (X牵头，Y等配合; …按职责分工负责): until then, say so.
ROLE_WORDS = re.compile(r"牵头|配合|负责|按职责|分工|等$")
MAX_UNIT_CHARS = 25


@dataclass
class ClauseMatch:
    """A bracketed clause found in a clean view of a document."""

    start: int  # view offsets of the whole clause, brackets included
    end: int
    body_start: int  # view offsets of the clause text, from its first label on
    body_end: int
    closed: bool


def find_clauses(view: TextView, start: int = 0, end: int | None = None) -> list[ClauseMatch]:
    """Every bracketed responsibility clause in ``view.text[start:end]``."""
    text = view.text
    end = len(text) if end is None else end
    found = []
    for match in CLAUSE_OPEN.finditer(text, start, end):
        depth, position, limit = 1, match.end(), min(len(text), match.end() + MAX_CLAUSE_CHARS)
        while position < limit:
            char = text[position]
            if char in OPEN_BRACKETS:
                depth += 1
            elif char in CLOSE_BRACKETS:
                depth -= 1
                if depth == 0:
                    break
            elif char == "。":
                break  # unit lists never hold a full stop: the bracket was never closed
            position += 1
        closed = position < limit and text[position] in CLOSE_BRACKETS
        end_of_clause = position + 1 if closed else position
        found.append(ClauseMatch(match.start(), end_of_clause, match.start("label"), position, closed))
    return found


@dataclass
class _Item:
    surface: str
    start: int  # offsets in the squeezed clause view
    end: int
    marked: bool
    labelled_role: str | None
    rules: list[str]
    collective: bool = False


@dataclass
class ParsedUnits:
    assignments: list[Assignment]
    problems: list[str]  # why a part could not be read; empty when all is well


def parse_units(
    body: TextView,
    document: SourceDocument,
    lexicon: Lexicon,
    *,
    marks_leads: bool = False,
) -> ParsedUnits:
    """Read the units, roles and bases named in a clause body or a table cell.

    ``body`` is a view of the text after the clause label (or of a whole cell).
    ``marks_leads`` says the document's convention is to mark leads with ☆: a list of
    several units with no ☆ is then flagged rather than silently read as first-listed.
    """
    view = body.squeeze()
    items, problems = _items(view, lexicon)
    items = _merge_duplicates(items, lexicon)
    if not items:
        return ParsedUnits([], problems or ["no unit named"])

    labelled = any(item.labelled_role for item in items)
    marked = any(item.marked for item in items)
    if labelled:
        has_lead = marked or any(item.labelled_role == LEAD for item in items)
        roles = [(_role(item, has_lead), BASIS_MARKED if item.marked else BASIS_LABELLED) for item in items]
        if not any(role == LEAD for role, _ in roles):
            problems.append("labelled clause names no lead")
    elif marked:
        roles = [(LEAD if item.marked else CO, BASIS_MARKED) for item in items]
    elif len(items) == 1:
        roles = [(LEAD, BASIS_SOLE)]
    else:
        roles = [(LEAD if i == 0 else CO, BASIS_FIRST_LISTED) for i in range(len(items))]
        if marks_leads:
            problems.append("doubtful: no ☆ lead marker where the document marks leads; first-listed taken as lead")

    assignments = []
    for item, (role, basis) in zip(items, roles):
        start, end = view.original_span(item.start, item.end)
        rules = list(item.rules)
        if basis == BASIS_FIRST_LISTED:
            rules.append("first_listed")
        elif basis == BASIS_MARKED:
            rules.append("lead_marker")
        elif basis == BASIS_LABELLED:
            rules.append("role_label")
        if re.search(r"\s", document.text[start:end]):
            rules.append("squeeze_whitespace")
        assignments.append(
            Assignment(
                surface=item.surface,
                role=role,
                basis=basis,
                collective=item.collective,
                span=document.span(start, end),
                rules=rules,
            )
        )
    return ParsedUnits(assignments, problems)


def _role(item: _Item, clause_names_a_lead: bool) -> str:
    """Role of a unit in a clause with role labels.

    ☆ marks a lead anywhere. A 责任单位 part beside a 牵头单位 part (or ☆ marks) names the
    supporting units (牵头单位：X 责任单位：Y); beside only a 配合单位 part it names the leads
    (责任单位：X；配合单位：Y).
    """
    if item.marked:
        return LEAD
    if item.labelled_role == RESPONSIBLE:
        return CO if clause_names_a_lead else LEAD
    return item.labelled_role or CO


def _labelled_parts(text: str) -> list[tuple[int, int, str | None]]:
    """Split a clause into ``(start, end, role)`` parts by its role labels.

    ``role`` is None where the text does not say, and ``RESPONSIBLE`` for a 责任单位 part
    beside a 牵头/配合 label, whose meaning depends on its neighbours (see :func:`_role`).
    """
    labels = sorted(
        [(m.start(), m.end(), LEAD) for m in LEAD_LABEL.finditer(text)]
        + [(m.start(), m.end(), CO) for m in CO_LABEL.finditer(text)]
        + [(m.start(), m.end(), None) for m in RESPONSIBLE_LABEL.finditer(text)]
    )
    has_role_label = any(role in (LEAD, CO) for _, _, role in labels)
    if not labels:
        return [(0, len(text), None)]
    parts = []
    if labels[0][0] > 0 and text[: labels[0][0]].strip(TRIM + "，,；;"):
        parts.append((0, labels[0][0], None))
    for index, (_, label_end, role) in enumerate(labels):
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        parts.append((label_end, stop, RESPONSIBLE if role is None and has_role_label else role))
    return parts


def _items(view: TextView, lexicon: Lexicon) -> tuple[list[_Item], list[str]]:
    text = view.text
    items: list[_Item] = []
    problems: list[str] = []
    collective_prefix: str | None = None
    for part_start, part_end, role in _labelled_parts(text):
        position = part_start
        pieces = [*SEPARATORS.finditer(text, part_start, part_end)]
        bounds = [(position, pieces[0].start())] if pieces else [(position, part_end)]
        bounds += [(m.end(), pieces[i + 1].start() if i + 1 < len(pieces) else part_end) for i, m in enumerate(pieces)]
        for start, end in bounds:
            lead_in = start
            while start < end and (text[start] in TRIM or text[start] in STAR):
                start += 1
            marked_here = any(char in STAR for char in text[lead_in:start])
            while end > start and text[end - 1] in TRIM and not _closes_inner_bracket(text, start, end):
                end -= 1
            surface = text[start:end]
            if not surface:
                continue  # a dangling separator such as "、）"
            collective = lexicon.collective_noun(surface)
            if collective:
                collective_prefix = collective[0]
                items.append(_Item(surface, start, end, marked_here, role, [], collective=True))
                continue
            if collective_prefix and surface in lexicon.collective_nouns:
                items.append(
                    _Item(collective_prefix + surface, start, end, marked_here, role, ["distributive_prefix"], True)
                )
                continue
            collective_prefix = None
            parts = split_glued(surface, lexicon)
            if len(parts) > 1:
                offset = start
                for index, part in enumerate(parts):
                    items.append(
                        _Item(part, offset, offset + len(part), marked_here and index == 0, role, ["split_glued"])
                    )
                    offset += len(part)
                continue
            if len(surface) > MAX_UNIT_CHARS or IMPLAUSIBLE.search(surface):
                problems.append(f"'{surface}' does not read as a unit name")
                continue
            if ROLE_WORDS.search(surface):
                problems.append(f"doubtful: '{surface}' holds a role word; read as one unit")
            items.append(_Item(surface, start, end, marked_here, role, []))
    return items, problems


def _closes_inner_bracket(text: str, start: int, end: int) -> bool:
    """True when ``text[end-1]`` closes a bracket opened inside ``text[start:end]`` (区发改委（区能源办）)."""
    piece = text[start:end]
    return piece[-1] in CLOSE_BRACKETS and sum(piece.count(c) for c in OPEN_BRACKETS) >= sum(piece.count(c) for c in CLOSE_BRACKETS)


def split_glued(surface: str, lexicon: Lexicon) -> list[str]:
    """Split names glued by a missing 、 when every part is a known unit; else ``[surface]``.

    Only splits before a level prefix (区/市/县/省/镇), where a new name visibly starts, and
    only when both sides are in the lexicon, so an unknown long name is never cut up.
    """
    if lexicon.knows(surface):
        return [surface]
    for cut in range(2, len(surface) - 1):
        if surface[cut] in LEVEL_PREFIXES and lexicon.knows(surface[:cut]):
            rest = split_glued(surface[cut:], lexicon)
            if all(lexicon.knows(part) for part in rest):
                return [surface[:cut], *rest]
    return [surface]


def _identity(item: _Item, lexicon: Lexicon) -> str:
    """Two mentions in one clause are the same unit when they share level and type."""
    department = lexicon.type_of(item.surface)
    if department:
        level, _ = lexicon.split_level(item.surface)
        return f"{level}:{department.id}"
    named = lexicon.named_unit(item.surface)
    return f"named:{named.name}" if named else item.surface


def _merge_duplicates(items: list[_Item], lexicon: Lexicon) -> list[_Item]:
    kept: dict[str, _Item] = {}
    for item in items:
        key = _identity(item, lexicon)
        if key in kept:
            first = kept[key]
            first.marked = first.marked or item.marked
            if item.labelled_role == LEAD:
                first.labelled_role = LEAD
            if "merge_duplicate" not in first.rules:
                first.rules.append("merge_duplicate")
        else:
            kept[key] = item
    return list(kept.values())
