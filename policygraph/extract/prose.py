"""Responsibility written in prose, without a clause: ``由省发展改革委牵头``, ``市生态环境局会同相关部门…``.

Many plans never bracket a responsibility clause; they write it into their sentences. This
reader finds a statement only where a sentence's clause (the text between two commas) *starts*
with organisations and goes on with a duty word, or names them after 由 or 会同:

``prose_lead``     由X牵头 / X牵头… / X负责… (one unit) — X leads
``prose_with``     X会同Y… — X leads, Y supports
``prose_partner``  …，Y配合 / Y参与 — Y supports
``prose_subject``  X要… / X应当… / X于每年… — the one organisation the sentence charges leads
``prose_shared``   X、Y要… / X、Y按职责分工… / X、Y负责… — every unit the same duty, no lead named

Every assignment it makes has the basis ``prose`` (``pg:Prose``), so a user can keep or drop
this layer. A unit is read only where it is surely an organisation: the lexicon knows it, or
it starts with a level (省, 市, 区…), a place or a national prefix (国家, 国务院) and ends as an
organisation does (局, 委, 厅, 办, 政府…); ``各``/``有关`` collectives of units count only beside
such a unit. The words are data: ``prose`` in ``data/clause_rules.json``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..data import alternatives, load_rules, longest_first
from ..model import BASIS_PROSE, CO, LEAD, Assignment, SourceDocument
from ..normalize.lexicon import LEVEL_PREFIXES, NOT_LEVEL_PREFIXES, Lexicon
from ..normalize.places import places_at_start
from ..read.layout import TextView
from .clauses import GOVERNMENT, government_collective, leading_level, name_problem, takes_level, top_level

MAX_NAME = 25
NOT_IN_NAMES = tuple("、，,；;。：:“”\"《》")  # a list or a sentence, never one name
SENTENCE_END = "。；;！!？?"
TRAILING_ETC = re.compile(alternatives(load_rules("clause_rules")["trailing_etc"]))  # 市发改委等有关部门
CLAUSE_END = "，,：:"
BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


@dataclass(frozen=True)
class _Words:
    lead_ins: tuple[str, ...]
    duty: tuple[str, ...]
    lead: tuple[str, ...]
    responsible: tuple[str, ...]
    by_lead: tuple[str, ...]
    partner: tuple[str, ...]
    with_: tuple[str, ...]
    shared: tuple[str, ...]
    separators: tuple[str, ...]
    national: tuple[str, ...]
    endings: re.Pattern[str]
    not_organisations: tuple[str, ...]
    generic: frozenset[str]
    governments: frozenset[str]
    named_without_prefix: tuple[str, ...]
    listed_levels: frozenset[str]
    modals: tuple[str, ...]
    background: re.Pattern[str]
    not_charges: re.Pattern[str]
    attributive: tuple[str, ...]
    name_enders: tuple[str, ...]  # what may follow a name: 等, a separator, a role or duty word


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_rules("clause_rules")["prose"]
    return _Words(
        lead_ins=longest_first(data["lead_ins"]),
        duty=longest_first(data["duty_words"]),
        lead=longest_first(data["lead_words"]),
        responsible=longest_first(data["responsible_words"]),
        by_lead=longest_first(data["by_lead_words"]),
        partner=longest_first(data["partner_words"]),
        with_=longest_first(data["with_words"]),
        shared=longest_first(data["shared_words"]),
        separators=longest_first(data["separators"]),
        national=longest_first(data["national_prefixes"]),
        endings=re.compile(alternatives(data["org_endings"]) + "$"),
        not_organisations=longest_first(data["not_organisations"]),
        generic=frozenset(data["generic_collectives"]),
        governments=frozenset(load_rules("clause_rules")["government_endings"]),
        named_without_prefix=longest_first(data["named_without_prefix"]),
        listed_levels=frozenset(data["listed_levels"]),
        modals=longest_first(data["modals"]),
        background=re.compile(alternatives(data["background_sections"])),
        not_charges=re.compile(data["not_charges"]),
        attributive=longest_first(data["attributive"]),
        name_enders=(
            "等",
            *(
                word
                for key in ("separators", "duty_words", "lead_words", "responsible_words", "partner_words", "with_words", "shared_words")
                for word in data[key]
            ),
        ),
    )


@dataclass
class _Unit:
    surface: str
    start: int  # offsets in the squeezed view
    end: int
    collective: bool
    named: bool  # surely an organisation, not only a collective of units
    rules: tuple[str, ...] = ()  # how the name was spelt out (shared_suffix: 发展改革、科技等部门)


@dataclass
class ProseStatement:
    """One sentence that makes named organisations responsible (view offsets of the sentence)."""

    start: int
    end: int
    assignments: list[Assignment]
    no_lead: bool = False


def read_prose(view: TextView, start: int, end: int, document: SourceDocument, lexicon: Lexicon) -> list[ProseStatement]:
    """Every prose responsibility statement in ``view.text[start:end]``, in text order; a heading
    line with no full stop (二、责任分工) ends where its line does, not glued to the sentence below."""
    heading_end = view.text.find("\n", start, end)
    line = view.text[start:heading_end].strip() if heading_end > start else ""
    following = view.text[heading_end + 1 : end].lstrip() if heading_end > start else ""
    # (市发展改革委、市工业和信息化局 / 负责…: a PDF's line wrapped before the duty, no heading)
    if line and len(line) <= MAX_HEADING and not any(mark in line for mark in SENTENCE_END + "，,：:") and not following.startswith(_words().name_enders):
        return _read_sentences(view, start, heading_end, document, lexicon) + _read_sentences(view, heading_end + 1, end, document, lexicon)
    return _read_sentences(view, start, end, document, lexicon)


MAX_HEADING = 20  # characters of a heading line over the sentences of its item (a PDF wraps its lines longer)


def _read_sentences(view: TextView, start: int, end: int, document: SourceDocument, lexicon: Lexicon) -> list[ProseStatement]:
    squeezed = view.slice(start, end).squeeze()
    text = squeezed.text
    statements = []
    sentence_start = 0
    for position in range(len(text) + 1):
        if position < len(text) and text[position] not in SENTENCE_END:
            continue
        if position > sentence_start:
            found = _statement(squeezed, sentence_start, position, document, lexicon)
            if found:
                statements.append(found)
        sentence_start = position + 1
    return statements


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the comma-separated clauses of a sentence, brackets kept whole."""
    words = _words()
    charges = (*words.responsible, *words.lead, *words.partner)
    # 区统计局：负责将…: a colon between the organisation and its duty joins them
    cuts = [cut for cut in top_level(text, start, end, CLAUSE_END) if not (text[cut] in "：:" and text.startswith(charges, cut + 1))]
    return list(zip([start, *(cut + 1 for cut in cuts)], [*cuts, end]))


