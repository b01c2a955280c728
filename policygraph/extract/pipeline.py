"""From one decoded document to a :class:`~policygraph.model.Plan`.

The steps run in a fixed order, each reading what the previous ones produced:

1. ``clean_layout``   markdown and footnote bodies out, offsets kept (read/layout.py)
2. ``metadata``       title, issuer, document number, date, jurisdiction (metadata.py)
3. ``outline``        sections, action areas, numbered items (structure.py)
4. ``clauses``        every bracketed responsibility clause, parsed (clauses.py)
5. ``tables``         task tables and their rows (tables.py)
6. ``deadlines``      table deadlines and quarterly milestones (deadlines.py)
7. ``targets``        quantitative targets of tasks, rows and the text around them (targets.py)

Name normalisation and cross-document linking follow in :mod:`policygraph.api`, once every
document of the batch has been read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from pathlib import Path

from ..data import alternatives, load_rules
from ..errors import Message
from ..model import BASIS_LABELLED, CO, LEAD, ActionArea, AdminLevel, Assignment, Plan, Problem, SourceDocument, Target, Task, make_unique
from ..normalize.lexicon import Lexicon
from ..read.layout import TextView, clean_layout, merge_spans, squeeze_text
from . import metadata
from .cell_lines import TEXT_LINE, rejoin_cell_lines
from .column_tables import ColumnRow, find_column_rows
from .clauses import LOOSE_LABEL, MAX_CLAUSE_CHARS, RULES, STRAY_LABEL, WORDED_CLOSE, ClauseMatch, Conventions, find_clauses, parse_units, read_conventions, states_rule, stray_leads, unknown_labels
from .citations import find_citations
from .deadlines import NO_VALUE, parse_deadline, parse_milestone
from .linking import match_action
from .prose import ProseStatement, charges_anyone, read_prose
from .structure import Node, attached_task_lists, body_end, chapters, is_safeguard_section, is_task_section, outline, section_end, walk
from .tables import Table, find_tables, first_table_start, goal_column, rejoin_split_actions, responsibility_cells
from .indicator_tables import find_allocation_tables, find_indicator_tables, find_place_column_tables, goal_cell_targets, is_indicator_header
from .targets import annual_due, annual_year, date_by_annual_title, date_years_ahead, drop_past_figures, find_targets


def plan_id(path: str) -> str:
    """A stable id from the file name: lower-case, words joined by ``-``."""
    stem = Path(path).stem
    return re.sub(r"[^0-9a-z\u3400-\u9fff]+", "-", stem.lower()).strip("-") or "plan"


MAX_DOCUMENTS = 10


def extract_plans(document: SourceDocument, lexicon: Lexicon, *, prose: bool = True) -> list[Plan]:
    """Read one file into its plans: usually one; more where the file holds several documents.

    A notice that issues several plans (关于印发《A》《B》的通知) followed by each, and a file
    that prints one document after another (a second banner or own number after the first
    document's body), give one plan per document. Each plan keeps offsets into the whole file
    (the other documents' characters are blanked, lines kept); the plans a notice issues share
    its issuers, date, number and place where they state none of their own. ``prose=False``
    leaves responsibility written in sentences (basis ``prose``) unread.
    """
    view, table_notes = document_view(document, lexicon)
    starts, issued_together = metadata.document_starts(view)
    if len(starts) >= MAX_DOCUMENTS:  # each part is read over the whole file: bound the cost, and say so
        plan = extract_plan(document, lexicon, view=view, table_notes=table_notes, prose=prose)
        plan.notes.append(Message("", "{count} documents found in this file; read as one (more than {most} are not split)", count=len(starts) + 1, most=MAX_DOCUMENTS))
        return [plan]
    if not starts:
        return [extract_plan(document, lexicon, view=view, table_notes=table_notes, prose=prose)]
    bounds = [0, *starts, len(document.text)]
    plans: list[Plan] = []
    base = plan_id(document.path)
    for index, (start, stop) in enumerate(zip(bounds, bounds[1:]), start=1):
        part = SourceDocument(document.path, _blank_outside(document.text, start, stop), document.kind, document.encoding)
        defaults = plans[0] if plans and issued_together else None
        plan = extract_plan(part, lexicon, defaults=defaults, plan_name=base if index == 1 else f"{base}-{index}", prose=prose)
        plan.notes.append(Message("", "document {index} of {count} in this file (from line {line})", index=index, count=len(bounds) - 1, line=document.line_of(start)))
        plans.append(plan)
    return plans


UNREAD_ROW = "a table row printed one cell per line whose cells could not be told apart (a cell over several rows?)"
UNSURE_LEAD = "doubtful: a table printed one cell per line gives its lead and partner cells one name per line; the first name is taken as the lead"


def document_view(document: SourceDocument, lexicon: Lexicon) -> tuple[TextView, list[tuple[int, int, str]]]:
    """The document's clean view, with tables printed one cell per line rejoined into rows, and
    the original spans of the rows to report (``(start, end, severity)``)."""
    notes: list[tuple[int, int, str]] = []
    return clean_layout(document.text, tables=lambda view: rejoin_cell_lines(view, lexicon, notes)), notes


def _blank_outside(text: str, start: int, stop: int) -> str:
    """``text`` with every character outside ``[start, stop)`` but line ends made a space."""
    def blank(piece: str) -> str:
        return re.sub(r"[^\n\r\f]", " ", piece)

    return blank(text[:start]) + text[start:stop] + blank(text[stop:])


def extract_plan(
    document: SourceDocument,
    lexicon: Lexicon,
    *,
    defaults: Plan | None = None,
    plan_name: str | None = None,
    view: TextView | None = None,
    table_notes: list[tuple[int, int, str]] | None = None,
    prose: bool = True,
) -> Plan:
    """Read one document into a plan with its tasks, assignments and problems.

    ``defaults``: the plan of the notice that issued this one, whose issuers, date, number and
    place this one takes where it states none. ``view``: the document's clean view, where the
    caller has made it already, with ``table_notes``: the spans of table rows it could not read.
    """
    if view is None:
        view, table_notes = document_view(document, lexicon)
    plan = Plan(id=plan_name or plan_id(document.path), source=document)
    for start, stop, severity in table_notes or ():
        reason = UNREAD_ROW if severity == "unparsed" else UNSURE_LEAD
        plan.problems.append(Problem(document.path, document.line_of(start), squeeze_text(document.text[start:stop]), reason, severity))
    meta = metadata.read_metadata(view.text, document.path, lexicon, plan.id)
    if defaults is not None:
        meta.doc_number = meta.doc_number or defaults.doc_number
        meta.issue_date, meta.date_precision = (meta.issue_date, meta.date_precision) if meta.issue_date else (defaults.issue_date, defaults.date_precision)
        meta.issuers = meta.issuers or list(defaults.issuers)
        meta.notice_title = meta.notice_title or defaults.notice_title
        if not meta.place_known and defaults.jurisdiction is not None and defaults.jurisdiction.known:
            meta.jurisdictions, meta.place_known = list(defaults.jurisdictions), True
            meta.place_evidence = f"issued by the notice of {defaults.id}: {defaults.place_evidence}"
    plan.doc_number, plan.issue_date, plan.date_precision = meta.doc_number, meta.issue_date, meta.date_precision
    plan.issuers, plan.notice_title = meta.issuers, meta.notice_title

    consumed: list[tuple[int, int]] = []  # view spans read as clauses or responsibility cells
    if document.kind == "table":
        tables = find_tables(view)
        plan.title = tables[0].title if tables else meta.title
    else:
        plan.title = meta.title
        plan.attachment_titles = metadata.read_attachments(view.text)
    plan.year = metadata.plan_year(plan.title, plan.issue_date, plan.doc_number)  # clause deadlines need it
    if document.kind != "table":
        tables = _read_body(plan, view, lexicon, consumed, prose)
    plan.place_evidence = meta.place_evidence
    if meta.place_known or document.kind != "table":  # a table with no place takes its plan's
        plan.jurisdictions = meta.jurisdictions
        plan.jurisdiction = meta.jurisdictions[0]
    if not meta.place_known and document.kind != "table":
        plan.notes.append(Message("", "place unknown, units scoped to {place}; seen: {evidence}", place=plan.jurisdiction.name, evidence=meta.place_evidence))
    plan.citations = find_citations(view, document, plan)
    plan.district = _district(plan, lexicon)
    for number, table in enumerate(tables, start=1):
        _read_table(plan, table, number, len(tables), view, lexicon, consumed)
    make_unique(plan.tasks, "local_id")  # (once for every table: once a table cost the square of their number)
    _report_stray_labels(plan, view, consumed)
    _read_indicator_tables(plan, view, lexicon)
    _targets_of_unread_rows(plan, table_notes or [])
    _targets_to_their_rows(plan)
    date_by_annual_title(plan)
    date_years_ahead(plan)
    drop_past_figures(plan)
    _deadlines_in_text(plan)
    return plan


def _targets_of_unread_rows(plan: Plan, table_notes: list[tuple[int, int, str]]) -> None:
    """The figures of a table's rows whose cells could not be told apart (reported, their units not
    read) are still the plan's targets: （1）地区生产总值增长5%左右 in a row of several items and units."""
    held = {(t.span.start, t.span.end) for t in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]}
    for start, stop, severity in table_notes:
        if severity != "unparsed":
            continue
        for target in find_targets(TextView.of(plan.source.text[start:stop], start), plan.source, due=annual_due(plan.title)):
            if (target.span.start, target.span.end) not in held:
                target.rules.append("unread_row")
                plan.targets.append(target)


