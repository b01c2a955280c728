"""Score plan metadata against the blind gold of ``tests/data/metadata/``.

``tests/data/wild/`` holds the text of real documents as the PDF reader gives it; for each of
them (36 in a first round, the other 60 in a second), of every level and kind (national,
provincial, city, zone; notices, plans, five-year plans, measures, a decree, news reports, a web
page), ``metadata/gold/<n>.json`` holds what a careful
reader found, made by helpers who saw only the text and ``metadata/GUIDE.md``, never the
extractor or its output. Used by ``tests/test_plan_identity.py`` and ``benchmarks/metadata_gold.py``.

How fields are compared (whitespace, quote marks and bracket widths never count):

* title / notice title: equal, or equal once an issuer printed in front of 关于 is taken off
  both (the guide keeps ``省人民政府关于…`` whole; either reading names the same document);
* number: equal once normalised (〔〕 for any bracket, half-width digits);
* issuers: the first issuer, and the set (a predicted name matches a gold one when it is its
  full name or its written form, 人民政府 = 政府);
* date: equal, to the day or to the month as the gold gives it;
* place: the set of places equal (China is 中国; a gold name written with its parents, 上海市静安区,
  is the place it names); an unknown place is right only where the gold names none (a zone the
  text never names);
* citations: precision and recall; a predicted citation matches a gold one with the same
  number, or the same title.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from policygraph.extract.citations import normalise_number, normalise_title
from policygraph.extract.pipeline import extract_plan
from policygraph.model import Plan
from policygraph.normalize.lexicon import load_lexicon
from policygraph.normalize.places import places_at_start, township_after
from policygraph.read.layout import to_simplified
from policygraph.read.text import read_documents

DATA = Path(__file__).parent / "data" / "metadata"
TEXTS = Path(__file__).parent / "data" / "wild"
FIELDS = ("title", "notice", "number", "issuer", "date", "place")


def _title(text: str | None) -> str:
    return to_simplified(normalise_title(text or "").replace("【", "").replace("】", ""))


def _without_issuer(text: str) -> str:
    match = re.match(r"^.{2,40}?(?=关于)", text)
    return text[match.end() :] if match else text


def same_title(predicted: str | None, gold: str | None) -> bool:
    a, b = _title(predicted), _title(gold)
    return a == b or (bool(a) and _without_issuer(a) == _without_issuer(b))


def _gold_place(name: str | None) -> str | None:
    """A gold place's name as the lexicon names it (上海市静安区 is 静安区; 龙陵县镇安镇, 镇安镇); None: unnamed."""
    if name is None:
        return None
    lexicon = load_lexicon()
    township = township_after(name, lexicon)
    if township:
        return township.name
    matched, found = places_at_start(name, lexicon, short=False)
    return found[0].name if matched == re.sub(r"\s", "", name) and len(found) == 1 else name


ZONE_SHORT = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("国家级高新区", "高新区"), ("国家高新区", "高新区"), ("国家级经开区", "经开区"), ("国家经开区", "经开区"))


def _zone_short(name: str | None) -> str | None:
    """A zone's name in its usual short form (新乡高新技术产业开发区 and 新乡国家高新区 are 新乡高新区), so that either names it."""
    for full, short in ZONE_SHORT:
        name = name.replace(full, short) if name else name
    return name


def _org(name: str) -> str:
    return re.sub(r"\s", "", name).replace("人民政府", "政府")


def _same_org(predicted: str, names: set[str]) -> bool:
    """``predicted`` is one of ``names``, or one of them with a higher place written before it
    (下陆区人民政府办公室 is 黄石市下陆区人民政府办公室), as places are (上海市静安区 is 静安区)."""
    lexicon = load_lexicon()
    for name in names:
        shorter, longer = sorted((predicted, name), key=len)
        if longer == shorter:
            return True
        if longer.endswith(shorter):
            prefix = longer[: len(longer) - len(shorter)]
            matched, higher = places_at_start(prefix, lexicon, short=False)
            lower = places_at_start(shorter, lexicon, short=False)[1]  # (not 发展改革委 for 北京市发展改革委: no place at all)
            if matched == prefix and any(lexicon.is_within(low.code, high.code) for low in lower for high in higher):
                return True
    return False


