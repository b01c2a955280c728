"""Build time against input size for each shape of plan text (issue 16: it must grow linearly).

    python benchmarks/input_shapes.py                 # 10 KB, 100 KB, 1 MB of each shape
    python benchmarks/input_shapes.py --sizes 10000 100000 --shapes items targets

Each shape repeats one kind of line until the text reaches the size: numbered items without
clauses, items closed by a responsibility clause, clauses never closed, task-table rows,
sentences full of targets, a table printed one cell per line, lines of 序号 that open no table, one
sentence of targets that never ends, items a line each closed by their figure with no stop, and lines that quote a title reporting one year and planning the next, one line of results under a title that reports progress, names and counts a line each with no
punctuation at all, a table of figures printed a cell per line, tables of who does what, one clause
listing thousands of amounts with 、 (or 和, spaces, /), and thousands of metrics shared out (分别) among as many values (with a
unit each, or bare numbers but the last), a progress table a cell per line with no numbers, and clauses stating their
rule after a full stop. The figure printed is extraction time (reading, outline, clauses,
targets, prose) of one document of that size; "x per 10x" is how much longer ten times the
text takes (10 is linear, 100 quadratic). A second table gives the peak memory Python allocated
for the same extraction (tracemalloc, a separate untimed run), with its growth per 10x.
"""

from __future__ import annotations

import sys
import time
import tracemalloc

from policygraph.extract.pipeline import extract_plans
from policygraph.model import SourceDocument
from policygraph.normalize.lexicon import load_lexicon

