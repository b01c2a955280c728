"""GraphML of the NetworkX projection, readable by Gephi and yEd."""

from __future__ import annotations


def graphml(pg) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(pg.to_networkx())) + "\n"
