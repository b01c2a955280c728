import json
from pathlib import Path

import pytest

import policygraph

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def corpus():
    """The bundled corpus, built once."""
    return policygraph.build()


@pytest.fixture(scope="session")
def gold():
    return json.loads((DATA / "gold" / "corpus_gold.json").read_text(encoding="utf-8"))


def plan_named(pg, stem):
    return next(p for p in pg.plans if p.id == stem)


def task_titled(plan, title):
    return next(t for t in plan.tasks if t.title == title)


def row(plan, number):
    return next(t for t in plan.tasks if t.kind == "row" and t.number == str(number))


def units(task, role=None):
    return [a.surface for a in task.assignments if role is None or a.role == role]