HEADER = "关于印发《上海市青浦区测试实施方案》的通知\n各有关单位：\n一、重点任务\n"
SHAPES = {
    "items": lambda n: f"（{n % 9 + 1}）推进第{n}项工作，加强统筹协调，完善工作机制，确保各项任务落到实处。\n",
    "clauses": lambda n: f"{n}. 推进光伏建设，新建屋顶光伏项目。（责任单位：☆区发改委、区经委、区建管委、各镇、街道）\n",
    "unclosed": lambda n: f"{n}. 推进光伏建设（责任单位：区发改委、区经委、区建管委、区生态环境局、区农业农村委\n",
    "table": lambda n: f"{n}\t推进第{n}项光伏建设\t区发改委\t区经委、区建管委\t2025年底\n",
    "targets": lambda n: f"{n}. 到2025年，新增光伏装机容量不低于{n}万千瓦，森林覆盖率达到{n % 90}%，新建充电桩{n}个。\n",
    # a web page's table as text: its cells one per line (extract/cell_lines.py), a unit per line in one cell
    "cells": lambda n: f"{n}\n\n推进第{n}项光伏建设\n\n区发改委\n\n区经委\n\n区建管委\n\n2025年底\n\n",
    # lines of 序号 that open no table: each is looked at as a header and given up
    "headers": lambda n: f"序号\n\n推进第{n % 900 + 1}项工作\n\n{n % 900 + 1}\n\n",  # (no number that reads as a year)
    # one sentence that never ends: targets after commas, no full stop and no line break
    "sentence": lambda n: f"新增光伏装机容量不低于{n % 900 + 1}万千瓦，森林覆盖率达到{n % 90}%，",
    # under a title that reports one year and plans the next: lines that name both years, each looked at once
    "reported": lambda n: f"《烟墩镇营造林2022年完成情况及2023年工作计划》第{n}次修订，全镇完成造林{n % 900 + 1}亩。\n",
    # under a title that reports how work went: one line of results that never breaks, each figure's clause looked up
    "progress": lambda n: f"全市开展补贴性职业技能培训{n % 900 + 1}人次，",
    # names and counts a line each with no punctuation at all (a table's cells as lines): one clause, never broken
    # a web page's items a line each with no stop, each closed by its figure (targets' line ends taken for clause ends)
    "lined": lambda n: f"新建社区养老服务综合体{n}个\n力争城区老年助餐服务覆盖率达到{n % 90}%\n围绕重点群体开展第{n}项行动\n",
    "unbroken": lambda n: f"城东{n}\n{n % 900 + 1}个\n",
    # a table of figures printed a cell per line (序号 | 区域 | 新增装机容量（MW） | 新增示范工程), rows all alike
    "figures": lambda n: f"{n}\n\n城东{n}街道\n\n{n % 90 + 1}-{n % 90 + 2}\n\n{n % 9 + 1}\n\n",
    # tables of who does what a cell per line, one after another (单位 / 职责分工 / a unit / its duties)
    "duties": lambda n: f"单位\n\n职责分工\n\n区财政局\n\n负责保障第{n}项整治工作经费。\n\n",
    # pages whose dates are printed a piece a line, a page number at each foot (layout's number pieces)
    "pieces": lambda n: f"第{n}项工作于\n2025\n年\n{n % 12 + 1}\n月\n{n % 28 + 1}\n日完成。\n{n}\n\f",
    # brackets a collective opens, its levels sharing 级政府 (clauses' units-only check, shared suffixes)
    "collectives": lambda n: f"{n}. 推进第{n}项建设。（各市、县级政府负责，省能源局、省工业和信息化厅配合）\n",
    # one sentence that never ends, a base stated for it, changes after it (targets' stated base)
    "bases": lambda n: f"以20{n % 20 + 10}年为基数，第{n}项能耗下降{n % 9 + 1}%，",
    # one clause that lists amounts with 、 and never breaks: every rule looks back over the clause
    "listed": lambda n: f"新建充电桩{n % 900 + 1}个、",
    # the same, the items joined by 和, by spaces or by / (no 、 to cut the clause at)
    "anded": lambda n: f"新建充电桩{n % 900 + 1}个和",
    "spaced": lambda n: f"新建充电桩{n % 900 + 1}个 ",
    "slashed": lambda n: f"新建充电桩{n % 900 + 1}个/",
    # a progress report's table a cell per line with no 序号 and no row numbers (目标任务 / 工作进展 / 责任分工)
    "unnumbered": lambda n: f"全年新建公园{n % 900 + 1}个。\n\n一季度已新建公园{n % 9 + 1}个。\n\n镇{('经济发展', '农业农村', '社会事务')[n % 3]}办公室\n\n",
    # clauses that state the document's rule after the units, with its own full stop before the bracket's close
    "ruled": lambda n: f"{n}. 推进第{n}项建设。（责任单位：☆经信局、科技局。标☆的为牵头单位，下同。）\n",
}
# shapes whose text is not one line repeated: metrics listed, then 分别 and as many values (half the size each)
WHOLE_TEXTS = {
    "shared": lambda size: "1. 到2025年，" + "".join(f"第{n}项指标、" for n in range(1, size // 14))
    + "分别达到" + "、".join(f"{n % 90}%" for n in range(1, size // 14)) + "。\n",
    # the same, its values bare numbers but the last (分别达到1、2、…、90%): each looks ahead for the unit
    "bare": lambda size: "1. 到2025年，" + "".join(f"第{n}项指标、" for n in range(1, size // 12))
    + "分别达到" + "、".join(f"{n % 90 + 1}" for n in range(1, size // 12)) + "%。\n",
}
# shapes whose document opens with its own title line instead of HEADER
TITLES = {"reported": "烟墩镇营造林2022年完成情况及2023年工作计划\n", "progress": "六盘水市2023年“十件民生实事”进展情况\n"}
TABLE_HEADERS = {
    "table": "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n", "cells": "序号\n\n重点任务\n\n牵头单位\n\n完成时限\n\n",
    "figures": "各区“十四五”交通光伏任务分配表\n\n序号\n\n区域\n\n新增装机容量（MW）\n\n新增示范工程\n\n",
    "unnumbered": "某镇2024年《政府工作报告》重点任务进展情况\n\n目标任务\n\n工作进展\n\n责任分工\n\n",
}


def text_of(shape: str, size: int) -> str:
    if shape in WHOLE_TEXTS:
        return HEADER + WHOLE_TEXTS[shape](size)
    pieces = [TITLES.get(shape, HEADER) + TABLE_HEADERS.get(shape, "")]
    length, n = len(pieces[0]), 1
    while length < size:
        line = SHAPES[shape](n)
        pieces.append(line)
        length += len(line)
        n += 1
    return "".join(pieces)


def main(sizes: list[int], shapes: list[str]) -> None:
    lexicon = load_lexicon()
    print(f"{'shape':10} " + " ".join(f"{size // 1000:>8} KB" for size in sizes) + "   x per 10x")
    for shape in shapes:
        seconds = []
        for size in sizes:
            document = SourceDocument(f"{shape}.txt", text_of(shape, size), "text")
            start = time.perf_counter()
            extract_plans(document, lexicon)
            seconds.append(time.perf_counter() - start)
        growth = [later / max(earlier, 1e-3) for earlier, later in zip(seconds, seconds[1:])]
        print(f"{shape:10} " + " ".join(f"{s:>9.2f}s" for s in seconds) + "   " + " ".join(f"{g:.0f}" for g in growth))
    print(f"\n{'peak MiB':10} " + " ".join(f"{size // 1000:>8} KB" for size in sizes) + "   x per 10x")
    for shape in shapes:
        peaks = []
        for size in sizes:
            document = SourceDocument(f"{shape}.txt", text_of(shape, size), "text")
            tracemalloc.start()
            extract_plans(document, lexicon)
            peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
            tracemalloc.stop()
        growth = [later / max(earlier, 1e-3) for earlier, later in zip(peaks, peaks[1:])]
        print(f"{shape:10} " + " ".join(f"{p:>10.1f}" for p in peaks) + "   " + " ".join(f"{g:.0f}" for g in growth))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    sizes = [10_000, 100_000, 1_000_000]
    shapes = [*SHAPES, *WHOLE_TEXTS]
    if "--sizes" in arguments:
        at = arguments.index("--sizes")
        sizes = [int(a) for a in arguments[at + 1 :] if a.isdigit()]
    if "--shapes" in arguments:
        at = arguments.index("--shapes")
        shapes = [a for a in arguments[at + 1 :] if a in SHAPES or a in WHOLE_TEXTS]
    main(sizes, shapes)
