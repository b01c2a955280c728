"""Is every responsibility clause of a folder read or reported? A deliberately broad detector.

    python benchmarks/clause_coverage.py FOLDER [FOLDER...]   # one line per file, then totals
    python benchmarks/clause_coverage.py FOLDER --verbose     # and every clause neither read nor reported

The broad detector finds, independently of the clause reader: any responsibility label
(责任单位：, 牵头部门：, 配合单位： …), any bracket that holds a role word (牵头, 配合, 负责, 落实; not 负责人 or
负责部门, nouns), and any bracket of two or more names ending as organisations do (not a note
opening with 含). Per file it prints those found,
how many the build read into assignments, how many it reported (unparsed or doubtful), how
many it neither read nor reported, tasks with units, and names the name check kept out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import policygraph
from policygraph.read.text import read_documents

BROAD = re.compile(
    r"(?:责\s*任|牵\s*头|配\s*合|协\s*办|主\s*责|承\s*办|实\s*施|参\s*与)\s*(?:单\s*位|部\s*门|处\s*室|科\s*室)\s*[：:]"
    r"|[（(〔［【](?!含)[^（(〔［【）)〕］】。]{2,300}?(?:牵头|配合|负责(?!人|部门)|落实)[^（(〔［【）)〕］】。]{0,20}[）)〕］】]"
    r"|[（(〔［【](?!含)(?:[\u4e00-\u9fff]{2,20}?(?:局|委|厅|办|部|院|政府|中心|公司|分行)、){1,}[\u4e00-\u9fff]{2,20}?(?:局|委|厅|办|部|院|政府|中心|公司|分行)[）)〕］】]"
)


def main(paths: list[str], verbose: bool) -> None:
    graph = policygraph.build(paths)
    totals = [0] * 6
    print(f"{'file':48} {'broad':>6} {'read':>5} {'reported':>8} {'neither':>7} {'tasks':>6} {'kept out':>8}")
    by_file: dict[str, list] = {}
    for plan in graph.plans:
        by_file.setdefault(plan.source.path, []).append(plan)
    for path, plans in by_file.items():
        # a file split into several plans: each part blanks the others, so count on the whole file
        text = plans[0].source.text if len(plans) == 1 else next(iter(read_documents([path]))).text
        read_lines = {line for p in plans for t in p.tasks for s in t.clause_spans for line in range(s.line, s.line + 4)}
        read_lines |= {a.span.line for p in plans for a in p.assignments}
        reported_lines = {pr.line for p in plans for pr in p.problems}
        counts = [0, 0, 0, 0]
        missing = []
        for match in BROAD.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            last = text.count("\n", 0, match.end()) + 1
            counts[0] += 1
            span = set(range(line, last + 1))
            if span & read_lines:
                counts[1] += 1
            elif span & reported_lines:
                counts[2] += 1
            else:
                counts[3] += 1
                missing.append((line, re.sub(r"\s", "", match.group(0))[:80]))
        tasks = sum(1 for p in plans for t in p.tasks if t.assignments)
        kept_out = sum(1 for p in plans for pr in p.problems if "left out of the graph" in pr.reason)
        for index, value in enumerate([*counts, tasks, kept_out]):
            totals[index] += value
        print(f"{Path(path).name[:46]:48} {counts[0]:>6} {counts[1]:>5} {counts[2]:>8} {counts[3]:>7} {tasks:>6} {kept_out:>8}")
        if verbose:
            for line, quote in missing:
                print(f"        neither {line}: {quote}")
    print(f"{'all':48} {totals[0]:>6} {totals[1]:>5} {totals[2]:>8} {totals[3]:>7} {totals[4]:>6} {totals[5]:>8}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args, "--verbose" in sys.argv)