def _statement(view: TextView, start: int, end: int, document: SourceDocument, lexicon: Lexicon) -> ProseStatement | None:
    text = view.text
    words = _words()
    roles: list[tuple[_Unit, str, str]] = []  # unit, role word kind, rule
    for clause_start, clause_end in _clauses(text, start, end):
        if words.not_charges.search(text, clause_start, clause_end):
            continue  # a past deed (…于2021年印发了…), the closing 由X负责解释: no charge
        position = clause_start
        lead_in = next((w for w in words.lead_ins if text.startswith(w, position)), "")
        position += len(lead_in)
        by = text.startswith("由", position)
        if by:
            position += 1
        with_word = next((w for w in words.with_ if text.startswith(w, position)), "")
        if roles and not by and with_word:  # …要加强统筹，会同相关部门推进
            partners, _ = _organisations(text, position + len(with_word), clause_end, lexicon, partners=True)
            roles.extend((unit, "partner", "prose_with") for unit in partners)
            continue
        units, after = _field_departments(text, position, clause_end, lexicon)  # 发展改革、生态环境等相关部门根据职责…
        if not units:
            units, after = _organisations(text, position, clause_end, lexicon)
        if units:
            kind = _role_after(text, after, clause_end, by)
            if kind:
                roles.extend(_assign(text, units, kind, after, clause_end, lexicon))
                continue
        # 由X牵头 anywhere in a clause: 领导小组日常工作由省地方金融监管局负责
        for match in re.finditer("由", text[clause_start:clause_end]):
            at = clause_start + match.start() + 1
            units, after = _organisations(text, at, clause_end, lexicon)
            kind = _role_after(text, after, clause_end, True) if units else None
            if kind:
                roles.extend(_assign(text, units, kind, after, clause_end, lexicon))
                break
    if not roles or not any(unit.named for unit, _, _ in roles):
        return None
    return _finish(view, start, end, roles, document)


