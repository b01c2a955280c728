"""Score responsibility extraction against the blind gold of ``tests/data/responsibility/``.

For 18 documents of ``tests/data/wild/`` chosen to cover the conventions real plans use
(brackets, stated rules, role words, shared parts, riders, bare lists, prose, tables),
``gold/<n>.json`` lists every statement that makes named organisations responsible, with each
unit as written and its role, made by helpers who saw only the text and ``GUIDE.md``. Used by
``benchmarks/responsibility_gold.py``.

How it is compared. A gold statement of form ``clause``, ``table`` or ``rider`` is matched to
the assignments whose unit name stands on the lines the statement covers (its first line and as
many more as its quote needs); ``prose`` statements are scored apart, since the extractor reads
prose only where a clause is absent. A unit matches when the names agree once whitespace is
removed (the gold expands shared parts: 市、区机管局 gives 市机管局 and 区机管局). Role agreement is
counted over matched units whose gold role is ``lead`` or ``co``; the gold's ``shared`` (everyone
the same duty, no lead stated) is compared with the extractor's lead-or-co reading only as
information, because a plain 责任单位 list is "first listed leads" by convention in some
documents and "no lead" in others, and the guide left that to the reader.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from policygraph.extract.pipeline import extract_plans
from policygraph.normalize.lexicon import load_lexicon
from policygraph.read.text import read_documents

DATA = Path(__file__).parent / "data" / "responsibility"
TEXTS = Path(__file__).parent / "data" / "wild"
LINE_CHARS = 34  # about how many characters a PDF line holds: how many lines a quote spans


def gold_documents() -> list[str]:
    return sorted((p.stem for p in (DATA / "gold").glob("*.json")), key=int)


def _name(text: str) -> str:
    return re.sub(r"\s", "", text)


@dataclass
class Score:
    number: str
    gold_units: int = 0  # units of clause/table/rider statements
    predicted_units: int = 0  # predicted assignments on those statements' lines
    matched: int = 0
    role_checked: int = 0
    role_agreed: int = 0
    prose_units: int = 0
    prose_found: int = 0
    predicted_elsewhere: int = 0  # predicted assignments on no gold statement's lines
    missed: list[tuple[int, str]] = field(default_factory=list)
    spurious: list[tuple[int, str]] = field(default_factory=list)
    wrong_role: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_units if self.predicted_units else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_units if self.gold_units else 1.0


def _lines(statement: dict) -> range:
    extra = len(_name(statement.get("quote") or "")) // LINE_CHARS + 1
    return range(statement["line"], statement["line"] + extra + 1)


def score(number: str) -> Score:
    gold = json.loads((DATA / "gold" / f"{number}.json").read_text(encoding="utf-8"))
    path = next(p for p in TEXTS.iterdir() if p.name.split("、")[0] == number)
    document = next(iter(read_documents([str(path)])))
    plans = extract_plans(document, load_lexicon())
    # a standing rider's units join every later task with the rider's own span: count them once,
    # as the gold lists them once, at the rider
    seen_spans: set[tuple[int, str]] = set()
    assignments = []
    for a in (a for plan in plans for a in plan.assignments):
        if (a.span.start, a.surface) not in seen_spans:
            seen_spans.add((a.span.start, a.surface))
            assignments.append(a)
    result = Score(number)
    used: set[int] = set()
    for statement in gold["statements"]:
        lines = _lines(statement)
        nearby = [a for a in assignments if a.span.line in lines and id(a) not in used]
        units = statement["units"]
        if statement["form"] == "prose":
            result.prose_units += len(units)
            for unit in units:
                hit = next((a for a in nearby if _name(a.surface) == _name(unit["name"])), None)
                if hit is not None:
                    result.prose_found += 1
                    used.add(id(hit))
            continue
        result.gold_units += len(units)
        for unit in units:
            hit = next((a for a in nearby if _name(a.surface) == _name(unit["name"]) and id(a) not in used), None)
            if hit is None:
                result.missed.append((statement["line"], unit["name"]))
                continue
            used.add(id(hit))
            result.matched += 1
            if unit.get("role") in ("lead", "co"):
                result.role_checked += 1
                if hit.role == unit["role"]:
                    result.role_agreed += 1
                else:
                    result.wrong_role.append((statement["line"], unit["name"], hit.role, unit["role"]))
        for a in nearby:
            if id(a) not in used:
                result.spurious.append((a.span.line, a.surface))
                used.add(id(a))
    result.predicted_units = result.matched + len(result.spurious)
    result.predicted_elsewhere = sum(1 for a in assignments if id(a) not in used)
    return result