# 2024年6月底前, 2023年底前, 2030年前: a date the task's own words set (not 到2025年, a horizon)
STATED_DEADLINE = re.compile(r"(?<!\d)\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:底|末)?\s*前(?!后)")


def _deadlines_in_text(plan: Plan) -> None:
    """A task with no deadline cell or clause takes the latest date its text sets (2024年6月底前完成…),
    read as a deadline cell would be."""
    text = plan.source.text
    for task in plan.tasks:
        if task.deadline is not None or task.span.end <= task.span.start:
            continue
        stated = [re.sub(r"\s", "", m.group()) for m in STATED_DEADLINE.finditer(text, task.span.start, task.span.end)]
        if stated:
            task.deadline = parse_deadline("、".join(stated), plan.year)


def _targets_to_their_rows(plan: Plan) -> None:
    """A target written in a table row is the row's: a body item whose text runs on over the
    table (an attachment's project list) does not hold it a second time, nor the plan a figure
    of a column the row does not promise (目前完成情况: 同比增加0.84%, a result)."""
    rows = merge_spans([(t.span.start, t.span.end) for t in plan.tasks if t.kind == "row"])
    if not rows:
        return
    plan.targets = [t for t in plan.targets if not _within(t.span.start, rows)]
    for task in plan.tasks:
        if task.kind != "row" and task.targets:
            task.targets = [t for t in task.targets if not _within(t.span.start, rows)]


