"""The lexicon: unit types, aliases, named units, collectives, jurisdictions and action themes.

All of it is data in ``policygraph/data/*.tsv`` (see the header comment of each file); users
add rows of their own with :func:`load_lexicon` ``(extra=[...])`` or ``--lexicon FILE``.
Nothing in the code names a department.

A surface form such as ``区发改委`` is read as a *level prefix* (省 市 区 县 镇) plus a *core
name* (``发改委``); cores are what the department-type aliases list, so one row serves
every district and every level.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..data import load_rules, longest_first
from ..errors import InputError
from ..model import ActionTheme, AdminLevel, Jurisdiction

# Level prefixes a unit name may start with, longest first: 自治区发展改革委, 州生态环境局, 区发改委.
LEVEL_PREFIXES = ("自治区", "自治州", "地区", "省", "市", "区", "县", "镇", "州", "盟", "旗")  # (地区: 阿里地区发展改革委 writes 地区发展改革委)
# Words that start with a level's character but name no level: 市场监管局, 市政管理局, 区域…
NOT_LEVEL_PREFIXES = longest_first(load_rules("clause_rules")["not_level_prefixes"])
FIELD_DEPARTMENT = re.compile(r"(?:行政)?主管部门$|部门$")


@dataclass(frozen=True)
class DepartmentType:
    id: str
    label_zh: str
    label_en: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class NamedUnit:
    jurisdiction: str
    name: str
    aliases: tuple[str, ...]
    type_id: str | None
    kind: str


FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")  # 各乡镇(街道) as a web page prints it: 各乡镇（街道）
LIST_WORDS = ("和", "及", "与", "、", "，", ",", "各", "或")  # in a name, it lists several


@dataclass
class Lexicon:
    """Look-ups over the data files; build one with :func:`load_lexicon`."""

    types: dict[str, DepartmentType] = field(default_factory=dict)
    core_to_type: dict[str, str] = field(default_factory=dict)
    named: dict[str, NamedUnit] = field(default_factory=dict)  # any alias -> unit
    named_departments: dict[tuple[str, str], NamedUnit] = field(default_factory=dict)  # (place, type) -> unit
    collective_nouns: dict[str, str] = field(default_factory=dict)  # noun -> English label
    suffix_kinds: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)  # suffix, type id, kind, starts
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)  # code -> jurisdiction
    place_names: dict[str, list[Jurisdiction]] = field(default_factory=dict)  # full name -> places, current first
    place_short_names: dict[str, list[Jurisdiction]] = field(default_factory=dict)  # 湖南, 海西州 -> places
    place_initials: frozenset[str] = frozenset()  # first characters of every place name: a fast skip
    themes: dict[str, ActionTheme] = field(default_factory=dict)  # id -> theme, in matching order

    # -- department types ---------------------------------------------------------------
    def split_level(self, surface: str) -> tuple[str, str]:
        """``区发改委`` -> ``("区", "发改委")``; no prefix -> ``("", surface)``."""
        for prefix in LEVEL_PREFIXES:
            if len(surface) > len(prefix) + 1 and surface.startswith(prefix) and self._core_type(surface[len(prefix) :]):
                return prefix, surface[len(prefix) :]
        return "", surface

    def type_of(self, surface: str) -> DepartmentType | None:
        """The department type a surface form names, with or without its level prefix.

        A field's department (农业农村部门, 区财政部门, 生态环境主管部门) is the type its bureau,
        department or commission names (农业农村局).
        """
        _, core = self.split_level(surface)
        type_id = self._core_type(core)
        return self.types[type_id] if type_id else None

    def _core_type(self, core: str) -> str | None:
        type_id = self.core_to_type.get(core)
        if type_id is None and core.endswith("部门"):
            field = FIELD_DEPARTMENT.sub("", core)
            if len(field) >= 2:
                type_id = next((self.core_to_type[field + end] for end in ("局", "厅", "委") if field + end in self.core_to_type), None)
        return type_id

    def named_unit(self, surface: str) -> NamedUnit | None:
        return self.named.get(surface)

    def named_department(self, jurisdiction: str, type_id: str) -> NamedUnit | None:
        """The named unit listed as ``jurisdiction``'s department of ``type_id``, if any."""
        return self.named_departments.get((jurisdiction, type_id))

    def knows(self, surface: str) -> bool:
        """True when ``surface`` is a department (any level), a named unit or a collective."""
        return (
            self.type_of(surface) is not None
            or surface in self.named
            or self.collective_noun(surface) is not None
        )

    # -- collectives --------------------------------------------------------------------
    def collective_noun(self, surface: str) -> tuple[str, str] | None:
        """Split ``各相关镇`` into ``("各相关", "镇")`` when it names a collective, else None (各乡镇(街道), its
        brackets as a web page prints them, is 各乡镇（街道）)."""
        for prefix in ("各有关", "各相关", "其他有关", "其他相关", "其它有关", "其它相关", "各", "有关", "相关", "其他", "其它"):
            if surface.startswith(prefix) and surface[len(prefix) :].translate(FULL_WIDTH_BRACKETS) in self.collective_nouns:
                return prefix, surface[len(prefix) :]
        return None

    def patterned_type(self, surface: str) -> str | None:
        """The type a suffix row that also names a start gives ``surface`` (国网…电力公司, 人民银行…分行):
        a pattern sure enough to call the name an organisation; None for any other name."""
        if any(word in surface for word in LIST_WORDS):
            return None  # 国网福州供电公司和国网福建省电力公司, 人民银行各分支行: several, not one
        for suffix, type_id, _kind, starts in self.suffix_kinds:
            if starts and surface.endswith(suffix) and len(surface) > len(suffix) and surface.startswith(starts):
                return type_id or None
        return None

    def is_collective(self, surface: str) -> bool:
        """True when the name's ending says it stands for a group (…领导小组成员单位)."""
        return self.suffix_kind(surface)[1] == "collective"

    # -- coarse kinds for units outside the lexicon ---------------------------------------
    def suffix_kind(self, surface: str) -> tuple[str | None, str]:
        """``(type id, kind)`` guessed from a name's ending (镇, 公司, 管委会...), and for rows that
        say so its start too (人民银行…中心支行)."""
        for suffix, type_id, kind, starts in self.suffix_kinds:
            if surface.endswith(suffix) and len(surface) > len(suffix) and (not starts or surface.startswith(starts)):
                return (type_id or None), kind
        return None, "named"

    # -- action themes --------------------------------------------------------------------
    def theme_of(self, title: str) -> ActionTheme | None:
        """The first theme (in data-file order) one of whose keywords occurs in ``title``."""
        for theme in self.themes.values():
            if any(keyword in title for keyword in theme.keywords):
                return theme
        return None

    # -- jurisdictions --------------------------------------------------------------------
    def jurisdiction(self, code: str) -> Jurisdiction:
        return self.jurisdictions[code]

    def places_named(self, name: str, short: bool = False) -> list[Jurisdiction]:
        """Places with this full name (current ones first); with ``short``, by short name too (湖南)."""
        found = list(self.place_names.get(name, ()))
        if short:
            found += [p for p in self.place_short_names.get(name, ()) if p not in found]
        return found

    def current(self, place: Jurisdiction) -> Jurisdiction:
        """A former division's successor where one is known, else the place itself."""
        seen = {place.code}
        while place.status == "former" and place.successor and place.successor in self.jurisdictions and place.successor not in seen:
            place = self.jurisdictions[place.successor]
            seen.add(place.code)
        return place

    def is_within(self, code: str, ancestor: str) -> bool:
        """True when ``ancestor`` is ``code`` or one of its parents."""
        return any(place.code == ancestor for place in self.ancestors(code))

    def ancestors(self, code: str) -> list[Jurisdiction]:
        """The jurisdiction and its parents, nearest first."""
        chain = []
        current: str | None = code
        while current and current in self.jurisdictions:
            chain.append(self.jurisdictions[current])
            current = self.jurisdictions[current].parent
        return chain


