"""Property-based tests over the readers and the whole build (issue 16): whatever bytes a file
holds and however a real plan is mangled, policygraph raises only its own errors, writes every
export, and reads or reports every responsibility clause.

The default run tries a few hundred cases; the long run tries ten thousand and more:

    POLICYGRAPH_FUZZ_EXAMPLES=2500 python -m pytest -m fuzz -p no:cacheprovider

(four properties × 2,500). Cases are fed to the library, not to a subprocess, so a hang would
show as a stuck test rather than a failure; the input-shape benchmark covers time.
"""

from __future__ import annotations

import io
import os
import random
import tempfile
from functools import lru_cache
from pathlib import Path

import docx
import networkx as nx
import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

import policygraph
from policygraph.errors import PolicyGraphError

pytestmark = pytest.mark.fuzz
EXAMPLES = int(os.environ.get("POLICYGRAPH_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PLANS = Path(__file__).parent / "data" / "corpus-more"
# characters hostile to IRIs, XML, terminals and CSV, beside the plan's own
HOSTILE = ["\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\ufffe", "\uffff", "\U000f0001", "\u202e", "\r", "\f", "\t",
           "=HYPERLINK(", "@SUM(", "<script>", "]]>", "&", '"', "\\", "\ud800"]
# words the readers key on, so that mutations make near-misses of real structure
STRUCTURE = ["（责任单位：", "（牵头单位：", "配合单位：", "☆", "）", "（", "、", "；", "。", "\n", "1.", "（一）", "一、",
             "到2025年，", "达到", "%", "万千瓦", "以上", "不低于", "区发改委", "市、区机管局", "等按职责分工负责", "牵头",
             "指标 2020年 2025年 属性\n", "第一章 发展基础\n", "完成期限：2023年6月底"]


@lru_cache(maxsize=None)
def plan_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(PLANS.glob("*.txt")))


@lru_cache(maxsize=1)
def small_pdf() -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    out = io.BytesIO()
    lines = plan_texts()[1].splitlines()[:40]
    SimpleDocTemplate(out).build([Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines if line.strip()])
    return out.getvalue()


@lru_cache(maxsize=1)
def small_docx() -> bytes:
    document = docx.Document()
    for line in plan_texts()[1].splitlines()[:60]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def mutate(data: bytes, seed: int, count: int) -> bytes:
    """``count`` random byte edits: flips, cuts, repeats and inserts."""
    rng, data = random.Random(seed), bytearray(data)
    for _ in range(count):
        at = rng.randrange(len(data) or 1)
        kind = rng.randrange(4)
        if kind == 0 and data:
            data[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del data[at : at + rng.randrange(1, 200)]
        elif kind == 2:
            data[at:at] = data[at : at + rng.randrange(1, 200)]
        else:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    return bytes(data)


def build_and_export(path: Path) -> policygraph.PolicyGraph | None:
    """Build one file and write every export in memory; None when the library refused the file
    with its own error. Anything else propagates and fails the test."""
    try:
        graph = policygraph.build([str(path)])
    except PolicyGraphError as error:
        assert "\n" not in str(error).strip(), "an error is one line"
        return None
    for warning in graph.warnings:
        assert "\n" not in warning.strip(), f"a warning is one line: {warning!r}"
    list(ox.parse(graph.export("ttl").encode(), format=ox.RdfFormat.TURTLE))
    list(ox.parse(graph.export("nt").encode(), format=ox.RdfFormat.N_TRIPLES))
    assert nx.read_graphml(io.BytesIO(graph.export("graphml").encode())).number_of_nodes() == graph.to_networkx().number_of_nodes()
    for name in ("jsonl", "csv", "targets"):
        graph.export(name)
    return graph


def clauses_accounted_for(graph: policygraph.PolicyGraph) -> None:
    """Every clause a plan counted became assignments of a task or a reported problem."""
    for plan in graph.plans:
        if any(task.kind == "row" for task in plan.tasks):
            continue  # table rows count their cells as clauses; test_clauses bounds those
        placed = sum(len(task.clause_spans) for task in plan.tasks)
        reported = sum(1 for p in plan.problems if p.reason.startswith(("clause is outside", "responsibility label or role word", "label ")))
        assert plan.clause_count == placed + reported, (plan.clause_count, placed, reported)


@lru_cache(maxsize=1)
def _case_folder() -> tempfile.TemporaryDirectory:
    # One folder for the whole run, removed at exit: a folder per case left thousands behind.
    return tempfile.TemporaryDirectory(prefix="pg-fuzz-")


def in_a_file(name: str, data: bytes) -> Path:
    """``data`` written as ``name`` in the run's case folder (cases run one at a time)."""
    folder = Path(_case_folder().name)
    for old in folder.iterdir():
        old.unlink()
    path = folder / name
    path.write_bytes(data)
    return path


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from([".txt", ".md", ".csv", ".tsv", ".docx", ".pdf", ".html", ".ofd", ".xlsx", ".xls"]))
def test_any_bytes_under_any_suffix_give_a_graph_or_one_line(data, suffix):
    build_and_export(in_a_file("plan" + suffix, data))


@lru_cache(maxsize=1)
def small_xlsx() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for line in plan_texts()[1].splitlines()[:40]:
        workbook.active.append(line.split("\t") if "\t" in line else [line])
    workbook.active.merge_cells("A1:C1")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@lru_cache(maxsize=1)
def small_html() -> bytes:
    lines = plan_texts()[1].splitlines()[:60]
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head><meta charset='gbk'><title>方案_政府网站</title></head><body><div id='zoom'>{body}</div></body></html>".encode("gb18030")


DAMAGEABLE = {".pdf": small_pdf, ".docx": small_docx, ".xlsx": small_xlsx, ".html": small_html}


@FUZZ
@given(st.sampled_from(sorted(DAMAGEABLE)), st.integers(0, 2**32), st.integers(1, 12))
def test_damaged_files_of_every_kind_give_a_graph_or_one_line(suffix, seed, edits):
    original = DAMAGEABLE[suffix]()
    build_and_export(in_a_file("plan" + suffix, mutate(original, seed, edits)))


@FUZZ
@given(st.integers(0, 4), st.integers(0, 2**32), st.integers(200, 6000),
       st.lists(st.tuples(st.floats(0, 1), st.sampled_from(HOSTILE + STRUCTURE)), max_size=30))
def test_a_mangled_real_plan_builds_and_accounts_for_every_clause(which, seed, length, insertions):
    text = plan_texts()[which]
    start = random.Random(seed).randrange(max(1, len(text) - length))
    piece = text[start : start + length]
    for where, word in sorted(insertions, reverse=True):
        at = int(where * len(piece))
        piece = piece[:at] + word + piece[at:]
    data = piece.encode("utf-8", errors="surrogatepass")  # a lone surrogate makes the bytes invalid UTF-8
    graph = build_and_export(in_a_file("plan.txt", data))
    if graph is not None:
        clauses_accounted_for(graph)


@FUZZ
@given(st.integers(0, 4), st.integers(0, 2**32), st.integers(1, 40))
def test_a_real_plan_with_its_bytes_damaged_builds_or_is_refused(which, seed, edits):
    data = mutate(plan_texts()[which].encode("utf-8"), seed, edits)
    graph = build_and_export(in_a_file("plan.txt", data))
    if graph is not None:
        clauses_accounted_for(graph)