def _role_after(text: str, position: int, end: int, by: bool) -> str | None:
    """What the words after a list of organisations make of it: lead, with, partner, shared,
    responsible or duty; None when they charge no one (…牵头的项目, …于2021年印发了…, 负责解释)."""
    words = _words()
    if text.startswith(words.attributive, position):
        return None  # 市发改委牵头的项目: an attribute, no charge
    position += text[position : position + 1] in "：:"  # 区统计局：负责…
    at = position
    if not by:
        at += len(next((w for w in words.modals if text.startswith(w, at)), ""))  # 要, 应当, 应
    def says(group: tuple[str, ...]) -> bool:
        return text.startswith(group, at)
    if says(words.with_):
        return "with"
    if says(words.lead):  # before shared: 分别牵头 leads
        return "lead"
    if says(words.shared):
        return "shared"
    if says(words.partner):
        return "partner"
    if says(words.responsible):
        return "responsible"
    if by:
        return "lead" if says(words.by_lead) else None  # 由企业自主… is no charge
    return "duty" if text.startswith(words.duty, position) else None


def _assign(text: str, units: list[_Unit], kind: str, after: int, end: int, lexicon: Lexicon) -> list[tuple[_Unit, str, str]]:
    words = _words()
    found: list[tuple[_Unit, str, str]] = []
    if kind == "with":
        found += [(unit, "lead", "prose_with") for unit in units]
        at = after + len(next((w for w in words.modals if text.startswith(w, after)), ""))  # 要会同
        rest = at + len(next((w for w in words.with_ if text.startswith(w, at)), ""))
        partners = _field_departments(text, rest, end, lexicon)[0] or _organisations(text, rest, end, lexicon, partners=True)[0]
        level = leading_level(units[-1].surface, lexicon) if units else ""
        found += [(_with_level(unit, level, lexicon) if _name_ends(text, unit.end, end) else unit, "partner", "prose_with") for unit in partners]
    elif kind == "partner":
        found += [(unit, "partner", "prose_partner") for unit in units]
    elif kind == "lead":
        found += [(unit, "lead", "prose_lead") for unit in units]
    else:  # 负责, 按职责分工, a duty: one unit leads, several share it
        found += [(unit, "lead" if len(units) == 1 else "shared", "prose_subject" if len(units) == 1 else "prose_shared") for unit in units]
    return found


def _name_ends(text: str, position: int, end: int) -> bool:
    """The name read ends at ``position`` as written (a separator, a duty word or the clause's end
    after it), not cut short (统计局 of 统计局调查队)."""
    return position >= end or text[position] in "、，,；;。和及与等" or _ends_name(text, position, end)


def _with_level(unit: _Unit, level: str, lexicon: Lexicon) -> _Unit:
    """``unit`` with the level of the unit it works with, where written without one (自治区发展改革委会同能源局:
    自治区能源局; rule ``shared_prefix``), as a clause's list of units takes it."""
    if not level or unit.collective or not takes_level(unit.surface, level, lexicon):
        return unit
    return replace(unit, surface=level + unit.surface, rules=(*unit.rules, "shared_prefix"))


