"""The document model: plain dataclasses between reading and the RDF graph.

Nothing here knows about rdflib. Readers produce :class:`SourceDocument`, extraction turns
those into :class:`Plan` objects holding :class:`Task` and :class:`Assignment` records, and
name normalisation fills in :class:`UnitRef` on every assignment. Offsets are Python ``str``
indices (Unicode code points) into the decoded source text, end exclusive.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

LEAD = "lead"
CO = "co"

# Why a unit got its role; exported as ``basis`` so a reader can judge the claim.
BASIS_MARKED = "marked"  # a ☆/★ marks the lead(s); unmarked units are co-responsible
BASIS_LABELLED = "labelled"  # the text labels the role: 牵头部门 / 配合部门 ...
BASIS_FIRST_LISTED = "first_listed"  # no marker: the first-listed unit leads by convention
BASIS_SOLE = "sole"  # the only unit named
BASIS_STATED = "stated_rule"  # the document states its rule once: 排在第一位的为牵头单位，下同
BASIS_RIDER = "standing_rider"  # 以下均需各市人民政府落实，不再列出: named once, responsible for every later task
BASIS_PROSE = "prose"  # a sentence, not a clause: 由X牵头, X会同Y…, X要… (keep or drop this layer)
BASES = (BASIS_MARKED, BASIS_LABELLED, BASIS_FIRST_LISTED, BASIS_STATED, BASIS_SOLE, BASIS_RIDER, BASIS_PROSE)


def make_unique(items: list, attribute: str) -> None:
    """Suffix ``-2``, ``-3``... to repeated values of ``attribute`` so that each is unique."""
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}  # (each base's suffixes below this are taken: a thousand row/1s cost a thousand looks)
    for item in items:
        base = candidate = getattr(item, attribute)
        suffix = next_suffix.get(base, 2)
        while candidate in taken:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        next_suffix[base] = suffix
        setattr(item, attribute, candidate)
        taken.add(candidate)


@dataclass(frozen=True)
class Span:
    """Where something came from: the path as given, code-point offsets, 1-based line."""

    file: str
    start: int
    end: int
    line: int


@dataclass(repr=False)
class SourceDocument:
    """A decoded input file."""

    path: str  # as the user gave it (or the bundled corpus path)
    text: str
    kind: str  # "text" (prose plan, may embed tables) or "table" (a task table on its own)
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)  # what the reader could not do (reported, one line each)
    _line_ends: tuple[str, list[int]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def __repr__(self) -> str:
        return f"<SourceDocument {self.path!r} {self.kind}, {len(self.text):,} characters, {self.encoding}>"

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (a bisection over the text's line ends)."""
        if self._line_ends is None or self._line_ends[0] is not self.text:
            self._line_ends = (self.text, [i for i, char in enumerate(self.text) if char == "\n"])
        return bisect.bisect_left(self._line_ends[1], offset) + 1

    def span(self, start: int, end: int) -> Span:
        return Span(self.path, start, end, self.line_of(start))


@dataclass
class Problem:
    """A responsibility clause (or cell) that did not become graph facts, or a doubtful one."""

    file: str
    line: int
    text: str
    reason: str
    severity: str = "unparsed"  # "unparsed" | "doubtful"


@dataclass
class UnitRef:
    """The organisation a mention resolves to (filled in by name normalisation)."""

    key: str  # stable identity within the corpus: "<jurisdiction code>/<local id>"
    name: str  # preferred label: place + longest written spelling (闵行区发展改革委), or the surface form
    jurisdiction: str  # jurisdiction code, e.g. 310116
    type_id: str | None  # department type from the lexicon, None if unknown
    type_label: str | None
    collective: bool
    kind: str  # "department" | "collective" | "named" (town, company, park office...)


@dataclass
class Assignment:
    """One unit named responsible for one task, with its role and the basis of that role."""

    surface: str  # as written, whitespace and markers removed
    role: str  # LEAD | CO
    basis: str  # one of BASES
    collective: bool
    span: Span
    rules: list[str] = field(default_factory=list)  # named rules that shaped this mention
    unit: UnitRef | None = None
    group: int = 0  # index of the ；-separated group of its clause (a joint plan's units, government by government)


@dataclass
class Deadline:
    text: str
    end: dt.date | None = None
    ongoing: bool = False


@dataclass
class Milestone:
    period: str  # the column header as written, e.g. 一季度
    quarter: int | None
    end: dt.date | None
    text: str


# How a target binds its value (pg:Comparators in the ontology).
AT_LEAST, AT_MOST, MORE_THAN, REACH, DECREASE_BY, INCREASE_BY = (
    "at_least", "at_most", "more_than", "reach", "decrease_by", "increase_by"
)
COMPARATORS = (AT_LEAST, AT_MOST, MORE_THAN, REACH, DECREASE_BY, INCREASE_BY)