def _rows(text: str, source: str, width: int) -> list[list[str]]:
    rows = []
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) < width:
            raise InputError(source, "line {number}: expected {width} tab-separated columns, got {got}", number=number, width=width, got=len(row))
        rows.append([cell.strip() for cell in row])
    return rows


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split("|") if a.strip())


def _read_data(name: str) -> str:
    return resources.files("policygraph.data").joinpath(name).read_text(encoding="utf-8")


def _add_file(lexicon: Lexicon, text: str, source: str, table: str) -> None:
    if table == "departments":
        for type_id, zh, en, aliases in (r[:4] for r in _rows(text, source, 4)):
            entry = DepartmentType(type_id, zh, en, _aliases(aliases))
            lexicon.types[type_id] = entry
            for alias in (zh, *entry.aliases):
                lexicon.core_to_type[alias] = type_id
    elif table == "named_units":
        for code, name, aliases, type_id, kind in (r[:5] for r in _rows(text, source, 5)):
            unit = NamedUnit(code, name, _aliases(aliases), type_id or None, kind or "named")
            for alias in (name, *unit.aliases):
                lexicon.named[alias] = unit
            if unit.kind == "department" and unit.type_id:
                lexicon.named_departments[(code, unit.type_id)] = unit
    elif table == "collectives":
        for noun, en in (r[:2] for r in _rows(text, source, 2)):
            lexicon.collective_nouns[noun] = en
    elif table == "unit_suffixes":
        for suffix, type_id, kind, starts in ((r + [""])[:4] for r in _rows(text, source, 3)):
            lexicon.suffix_kinds.append((suffix, type_id, kind, _aliases(starts)))
        # a row that names a start as well as an ending first, then the longest ending first
        lexicon.suffix_kinds.sort(key=lambda row: (not row[3], -len(row[0])))
    elif table == "divisions":
        for code, name, level, rank, parent, status, successor, aliases in (r[:8] for r in _rows(text, source, 8)):
            lexicon.jurisdictions[code] = Jurisdiction(
                code, name, level, parent or None, _aliases(aliases), AdminLevel(rank), status, successor or None
            )
    elif table == "jurisdictions":
        for code, name, level, parent, aliases in (r[:5] for r in _rows(text, source, 5)):
            listed = lexicon.jurisdictions.get(code)
            rank = listed.rank if listed else (AdminLevel.ZONE if parent else AdminLevel.PROVINCE)
            lexicon.jurisdictions[code] = Jurisdiction(code, name, level, parent or None, _aliases(aliases), rank)
    elif table == "action_themes":
        for theme_id, zh, en, keywords in (r[:4] for r in _rows(text, source, 4)):
            lexicon.themes[theme_id] = ActionTheme(theme_id, zh, en, _aliases(keywords))
    else:
        raise InputError(source, "unknown lexicon table '{table}'", table=table)