def _finish(view: TextView, start: int, end: int, roles: list[tuple[_Unit, str, str]], document: SourceDocument) -> ProseStatement:
    assignments: list[Assignment] = []
    seen: set[str] = set()
    any_lead = any(role == "lead" for _, role, _ in roles)
    for unit, role, rule in roles:
        if unit.surface in seen:
            continue
        seen.add(unit.surface)
        first, last = view.original_span(unit.start, unit.end)
        assignments.append(
            Assignment(unit.surface, LEAD if role == "lead" else CO, BASIS_PROSE, unit.collective, document.span(first, last), [rule, *unit.rules])
        )
    return ProseStatement(*view.original_span(start, end), assignments, no_lead=not any_lead)


LEVEL_LIST = re.compile(
    r"(?P<collective>各|有关|相关)(?P<levels>[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){1,5})(?P<ending>" + GOVERNMENT + ")"
)


def _level_list(text: str, position: int, end: int) -> tuple[list[_Unit], int]:
    """各省、自治区、直辖市人民政府: one collective of governments per level listed (rule ``shared_suffix``)."""
    match = LEVEL_LIST.match(text, position, end)
    levels = match["levels"].split("、") if match else []
    if not levels or not all(level in _words().listed_levels for level in levels):
        return [], position
    units, cursor = [], match.start("levels")
    for level in levels:
        units.append(_Unit(match["collective"] + level + match["ending"], cursor, cursor + len(level), True, True, ("shared_suffix",)))
        cursor += len(level) + 1
    return units, match.end()


def _organisations(text: str, position: int, end: int, lexicon: Lexicon, partners: bool = False) -> tuple[list[_Unit], int]:
    """Organisations listed from ``position``: ``市发改委、市生态环境局`` (separated by 、和及与)."""
    words = _words()
    listed, after = _level_list(text, position, end)
    if listed:
        return listed, after
    units: list[_Unit] = []
    while position < end:
        unit = _organisation_at(text, position, end, lexicon, loose_end=partners)
        if unit is None:
            break
        units.append(unit)
        position = unit.end
        etc = TRAILING_ETC.match(text, position)
        if etc:
            position = etc.end()
            break
        separator = next((s for s in words.separators if text.startswith(s, position)), None)
        if separator is None:
            break
        inherited = _inherited_collective(text, position + len(separator), end, unit, lexicon)
        if inherited is not None:  # 各有关部门和单位: 各有关单位 too
            units.append(inherited)
            position = inherited.end
            continue
        if _organisation_at(text, position + len(separator), end, lexicon) is None:
            break
        position += len(separator)
    return units, position  # 有关部门要… alone names no one: _statement asks for one named unit


def _inherited_collective(text: str, position: int, end: int, before: _Unit, lexicon: Lexicon) -> _Unit | None:
    """A bare collective noun after a collective of units takes its prefix (各有关部门和单位 =
    各有关部门 + 各有关单位; rule ``shared_prefix``), as a clause's list of units does."""
    split = lexicon.collective_noun(before.surface) if before.collective else None
    if split is None:
        return None
    for stop in range(min(end, position + MAX_NAME), position, -1):
        noun = text[position:stop]
        if _organisation(noun, lexicon) is not None:
            return None  # 各区政府和市政府: a body of its own, not 各市政府
        if noun in lexicon.collective_nouns and (stop >= end or _ends_name(text, stop, end)):
            surface = split[0] + noun
            verdict = _organisation(surface, lexicon)
            if verdict is None:
                return None
            return _Unit(surface, position, stop, True, verdict[0], ("shared_prefix",))
    return None


def _organisation_at(text: str, position: int, end: int, lexicon: Lexicon, loose_end: bool = False) -> _Unit | None:
    """The shortest organisation name at ``position`` that a separator, 等 or a role or duty word follows.

    ``loose_end``: partners after 会同 may be followed by any verb (会同相关部门围绕…), so the
    longest name found there is taken when no such word follows any.
    """
    limit = min(end, position + MAX_NAME)
    fallback = None
    for stop in range(position + 2, limit + 1):
        surface = text[position:stop]
        ends = stop >= end or _ends_name(text, stop, end)
        if not ends and not loose_end:
            continue
        verdict = _organisation(surface, lexicon)
        if verdict is not None:
            named, collective = verdict
            unit = _Unit(surface, position, stop, collective, named)
            if ends:
                return unit
            fallback = unit
    return fallback


