"""Score responsibility extraction against the blind gold of ``tests/data/responsibility/``.

For 46 documents of ``tests/data/wild/`` (four rounds, ``ROUNDS.md``) chosen to cover the conventions real plans use
(brackets, stated rules, role words, shared parts, riders, bare lists, prose, tables),
``gold/<n>.json`` lists every statement that makes named organisations responsible, with each
unit as written and its role, made by helpers who saw only the text and ``GUIDE.md``. Used by
``benchmarks/responsibility_gold.py``.

How it is compared. A gold statement of form ``clause``, ``table`` or ``rider`` is matched to
the assignments whose unit name stands on the lines the statement covers (its first line and as
many more as its quote needs); ``prose`` statements are scored apart, since the extractor reads
prose only in items that carry no clause. Prose assignments (basis ``prose``) are matched to prose statements only, by line and name, and
give a precision and recall of their own. A unit matches when the names agree once whitespace is
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
from policygraph.read.layout import to_simplified
from policygraph.read.text import read_documents

DATA = Path(__file__).parent / "data" / "responsibility"
TEXTS = Path(__file__).parent / "data" / "wild"
LINE_CHARS = 34  # about how many characters a PDF line holds: how many lines a quote spans


def gold_documents() -> list[str]:
    return sorted((p.stem for p in (DATA / "gold").glob("*.json")), key=int)


# 各县市人民政府, 县区政府, 各区县生态环境局: levels glued before one ending (not 乡镇, one level)
GLUED_LEVELS = re.compile(r"(?:各|有关|相关)?(?!乡镇|镇乡)[市县区州旗乡镇]{2,3}(?:人民政府|政府|[\u4e00-\u9fff]{0,8}[局委办])")
BRACKETS = str.maketrans("()<>〈〉", "（）（）（）")


def _name(text: str) -> str:
    """A unit's name as compared: no whitespace, one style of brackets (各县<市、区>人民政府 = 各县（市、区）人民政府), simplified characters."""
    return to_simplified(re.sub(r"\s", "", text).translate(BRACKETS))  # 區市場局 = 区市场局


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
    prose_predicted: int = 0  # assignments with the basis prose
    prose_in_clause_items: int = 0  # gold prose units inside an item that has a clause (left to the clause by design)
    prose_missed: list[tuple[int, str]] = field(default_factory=list)
    prose_spurious: list[tuple[int, str]] = field(default_factory=list)
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


def _lines(statement: dict, next_line: int | None = None, blank: frozenset[int] = frozenset()) -> range:
    """The lines a statement covers. A table row's units may stand at its end, many wrapped
    lines below its first (a PDF table whose cells wrap): the row runs to the next statement.
    Blank lines (a web page's text puts one between every two) are not counted."""
    quote = statement.get("quote") or ""
    extra = len(_name(quote)) // LINE_CHARS + 1
    if statement["form"] == "table":  # (the last row of a page that prints a cell a line: as many lines as it has cells,
        spaced = quote.split()  # (not a name spaced out a character a time, 城 区 老 旧…)
        extra = max(extra, quote.count("|"), len(spaced) - 1 if all(len(cell) > 1 for cell in spaced[1:]) else 0)  # quoted with | or spaces between cells)
    if statement["form"] == "table" and next_line is not None:
        return range(statement["line"], next_line)  # a row ends where the next one starts
    end, counted = statement["line"], 0
    while counted <= extra:
        counted += end not in blank
        end += 1
    return range(statement["line"], end)