TABLES = ("departments", "named_units", "collectives", "unit_suffixes", "divisions", "jurisdictions", "action_themes")


AUTONOMOUS_COUNTY = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,4}?)(?:(?:" + "|".join(sorted(load_rules("metadata_rules")["ethnic_groups"], key=len, reverse=True)) + r")族)+自治县"
)


def _index_places(lexicon: Lexicon) -> None:
    """Names of every place, current divisions before former ones, for the place readers."""
    lexicon.place_names.clear()
    lexicon.place_short_names.clear()
    ordered = sorted(lexicon.jurisdictions.values(), key=lambda p: (p.status != "current", p.code))
    for place in ordered:
        lexicon.place_names.setdefault(place.name, []).append(place)
        for alias in place.aliases:
            lexicon.place_short_names.setdefault(alias, []).append(place)
    for place in ordered:  # 张家川回族自治县 is written 张家川县 (its people's name left out), unless that names a county of its own
        plain = AUTONOMOUS_COUNTY.fullmatch(place.name)
        if plain and plain["stem"] + "县" not in lexicon.place_names and place not in lexicon.place_short_names.get(plain["stem"] + "县", ()):
            lexicon.place_short_names.setdefault(plain["stem"] + "县", []).append(place)
    lexicon.place_initials = frozenset(name[0] for name in [*lexicon.place_names, *lexicon.place_short_names] if name)


@functools.lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The bundled lexicon, plus user files.

    A user file is a TSV whose first line is ``#table: NAME`` (one of ``departments``,
    ``named_units``, ``collectives``, ``unit_suffixes``, ``divisions``, ``jurisdictions``, ``action_themes``) followed by rows in
    that table's columns; its rows add to or override the bundled ones.
    """
    lexicon = Lexicon()
    for table in TABLES:
        _add_file(lexicon, _read_data(f"{table}.tsv"), f"policygraph/data/{table}.tsv", table)
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(path, "cannot read lexicon file: {error}", error=str(exc)) from exc
        first = text.splitlines()[0] if text else ""
        if not first.startswith("#table:"):
            raise InputError(path, "a lexicon file must start with a line '#table: NAME'", "NAME: {tables}", tables=", ".join(TABLES))
        _add_file(lexicon, text, path, first.split(":", 1)[1].strip())
    _index_places(lexicon)
    # China itself, the place of national bodies (named_units.tsv rows of CN), so that any plan
    # naming one can say where it belongs; after the index, so 中国… never reads as a place
    from .places import CHINA  # here, not above: places imports this module

    lexicon.jurisdictions.setdefault(CHINA.code, CHINA)
    return lexicon