def _ends_name(text: str, position: int, end: int) -> bool:
    enders = _words().name_enders
    return text.startswith(enders, position) or (text[position : position + 1] in "：:" and text.startswith(enders, position + 1))


def _organisation(surface: str, lexicon: Lexicon) -> tuple[bool, bool] | None:
    """``(named, collective)`` when ``surface`` is surely an organisation or a collective of them."""
    words = _words()
    # 各县（市、区）: one collective, its levels listed in brackets (a bare 县（市、区）政府 names no one body)
    unbracketed = BRACKETED.sub("", surface) if surface.startswith(("各", "有关", "相关")) else surface
    if surface.startswith(words.not_organisations) or any(word in unbracketed for word in ("等", "或", *NOT_IN_NAMES)):
        return None  # 省有关行业主管部门或地方政府: two bodies, neither named
    if name_problem(surface, lexicon) is not None and not lexicon.knows(surface):
        return None
    national = next((p for p in words.national if surface.startswith(p)), "")
    if government_collective(surface, lexicon) or (national and lexicon.collective_noun(surface[len(national) :])):
        return False, True  # 省直有关部门, 国务院有关部门: a government's units, none named
    collective = lexicon.collective_noun(surface)
    if collective:
        noun = collective[1]
        return noun not in words.generic, True  # 各区 names district governments; 有关部门 no one
    if lexicon.type_of(surface) or lexicon.named_unit(surface) or lexicon.patterned_type(surface):
        return True, False  # (国网蒙东电力公司: a State Grid company, named as its pattern says)
    if surface.endswith(words.named_without_prefix) and len(surface) > 4:
        return True, surface.endswith("成员单位")  # 碳达峰碳中和工作领导小组(办公室): one body, named in full
    if not words.endings.search(surface) or surface.startswith(NOT_LEVEL_PREFIXES):
        return None  # 市场主体: the lexicon knows 市场监管局, but 市场 names no level
    for collective_prefix in ("各有关", "各相关", "各级", "各"):
        inner = _organisation(surface[len(collective_prefix) :], lexicon) if surface.startswith(collective_prefix) else None
        if inner:
            return inner[0], True  # 各区县生态环境局, 各市人民政府 name a kind; 各级各部门 no one
    if surface.startswith("各级") and surface[2:] in words.governments:
        return True, True  # 各级人民政府, 各级党委和政府
    core = surface
    for prefix in (*words.national, *LEVEL_PREFIXES):
        if surface.startswith(prefix):
            core = surface[len(prefix) :]
            break
    else:
        place, _ = places_at_start(surface, lexicon)
        core = surface[len(place) :] if place else ""
    if len(core) >= 2 and words.endings.search(core):
        return True, False
    return None


FIELD_LIST = re.compile(r"(?P<fields>[\u4e00-\u9fff、]{2,160}?)等(?:有关|相关)?部门")


def _field_departments(text: str, position: int, end: int, lexicon: Lexicon) -> tuple[list[_Unit], int]:
    """会同发展改革、经济和信息化…等有关部门: each field's department (发展改革部门…), where every
    field written names a department type; else nothing."""
    match = FIELD_LIST.match(text, position, end)
    if not match:
        return [], position
    units, cursor = [], match.start("fields")
    for field in match["fields"].split("、"):
        if not lexicon.type_of(field + "部门"):
            return [], position
        units.append(_Unit(field + "部门", cursor, cursor + len(field), False, True, ("shared_suffix",)))
        cursor += len(field) + 1
    return units, match.end()


def charges_anyone(headings: list[str]) -> bool:
    """False for the sections where sentences tell, not charge: background, review, principles,
    targets and the closing 附则 (``background_sections``), judged by the headings above an item."""
    return not any(_words().background.search(heading) for heading in headings)


def is_organisation(surface: str, lexicon: Lexicon) -> bool:
    """True when ``surface`` surely names an organisation (not only a collective of units)."""
    verdict = _organisation(surface, lexicon)
    return bool(verdict and verdict[0])