def score(number: str) -> Score:
    gold = json.loads((DATA / "gold" / f"{number}.json").read_text(encoding="utf-8"))
    path = next(p for p in TEXTS.iterdir() if p.name.split("、")[0] == number)
    document = next(iter(read_documents([str(path)])))
    plans = extract_plans(document, load_lexicon())
    blank = frozenset(number for number, line in enumerate(document.text.split("\n"), start=1) if not line.strip())
    # a standing rider's units join every later task with the rider's own span: count them once,
    # as the gold lists them once, at the rider
    seen_spans: set[tuple[int, str]] = set()
    assignments = []
    where: dict[int, int] = {}  # an assignment's line, if not its span's
    for plan in plans:
        for task in plan.tasks:
            for a in task.assignments:
                if task.kind == "row" and a.span.line < task.span.line and a.basis != "prose":
                    # a table row whose unit cell is merged from the row above: its units stand there, the row is its own
                    where[id(a)] = task.span.line
                    assignments.append(a)
                elif (a.span.start, a.surface) not in seen_spans:
                    seen_spans.add((a.span.start, a.surface))
                    assignments.append(a)
    def line_of(a) -> int:
        return where.get(id(a), a.span.line)

    def written(a) -> str:
        return re.sub(r"\s", "", document.text[a.span.start : a.span.end])

    def glued(a, name: str) -> bool:
        """``a`` is one of the governments one written name of two levels holds (各县市人民政府, given
        each level's), and the gold keeps that name as written (annotators did both)."""
        return "shared_suffix" in a.rules and bool(GLUED_LEVELS.fullmatch(name)) and _name(written(a)) == _name(name) != _name(a.surface)

    result = Score(number)
    used: set[int] = set()
    prose = [a for a in assignments if a.basis == "prose"]
    result.prose_predicted = len(prose)
    clause_items = [(t.span.line, plan.source.line_of(t.span.end)) for plan in plans for t in plan.tasks if t.clause_spans and t.kind != "row"]
    for statement in gold["statements"]:
        if statement["form"] != "prose":
            continue
        lines = _lines(statement, blank=blank)
        inside_clause_item = any(first <= statement["line"] <= last for first, last in clause_items)
        for unit in statement["units"]:
            result.prose_units += 1
            result.prose_in_clause_items += inside_clause_item
            hit = next((a for a in prose if a.span.line in lines and id(a) not in used and _name(a.surface) == _name(unit["name"])), None)
            if hit is None:
                result.prose_missed.append((statement["line"], unit["name"]))
            else:
                result.prose_found += 1
                used.add(id(hit))
    result.prose_spurious = [(a.span.line, a.surface) for a in prose if id(a) not in used]
    used.update(id(a) for a in prose)  # prose is scored apart: never a clause's unit
    # (a prose statement inside a table row's own text does not end the row: the row's units may stand after it)
    rows_text = [s["quote"] for s in gold["statements"] if s["form"] == "table"]
    starts = sorted({s["line"] for s in gold["statements"] if not (s["form"] == "prose" and any(s["quote"][:12] in row for row in rows_text))})
    windows = []  # every statement's lines: an unmatched assignment on them is spurious
    # riders first: a rider's units stand on the lines of the clause that holds it, and are its own
    for statement in sorted(gold["statements"], key=lambda s: s["form"] != "rider"):
        if statement["form"] == "prose":
            continue
        later = [line for line in starts if line > statement["line"]]
        lines = _lines(statement, later[0] if later else None, blank)
        windows.append(lines)
        units = statement["units"]
        result.gold_units += len(units)
        for unit in units:
            # the same name in two clauses of nearby lines: take the mention nearest this statement
            candidates = [a for a in assignments if line_of(a) in lines and id(a) not in used and _name(a.surface) == _name(unit["name"])]
            candidates = candidates or [a for a in assignments if line_of(a) in lines and id(a) not in used and glued(a, unit["name"])]
            hit = min(candidates, key=lambda a: (line_of(a) < statement["line"], abs(line_of(a) - statement["line"])), default=None)
            if hit is None:
                result.missed.append((statement["line"], unit["name"]))
                continue
            used.add(id(hit))
            if glued(hit, unit["name"]):  # the other levels of the name written once are this unit too
                used.update(id(a) for a in assignments if a.span == hit.span and glued(a, unit["name"]))
            result.matched += 1
            if unit.get("role") in ("lead", "co"):
                result.role_checked += 1
                if hit.role == unit["role"]:
                    result.role_agreed += 1
                else:
                    result.wrong_role.append((statement["line"], unit["name"], hit.role, unit["role"]))
    for a in assignments:
        if id(a) not in used and any(line_of(a) in lines for lines in windows):
            result.spurious.append((line_of(a), a.surface))
            used.add(id(a))
    result.predicted_units = result.matched + len(result.spurious)
    result.predicted_elsewhere = sum(1 for a in assignments if id(a) not in used)
    return result
