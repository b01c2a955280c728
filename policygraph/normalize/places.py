"""Places by name: China's divisions, zones named after them, China itself, and unknown places.

``places_at_start`` reads the place a name begins with (``杭州市西湖区人民政府`` is 西湖区 of 杭州市,
``北京经济技术开发区管理委员会`` a zone within 北京市); metadata reading and unit resolution both use
it. Names come from the lexicon's ``divisions.tsv`` and ``jurisdictions.tsv``.
"""

from __future__ import annotations

import functools
import re

from ..data import load_rules
from ..model import AdminLevel, Jurisdiction
from ..read.layout import squeeze_text
from .lexicon import Lexicon

CHINA = Jurisdiction("CN", "中国", "国", None, ("中华人民共和国",), AdminLevel.NATIONAL)


@functools.lru_cache(maxsize=1)
def zone_words() -> tuple[str, ...]:
    """Words that make a zone of the place before them (经济技术开发区, 高新区), longest first."""
    return tuple(sorted(load_rules("metadata_rules")["zone_words"], key=len, reverse=True))


def longest_place_at(text: str, position: int, lexicon: Lexicon, short: bool) -> tuple[str, list[Jurisdiction]] | None:
    """The longest place name at ``position`` (with ``short``, short names such as 湖南 too)."""
    if position >= len(text) or text[position] not in lexicon.place_initials:
        return None
    full, short_names = lexicon.place_names, lexicon.place_short_names
    for length in range(min(14, len(text) - position), 1, -1):
        name = text[position : position + length]
        if name in full:
            return name, lexicon.places_named(name, short=short)
        if short and name in short_names:
            places = lexicon.places_named(name, short=short)
            level = text[position + length : position + length + 1]
            if level and level in LEVEL_CHARACTERS and text.startswith(GOVERNMENT_AFTER_NAME, position + length + 1) and not any(
                p.level.endswith(level) for p in places
            ):
                continue  # 贵州市人民政府办公厅 (a page's slip for 贵阳): 贵州 then 市's government names no province (赣州省域, 湖南县域 do)
            return name, places
    return None


LEVEL_CHARACTERS = "省市县区州旗盟"  # a level written right after a short name, then its government, must be that place's own
GOVERNMENT_AFTER_NAME = ("人民政府", "政府", "委", "人大", "政协")  # a place's government or organs, written after its name (委 of 委员会 too)


def places_at_start(text: str, lexicon: Lexicon, short: bool = True) -> tuple[str, list[Jurisdiction]]:
    """The place(s) a name starts with, deepest first: ``杭州市西湖区人民政府`` -> 西湖区 of 杭州市.

    Returns the matched text and the candidate places (several where a name is shared and
    nothing before it tells which: 朝阳区). A zone named after its place
    (``北京经济技术开发区管理委员会``) is a zone within that place.
    """
    text = squeeze_text(text)
    found = longest_place_at(text, 0, lexicon, short)
    if not found:
        return "", []
    matched, candidates = found
    deepest = matched  # the name of the deepest place matched (西咸新区 in 陕西省西咸新区)
    current = [c for c in candidates if c.status == "current"]
    candidates = current or candidates
    while True:
        child = longest_place_at(text, len(matched), lexicon, False)
        if not child:
            break
        within = [c for c in child[1] if any(lexicon.is_within(c.code, p.code) for p in candidates)]
        if not within:
            break
        matched, candidates, deepest = matched + child[0], within, child[0]
    zone = next((w for w in zone_words() if text.startswith(w, len(matched))), None)
    if zone and zone.startswith("国家") and all(c.rank is AdminLevel.PROVINCE for c in candidates):
        zone = None  # 山东省国家级经济技术开发区创新提升行动: every such zone of the province, no zone of its own
    named = None if zone else _named_zone(text, len(matched))
    if named and len(candidates) == 1:
        # 合肥新站高新区, 陕西省西咸新区秦汉新城: a zone's own name between its place and its zone word,
        # called by its place's name alone (西咸新区秦汉新城)
        return matched + named, zone_within(deepest + named, candidates[0], lexicon)
    if zone and len(candidates) == 1:
        return matched + zone, zone_within(matched + zone, candidates[0], lexicon)
    resolved: list[Jurisdiction] = []
    for candidate in (lexicon.current(c) for c in candidates):
        if all(r.code != candidate.code for r in resolved):
            resolved.append(candidate)
    current = [r for r in resolved if r.status == "current"]
    return matched, current or resolved