def _read_indicator_tables(plan: Plan, view: TextView, lexicon: Lexicon) -> None:
    """Targets of indicator tables (指标 | 2020年 | 2025年) and of tables sharing targets out among
    places (地区 | …目标(%), or 指标名称 | 苏州市 | 张家港 …): a row that is a task (its table names a
    牵头单位) holds its own; the others are the plan's. They replace what the sentence reader
    made of the same lines."""
    found, spans = find_indicator_tables(view, plan.source)
    shared, shared_spans = find_allocation_tables(view, plan.source)  # 地区 | …降幅目标(%): a target per place
    # 指标名称 | 苏州市 | 张家港: a column per place, read from the text as written (the clean view takes
    # a row's number, or a figure repeated down a column, alone on its line, for a page's furniture)
    columns, column_spans = find_place_column_tables(TextView.of(plan.source.text), plan.source, lexicon)
    found, spans = sorted([*found, *shared, *columns], key=lambda t: t.span.start), [*spans, *shared_spans]
    if not spans and not column_spans:
        return
    review = _document_spans(view, _review_chapters(chapters(view), view))
    found = [t for t in found if not _within(t.span.start, review)]  # a table of results
    tables = merge_spans([*_document_spans(view, spans), *column_spans])
    plan.targets = [t for t in plan.targets if not _within(t.span.start, tables)]
    for task in plan.tasks:
        task.targets = [t for t in task.targets if not _within(t.span.start, tables)]
    rows = sorted(((task.span.start, task.span.end, task) for task in plan.tasks), key=lambda r: r[0])
    starts = [r[0] for r in rows]
    for target in found:
        index = bisect.bisect_right(starts, target.span.start) - 1
        if index >= 0 and rows[index][0] <= target.span.start < rows[index][1]:
            rows[index][2].targets.append(target)
        else:
            plan.targets.append(target)
    plan.targets.sort(key=lambda t: t.span.start)


def _report_stray_labels(plan: Plan, view: TextView, consumed: list[tuple[int, int]]) -> None:
    """The safety net: a responsibility label that no reader consumed is reported, not lost."""
    document = plan.source
    stray = [*STRAY_LABEL.finditer(view.text), *WORDED_CLOSE.finditer(view.text), *LOOSE_LABEL.finditer(view.text), *stray_leads(view.text)]
    read = merge_spans(consumed)
    unknown = {m.start() for m in unknown_labels(view.text)}
    for match in sorted([*stray, *unknown_labels(view.text)], key=lambda m: m.start()):
        if _within(match.start(), read):  # inside a span a reader consumed
            continue
        start, _ = view.original_span(match.start(), match.end())
        line_start = document.text.rfind("\n", 0, start) + 1
        line_end = document.text.find("\n", start)
        plan.clause_count += 1
        plan.problems.append(
            Problem(
                document.path,
                document.line_of(start),
                document.text[line_start : line_end if line_end != -1 else len(document.text)].strip()[:200],
                Message("", "label {word} is not one the reader knows; if it names owners, add it to clause_rules.json", word=match["word"])
                if match.start() in unknown else "responsibility label or role word outside any clause this reader understands",
            )
        )


def _district(plan: Plan, lexicon: Lexicon) -> str | None:
    """The county-level place a plan belongs to (金山区 for its park), else its own place's name."""
    if plan.jurisdiction is None:
        return None
    for place in lexicon.ancestors(plan.jurisdiction.code):
        if place.rank is AdminLevel.COUNTY:
            return place.name
    return plan.jurisdiction.name