@dataclass(repr=False)
class Target:
    """A quantitative promise: 到2025年，新增光伏装机容量不低于30万千瓦.

    ``year`` is the year it is due; a planning period (“十四五”期间) gives ``period_start`` and
    ``period_end`` instead, and ``2022年起`` a start alone. ``base_year`` is what a change
    (下降/提高 X%) is measured against; ``baseline`` the figure a level starts from (由…的16.4%
    提高到20%), whose year is the base year.
    """

    text: str  # metric to unit as written, whitespace removed
    metric: str
    value: Decimal
    unit: str  # as written, magnitude included (万千瓦); "" for a bare number (PUE 1.3)
    comparator: str  # one of COMPARATORS
    span: Span
    year: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    base_year: int | None = None
    value_max: Decimal | None = None  # a range's upper bound (建设1-2个: value 1, value_max 2)
    baseline: Decimal | None = None  # the figure it starts from: 由2020年的16.4%提高到20% -> 16.4
    baseline_unit: str = ""
    approximate: bool = False  # 左右, 约
    rules: list[str] = field(default_factory=list)  # named rules that shaped it (elided_metric, distributive...)
    local_id: str = ""  # unique within plan_id, e.g. "target/7"
    plan_id: str = ""  # the document that states it

    @property
    def due_year(self) -> int | None:
        """The last year the target allows: its year, else the end of its period."""
        return self.year or self.period_end

    def __repr__(self) -> str:
        symbol = {AT_LEAST: "≥", AT_MOST: "≤", MORE_THAN: ">", REACH: "=", DECREASE_BY: "-", INCREASE_BY: "+"}[self.comparator]
        when = self.year or (f"{self.period_start or ''}–{self.period_end or ''}" if self.period_start or self.period_end else "no year")
        return f"<Target {self.metric} {symbol} {self.value}{self.unit} ({when}) {self.span.file}:{self.span.line}>"

    def same_promise(self, other: Target) -> bool:
        """The same number, unit, binding and time: a table row restating a body target."""
        return (self.value, self.unit, self.comparator, self.year, self.period_start, self.period_end, self.base_year) == (
            other.value, other.unit, other.comparator, other.year, other.period_start, other.period_end, other.base_year
        )


@dataclass(frozen=True)
class ActionTheme:
    """A field of work (energy, transport...) that action areas of different plans share."""

    id: str
    label_zh: str
    label_en: str
    keywords: tuple[str, ...]


@dataclass
class ActionArea:
    number: str  # as written, e.g. （三）
    title: str
    span: Span
    index: int  # 1-based position among the plan's action areas
    theme: ActionTheme | None = None


@dataclass(repr=False)
class Task:
    """A numbered task, a clause-bearing 保障措施 item, or a row of a task table."""

    local_id: str  # unique within the plan, e.g. "task/3.2", "measure/4.1", "row/16"
    kind: str  # "task" | "measure" | "row"
    number: str
    title: str
    text: str
    span: Span
    action: ActionArea | None = None
    section: str | None = None  # the outline section (重点任务, 保障措施) or table caption
    action_text: str | None = None  # the action cell of a table row, as rejoined
    assignments: list[Assignment] = field(default_factory=list)
    clause_text: str | None = None
    clause_spans: list[Span] = field(default_factory=list)  # each responsibility clause read for this task
    leaders: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    milestones: list[Milestone] = field(default_factory=list)
    restates: Task | None = None  # a table row's body task
    restates_score: float | None = None
    lead_conflict: bool = False
    no_lead: bool = False  # a clause names units but, on purpose, no lead (…按职责分工负责)
    theme: ActionTheme | None = None  # its action area's, or from its own title without one
    targets: list[Target] = field(default_factory=list)  # a restating row shares its body task's
    notes: list[str] = field(default_factory=list)
    rider: list[Assignment] = field(default_factory=list)  # units its clause makes responsible for every later task

    @property
    def leads(self) -> list[Assignment]:
        return [a for a in self.assignments if a.role == LEAD]

    def __repr__(self) -> str:
        lead = "、".join(a.surface for a in self.leads) or "no lead"
        return f"<Task {self.number} {self.title[:30]!r} lead {lead}, {len(self.cos)} co, {len(self.targets)} targets {self.span.file}:{self.span.line}>"

    @property
    def cos(self) -> list[Assignment]:
        return [a for a in self.assignments if a.role == CO]


class AdminLevel(str, Enum):
    """Where a jurisdiction sits in China's administrative hierarchy (pg:AdminLevel in the ontology)."""

    NATIONAL = "national"  # 国务院, the ministries
    PROVINCE = "province"  # 省, 自治区, 直辖市
    PREFECTURE = "prefecture"  # 地级市, 自治州, 地区, 盟
    COUNTY = "county"  # 市辖区, 县, 县级市, 旗
    ZONE = "zone"  # 开发区, 高新区, 新区 run by a committee, within a city or district
    TOWNSHIP = "township"
    UNKNOWN = "unknown"  # a plan whose place could not be told


