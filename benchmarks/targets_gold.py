"""Recall and precision of target extraction against the hand-checked lists.

    python benchmarks/targets_gold.py            # figures per plan
    python benchmarks/targets_gold.py --verbose  # and every miss, spurious target and field error
    python benchmarks/targets_gold.py --wild     # the wild documents' blind lists (tests/data/targets/wild)

Recall is given over every gold target and over those the annotator did not mark doubtful.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from target_gold import FIELDS, field_agrees, gold_plans, score  # noqa: E402


def main(verbose: bool, wild: bool = False) -> None:
    totals = {"gold": 0, "predicted": 0, "matched": 0, "sure": 0, "sure_matched": 0}
    print(f"{'plan':38} {'gold':>5} {'found':>6} {'match':>6} {'recall':>7} {'precision':>9} {'sure rec':>9}  " + " ".join(f"{f:>10}" for f in FIELDS))
    for plan_id in gold_plans(wild):
        result = score(plan_id)
        totals["gold"] += result.gold
        totals["predicted"] += result.predicted
        totals["matched"] += len(result.matched)
        totals["sure"] += result.sure
        totals["sure_matched"] += sum(not g.doubtful for g, _ in result.matched)
        print(
            f"{plan_id:38} {result.gold:>5} {result.predicted:>6} {len(result.matched):>6} {result.recall:>7.1%} {result.precision:>9.1%} {result.sure_recall:>9.1%}  "
            + " ".join(f"{result.field_accuracy(f):>10.1%}" for f in FIELDS)
        )
        if verbose:
            for item in result.missed:
                print(f"   missed   L{item.line} {item.text}  [{item.note}]")
            for target in result.spurious:
                print(f"   spurious L{target.span.line} {target.text}  {target.rules}")
            for gold, predicted in result.matched:
                wrong = [f for f in FIELDS if not field_agrees(f, gold, predicted)]
                if wrong:
                    print(f"   fields   L{gold.line} {gold.text}: " + "; ".join(
                        f"{f} gold={getattr(gold, f)} got={(predicted.period_start, predicted.period_end) if f == 'period' else getattr(predicted, f)}" for f in wrong))
    # (a set of documents with no target at all: recall is whole, precision whole unless something was found)
    recall = totals["matched"] / totals["gold"] if totals["gold"] else 1.0
    precision = totals["matched"] / totals["predicted"] if totals["predicted"] else 1.0
    sure = totals["sure_matched"] / totals["sure"] if totals["sure"] else 1.0
    print(f"{'all':38} {totals['gold']:>5} {totals['predicted']:>6} {totals['matched']:>6} {recall:>7.1%} {precision:>9.1%} {sure:>9.1%}")
    print("sure rec: recall over the gold targets the annotator did not mark doubtful")


if __name__ == "__main__":
    main("--verbose" in sys.argv, "--wild" in sys.argv)
