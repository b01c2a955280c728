"""Node positions computed before the page is written, so the browser draws without physics.

Each district's nodes (its place, action areas, tasks and the units that work mostly there)
form a block laid out by networkx's spring layout; blocks are packed in rows, biggest first.
Physics in the browser took ~6 s to first draw 500 nodes in headless Chromium; fixed
positions draw thousands at once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx

SPACING = 60.0  # pixels per node-distance unit: keeps labels of neighbours apart
BLOCK_GAP = 160.0


def block_positions(graph: nx.Graph, block_of: dict[str, str], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in pixels: one spring layout per block, blocks packed left to right in rows."""
    members: dict[str, list[str]] = defaultdict(list)
    for node in graph:
        members[block_of.get(node, "")].append(node)
    laid_out = []
    for block, nodes in members.items():
        # not graph.subgraph(nodes): a small view iterates its node *set*, whose order changes
        # with Python's string hashing from run to run, and so would the layout
        kept = set(nodes)
        sub = nx.Graph()
        sub.add_nodes_from(nodes)
        sub.add_edges_from((u, v) for u in nodes for v in graph[u] if v in kept)
        radius = SPACING * math.sqrt(len(nodes))
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        else:
            # k: the natural distance; a little more than the default 1/sqrt(n) spreads the
            # tasks of a busy unit so that their labels stay readable
            raw = nx.spring_layout(sub, k=3.0 / math.sqrt(len(nodes)), iterations=150, seed=seed)
            local = {node: (x * radius, y * radius) for node, (x, y) in raw.items()}
        laid_out.append((block, local, radius))
    laid_out.sort(key=lambda item: (-item[2], item[0]))
    row_width = max((2 * r for _, _, r in laid_out), default=0) * max(1.0, math.sqrt(len(laid_out)) * 0.9)
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for _, local, radius in laid_out:
        if x and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + BLOCK_GAP, 0.0
        for node, (nx_, ny_) in local.items():
            positions[node] = (round(x + radius + nx_, 1), round(y + radius + ny_, 1))
        x += 2 * radius + BLOCK_GAP
        row_height = max(row_height, 2 * radius)
    return positions


def home_blocks(node_blocks: dict[str, str], unit_tasks: dict[str, list[str]]) -> dict[str, str]:
    """Each unit's block: the one holding most of its tasks (ties: the first in sort order)."""
    homes = {}
    for unit, tasks in unit_tasks.items():
        counts = Counter(node_blocks[t] for t in tasks if t in node_blocks)
        if counts:
            homes[unit] = min(counts, key=lambda block: (-counts[block], block))
    return homes
