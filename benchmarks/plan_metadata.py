"""What policygraph tells about each plan of a folder: place, level, number, date, citations.

    python benchmarks/plan_metadata.py FOLDER [FOLDER...]   # one line per file, then totals
    python benchmarks/plan_metadata.py                      # the bundled corpus

Prints, per file: the place(s) found or ``UNKNOWN`` with what was seen, the level, whether an
own document number and an issue date were found, the issuers, how many documents it cites and
how many of those are plans of the same batch; then totals, the unknown places with their
evidence, and the time metadata reading took.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import policygraph


def main(paths: list[str]) -> None:
    started = time.perf_counter()
    graph = policygraph.build(paths or None)
    elapsed = time.perf_counter() - started
    plans = [p for p in graph.plans if p.part_of is None]
    print(f"{'file':52} {'place':24} {'level':10} {'number':6} {'date':5} {'cites':>5} {'linked':>6}")
    levels: Counter[str] = Counter()
    unknown = []
    for plan in plans:
        known = plan.jurisdiction is not None and plan.jurisdiction.known
        place = "、".join(j.name for j in plan.jurisdictions) if known else "UNKNOWN"
        level = "、".join(sorted({j.rank.value for j in plan.jurisdictions}))
        levels[level] += 1
        if not known:
            unknown.append(plan)
        linked = sum(1 for c in plan.citations if c.cited_plan)
        print(
            f"{Path(plan.source.path).name[:50]:52} {place[:22]:24} {level:10} {'yes' if plan.doc_number else '-':6} "
            f"{'yes' if plan.issue_date else '-':5} {len(plan.citations):>5} {linked:>6}"
        )
    count = len(plans)
    print()
    print(f"plans {count}: place known {count - len(unknown)} ({(count - len(unknown)) / count:.0%}), unknown {len(unknown)}")
    print("levels: " + ", ".join(f"{level} {n}" for level, n in levels.most_common()))
    print(f"own number {sum(1 for p in plans if p.doc_number)}, issue date {sum(1 for p in plans if p.issue_date)}, "
          f"issuers {sum(1 for p in plans if p.issuers)}, notice titles {sum(1 for p in plans if p.notice_title)}")
    citations = [c for p in plans for c in p.citations]
    print(f"citations {len(citations)} ({sum(1 for c in citations if c.number)} with a number), "
          f"linked to a plan of the batch {sum(1 for c in citations if c.cited_plan)}")
    for plan in unknown:
        print(f"  unknown: {Path(plan.source.path).name}: seen {plan.place_evidence}")
    print(f"build of {count} plans (read, extract, normalise, link): {elapsed:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