# -- prose ---------------------------------------------------------------------------------
def _read_body(plan: Plan, view: TextView, lexicon: Lexicon, consumed: list[tuple[int, int]], read_sentences: bool = True) -> list[Table]:
    """Outline and clauses of the prose; returns the tables found after (or in) the body."""
    document = plan.source
    first = outline(view)
    body_start = first[0].start if first else 0
    end = attachments_from = body_end(view, body_start)
    table_start = first_table = first_table_start(view)
    while table_start is not None and table_start < end and is_indicator_header(_line_at(view.text, table_start)):
        # an indicator table (指标 | 2020年 | 2025年 | 牵头单位) stands among the chapters: the body goes on
        table_start = first_table_start(view, table_start + len(_line_at(view.text, table_start)) + 1)
    tables = find_tables(view) if first_table is not None else []
    body_end_at = end
    if table_start is not None and table_start < end:
        end = table_start
    nodes = outline(view, 0, end)
    # (一、重点任务's table, then 二、保障措施 and its items: the outline goes on after a task table in the body)
    after_tables = max((t.end for t in tables if t.start < body_end_at), default=end)
    following = outline(view, after_tables, body_end_at) if end < after_tables < body_end_at else []
    if following and following[0].level == 1:  # (not a note's items under the table, 注：1.…2.…)
        nodes += following
    chaptered = chapters(view)
    review_chapters = [(a, b) for a, b, heading in chaptered if reviews(heading)]
    for node in walk(nodes):  # an item of a review chapter (第一章 …基础与形势) ends with the chapter
        stop = next((b for a, b in review_chapters if a <= node.start < b), None)
        if stop is not None and node.end > stop:
            node.end = stop

    # A clause written inside a responsibility cell is read with its table row; any other
    # clause, even one in another cell, is placed in the outline or reported.
    cells = [cell for table in tables for cell in responsibility_cells(table)]
    in_cells = merge_spans([(cell.start, cell.end) for cell in cells])
    clauses = sorted((c for c in find_clauses(view, knows=lambda name: lexicon.knows(name) or lexicon.collective_noun(name) is not None) if not _within(c.start, in_cells)), key=lambda c: c.start)
    clause_starts = [c.start for c in clauses]
    plan.clause_count += len(clauses)
    consumed.extend((c.start, c.end) for c in clauses)
    conventions = read_conventions(view, [view.text[c.body_start : c.body_end] for c in clauses])
    in_tables = merge_spans([(t.start, t.end) for t in tables])
    column_rows = [r for r in find_column_rows(view, lexicon, plan.source.text) if not _within(r.cell_start, in_tables)]
    row_spans = merge_spans([view.original_span(r.start, r.end) for r in column_rows])  # document offsets, as prose's

    placed: set[int] = set()
    covered: list[tuple[int, int]] = []  # view ranges read as tasks
    goal_years = _goal_years(nodes, view)
    action_index = 0
    for node in walk(nodes):
        if node.level == 2 and any(child.level == 3 for child in node.children):
            action_index += 1
            start, stop = view.original_span(node.start, node.title_end)
            plan.actions.append(ActionArea(node.marker, node.title, document.span(start, stop), action_index))
        first, last = bisect.bisect_left(clause_starts, node.title_start), bisect.bisect_left(clause_starts, node.own_end)
        own = [c for c in clauses[first:last] if id(c) not in placed]
        # where an item has no clause, its sentences may say who does it (由X牵头, X会同Y…)
        reads_prose = read_sentences and not own and charges_anyone(node.headings())
        prose = read_prose(view, node.title_start, node.own_end, document, lexicon) if reads_prose else []
        prose = [p for p in prose if not _within(p.start, row_spans)]
        if node.level == 3 or (node.level == 2 and not node.children):
            # a leaf numbered under 重点任务 is a task even before we find its clause
            is_task = bool(own or prose) or is_task_section(node.section())
        else:
            is_task = bool(own or prose)
        if not is_task:
            continue
        placed.update(id(c) for c in own)
        plan.tasks.extend(_tasks_from_node(plan, node, own, view, lexicon, conventions, covered, prose, goal_years.get(id(node))))

    for clause in clauses:
        if id(clause) not in placed:
            start, stop = view.original_span(clause.start, clause.end)
            plan.problems.append(
                Problem(document.path, document.line_of(start), document.text[start:stop], "clause is outside any numbered task or item")
            )
    _read_column_rows(plan, column_rows, view, lexicon, consumed)
    make_unique(plan.tasks, "local_id")
    _apply_riders(plan.tasks)
    review = [(n.start, section_end(view, n)) for n in walk(nodes) if n.level <= 2 and reviews(n.title)]
    review += _review_chapters(chaptered, view) + _review_headings(view, 0, end)
    reviewed = _document_spans(view, review)
    for task in plan.tasks:
        if _within(task.span.start, reviewed):
            task.targets = []  # an item of a review (全州审批建设项目1495个): what was done, not promised
    # (…主要目标; （一）2025年目标: a year's goals, the year lasting through the section)
    goals = [(n.start, section_end(view, n)) for n in walk(nodes) if n.level <= 2 and (GOAL_SECTION.search(n.title) or GOAL_YEAR.search(n.title))]
    goals += [(start, stop) for start, stop, heading in chaptered if GOAL_SECTION.search(heading)]
    # a plan in chapters states its goals (第二章 …主要目标) before its first numbered item
    targets_start = min([body_start, *(start for start, _, heading in chaptered if not TOC_LINE.search(heading))])
    plan.targets = _targets_between(plan, view, targets_start, end, merge_spans(covered + review), merge_spans(goals))
    # the text after a task table in the body (a closing paragraph), where the preamble before the outline did not read it
    if end < (after := max(after_tables, targets_start)) < body_end_at:
        plan.targets += _targets_between(plan, view, after, body_end_at, merge_spans(covered + review), merge_spans(goals))
    # the preamble before the first item (通过实施方案，到2025年…下降18%) promises only what it dates ahead
    # (a title longer than titles are is a head the reader ran into the text: no line of it is taken for a name)
    titles = {re.sub(r"\s", "", t) for t in (plan.title, plan.notice_title) if t and len(t) <= MAX_TITLE_CHARS}
    preamble = [
        t for t in find_targets(view.slice(0, targets_start), plan.source, due=annual_due(plan.title))
        if _dated_ahead(t, plan.year) or _after_goal_label(t, document)
    ]
    plan.targets = [t for t in preamble + plan.targets if not _on_title_line(t, document, titles)]  # a count in the plan's name
    plan.targets += _targets_of_attached_lists(plan, view, attachments_from, in_tables)
    for table in tables:
        rejoin_split_actions(table, frozenset(a.title for a in plan.actions))
    return tables


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


GUIDELINES = re.compile(r"^[ \t\u3000]*(?:第[一二三四五六七八九十]+[章节][ \t\u3000]*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[ \t\u3000]*(?:指导思想|总体要求|总体思路)", re.M)


MIN_CHAPTER = 200  # characters: a contents line with no dots (第一章 发展回顾) is no chapter


def _review_chapters(chaptered: list[tuple[int, int, str]], view: TextView) -> list[tuple[int, int]]:
    """Chapters that review the past: by their heading (第一章 …基础与形势), or by standing before
    the chapter that states the plan's 指导思想 (``chaptered``: :func:`chapters` of ``view``)."""
    by_heading = [(start, stop) for start, stop, heading in chaptered if reviews(heading)]
    # and sections (第一节 取得成就) of a chapter that holds the guidelines too
    sections = [(start, stop) for start, stop, heading in chapters(view, "节") if not TOC_LINE.search(heading) and reviews(heading)]
    return by_heading + sections + _chapters_before_the_guidelines(chaptered, view)


