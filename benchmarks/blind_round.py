"""Score a blind round kept outside the repository (third-party pages are never committed).

    python benchmarks/blind_round.py ROUND_DIR targets|meta|resp [-v] [n ...]

``ROUND_DIR`` holds ``texts/<n>.txt`` (a page's text, named by its running number only, so that no
file name gives a title or a place away), and the gold a helper wrote from those texts and the
guides alone: ``targets/<n>.tsv`` (``tests/data/targets/README.md``), ``meta/gold/<n>.json``
(``tests/data/metadata/GUIDE.md``), ``resp/gold/<n>.json`` (``tests/data/responsibility/GUIDE.md``).
Scored with the same matching as the committed gold (``tests/*_gold.py``). Set ``PYTHONPATH`` to a
worktree of an earlier commit to take a round's first, blind, run on the rules it was gathered for.
``tests/data/round_sources.tsv`` lists the rounds' addresses, for gatherers to avoid.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import metadata_gold  # noqa: E402
import responsibility_gold  # noqa: E402
import target_gold  # noqa: E402

from policygraph.extract.pipeline import extract_plan, extract_plans  # noqa: E402
from policygraph.normalize.lexicon import load_lexicon  # noqa: E402
from policygraph.read.text import read_documents  # noqa: E402


def _number(path: Path) -> int:
    return int(path.stem) if path.stem.isdigit() else 0


def _document(text: Path):
    return next(iter(read_documents([str(text)])))


def score_targets(round_dir: Path, only: list[str], verbose: bool) -> None:
    totals = [0, 0, 0, 0, 0]  # gold, predicted, matched, sure gold, sure matched
    for gold_file in sorted((round_dir / "targets").glob("*.tsv"), key=_number):
        if only and gold_file.stem not in only:
            continue
        gold = target_gold.read_gold(gold_file)
        document = _document(round_dir / "texts" / f"{gold_file.stem}.txt")
        plans = extract_plans(document, load_lexicon(()))
        predicted = sorted((t for p in plans for t in (*p.targets, *(t for task in p.tasks for t in task.targets))), key=lambda t: t.span.start)
        unused, matched, missed = list(predicted), [], []
        for item in sorted(gold, key=lambda g: g.doubtful):  # as target_gold.score: a sure item first
            hit = next((c for c in unused if document.line_of(c.span.start) <= item.line <= document.line_of(c.span.end - 1)
                        and target_gold.same_quantity(c.value, c.unit, item.value, item.unit)), None)
            if hit is None:
                missed.append(item)
            else:
                matched.append((item, hit))
                unused.remove(hit)
        sure = sum(not g.doubtful for g in gold)
        sure_found = sum(not g.doubtful for g, _ in matched)
        for i, n in enumerate((len(gold), len(predicted), len(matched), sure, sure_found)):
            totals[i] += n
        recall = len(matched) / len(gold) if gold else 1.0
        precision = len(matched) / len(predicted) if predicted else 1.0
        print(f"{gold_file.stem:>4}  gold {len(gold):3}  found {len(predicted):3}  matched {len(matched):3}  R {recall:.2f}  P {precision:.2f}  sure {sure_found}/{sure}")
        if verbose:
            for g in sorted(missed, key=lambda g: g.line):
                print(f"      missed   line {g.line}: {g.value}{g.unit} {g.text[:60]}{' (doubtful)' if g.doubtful else ''}")
            for t in unused:
                print(f"      spurious line {document.line_of(t.span.start)}: {t.value}{t.unit} {t.metric[:40]}")
            for g, t in matched:
                if not target_gold.field_agrees("year", g, t) or not target_gold.field_agrees("period", g, t):
                    print(f"      time     line {g.line}: {g.value}{g.unit} gold {g.year} {g.period}, found {t.year} {(t.period_start, t.period_end)}")
    gold, found, hit, sure, sure_hit = totals
    print(f" all  gold {gold:3}  found {found:3}  matched {hit:3}  R {hit / gold if gold else 1:.2f}  P {hit / found if found else 1:.2f}  sure {sure_hit}/{sure}")


def score_metadata(round_dir: Path, only: list[str]) -> None:
    metadata_gold.DATA = round_dir / "meta"
    totals: dict[str, list[bool]] = {}
    for gold_file in sorted((round_dir / "meta" / "gold").glob("*.json"), key=_number):
        if only and gold_file.stem not in only:
            continue
        plan = extract_plan(_document(round_dir / "texts" / f"{gold_file.stem}.txt"), load_lexicon())
        result = metadata_gold.score(gold_file.stem, plan)
        for name, ok in result.checks.items():
            totals.setdefault(name, []).append(ok)
        print(f"{gold_file.stem:>4}  {'ok' if not result.details else ''}")
        for name, (found, wanted) in result.details.items():
            print(f"      {name}: found {found} | gold {wanted}")
    print(" all  " + "  ".join(f"{name} {sum(v)}/{len(v)}" for name, v in totals.items()))


def score_responsibility(round_dir: Path, only: list[str], verbose: bool) -> None:
    # the scorer finds a text by its running number before 、: links named so, the name giving nothing away
    links = round_dir / "resp" / "texts"
    links.mkdir(exist_ok=True)
    for text in (round_dir / "texts").glob("*.txt"):
        link = links / f"{text.stem}、.txt"
        if not link.exists():
            link.symlink_to(text.resolve())
    responsibility_gold.DATA, responsibility_gold.TEXTS = round_dir / "resp", links
    gold_units = predicted = matched = 0
    for gold_file in sorted((round_dir / "resp" / "gold").glob("*.json"), key=_number):
        if only and gold_file.stem not in only:
            continue
        result = responsibility_gold.score(gold_file.stem)
        gold_units, predicted, matched = gold_units + result.gold_units, predicted + result.predicted_units, matched + result.matched
        print(f"{gold_file.stem:>4}  gold {result.gold_units:3}  found {result.predicted_units:3}  matched {result.matched:3}  "
              f"R {result.recall:.2f}  P {result.precision:.2f}  roles {result.role_agreed}/{result.role_checked}  "
              f"prose {result.prose_found}/{result.prose_units} ({result.prose_predicted} found)")
        if verbose:
            for kind, items in (("missed", result.missed), ("spurious", result.spurious), ("role", result.wrong_role)):
                for item in items:
                    print(f"      {kind} {item}")
    print(f" all  gold {gold_units}  found {predicted}  matched {matched}  R {matched / gold_units if gold_units else 1:.2f}  P {matched / predicted if predicted else 1:.2f}")


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if len(args) < 2 or args[1] not in ("targets", "meta", "resp"):
        sys.exit(__doc__)
    round_dir, what, only = Path(args[0]), args[1], args[2:]
    if what == "targets":
        score_targets(round_dir, only, verbose)
    elif what == "meta":
        score_metadata(round_dir, only)
    else:
        score_responsibility(round_dir, only, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
