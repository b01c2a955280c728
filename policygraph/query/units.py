"""What a user means by a unit or district name, as query variables to bind.

A unit may be named by any alias or by its type, and the level in the name counts:
区发改委 is every district's development-and-reform commission (level 区), 市发改委 the
city's, plain 发改委 every level's, 金山区发改委 Jinshan's alone. A name that is not a
department type (各镇, 国网金山供电公司, 气候处) is matched against the names the plans wrote.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import Message, PolicyGraphError
from ..graph import iris
from ..normalize.lexicon import Lexicon


class UnknownNameError(PolicyGraphError):
    """A unit or district name that matches nothing in the graph."""


@dataclass
class Selector:
    """Query variables that pick out the units (or place) a name stands for."""

    text: str
    variables: dict[str, ox.NamedNode | ox.Literal] = field(default_factory=dict)
    meaning: str = ""


@dataclass
class Catalogue:
    """The names in a graph: every unit's preferred and written names, every place's name."""

    unit_names: set[str]
    places: dict[str, str]  # name or code -> place IRI

    @classmethod
    def from_rows(cls, unit_rows, place_rows) -> Catalogue:
        names = {row["name"] for row in unit_rows} | {row["label"] for row in unit_rows if row["label"]}
        places: dict[str, str] = {}
        for row in place_rows:
            places.setdefault(row["name"], row["place"])
            if row["code"]:
                places.setdefault(row["code"], row["place"])
        return cls(names, places)


def _closest(text: str, candidates, what: str) -> UnknownNameError:
    close = difflib.get_close_matches(text, sorted(candidates), n=6, cutoff=0.34)
    if not close:
        close = sorted(c for c in candidates if text and (text in c or c in text))[:6]
    if close:
        return UnknownNameError("no {what} called '{text}' in the graph; closest known names: {names}", what=Message("", what), text=text, names="、".join(close))
    return UnknownNameError("no {what} called '{text}' in the graph", what=Message("", what), text=text)


# id of a lexicon -> (the lexicon, kept so that its id is not reused; its place names)
_LEXICON_PLACES: dict[int, tuple[Lexicon, dict[str, str]]] = {}


def _lexicon_places(lexicon: Lexicon) -> dict[str, str]:
    """Every name and alias of the lexicon's jurisdictions -> place IRI, made once per lexicon."""
    if id(lexicon) not in _LEXICON_PLACES:
        names: dict[str, str] = {}
        for jurisdiction in lexicon.jurisdictions.values():
            for name in (jurisdiction.name, *jurisdiction.aliases):
                names.setdefault(name, iris.place(jurisdiction.code))
        _LEXICON_PLACES[id(lexicon)] = (lexicon, names)
    return _LEXICON_PLACES[id(lexicon)][1]


def _place_prefix(text: str, catalogue: Catalogue, lexicon: Lexicon) -> tuple[str | None, str]:
    """Split a leading place name off ``text``: 金山区发改委 -> (IRI of 金山区, 发改委). The longest
    name wins; the graph's own names before the lexicon's."""
    known = _lexicon_places(lexicon)
    for length in range(len(text) - 2, 0, -1):
        name = text[:length]
        place = catalogue.places.get(name) or known.get(name)
        if place and not name.isdigit():
            return place, text[length:]
    return None, text


def resolve_unit(text: str, catalogue: Catalogue, lexicon: Lexicon) -> Selector:
    """The :class:`Selector` for a unit name; :class:`UnknownNameError` if it names nothing."""
    text = "".join(text.split())
    place, rest = _place_prefix(text, catalogue, lexicon)
    prefix, core = lexicon.split_level(rest)
    department_type = lexicon.types.get(lexicon.core_to_type.get(core, ""))
    if department_type:
        variables: dict[str, ox.NamedNode | ox.Literal] = {"Type": ox.NamedNode(iris.department_type(department_type.id))}
        meaning = department_type.label_zh
        if place:
            variables["Place"] = ox.NamedNode(place)
            meaning += f" of {text[: len(text) - len(rest)]}"
        elif prefix:
            variables["Level"] = ox.Literal(prefix, language="zh")
            meaning += f" at level {prefix}"
        else:
            meaning += " at every level"
        return Selector(text, variables, meaning)
    for name in (text, rest):
        if name in catalogue.unit_names:
            variables = {"Label": ox.Literal(name, language="zh")}
            if place and name == rest:
                variables["Place"] = ox.NamedNode(place)
            return Selector(text, variables, f"units written as {name}")
    candidates = set(catalogue.unit_names)
    for entry in lexicon.types.values():
        candidates.update(level + alias for alias in entry.aliases for level in ("", "区", "市"))
    raise _closest(text, candidates, "unit")


def resolve_place(text: str, catalogue: Catalogue, lexicon: Lexicon) -> str:
    """The IRI of the jurisdiction called ``text`` (its name, an alias or its code)."""
    text = text.strip()
    if text in catalogue.places:
        return catalogue.places[text]
    for jurisdiction in lexicon.jurisdictions.values():
        if text in (jurisdiction.name, jurisdiction.code, *jurisdiction.aliases):
            return iris.place(jurisdiction.code)
    raise _closest(text, [n for n in catalogue.places if not n.isdigit()], "district")
