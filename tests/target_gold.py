"""Score target extraction against the hand-checked lists in ``tests/data/targets/``.

Each ``<plan-id>.tsv`` lists every quantitative target of one bundled plan, made by reading the
plan by hand (guide: ``tests/data/targets/README.md``). A predicted target matches a gold one
when it sits on the gold line and has its value and unit; matched pairs are then compared
field by field. Used by ``tests/test_targets.py`` and ``benchmarks/targets_gold.py``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from policygraph.api import bundled_corpus
from policygraph.extract.pipeline import extract_plans
from policygraph.model import Target
from policygraph.normalize.lexicon import load_lexicon
from policygraph.read.layout import PINYIN_GLOSS, to_simplified
from policygraph.read.text import read_documents

GOLD = Path(__file__).parent / "data" / "targets"
SYMBOLS = {">=": "at_least", "<=": "at_most", "<": "at_most", ">": "more_than", "=": "reach", "-": "decrease_by", "+": "increase_by"}
FIELDS = ("comparator", "year", "period", "base_year", "metric")


@dataclass
class GoldTarget:
    line: int
    text: str
    metric: str
    value: Decimal
    unit: str
    comparator: str
    year: int | None
    period: tuple[int | None, int | None]
    base_year: int | None
    note: str

    @property
    def doubtful(self) -> bool:
        return "doubtful" in self.note


@dataclass
class Score:
    plan: str
    gold: int = 0
    predicted: int = 0
    matched: list[tuple[GoldTarget, Target]] = field(default_factory=list)
    missed: list[GoldTarget] = field(default_factory=list)
    spurious: list[Target] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 1.0

    @property
    def sure(self) -> int:
        """Gold targets the annotator did not mark doubtful."""
        return sum(not g.doubtful for g in (*(m[0] for m in self.matched), *self.missed))

    @property
    def sure_recall(self) -> float:
        found = sum(not g.doubtful for g, _ in self.matched)
        return found / self.sure if self.sure else 1.0

    @property
    def precision(self) -> float:
        return len(self.matched) / self.predicted if self.predicted else 1.0

    def field_accuracy(self, name: str) -> float:
        if not self.matched:
            return 0.0
        return sum(field_agrees(name, g, p) for g, p in self.matched) / len(self.matched)


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


def _gold_value(value: str, unit: str) -> tuple[Decimal, str]:
    """翻一番 written as 1 番 by an annotator is the extractor's +100 %."""
    if unit.strip() == "番":
        return Decimal(value) * 100, "%"
    return Decimal(value), unit.strip()


def read_gold(path: Path) -> list[GoldTarget]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        GoldTarget(
            int(row["line"]), row["text"], row["metric"], *_gold_value(row["value"], row["unit"]),
            SYMBOLS[row["comparator"].strip()], _year(row["year"]), (_year(row["period_start"]), _year(row["period_end"])),
            _year(row["base_year"]), row["note"] or "",
        )
        for row in rows
    ]


WILD_TEXTS = Path(__file__).parent / "data" / "wild"


def gold_plans(wild: bool = False) -> list[str]:
    """Ids of the gold lists: bundled plans (``<plan-id>``), or the lists annotated blind for issue 15
    (``wild/<n>`` from ``tests/data/wild`` texts, ``wild/<plan-id>`` for bundled plans no list had)."""
    if wild:
        return [f"wild/{p.stem}" for p in sorted((GOLD / "wild").glob("*.tsv"), key=lambda p: (not p.stem.isdigit(), int(p.stem) if p.stem.isdigit() else 0, p.stem))]
    return sorted(p.stem for p in GOLD.glob("*.tsv"))


