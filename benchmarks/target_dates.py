"""Targets over a folder of plans: how many, how many dated, how many dated before the plan itself.

    python benchmarks/target_dates.py FOLDER [FOLDER...]            # one line per file, then totals
    python benchmarks/target_dates.py FOLDER --sample 50 --seed 1   # and a random sample to read by hand

A target dated before its plan's own year (a 2020 figure in a 2022 plan) is most likely a figure
about the past that the extractor took for a commitment (issue 15).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import policygraph


def main(paths: list[str], sample: int, seed: int) -> None:
    graph = policygraph.build(paths)
    everything = []
    totals = [0, 0, 0]
    print(f"{'file':48} {'targets':>7} {'dated':>6} {'before plan':>11}")
    for plan in graph.plans:
        targets = [*plan.targets, *(t for task in plan.tasks for t in task.targets)]
        year = plan.year or (plan.issue_date.year if plan.issue_date else None)
        dated = [t for t in targets if t.year or t.period_start or t.period_end]
        early = [t for t in dated if year and (t.year or t.period_end or t.period_start) < year]
        for index, value in enumerate((len(targets), len(dated), len(early))):
            totals[index] += value
        everything += [(plan, t) for t in targets]
        print(f"{Path(plan.source.path).name[:46]:48} {len(targets):>7} {len(dated):>6} {len(early):>11}")
    found, dated, early = totals
    print(f"{'all':48} {found:>7} {dated:>6} {early:>11}   dated {dated / max(found, 1):.0%}, before the plan's year {early / max(dated, 1):.0%} of dated")
    if sample:
        random.Random(seed).shuffle(everything)
        for plan, target in everything[:sample]:
            print(f"  {Path(plan.source.path).name[:24]}:{target.span.line}  {target.text}  [{target.comparator} {target.value}{target.unit or ''}, "
                  f"year {target.year or ''} period {target.period_start or ''}-{target.period_end or ''}]")


if __name__ == "__main__":
    args = sys.argv[1:]
    sample = int(args[args.index("--sample") + 1]) if "--sample" in args else 0
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    folders = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] not in ("--sample", "--seed"))]
    main(folders, sample, seed)
