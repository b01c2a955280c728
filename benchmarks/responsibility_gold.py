"""Responsibility extraction against the blind gold of 46 wild documents (tests/data/responsibility/, ROUNDS.md).

    python benchmarks/responsibility_gold.py            # one line per document, then totals
    python benchmarks/responsibility_gold.py --verbose  # and every missed, spurious and wrong-role unit
    python benchmarks/responsibility_gold.py 42 177     # only these documents
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from responsibility_gold import gold_documents, score  # noqa: E402


def main(verbose: bool, only: list[str]) -> None:
    print(f"{'doc':>5} {'gold':>5} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'role':>9} {'prose':>7} {'prose P':>7} {'elsewhere':>9}")
    sums = [0] * 10
    for number in [n for n in gold_documents() if not only or n in only]:
        r = score(number)
        role = f"{r.role_agreed}/{r.role_checked}" if r.role_checked else "-"
        print(f"{number:>5} {r.gold_units:>5} {r.predicted_units:>6} {r.matched:>6} {r.precision:>6.2f} {r.recall:>6.2f} {role:>9} "
              f"{r.prose_found:>3}/{r.prose_units:<3} {r.prose_found}/{r.prose_predicted:<5} {r.predicted_elsewhere:>9}")
        for i, v in enumerate((r.gold_units, r.predicted_units, r.matched, r.role_checked, r.role_agreed, r.prose_units, r.prose_found, r.predicted_elsewhere, r.prose_predicted, r.prose_in_clause_items)):
            sums[i] += v
        if verbose:
            for line, name in r.missed:
                print(f"        missed   {line}: {name}")
            for line, name in r.spurious:
                print(f"        spurious {line}: {name}")
            for line, name in r.prose_missed:
                print(f"        prose missed   {line}: {name}")
            for line, name in r.prose_spurious:
                print(f"        prose spurious {line}: {name}")
            for line, name, got, want in r.wrong_role:
                print(f"        role     {line}: {name} {got} (gold {want})")
    gold, found, matched, checked, agreed, prose, prose_found, elsewhere, prose_predicted, in_clause_items = sums
    print(f"{'all':>5} {gold:>5} {found:>6} {matched:>6} {matched / max(found, 1):>6.2f} {matched / max(gold, 1):>6.2f} "
          f"{agreed}/{checked:<5} {prose_found:>3}/{prose:<3} {prose_found}/{prose_predicted:<5} {elsewhere:>9}")
    print(f"prose: recall {prose_found}/{prose} = {prose_found / max(prose, 1):.2f} over all gold prose units; {in_clause_items} of them stand in an "
          f"item that has a clause (the clause is read, its sentences are not), so {prose_found}/{prose - in_clause_items} = "
          f"{prose_found / max(prose - in_clause_items, 1):.2f} of those in items without one; precision {prose_found}/{prose_predicted} = {prose_found / max(prose_predicted, 1):.2f}")


if __name__ == "__main__":
    main("--verbose" in sys.argv, [a for a in sys.argv[1:] if a.isdigit()])
