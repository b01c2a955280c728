"""Every responsibility assignment in the bundled corpus against a hand-checked gold set.

tests/data/gold/corpus_gold.json was written by reading the five plans, independently of
the extractor (see tests/data/gold/NOTES.md for the debatable cases and how they were
decided). Units are compared as written, with their role and collective flag.
"""

import pytest

from conftest import plan_named


def _extracted(plan):
    found = {}
    for task in plan.tasks:
        if task.assignments:
            key = f"row:{task.number}" if task.kind == "row" else task.title
            found[key] = {(a.surface, a.role, a.collective) for a in task.assignments}
    return found


def _expected(entry):
    return {c["key"]: {(u["name"], u["role"], u["collective"]) for u in c["units"]} for c in entry["clauses"]}


def score(corpus, gold):
    tp = fp = fn = 0
    mismatches = []
    for name, entry in gold.items():
        plan = plan_named(corpus, name.rsplit(".", 1)[0])
        got, want = _extracted(plan), _expected(entry)
        for key in set(got) | set(want):
            a, b = got.get(key, set()), want.get(key, set())
            tp, fp, fn = tp + len(a & b), fp + len(a - b), fn + len(b - a)
            if a != b:
                mismatches.append((name, key, sorted(a - b), sorted(b - a)))
    return tp, fp, fn, mismatches


def test_every_gold_assignment_is_extracted_with_its_role(corpus, gold):
    tp, fp, fn, mismatches = score(corpus, gold)
    assert mismatches == []
    assert (tp, fp, fn) == (1036, 0, 0)


@pytest.mark.parametrize("name", ["jinshan-2023-carbon-peak-plan.txt", "qingpu-2022-carbon-peak-plan.md", "minhang-carbon-peak-plan.txt", "jinshan-gaoxin-2025-plan.txt"])
def test_body_task_counts_match_gold(corpus, gold, name):
    plan = plan_named(corpus, name.rsplit(".", 1)[0])
    assert sum(1 for t in plan.tasks if t.kind == "task") == gold[name]["body_tasks"]


def test_every_gold_clause_has_exactly_one_extracted_task(corpus, gold):
    for name, entry in gold.items():
        plan = plan_named(corpus, name.rsplit(".", 1)[0])
        assert len([t for t in plan.tasks if t.assignments]) == len(entry["clauses"]), name


def test_table_deadlines_and_leaders_match_gold(corpus, gold):
    for name, entry in gold.items():
        plan = plan_named(corpus, name.rsplit(".", 1)[0])
        rows = {f"row:{t.number}": t for t in plan.tasks if t.kind == "row"}
        for clause in entry["clauses"]:
            if "deadline" in clause:
                assert rows[clause["key"]].deadline.text == clause["deadline"]
            if "leader" in clause:
                assert rows[clause["key"]].leaders == [clause["leader"]]