@dataclass
class DocumentScore:
    name: str
    checks: dict[str, bool] = field(default_factory=dict)
    issuers: tuple[int, int, int] = (0, 0, 0)  # matched, predicted, gold
    citations: tuple[int, int, int] = (0, 0, 0)
    details: dict[str, tuple] = field(default_factory=dict)  # field -> (predicted, gold) where wrong


def gold_documents() -> list[str]:
    """Running numbers of the documents with gold, in numeric order."""
    return sorted((p.stem for p in (DATA / "gold").glob("*.json")), key=int)


def text_path(number: str) -> Path:
    return next(p for p in TEXTS.iterdir() if p.name.split("、")[0] == number)


def extract(number: str) -> Plan:
    document = next(iter(read_documents([str(text_path(number))])))
    return extract_plan(document, load_lexicon())


def _date(plan: Plan) -> str | None:
    if plan.issue_date is None:
        return None
    return plan.issue_date.strftime("%Y-%m") if plan.date_precision == "month" else plan.issue_date.isoformat()


def _citation_match(predicted, gold: dict) -> bool:
    if predicted.number and gold.get("number") and normalise_number(predicted.number) == normalise_number(gold["number"]):
        return True
    return bool(predicted.title and gold.get("title")) and _title(predicted.title) == _title(gold["title"])


def score(number: str, plan: Plan | None = None) -> DocumentScore:
    gold_file = json.loads((DATA / "gold" / f"{number}.json").read_text(encoding="utf-8"))
    gold = gold_file["documents"][0]
    plan = plan or extract(number)
    result = DocumentScore(number)
    checks = result.checks
    checks["title"] = same_title(plan.title, gold["title"])
    checks["notice"] = (plan.notice_title is None and gold["notice_title"] is None) or (
        plan.notice_title is not None and gold["notice_title"] is not None and same_title(plan.notice_title, gold["notice_title"])
    )
    checks["number"] = (plan.doc_number and normalise_number(plan.doc_number)) == (gold["doc_number"] and normalise_number(to_simplified(gold["doc_number"])))
    gold_issuers = [{_org(i["name"]), _org(i.get("written") or i["name"])} for i in gold["issuers"]]
    predicted = [_org(i) for i in plan.issuers]
    matched = sum(1 for names in gold_issuers if any(_same_org(p, names) for p in predicted))
    result.issuers = (matched, len(predicted), len(gold_issuers))
    checks["issuer"] = (not predicted and not gold_issuers) or bool(predicted and gold_issuers and _same_org(predicted[0], gold_issuers[0]))
    checks["date"] = _date(plan) == gold["date"]
    places = {j.name for j in plan.jurisdictions if j.known}
    checks["place"] = {_zone_short(p) for p in places} == {_zone_short(_gold_place(j["name"])) for j in gold["jurisdictions"]} - {None}
    found = [c for c in plan.citations]
    hits = sum(1 for g in gold["citations"] if any(_citation_match(c, g) for c in found))
    right = sum(1 for c in found if any(_citation_match(c, g) for g in gold["citations"]))
    result.citations = (right, len(found), len(gold["citations"]), hits)
    wanted = {
        "title": (plan.title, gold["title"]),
        "notice": (plan.notice_title, gold["notice_title"]),
        "number": (plan.doc_number, gold["doc_number"]),
        "issuer": (plan.issuers, [i["name"] for i in gold["issuers"]]),
        "date": (_date(plan), gold["date"]),
        "place": (sorted(places) or plan.place_evidence, sorted(j["name"] for j in gold["jurisdictions"])),
    }
    result.details = {name: wanted[name] for name, ok in checks.items() if not ok}
    return result
