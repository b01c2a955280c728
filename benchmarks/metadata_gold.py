"""Plan metadata against the blind gold of 96 real documents (tests/data/metadata/).

    python benchmarks/metadata_gold.py            # one line per document, totals per field
    python benchmarks/metadata_gold.py --verbose  # and what was predicted where a field is wrong
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from metadata_gold import FIELDS, gold_documents, score  # noqa: E402


def main(verbose: bool) -> None:
    totals = {f: 0 for f in FIELDS}
    issuer_sums = [0, 0, 0]
    citation_sums = [0, 0, 0, 0]
    numbers = gold_documents()
    print(f"{'doc':>5} " + " ".join(f"{f:>7}" for f in FIELDS) + f" {'cites P':>8} {'cites R':>8}")
    for number in numbers:
        result = score(number)
        for name, ok in result.checks.items():
            totals[name] += ok
        issuer_sums = [a + b for a, b in zip(issuer_sums, result.issuers)]
        citation_sums = [a + b for a, b in zip(citation_sums, result.citations)]
        right, found, gold, hits = result.citations
        precision = f"{right / found:.2f}" if found else "-"
        recall = f"{hits / gold:.2f}" if gold else "-"
        print(f"{number:>5} " + " ".join(f"{'ok' if result.checks[f] else 'WRONG':>7}" for f in FIELDS) + f" {precision:>8} {recall:>8}")
        if verbose:
            for name, (predicted, wanted) in result.details.items():
                print(f"        {name}: predicted {predicted!r}; gold {wanted!r}")
    count = len(numbers)
    print(f"{'all':>5} " + " ".join(f"{totals[f] / count:>7.0%}" for f in FIELDS))
    matched, predicted, gold = issuer_sums
    print(f"issuers (all named bodies): precision {matched / max(predicted, 1):.2f} recall {matched / max(gold, 1):.2f} ({gold} in gold)")
    right, found, gold, hits = citation_sums
    print(f"citations: precision {right / max(found, 1):.2f} ({right}/{found}) recall {hits / max(gold, 1):.2f} ({hits}/{gold})")


if __name__ == "__main__":
    main("--verbose" in sys.argv)