def extracted_targets(plan_id: str) -> tuple[list[Target], object]:
    """Targets as extraction states them, one per occurrence (before rows share body targets)."""
    if plan_id.startswith("wild/") and plan_id.split("/", 1)[1].isdigit():
        number = plan_id.split("/", 1)[1]
        path = next(str(p) for p in WILD_TEXTS.iterdir() if p.name.split("、")[0] == number)
    else:  # a bundled plan: its hand-checked list, or (wild/<plan-id>) one annotated blind in round 13
        path = next(p for p in bundled_corpus() if Path(p).stem == plan_id.removeprefix("wild/"))
    document = next(iter(read_documents([path])))
    plans = extract_plans(document, load_lexicon(()))
    targets = [t for plan in plans for t in (*plan.targets, *(t for task in plan.tasks for t in task.targets))]
    return sorted(targets, key=lambda t: t.span.start), document


def _plain(text: str) -> str:
    # (a page in traditional characters: 消費 is 消费; a copy with readings: 增長(zhǎng) is 增長)
    return to_simplified(re.sub(r"[\s（）()“”\"、，,]", "", PINYIN_GLOSS.sub("", text)))


def field_agrees(name: str, gold: GoldTarget, predicted: Target) -> bool:
    if name == "comparator":
        return gold.comparator == predicted.comparator
    if name == "year":
        return gold.year == predicted.year
    if name == "period":
        return gold.period == (predicted.period_start, predicted.period_end)
    if name == "base_year":
        return gold.base_year == predicted.base_year
    # metric: one written form contains the other (the gold may add an elided subject)
    a, b = _plain(gold.metric), _plain(predicted.metric)
    return bool(a and b) and (a in b or b in a)


MAGNITUDES = {"万亿": Decimal("1e12"), "千万": Decimal("1e7"), "百万": Decimal("1e6"), "十万": Decimal("1e5"), "万": Decimal("1e4"), "亿": Decimal("1e8")}


def _quantity(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """2 万套 and 20000 套 are one quantity: an annotator may write either (吨／天 as written or 吨/天, 套(间) or 套, 萬(wàn)人 as a mirror glossed it or 万人);
    a share too, as a fraction or a percentage (占全市1/8: 0.125 or 12.5 %)."""
    unit = to_simplified(re.sub(r"\s", "", PINYIN_GLOSS.sub("", unit))).replace("／", "/").replace("％", "%").replace("个百分点", "百分点")
    unit = re.sub(r"(?<=.)[（(][^()（）]+[）)]$", "", unit)  # 5000 套(间): the measure, not its alternative in brackets
    if unit == "%":
        return (value / 100).quantize(Decimal("0.0001")).normalize(), ""
    if not unit and value < 1:
        return value.quantize(Decimal("0.0001")).normalize(), ""
    for prefix, factor in MAGNITUDES.items():
        if unit.startswith(prefix):  # (1200 万 alone: a bare count, as 12000000)
            return (value * factor).normalize(), unit[len(prefix) :]
    return value.normalize(), unit


def same_quantity(value: Decimal, unit: str, gold_value: Decimal, gold_unit: str) -> bool:
    """One quantity; people counted with no measure word (农村贫困人口减少60万以上) are the extractor's 万人 and
    an annotator's bare 600000."""
    found, gold = _quantity(value, unit), _quantity(gold_value, gold_unit)
    return found == gold or (not gold[1] and found[1] == "人" and found[0] == gold[0])


def score(plan_id: str) -> Score:
    gold = [g for g in read_gold(GOLD / f"{plan_id}.tsv")]
    predicted, document = extracted_targets(plan_id)
    result = Score(plan_id, gold=len(gold), predicted=len(predicted))
    unused = list(predicted)
    for item in sorted(gold, key=lambda g: g.doubtful):  # a sure item first: one figure answers for it before a doubtful one of the same line
        for candidate in unused:
            first, last = document.line_of(candidate.span.start), document.line_of(candidate.span.end - 1)
            if first <= item.line <= last and same_quantity(candidate.value, candidate.unit, item.value, item.unit):
                result.matched.append((item, candidate))
                unused.remove(candidate)
                break
        else:
            result.missed.append(item)
    result.spurious = unused
    return result
