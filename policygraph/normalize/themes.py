"""Action themes: put each action area and task under a field of work shared across plans.

Districts title their action areas their own way (交通领域绿色低碳行动, 交通领域碳达峰行动); the
theme keywords in ``data/action_themes.tsv`` map them onto one list, so that who leads what
can be compared district by district.
"""

from __future__ import annotations

from ..model import Plan
from .lexicon import Lexicon


def assign_themes(plans: list[Plan], lexicon: Lexicon) -> None:
    """Set ``theme`` on every action area and task.

    A task takes its action area's theme; one without an area goes by its outline section
    (保障措施...), then by its own title.

    Areas first: a task table's rows point at the action areas of the plan they belong to.
    """
    for action in (action for plan in plans for action in plan.actions):
        action.theme = lexicon.theme_of(action.title)
    for task in (task for plan in plans for task in plan.tasks):
        if task.action:
            task.theme = task.action.theme
        else:
            task.theme = lexicon.theme_of(task.section or "") or lexicon.theme_of(task.title)
