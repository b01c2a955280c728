"""How many of the units a folder's plans name get a type from the lexicon?

    python benchmarks/unit_types.py FOLDER [FOLDER...]        # per folder: counts, then the 40 most frequent untyped names
    python benchmarks/unit_types.py FOLDER --top 100          # more untyped names

Each assignment resolves to a UnitRef (policygraph/normalize/units.py). Per folder this prints,
for distinct units (by key) and for mentions (assignments):

* resolved: every unit named responsible (collectives included);
* department type: a type of departments.tsv (区发改委, a named unit listed with that type);
* coarse type only: a type outside departments.tsv, read from the name's ending (…公司 ->
  enterprise, …镇) or listed for a named unit (国家电网 -> enterprise);
* collective: 各镇, 各有关部门 (a group, untyped on purpose);
* no type: none of these (what the lexicon could still learn), with the most frequent names.
"""

from __future__ import annotations

import argparse
from collections import Counter

import policygraph


def categorise(unit, lexicon) -> str:
    if unit.collective or unit.kind == "collective":
        return "collective"
    if unit.type_id and unit.type_id in lexicon.types:
        return "department"
    if unit.type_id:
        return "coarse"
    return "untyped"


def measure(folder: str, top: int) -> None:
    graph = policygraph.build([folder])
    lexicon = graph.lexicon
    units: dict[str, str] = {}
    mentions: Counter[str] = Counter()
    untyped: Counter[str] = Counter()
    for plan in graph.plans:
        for assignment in plan.assignments:
            unit = assignment.unit
            if unit is None:
                continue
            category = categorise(unit, lexicon)
            units[unit.key] = category
            mentions[category] += 1
            if category == "untyped":
                untyped[unit.name] += 1
    by_unit = Counter(units.values())
    print(f"== {folder}: {len(graph.plans)} plans")
    print(f"{'':20} {'units':>7} {'mentions':>9}")
    for label, category in (("resolved", None), ("department type", "department"), ("coarse type only", "coarse"),
                            ("collective", "collective"), ("no type", "untyped")):
        count_units = len(units) if category is None else by_unit[category]
        count_mentions = sum(mentions.values()) if category is None else mentions[category]
        share = f"{count_mentions / max(1, sum(mentions.values())):6.1%}"
        print(f"{label:20} {count_units:>7} {count_mentions:>9}  {share}")
    print(f"-- {min(top, len(untyped))} most frequent untyped names (mentions):")
    for name, count in untyped.most_common(top):
        print(f"{count:>5}  {name}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    for folder in args.folders:
        measure(folder, args.top)


if __name__ == "__main__":
    main()