def _document_spans(view: TextView, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """View spans as merged document spans, to test targets' and tasks' span starts with :func:`_within`."""
    return merge_spans([(view.original_span(a, a + 1)[0], view.original_span(b - 1, b)[1]) for a, b in spans if b > a])


def _chapters_before_the_guidelines(chaptered: list[tuple[int, int, str]], view: TextView) -> list[tuple[int, int]]:
    """A plan in chapters reviews before it plans: every chapter before the one that states its
    指导思想 / 总体要求 (第一章 开启…新征程, whatever its title) is background."""
    body = [(start, stop) for start, stop, heading in chaptered if not TOC_LINE.search(heading) and stop - start >= MIN_CHAPTER]
    if len(body) < 3:
        return []
    for index, (start, stop) in enumerate(body):
        if GUIDELINES.search(view.text, start, stop):
            return [(body[0][0], start)] if index > 0 else []
    return []


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``position`` falls inside one of ``spans`` (merged, sorted): a bisection."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _apply_riders(tasks: list[Task]) -> None:
    """Units a standing rider names (以下均需各市人民政府落实，不再列出) join every later task with a clause."""
    standing: list[Assignment] = []
    for task in tasks:
        if standing and task.clause_spans:
            named = {a.surface for a in task.assignments}
            task.assignments.extend(replace(a, rules=[*a.rules]) for a in standing if a.surface not in named)
        standing.extend(a for a in task.rider if a.surface not in {s.surface for s in standing})


REVIEW_SECTION = re.compile(alternatives(load_rules("target_rules")["review_sections"]))
# 抓住…机遇, 应对…挑战: an item that seizes or meets what a review heading names is a task
SEIZED = re.compile(f"(?:{alternatives(load_rules('target_rules')['review_words_seized'])})(?:(?!取得)[^，,。；;：:])*$")
HEADING_CLAUSE = re.compile(r"[^，,。；;：:]*")
# 2023年工作开展情况及2024年工作打算: a heading that reviews a year and plans the next covers both (its parts tell)
NEXT_STEPS = re.compile(f"(?:及|和|与|暨)[^，,。；;：:]*(?:{alternatives(load_rules('target_rules')['next_steps_after_review'])})")


REVIEW_HEADING = re.compile("(?:" + alternatives(load_rules("target_rules")["review_headings"]) + r")\s*$")
PLAN_HEADING = re.compile(alternatives(load_rules("target_rules")["plan_headings"]))
HEADING_LINE = re.compile(r"[^\n]{1,40}")  # a short line, a heading's length
SENTENCE_MARK = re.compile(r"[。，,；;：:！？]")
# (一、2024年工作回顾, （一）主要成效: a numbered heading's section is the outline's, ended by the next heading of its level)
OUTLINE_NUMBER = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[章节篇部])")