def zone_within(name: str, place: Jurisdiction, lexicon: Lexicon) -> list[Jurisdiction]:
    """The zone ``name`` within ``place``: listed in ``jurisdictions.tsv``, else made from the name."""
    parent = lexicon.current(place)
    return lexicon.places_named(name) or [Jurisdiction(f"{parent.code}-{name}", name, "区" if name.endswith("区") else "园区", parent.code, (), AdminLevel.ZONE)]


@functools.lru_cache(maxsize=1)
def _zone_name() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A zone's name and word (two to four characters, none of them a level's), and the longer words a name never holds."""
    data = load_rules("metadata_rules")
    forbidden = "".join(w for w in data["zone_name_forbidden"] if len(w) == 1)
    words = "|".join(map(re.escape, zone_words()))
    # only where a zone's office follows (…管委会, …委员会办公室) or the name ends: 成都市推进产业园区建设 is no zone
    offices = r"(?=管理委员会|管委会|委员会|党工委|工委|办公室|$)"
    return re.compile(rf"(?:(?![{forbidden}])[\u4e00-\u9fff]){{2,4}}?(?:{words}){offices}"), tuple(w for w in data["zone_name_forbidden"] if len(w) > 1)


def _named_zone(text: str, at: int) -> str | None:
    """The zone name and word at ``at`` (新站高新区 in 合肥新站高新区), or None."""
    pattern, forbidden = _zone_name()
    found = pattern.match(text, at)
    return found.group() if found and not any(w in found.group() for w in forbidden) else None


def unknown_place(plan_id: str) -> Jurisdiction:
    """The clearly marked place of a plan whose place cannot be told: its units are its own."""
    return Jurisdiction(f"unknown-{plan_id}", f"未知地区（{plan_id}）", "区", None, (), AdminLevel.UNKNOWN)




def unnamed_below(parent: Jurisdiction, level: str) -> Jurisdiction:
    """The clearly marked place of units a plan names by a level below its own and no name.

    ``区发展改革委`` in 上海市's plan is the department of some district of 上海市 the text does
    not name: it is kept apart from the city's own department, under this place.
    """
    return Jurisdiction(f"{parent.code}-{UNNAMED_MARK}{level}", f"{parent.name}所辖{level}（未指明）", level, parent.code, (), AdminLevel.UNKNOWN)


UNNAMED_MARK = "unnamed-"


def unnamed_place_of(code: str, lexicon: Lexicon) -> Jurisdiction | None:
    """The place :func:`unnamed_below` made for ``code``, found again from the code alone."""
    parent, marker, level = code.rpartition("-" + UNNAMED_MARK)
    if marker and parent in lexicon.jurisdictions:
        return unnamed_below(lexicon.jurisdictions[parent], level)
    return None


@functools.lru_cache(maxsize=2)
def _township_name(followed: bool = True) -> re.Pattern[str]:
    """A township's name; ``followed``: by one of its bodies (人民政府, 党委…) or the end, else by anything (a title)."""
    words = load_rules("metadata_rules")["township_words"]
    not_names = "|".join(map(re.escape, words["not_names"]))
    endings = "|".join(map(re.escape, words["endings"]))
    bodies = "|".join(map(re.escape, words["bodies"]))
    after = rf"(?={bodies}|$)" if followed else ""
    return re.compile(rf"(?!{not_names})(?P<name>[\u4e00-\u9fff]{{2,5}}?(?P<ending>{endings})){after}")


def township_in(county: Jurisdiction, text: str, at: int = 0, followed: bool = True) -> Jurisdiction | None:
    """The township ``text`` names at ``at``, made as a place within ``county``; ``followed``: by one
    of its bodies (来苏镇人民政府), else by anything (a title, 镇安镇全面贯彻落实…)."""
    found = _township_name(followed).match(text, at)
    if not found:
        return None
    return Jurisdiction(f"{county.code}-{found['name']}", found["name"], found["ending"], county.code, (), AdminLevel.TOWNSHIP)


def township_after(text: str, lexicon: Lexicon) -> Jurisdiction | None:
    """The township a body's name places after its county: ``永川区来苏镇人民政府`` -> 来苏镇 within 永川区.

    Townships are not in the divisions list, so one is made from the name, within the one
    county-level place the name starts with; a collective or a kind (各镇, 乡镇人民政府) is none.
    """
    text = squeeze_text(text)
    matched, places = places_at_start(text, lexicon, short=False)
    if len(places) != 1 or places[0].rank is not AdminLevel.COUNTY:
        return None
    return township_in(places[0], text, len(matched))