@dataclass
class Jurisdiction:
    """A place a plan or a unit belongs to: a division of GB/T 2260, a zone, China, or unknown."""

    code: str
    name: str
    level: str  # the word a level prefix points with: 省 自治区 市 州 区 县 旗 园区 ...
    parent: str | None
    aliases: tuple[str, ...] = ()
    rank: AdminLevel = AdminLevel.UNKNOWN
    status: str = "current"  # "former": a code no longer in use (renamed, merged)
    successor: str | None = None  # a former division's current one, where it is known

    @property
    def known(self) -> bool:
        return self.rank is not AdminLevel.UNKNOWN


@dataclass
class Citation:
    """Another document a plan cites: 《国务院关于印发…的通知》（国发〔2021〕23号）."""

    title: str | None  # as written inside 《》, whitespace removed; None for a bare number
    number: str | None  # 国发〔2021〕23号, digits made half-width
    span: Span
    cited_plan: str | None = None  # id of the plan of this batch it names, once linked


@dataclass(repr=False)
class Plan:
    """One input document read as a plan, or as a task table attached to a plan."""

    id: str
    source: SourceDocument
    title: str | None = None
    notice_title: str | None = None  # 关于印发《title》的通知, when a notice issues the plan
    issuers: list[str] = field(default_factory=list)  # every issuing body, place completed
    doc_number: str | None = None
    issue_date: dt.date | None = None
    date_precision: str = "day"  # "month" for a cover's 2021年9月
    year: int | None = None
    jurisdiction: Jurisdiction | None = None  # the first of ``jurisdictions``
    jurisdictions: list[Jurisdiction] = field(default_factory=list)  # a joint plan has several
    place_evidence: str = ""  # what told the place (or, for an unknown place, what was seen)
    citations: list[Citation] = field(default_factory=list)
    district: str | None = None
    attachment_titles: list[str] = field(default_factory=list)
    part_of: Plan | None = None  # set on a stand-alone task table: the plan it belongs to
    part_of_score: float | None = None
    actions: list[ActionArea] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)  # stated outside any task (主要目标)
    notes: list[str] = field(default_factory=list)  # things a user should know, shown as warnings
    clause_count: int = 0  # responsibility clauses and table cells found

    def __repr__(self) -> str:
        place = "、".join(p.name for p in self.places) or "place unknown"
        what = f"table of {self.part_of.id}" if self.part_of else (self.doc_number or "plan")
        return f"<Plan {self.id!r} {self.title or ''} [{what}; {place}]: {len(self.tasks)} tasks, {len(self.assignments)} assignments, {len(self.own_targets())} targets>"

    def _repr_html_(self) -> str:
        """Its tasks as a table, as a notebook shows them."""
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(t.number)}</td><td>{escape(t.title)}</td><td>{escape('、'.join(a.surface for a in t.leads))}</td>"
            f"<td>{escape('、'.join(a.surface for a in t.cos))}</td><td>{escape(t.deadline.text if t.deadline else '')}</td>"
            f"<td>{len(t.targets)}</td><td>{escape(t.span.file)}:{t.span.line}</td></tr>"
            for t in self.tasks
        )
        head = "".join(f"<th>{h}</th>" for h in ("序号", "任务", "牵头", "配合", "完成时限", "目标", "出处"))
        return f"<p><b>{escape(self.title or self.id)}</b> {escape(repr(self))}</p><table><tr>{head}</tr>{rows}</table>"

    @property
    def places(self) -> list[Jurisdiction]:
        """Every government the plan belongs to (its ``jurisdictions``, or its one ``jurisdiction``)."""
        return self.jurisdictions or ([self.jurisdiction] if self.jurisdiction else [])

    @property
    def issuer(self) -> str | None:
        """The first issuing body (the one the notice or signature names first)."""
        return self.issuers[0] if self.issuers else None

    @property
    def main_plan(self) -> Plan:
        return self.part_of.main_plan if self.part_of else self

    @property
    def assignments(self) -> list[Assignment]:
        return [a for t in self.tasks for a in t.assignments]

    def own_targets(self) -> list[Target]:
        """Every target this document states, in its tasks or outside them, in text order.

        A table row that restates a body task shares the body's target object, which belongs
        to the body's document (``plan_id``) and is listed there.
        """
        seen: dict[int, Target] = {}
        for target in [*self.targets, *(t for task in self.tasks for t in task.targets)]:
            if target.plan_id in ("", self.id):
                seen.setdefault(id(target), target)
        return sorted(seen.values(), key=lambda t: t.span.start)


@dataclass(repr=False)
class Corpus:
    """Everything read in one build."""

    plans: list[Plan]
    warnings: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<Corpus {len(self.plans)} documents, {len(self.tasks)} tasks, {len(self.warnings)} warnings>"

    @property
    def tasks(self) -> list[Task]:
        return [t for p in self.plans for t in p.tasks]

    @property
    def problems(self) -> list[Problem]:
        return [pr for p in self.plans for pr in p.problems]
