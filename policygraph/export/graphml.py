"""GraphML of the NetworkX projection, readable by Gephi and yEd."""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold, even as a character reference: C0 controls but tab, newline
# and carriage return, surrogates, U+FFFE and U+FFFF. A unit name holding one (\x01, U+FFFE)
# would make a file no XML reader takes back.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """``value`` with the characters XML cannot hold replaced by U+FFFD; other values as they are."""
    return NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def graphml(pg) -> str:
    """The NetworkX projection as GraphML, always well-formed XML."""
    import networkx as nx

    graph = pg.to_networkx()
    safe = nx.MultiDiGraph() if graph.is_multigraph() else nx.DiGraph()
    safe.graph.update({key: xml_safe(value) for key, value in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(xml_safe(node), **{key: xml_safe(value) for key, value in data.items()})
    for source, target, data in graph.edges(data=True):
        safe.add_edge(xml_safe(source), xml_safe(target), **{key: xml_safe(value) for key, value in data.items()})
    return "\n".join(nx.generate_graphml(safe)) + "\n"
