"""The HTML views over many small plans: does writing them grow linearly with the plans?

    python benchmarks/views_scale.py [--sizes 100 1000 10000]

Each plan is a short text of its own county (three tasks, four units, one target), as a
provincial office's folder of county plans would be. For each size the script prints the time
to build the graph (no views), to read the views' data (SPARQL), to write the two pages, their
size, the nodes the explorer draws when it opens, and the time per plan: flat figures per plan
mean linear cost (issues 16 and 18). The page lays itself out in the browser (rings and
shelves, linear), and opens on districts only once a collection has more than 1,500 units.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import policygraph  # noqa: E402
from policygraph.model import AdminLevel  # noqa: E402
from policygraph.normalize.lexicon import load_lexicon  # noqa: E402
from policygraph.viz import comparison_view, network_view  # noqa: E402
from policygraph.viz.data import load_view_data  # noqa: E402

PLAN = """关于印发《{place}碳达峰实施方案（第{n}版）》的通知
一、重点任务
1. 推进屋顶光伏建设。到2025年，新增光伏装机容量不低于{mw}万千瓦。（责任单位：☆县发展改革委、县经信局）
2. 推广新能源汽车。（责任单位：县交通运输局、县发展改革委）
3. 开展节约型机关创建。（牵头单位：县机关事务管理局；配合单位：县财政局）
"""


def counties() -> list[str]:
    lexicon = load_lexicon()
    names = []
    for place in sorted(lexicon.jurisdictions.values(), key=lambda p: p.code):
        if place.rank is AdminLevel.COUNTY and place.status == "current" and place.name.endswith("县") and place.parent:
            parents = [p.name for p in reversed(lexicon.ancestors(place.code))]
            names.append("".join(parents))
    return names


def write_plans(folder: Path, count: int) -> None:
    places = counties()
    for n in range(count):
        place = places[n % len(places)]
        (folder / f"plan-{n:05d}.txt").write_text(PLAN.format(place=place, n=n // len(places) + 1, mw=n % 50 + 1), encoding="utf-8")


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    print(f"{'plans':>6} {'build':>8} {'view data':>10} {'network':>9} {'compare':>9} {'MiB':>7} {'opening nodes':>14} {'ms/plan (views)':>16} {'peak RSS MiB':>13}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            write_plans(folder, size)
            build_s, graph = timed(lambda: policygraph.build([str(folder)]))
            store = graph.store()
            data_s, data = timed(lambda: load_view_data(store))
            network_s, network = timed(lambda: network_view(store, data=data))
            compare_s, compare = timed(lambda: comparison_view(store, data=data))
            mib = (len(network.encode()) + len(compare.encode())) / 2**20
            units = len(data.units)
            districts = len({t.place for t in data.tasks.values()})
            nodes = districts + (units if units <= 1500 else 0)  # what the page draws on opening
            views = data_s + network_s + compare_s
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{size:>6} {build_s:>7.1f}s {data_s:>9.1f}s {network_s:>8.1f}s {compare_s:>8.1f}s {mib:>7.1f} {nodes:>14} {views / size * 1000:>16.2f} {rss:>13.0f}")


if __name__ == "__main__":
    main()