def _review_headings(view: TextView, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches a heading line with no outline number opens as a review (a work report's
    2024年工作回顾), each to the next heading line of plans (2025年工作安排, 二、2025年重点工作) or ``end``."""
    spans: list[tuple[int, int]] = []
    opened = None
    for line in TEXT_LINE.finditer(view.text, start, end):
        text = line.group().strip()
        if not HEADING_LINE.fullmatch(text) or SENTENCE_MARK.search(text):
            continue
        if opened is None and REVIEW_HEADING.search(text) and not NEXT_STEPS.search(text) and not OUTLINE_NUMBER.match(text):
            opened = line.start()
        elif opened is not None and PLAN_HEADING.search(text) and not REVIEW_HEADING.search(text):
            spans.append((opened, line.start()))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def reviews(heading: str) -> bool:
    """A heading of a section that looks back (发展基础, 面临的形势): a review word in its first
    clause that no verb there seizes (抓住…机遇 is work to do)."""
    first = HEADING_CLAUSE.match(heading.strip()).group()
    return any(
        not SEIZED.search(first, 0, found.start()) and not NEXT_STEPS.search(first, found.end())
        for found in REVIEW_SECTION.finditer(first)
    )
TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*\d*\s*$")  # 第一章 开启新征程..........1: a contents line
GOAL_SECTION = re.compile(alternatives(load_rules("target_rules")["goal_sections"]))


MAX_TITLE_CHARS = 120
TITLE_REACH = 4  # titles' lengths around a figure where the title it stands in can be (whitespace and all)


def _on_title_line(target, document: SourceDocument, titles: set[str]) -> bool:
    """The figure stands in the plan's title (…关于2024年实施47项民生实事的通知), on a line of its own or
    inside a page's field (名称：【保基本民生】…的通知 文号：): a count in a document's name, not a promise."""
    figure = document.text.find(format(target.value, "f"), target.span.start, target.span.end)
    position = figure if figure >= 0 else target.span.start
    start = document.text.rfind("\n", 0, position) + 1
    end = document.text.find("\n", position)
    end = end if end >= 0 else len(document.text)
    # a title is short: on a long line, only the stretch around the figure can hold it (a line of a
    # thousand targets would cost its length once per target)
    reach = TITLE_REACH * MAX_TITLE_CHARS
    start, end = max(start, position - reach), min(end, position + reach)
    line = re.sub(r"\s", "", document.text[start:end])
    if not line:
        return False
    if any(line in title for title in titles):
        return True
    at = len(re.sub(r"\s", "", document.text[start:position]))
    return figure >= 0 and any(0 <= line.find(title) <= at < line.find(title) + len(title) for title in titles if title)


# 主要预期目标是：…, 建议全年…主要预期目标为：…: a sentence that says it states the goals
GOAL_LABEL = re.compile(r"(?:" + alternatives(load_rules("target_rules")["goal_sections"]) + r")(?:是|为)?[:：]")
MAX_GOAL_SENTENCE = 400


def _after_goal_label(target, document: SourceDocument) -> bool:
    """True when the sentence that holds ``target`` opens with a goal label (主要预期目标是：)."""
    start = target.span.start
    window = document.text[max(0, start - MAX_GOAL_SENTENCE) : start]
    return bool(GOAL_LABEL.search(window[window.rfind("。") + 1 :]))


def _dated_ahead(target, plan_year: int | None) -> bool:
    due = target.year or target.period_end
    return (due is not None and (plan_year is None or due >= plan_year)) or "years_ahead" in target.rules


def _targets_of_attached_lists(plan: Plan, view: TextView, start: int, in_tables: list[tuple[int, int]]) -> list[Target]:
    """Targets of an attached task list (附件：…任务清单) no table reader took: a table printed a cell
    per line with no row numbers still states what each year promises (建设精品道路100条。)."""
    targets: list[Target] = []
    for list_start, list_end, title in attached_task_lists(view, start):
        # (2019年街镇生活垃圾分类目标任务分解表: a list of one year's aims, its levels due in that year)
        due = annual_due(plan.title) or annual_due(title)
        cuts = [(a, b) for a, b in in_tables if a < list_end and b > list_start]
        cursor = list_start
        for piece_start, piece_end in [*cuts, (list_end, list_end)]:
            if piece_start > cursor:
                found = find_targets(view.slice(cursor, min(piece_start, list_end)), plan.source, due=due)
                for target in found:
                    target.rules.append("attached_list")
                targets.extend(found)
            cursor = max(cursor, piece_end)
    return targets


def _targets_between(plan: Plan, view: TextView, start: int, end: int, covered: list[tuple[int, int]], goals: list[tuple[int, int]]):
    """Targets of the body text no task holds: the plan's own (主要目标, 工作目标). ``covered``: the
    tasks' text, and the sections that review the past (发展基础, 取得成效), whose figures are results.
    In a goals section a year lasts through the section (``goals``: their spans, merged)."""
    targets, cursor = [], start
    for task_start, task_end in [*sorted(covered), (end, end)]:
        if task_start > cursor:
            gap_end = min(task_start, end)
            cuts = sorted({cursor, gap_end, *(x for span in goals for x in span if cursor < x < gap_end)})
            for piece_start, piece_end in zip(cuts, cuts[1:]):
                in_goals = _within(piece_start, goals)
                due = _due(_goal_lead_year(view, piece_start, cursor if piece_start > cursor else 0), plan)
                targets.extend(find_targets(view.slice(piece_start, piece_end), plan.source, whole_section=in_goals, due=due))
        cursor = max(cursor, task_end)
    return targets


def _action_of(node: Node, plan: Plan) -> ActionArea | None:
    parent = node.parent
    if node.level == 3 and parent is not None and parent.level == 2:
        for action in plan.actions:
            if action.number == parent.marker and action.title == parent.title:
                return action
    return None


def _segments(node: Node, clauses: list[ClauseMatch], view: TextView) -> list[tuple[int, int, list[ClauseMatch]]]:
    """Split an item that assigns several pieces of work, each closed by its own clause.

    ``…编制专项规划。（责任部门：气候处，完成期限：6月底）配合…制定方案。（责任部门：气候处，
    完成期限：7月底）`` is two tasks. Clauses with no new sentence between them stay together.
    """
    if len(clauses) < 2:
        return [(node.title_start, clauses[-1].end if clauses else node.own_end, clauses)]
    segments, start, group = [], node.title_start, [clauses[0]]
    for previous, clause in zip(clauses, clauses[1:]):
        if "。" in view.text[previous.end : clause.start]:
            segments.append((start, previous.end, group))
            start, group = previous.end, []
        group.append(clause)
    segments.append((start, group[-1].end, group))
    return segments


def _tasks_from_node(
    plan: Plan,
    node: Node,
    clauses: list[ClauseMatch],
    view: TextView,
    lexicon: Lexicon,
    conventions: Conventions,
    covered: list[tuple[int, int]],
    prose: list[ProseStatement] | None = None,
    goal_year: int | None = None,
) -> list[Task]:
    document = plan.source
    section = node.section()
    action = _action_of(node, plan)
    if node.level == 3:
        prefix = action.index if action else (section.number if section else 0)
        local_id, kind, number = f"task/{prefix}.{node.number}", "task", str(node.number)
    elif node.level == 2 and section is not None and section is not node and not is_safeguard_section(section):
        local_id, kind, number = f"task/{section.number}.{node.number}", "task", node.marker
    else:
        parts = [str(section.number)] if section and section is not node else []
        local_id, kind, number = "measure/" + ".".join([*parts, str(node.number)]), "measure", node.marker
    segments = _segments(node, clauses, view)
    due = _due(goal_year, plan)
    tasks = []
    for index, (text_start, text_end, own) in enumerate(segments, start=1):
        start, stop = view.original_span(node.start if index == 1 else text_start, text_end)
        text = view.slice(text_start, text_end).squeeze().text
        task = Task(
            local_id=local_id if len(segments) == 1 else f"{local_id}-{index}",
            kind=kind,
            number=number if len(segments) == 1 else f"{number}-{index}",
            title=node.title if index == 1 else _first_sentence(text),
            text=text,
            span=document.span(start, stop),
            action=action,
            section=section.title if section else None,
        )
        if len(segments) > 1:
            task.notes.append(f"part {index} of {len(segments)} of item {node.marker}{node.title}")
        for clause in own:
            _add_clause(plan, task, clause, view, lexicon, conventions)
        if own:  # joined once: text added clause by clause would be copied again for each
            task.clause_text = " ".join(view.slice(c.start, c.end).squeeze().text for c in own)
        for statement in prose or []:
            task.assignments.extend(statement.assignments)
        if prose and all(statement.no_lead for statement in prose):
            task.notes.append("no lead named: its sentences give every unit they name the same duty")
        text_from = node.start if index == 1 else text_start
        task.targets = find_targets(view.slice(text_from, text_end), document, due=due)
        covered.append((text_from, text_end))
        tasks.append(task)
    return tasks


# 2025年文旅发展主要预期目标为： / （一）2025年目标: a year's goals, the items under them due that year
GOAL_YEAR = re.compile(  # (the year nearest the goals: 2024年至2026年目标 is due in 2026, …2023年工作完成情况及2024年工作目标 in 2024)
    r"(?P<year>(?:19|20)\d{2})年(?:(?!(?:19|20)\d{2}年)[^，,。；;：:\n]){0,16}?(?:" + alternatives(load_rules("target_rules")["goal_sections"]) + r"|目标)(?:为|是|如下)?[：:]?\s*$"
)


def _goal_years(nodes: list[Node], view: TextView) -> dict[int, int]:
    """The due year of the items of each list that a year's goals introduce, by ``id`` of the node: the
    list's parent heading (（一）2025年目标), or the line right before its first item (2025年…主要预期目标为：)."""
    years: dict[int, int] = {}

    def visit(siblings: list[Node], parent: Node | None) -> None:
        if not siblings:
            return
        found = GOAL_YEAR.search(parent.title) if parent is not None else None
        year = int(found["year"]) if found else _goal_lead_year(view, siblings[0].start, parent.title_end if parent is not None else 0)
        for node in siblings:
            if year is not None:
                years[id(node)] = year
            visit(node.children, node)

    visit(nodes, None)
    return years


def _due(goal_year: int | None, plan: Plan) -> tuple[int, str] | None:
    """What a text's targets that state no time are due by: the year of the goals they are listed under, or
    the annual plan's year (``due`` of :func:`find_targets`)."""
    return (goal_year, "goal_heading") if goal_year else annual_due(plan.title)


def _goal_lead_year(view: TextView, start: int, floor: int) -> int | None:
    """The year of the line right before ``start`` (no further back than ``floor``) when it
    introduces a year's goals with a colon (2025年文旅发展主要预期目标为：)."""
    line_end = view.text.rfind("\n", 0, start)
    line_start = view.text.rfind("\n", 0, max(0, line_end)) + 1 if line_end > 0 else 0
    lead = view.text[max(line_start, floor) : start].strip()
    found = GOAL_YEAR.search(lead) if lead.endswith(("：", ":")) else None
    return int(found["year"]) if found else None


def _first_sentence(text: str) -> str:
    cut = re.search(r"[。；;]", text)
    return text[: cut.start()] if cut and cut.start() <= 80 else text[:40]


def _add_clause(plan: Plan, task: Task, clause: ClauseMatch, view: TextView, lexicon: Lexicon, conventions: Conventions) -> None:
    document = plan.source
    start, stop = view.original_span(clause.start, clause.end)
    line = document.line_of(start)
    raw = document.text[start:stop]
    task.clause_spans.append(document.span(start, stop))
    cut_off = not clause.closed and not view.text[clause.body_end :].strip()
    if cut_off:  # （责任单位：区委宣传部、区委网信办… and the text ends: a page or an excerpt cut it off
        plan.problems.append(Problem(document.path, line, raw, "doubtful: clause runs to the end of the text (cut off?); the units before the end are read", "doubtful"))
    elif not clause.closed:
        plan.problems.append(Problem(document.path, line, raw, Message("", "clause has no closing bracket within {most} characters (a longer one is not read)", most=MAX_CLAUSE_CHARS)))
        return
    # 牵头单位：X on the line just above 责任单位：Y (nothing but white space between the two clauses)
    previous = task.clause_spans[-2] if len(task.clause_spans) > 1 else None  # (this clause's span is the last)
    adjacent = previous is not None and not document.text[previous.end : start].strip()
    lead_named = adjacent and any(a.role == LEAD and "role_label" in a.rules for a in task.assignments)
    parsed = parse_units(view.slice(clause.body_start, clause.body_end), document, lexicon, conventions, lead_named=lead_named)
    task.rider.extend(parsed.rider)
    if clause.bare:
        for assignment in parsed.assignments:
            assignment.rules.append("bare_list")  # no label: these are the task's units, by their place
    _report(plan, parsed.problems, line, raw)
    task.assignments.extend(parsed.assignments)
    task.leaders += [name for name in parsed.leaders if name not in task.leaders]  # （责任领导：杜新国；牵头单位：…）
    if parsed.no_lead:
        task.no_lead = True
        task.notes.append("no lead named: " + ("the clause gives every unit the same duty" if any("no_lead_named" in a.rules for a in parsed.assignments) else "责任单位 without 牵头单位, in a document that pairs them"))
    added = view.text[clause.body_end : clause.end].strip("，, \t）)〕］]】")  # (市住建局牵头，12月底前完成): the time the bracket adds
    if added and not parsed.deadline and clause.body_end < clause.end - 1 and not states_rule(squeeze_text(added)):  # (。列逗号之前的为牵头单位，下同)
        parsed.deadline = added
    opening = view.text[clause.start + 1 : clause.body_start].strip("，, \t")  # (6月底完成，牵头考核单位：…): the time before the label
    if opening and not parsed.deadline and not clause.bare:
        parsed.deadline = opening
    if parsed.deadline:
        deadline = parse_deadline(parsed.deadline, plan.year)
        if deadline and deadline.end is None and not deadline.ongoing:
            plan.problems.append(Problem(document.path, line, parsed.deadline, "doubtful: deadline not understood", "doubtful"))
        if deadline and (task.deadline is None or (deadline.end and task.deadline.end and deadline.end > task.deadline.end)):
            task.deadline = deadline


def _report(plan: Plan, problems: list[str], line: int, raw: str) -> None:
    for reason in problems:
        severity = "doubtful" if reason.startswith("doubtful") else "unparsed"
        plan.problems.append(Problem(plan.source.path, line, raw, reason, severity))


# -- tables --------------------------------------------------------------------------------
def _read_column_rows(plan: Plan, rows: list[ColumnRow], view: TextView, lexicon: Lexicon, consumed: list[tuple[int, int]]) -> None:
    """Rows of tables whose cells the text lost (see :mod:`column_tables`): one task each."""
    document = plan.source
    labels = RULES["labels"]
    for number, row in enumerate(rows, start=1):
        start, stop = view.original_span(row.start, row.end)
        text = view.slice(row.start, row.cell_start).squeeze().text
        task = Task(
            local_id=f"column-row/{number}",
            kind="row",
            number=str(number),
            title=text[:40] or None,
            text=text,
            span=document.span(start, stop),
            section=row.header,
            notes=["column_tail: a table whose cells the text lost; the row ends with its responsibility cell"],
        )
        cell = view.slice(row.cell_start, row.cell_end)
        task.clause_spans.append(document.span(*cell.original_span(0, len(cell))))
        # a 牵头部门 column: every unit in it leads; a 配合单位 column: every unit supports
        labelled = LEAD if row.header in labels["lead"] else CO if row.header in labels["co"] else None
        assignments = _read_cell(plan, cell, (row.cell_start, row.cell_end), lexicon, consumed, role=labelled)
        task.clause_text = cell.squeeze().text
        if row.co_start >= 0:  # …牵头单位 配合单位 printed a cell a line: the units after the lead's cell support
            co_cell = view.slice(row.co_start, row.co_end)
            task.clause_spans.append(document.span(*co_cell.original_span(0, len(co_cell))))
            # a line break between units is a list's 、, before a name's aside (高新园 / (邹区镇)) nothing
            breaks = [(m.start(), m.end(), "" if co_cell.text.startswith(("(", "（"), m.end()) else "、") for m in CELL_LINE_BREAK.finditer(co_cell.text)]
            listed = co_cell.replace(breaks)
            assignments += _read_cell(plan, listed, (row.co_start, row.co_end), lexicon, consumed, role=CO)
            task.clause_text += "；" + listed.squeeze().text
        for assignment in assignments:
            assignment.rules.append("column_tail")
        task.assignments.extend(assignments)
        task.targets = find_targets(view.slice(row.start, row.cell_start), document)
        plan.tasks.append(task)


# between the unit lines of a cell printed a unit a line, or two cells of units on a row's line (…农业局等 各县…)
CELL_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*|(?<=[局委办厅院府心司团处室会队所站部等区])[ \t\u3000]+(?=[^\s、，,]{2})")  # (not 县 委 办, spaced out)


def _read_cell(
    plan: Plan,
    cell: TextView,
    span: tuple[int, int],
    lexicon: Lexicon,
    consumed: list[tuple[int, int]],
    conventions: Conventions | None = None,
    role: str | None = None,
) -> list[Assignment]:
    """The units of one responsibility cell: counted as a clause, its view ``span`` consumed, its
    problems reported; ``role``, where the column names it, given to every unit (basis labelled)."""
    document = plan.source
    plan.clause_count += 1
    consumed.append(span)
    cell_start, cell_stop = cell.original_span(0, len(cell))
    parsed = parse_units(cell, document, lexicon, conventions, cell=True)
    _report(plan, parsed.problems, document.line_of(cell_start), document.text[cell_start:cell_stop])
    if role:
        for assignment in parsed.assignments:
            assignment.role, assignment.basis = role, BASIS_LABELLED
    return parsed.assignments


def _read_table(
    plan: Plan, table: Table, number: int, count: int, view: TextView, lexicon: Lexicon, consumed: list[tuple[int, int]]
) -> None:
    document = plan.source
    consumed.append((table.start, table.start + len(_line_at(view.text, table.start))))  # its header: the columns' names
    consumed.extend(table.repeated_header_spans)  # (and where a page prints them again)
    prefix = "row" if count == 1 else f"table{number}/row"
    own_year = plan.year or annual_year(plan.title)  # a milestone column of a year before it promises nothing
    for row in table.rows:
        start, stop = view.original_span(row.start, row.end)
        line = document.line_of(start)
        title = row.get("title") or row.get("text")
        task = Task(
            local_id=f"{prefix}/{row.get('number') or len(plan.tasks) + 1}",
            kind="row",
            number=row.get("number"),
            title=title,
            text=row.get("text") or title,
            span=document.span(start, stop),
            action_text=row.get("action") or None,
            section=table.title,
            notes=list(row.rules),
        )
        task.action = match_action(task.action_text, plan.actions)
        leader = row.get("leader")
        task.leaders = [name for name in re.split(r"[、，,/；;\s]+", leader) if name] if leader else []
        if row.get("deadline"):
            task.deadline = parse_deadline(row.get("deadline"), plan.year)
            if task.deadline and task.deadline.end is None and not task.deadline.ongoing:
                plan.problems.append(
                    Problem(document.path, line, row.get("deadline"), "doubtful: deadline not understood", "doubtful")
                )
        due = task.deadline.end.year if task.deadline and task.deadline.end else None
        own_cells = {id(c): c for c in (row.cells.get("title"), row.cells.get("text")) if c is not None}
        for own_cell in own_cells.values():  # the row's own text, not cells inherited from above
            task.targets.extend(find_targets(own_cell.view, document, due=(due, "row_deadline") if due else annual_due(plan.title)))
        goal = row.cells.get("goal")
        if goal is not None and goal.text:  # 年度目标 ≥2% beside 单位 %: the row's figure, its metric the row's own words
            year, measure, amount = goal_column(table.header[table.roles.index("goal")])
            when = (year, "goal_column_year") if year else (due, "row_deadline") if due else annual_due(plan.title)
            if amount:  # 年度投资金额（万元） 300: the project's amount
                metric = (row.get("title") or row.get("text")) + amount
            else:
                metric = next((c.text for c in (row.cells.get("text"), row.cells.get("title")) if c is not None and c.text), "")
            task.targets.extend(goal_cell_targets(goal.view, row.get("measure") or measure, metric, document, when))
        for key, value in row.values.items():
            if key.startswith("milestone:"):
                milestone = parse_milestone(key.split(":", 1)[1], value, due or plan.year)
                if milestone:
                    task.milestones.append(milestone)
                    # 光伏装机容量完成2兆瓦 under 一季度: a quantified step, due when the milestone is
                    year = milestone.end.year if milestone.end else due
                    if year is not None and own_year is not None and year < own_year:
                        continue  # 2023年工作任务 in a plan of 2024: last year's work, no promise of this plan
                    task.targets.extend(find_targets(row.cells[key].view, document, due=(year, "milestone") if year else None))
        cell, co_cell = (c if c is not None and c.text not in NO_VALUE else None for c in (row.source_cell("units"), row.source_cell("co_units")))
        if cell is None and co_cell is None:  # (／ or 无 in both: printed empty)
            plan.problems.append(Problem(document.path, line, view.text[row.start : row.end], "table row names no responsible unit"))
        for source, forced_role in ((cell, None), (co_cell, CO)):  # a 配合单位 column: everyone in it supports
            if source is None:
                continue
            conventions = Conventions(marks_leads=table.marks_leads)
            task.assignments.extend(_read_cell(plan, source.view, (source.start, source.end), lexicon, consumed, conventions, forced_role))
            task.clause_text = "；".join(filter(None, [task.clause_text, source.text]))
        plan.tasks.append(task)

