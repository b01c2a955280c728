"""A collection of plans built into a store on disk: once, then only what changed.

``policygraph build PATHS --store DIR`` keeps, in ``DIR``:

* ``oxigraph/``: a pyoxigraph :class:`~pyoxigraph.Store` (RocksDB), one named graph per plan
  and one graph of shared things (organisations, places, department types), which every
  query command reads with ``--store DIR``;
* ``extracted/``: each input file's extraction (its plans, warnings and errors), pickled under
  a key made of the file's bytes, its path, the lexicon and policygraph's own code, so a file
  is read and extracted again only when one of them changes; ``outlines.pickle``: each
  extraction cut to what the batch-wide steps read (ids, titles, places, attachment lines,
  citations);
* ``groups/``: for each group of plans (a plan and the task tables attached to it) its share of
  the shared graph and a record of what it holds (its organisations' names, what ``build``
  prints of it); ``shared.sqlite``: how many groups hold each fact of the shared graph;
  ``manifest.json``: what each group was built from; ``catalogue-N.pickle``: every unit's and
  place's names, kept by the first query after build N;
* ``tasks.sqlite``: every task's row as ``tasks`` shows it, with the owners, units, places and
  texts its filters look at (:mod:`policygraph.query.task_index`), each group's part computed
  when the group is written: ``tasks`` reads it instead of joining the store's millions of
  quads. A table of another build than the manifest's makes the store be written again.

A build extracts the files not extracted yet (``jobs`` processes; results taken in file order),
runs the batch-wide steps (:func:`policygraph.api.link_batch`) on the outlines, then reads back,
resolves (:func:`policygraph.api.resolve_group`) and writes each group whose inputs changed,
drops the groups that are gone, and changes the shared graph by their shares. Memory holds the
outlines and one group per process, never the batch. The store then holds what a full build of
the same files holds (``tests/test_collection.py`` checks it), whatever the number of processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from .errors import CollectionError, InputError, OutputError
from .files import write_atomic
from .graph.iris import SHARED_GRAPH
from .graph.iris import unit as unit_iri
from .graph.namespace import SKOS
from .normalize.lexicon import load_lexicon
from .query.task_index import TaskIndex

MANIFEST = "manifest.json"
STORE = "oxigraph"
EXTRACTED = "extracted"
OUTLINES = "outlines.pickle"
GROUPS = "groups"
SHARED_COUNTS = "shared.sqlite"
TASK_INDEX = "tasks.sqlite"  # every task's row, for queries that must not scan the store
CATALOGUE = "catalogue"  # the names a query resolves, kept by the first query after a build
LOAD_BATCH = 32 * 2**20  # bytes of N-Quads loaded into the store at a time
FORMAT = 3  # the layout of DIR; a store of another layout is refused, not misread


@dataclass(frozen=True)
class _Options:
    """What a file's extraction depends on besides the file and the code."""

    lexicon_files: tuple[str, ...]
    prose: bool
    bundled: bool


@dataclass
class CollectionReport:
    """What a build into a store did, and what the store holds (counted from each group's
    record, without reading the plans again)."""

    store: Path
    files: int = 0
    extracted: int = 0  # files read and extracted this time
    reused: int = 0  # files whose extraction was reused
    graphs_kept: int = 0
    quads: int = 0
    seconds: float = 0.0
    plans: int = 0  # documents (plans and task tables)
    units: int = 0  # organisations named across the batch
    written: list[str] = field(default_factory=list)  # names of the plan graphs written (new or changed)
    removed: list[str] = field(default_factory=list)  # names of the plan graphs removed
    warnings: list[str] = field(default_factory=list)
    plan_summaries: list[dict] = field(default_factory=list)  # api.plan_summary of each document
    problems: list = field(default_factory=list)  # clauses unparsed or doubtful, as a build lists them
    rewritten: list[str] = field(default_factory=list)  # ids of the plans whose group was written this time
    counts: dict = field(default_factory=dict)
    keys: list[tuple[str, str]] = field(default_factory=list, repr=False)  # each file's extraction key and path, in batch order
    options: _Options | None = field(default=None, repr=False)
    table_of: dict | None = None

    def add(self, record: dict) -> None:
        self.plan_summaries += record["lines"]
        self.problems += record["problems"]
        for name, value in record["counts"].items():
            self.counts[name] = self.counts.get(name, 0) + value

    def summary(self) -> dict[str, int]:
        """The batch's counts, as :meth:`policygraph.PolicyGraph.summary` gives them."""
        return {**self.counts, "units": self.units}

    def load_graph(self):
        """The whole batch as a :class:`~policygraph.PolicyGraph`, from the kept extractions
        (for exports and views; it holds every plan in memory)."""
        from .api import assemble

        results = []
        for key in self.keys:
            results.append(_extraction(self.store, key, self.options))
        return assemble(results, load_lexicon(self.options.lexicon_files), table_of=self.table_of)

    @property
    def graphs_written(self) -> int:
        return len(self.written)

    @property
    def graphs_removed(self) -> int:
        return len(self.removed)

    def __str__(self) -> str:
        return (
            f"{self.store}: {self.files} files ({self.extracted} extracted, {self.reused} unchanged), {self.plans} plans; "
            f"plan graphs {self.graphs_written} written, {self.graphs_kept} kept, {self.graphs_removed} removed; "
            f"{self.quads:,} quads in {self.seconds:.1f} s"
        )


def _digest(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def _fingerprint(lexicon_files: tuple[str, ...], prose: bool) -> str:
    """What every file's extraction depends on besides the file: code, data, lexicon, options."""
    from . import __version__
    from .query.cache import _code_fingerprint

    digest = hashlib.sha256(__version__.encode())
    _code_fingerprint(digest)
    for path in lexicon_files:
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(Path(path).read_bytes()).digest())
    digest.update(f"prose={prose}".encode())
    return digest.hexdigest()


def _extract_file(path: str, lexicon_files: tuple[str, ...], prose: bool, bundled: bool, kept: bool = False):
    """Read and extract one file (in a worker process when ``jobs`` > 1); ``kept``: as its
    pickle and its outline, for a store."""
    from .api import extract_document
    from .read.text import read_documents

    item = next(iter(read_documents([path])))
    result = extract_document(item, load_lexicon(lexicon_files), prose=prose, bundled=bundled)
    return (pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), _outline(result)) if kept else result


def _outline(result):
    """A file's result with each plan cut to what :func:`~policygraph.api.link_batch` reads:
    no text, action areas, tasks, targets or problems."""
    return replace(result, plans=[
        replace(plan, source=replace(plan.source, text=""), actions=[], tasks=[], problems=[], targets=[], notes=[]) for plan in result.plans
    ])


def extract_files(paths: list[str], lexicon_files: tuple[str, ...], prose: bool, bundled: bool, jobs: int = 1, progress=None, *, kept: bool = False) -> Iterator:
    """Each file read and extracted on its own (:func:`policygraph.api.extract_document`), by
    ``jobs`` processes; results in the order of ``paths`` whatever the number of processes,
    yielded as they come (``kept``: each as its pickle and its outline).
    ``progress(done, total, path)`` is called after each file."""
    from .read.text import readable_path

    arguments = [(p, lexicon_files, prose, bundled, kept) for p in paths]
    if jobs > 1 and len(paths) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        done = _in_order(pool, _extract_file, arguments, jobs)
    else:
        pool, done = None, (_extract_file(*a) for a in arguments)
    try:
        for count, result in enumerate(done, start=1):
            yield result
            if progress is not None:
                progress(count, len(paths), readable_path(paths[count - 1]))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _extraction(folder: Path, file: tuple[str, str], options: _Options):
    """A file's kept extraction (``file``: its key and path); read and extracted again, and kept
    again, when the kept one is damaged or gone."""
    key, path = file
    result = _load_pickle(folder / EXTRACTED / f"{key}.pickle")
    if result is None:
        content, _ = _extract_file(path, options.lexicon_files, options.prose, options.bundled, kept=True)
        try:
            write_atomic(folder / EXTRACTED / f"{key}.pickle", content)
        except OutputError:
            pass
        result = pickle.loads(content)
    return result


def _in_order(pool: ProcessPoolExecutor, function: Callable, arguments: Iterable[tuple], jobs: int) -> Iterator:
    """``function`` over ``arguments`` in ``pool``, results in order; unlike ``pool.map``, at
    most ``2 * jobs`` are submitted ahead, so that results the caller has not taken yet (a
    plan's graph is megabytes) do not pile up in memory."""
    pending: deque = deque()
    for argument in arguments:
        pending.append(pool.submit(function, *argument))
        if len(pending) >= 2 * jobs:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _load_pickle(path: Path):
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
        return None  # a damaged or stale entry is extracted again, never trusted


def _open_store(folder: Path, *, read_only: bool) -> ox.Store:
    path = folder / STORE
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise CollectionError("{folder}: the store cannot be opened ({error})", folder=str(folder), error=str(exc)) from exc


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        if folder.exists() and any(folder.iterdir()):
            raise CollectionError("{folder}: not a policygraph store (no {manifest}); choose an empty or new folder", folder=str(folder), manifest=MANIFEST)
        return {"format": FORMAT, "groups": {}}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CollectionError("{folder}: {manifest} is damaged ({error}); build into a new folder", folder=str(folder), manifest=MANIFEST, error=str(exc)) from exc
    if manifest.get("format") != FORMAT:
        raise CollectionError("{folder}: a store of another layout (format {found}); build into a new folder", folder=str(folder), found=str(manifest.get("format")))
    return manifest


def build_collection(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None,
    store_dir: str | os.PathLike[str],
    *,
    lexicon_files: Iterable[str] = (),
    prose: bool = True,
    table_of: dict[str, str] | None = None,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
) -> CollectionReport:
    """Build ``paths`` (default: the bundled corpus) into the store in ``store_dir``, reading
    and writing only what changed since the last build there. Returns a :class:`CollectionReport`.

    Memory holds one file's (or one group's) model at a time, plus a small outline of every
    plan. ``jobs`` processes extract the files and write the groups; the result does not
    depend on it.
    """
    from .api import link_batch, plan_groups
    from .errors import NoPlansError
    from .read.text import expand_paths

    started = time.perf_counter()
    folder = Path(store_dir)
    manifest = _read_manifest(folder)
    lexicon_files = tuple(os.fspath(p) for p in lexicon_files)
    bundled = paths is None
    files, skipped = expand_paths(_bundled() if bundled else paths)
    fingerprint = _fingerprint(lexicon_files, prose)
    report = CollectionReport(folder, files=len(files))

    # -- each file's extraction, reused when its bytes, path, lexicon and code are the same;
    #    what the batch-wide steps read of it (its outline) is kept beside, to be read alone
    keys = [_digest(fingerprint, path, _read_bytes(path)) for path in files]
    outlines = _load_pickle(folder / OUTLINES) or {}
    missing = [(path, key) for path, key in zip(files, keys) if key not in outlines or not (folder / EXTRACTED / f"{key}.pickle").is_file()]
    (folder / EXTRACTED).mkdir(parents=True, exist_ok=True)
    for (path, key), (result, outline) in zip(missing, extract_files([p for p, _ in missing], lexicon_files, prose, bundled, jobs, progress, kept=True)):
        try:
            write_atomic(folder / EXTRACTED / f"{key}.pickle", result, tidy=False)  # swept below
        except OutputError:
            pass  # not kept: read again next time
        outlines[key] = outline
    report.extracted, report.reused = len(missing), len(files) - len(missing)
    outlines = {key: outlines[key] for key in keys}
    used = {f"{key}.pickle" for key in keys}
    for stale in (folder / EXTRACTED).iterdir():  # extractions of files no longer in the batch
        if stale.name not in used:
            stale.unlink(missing_ok=True)

    # -- the batch-wide steps, on the outlines: ids, tables attached, citations -----------
    warnings = [item for item in skipped if isinstance(item, str)]
    errors = [item for item in skipped if isinstance(item, InputError)]
    plans, where = [], {}
    for key, path in zip(keys, files):
        outline = outlines[key]
        warnings.extend(outline.warnings)
        errors.extend(outline.errors)
        for index, plan in enumerate(outline.plans):
            plans.append(plan)
            where[id(plan)] = (key, index, path)
    warnings.extend(e.message for e in errors)
    if not plans:
        raise errors[0] if len(errors) == 1 else NoPlansError(errors)
    warnings.extend(link_batch(plans, table_of))
    report.warnings, report.plans = warnings, len(plans)
    write_atomic(folder / OUTLINES, pickle.dumps(outlines, protocol=pickle.HIGHEST_PROTOCOL))

    # -- write the groups that changed, drop those that are gone -------------------------
    (folder / GROUPS).mkdir(exist_ok=True)
    groups = plan_groups(plans)
    old_groups: dict[str, dict] = manifest["groups"]
    records = {group_id: _load_pickle(folder / GROUPS / f"{entry['record']}.pickle") for group_id, entry in old_groups.items()}
    shared = _SharedGraph(folder, generation=manifest.get("generation", 0))
    if shared.damaged or None in records.values() or (old_groups and _index_generation(folder) != manifest.get("generation", 0)):
        # the counts, a record or the task table do not match the manifest (a build cut short, a file lost):
        # the store is written again from the extractions, which are sound
        old_groups, records = {}, {}
        shared.reset()
    shared.before = _best_names(records.values())
    new_groups: dict[str, dict] = {}
    changed = []
    for group_id, members in groups.items():
        signature = _signature(members, where, fingerprint)
        old = old_groups.get(group_id)
        if old and old["signature"] == signature:
            new_groups[group_id] = old
            report.graphs_kept += len(old["graphs"])
        else:
            changed.append((group_id, signature))
    work = [[(where[id(p)], p) for p in groups[group_id]] for group_id, _ in changed]
    options = _Options(lexicon_files, prose, bundled)
    index = None
    try:
        with _written_groups(folder, work, options, jobs) as written:
            store = _open_store(folder, read_only=False)  # opened after the workers are forked
            # from here the store changes before the build is done: a build stopped on the way (an error,
            # Ctrl-C) leaves the counts marked, and the next build writes the store again whole
            shared.begin()
            index = TaskIndex(folder / TASK_INDEX)
            if not old_groups:
                store.clear()
                index.clear()
            graphs_out = _GraphWriter(store, {g for entry in old_groups.values() for g in entry["graphs"]})
            for (group_id, signature), (own, share, record) in zip(changed, written):
                rows = record.pop("index")
                old = old_groups.get(group_id)
                graphs = record["graphs"]
                graphs_out.write(sorted(set(graphs) | set(old["graphs"] if old else [])), own)
                name = _digest(group_id, signature)[:32]
                # the folder is swept of stray files at the end of the build, not at each write
                write_atomic(folder / GROUPS / f"{name}.nq", share, tidy=False)
                write_atomic(folder / GROUPS / f"{name}.pickle", pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), tidy=False)
                index.replace_group(group_id, rows)
                shared.replace(_share_lines(folder, old), share.decode("utf-8").splitlines())
                records[group_id] = record
                report.rewritten += record["plans"]
                new_groups[group_id] = {"signature": signature, "graphs": graphs, "record": name, "quads": record["quads"]}
                report.written += graphs
                report.removed += sorted(set(old["graphs"] if old else []) - set(graphs))
            for group_id, old in old_groups.items():
                if group_id not in groups:
                    graphs_out.write(old["graphs"], None)
                    shared.replace(_share_lines(folder, old), [])
                    index.replace_group(group_id, None)
                    records.pop(group_id, None)
                    report.removed += old["graphs"]
            graphs_out.flush()
            written_now = set(report.written)  # a plan that moved to another group is written there, not removed
            report.removed = [g for g in dict.fromkeys(report.removed) if g not in written_now]
            names = _best_names(records[g] for g in groups)
            shared_quads = shared.commit(store, names, generation=manifest.get("generation", 0) + 1)
            index.commit(names, generation=manifest.get("generation", 0) + 1)
            index.close()
            if len(report.written) * 2 > len(new_groups):
                # after writing most of the store: RocksDB compaction, 0.55 s at 100 plans, makes a
                # one-district query a third faster; not worth it after adding a plan or two
                store.optimize()
            store.flush()
            del store
    except BaseException:
        # what this build wrote to the counts and the table is rolled back; the counts stay marked
        # (begin), so the next build, in this process or another, writes the store whole
        shared.close()
        if index is not None:
            index.close()
        raise

    # -- what the batch holds, from each group's record, in batch order ------------------
    ordered = {plan.id: n for n, plan in enumerate(plans)}
    report.keys, report.options, report.table_of = list(zip(keys, files)), options, table_of
    for group_id in sorted(groups, key=lambda g: min(ordered[i] for i in records[g]["plans"])):
        report.add(records[group_id])
    report.units = len(names)
    report.quads = shared_quads + sum(entry["quads"] for entry in new_groups.values())
    manifest = {"format": FORMAT, "generation": manifest.get("generation", 0) + 1, "groups": {g: new_groups[g] for g in groups}, "files": len(files)}
    write_atomic(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    for stale in folder.glob(f"{CATALOGUE}-*.pickle"):  # names of an earlier build
        stale.unlink(missing_ok=True)
    kept = {f"{entry['record']}{suffix}" for entry in new_groups.values() for suffix in (".nq", ".pickle")}
    for stale in (folder / GROUPS).iterdir():  # records of groups changed or gone
        if stale.name not in kept:
            stale.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report


def _bundled() -> list[str]:
    from .api import bundled_corpus

    return bundled_corpus()


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b""  # the reader reports it, as a full build does


def _signature(members, where: dict[int, tuple[str, int, str]], fingerprint: str) -> str:
    """Everything a group's graph is made of: each member's file (its extraction key), final
    id, the plan it is attached to, the plans its citations found in the batch, and the code
    that writes it."""
    parts = [fingerprint]
    for plan in sorted(members, key=lambda p: p.id):
        cited = sorted(c.cited_plan or "" for c in plan.citations)
        key, index, _ = where[id(plan)]
        parts += [plan.id, plan.source.path, key, str(index), plan.part_of.id if plan.part_of else "", *cited]
    return _digest(*parts)


_PREF_LABEL = ox.NamedNode(str(SKOS.prefLabel))
# the fields of a plan the batch-wide steps (api.link_batch) may set, copied from its outline
_LINKED = ("id", "jurisdiction", "jurisdictions", "district", "issuers", "year", "part_of_score", "citations")


def _write_group(folder: Path, members: list[tuple[tuple[str, int, str], object]], options: _Options) -> tuple[bytes, bytes, dict]:
    """One group's graphs (N-Quads of its plans' own graphs), its share of the shared graph
    (N-Quads lines, without organisations' Chinese names) and its record: its organisations'
    names, its graphs and what ``build`` prints of its plans. Its plans
    are read from their extractions and given what the batch-wide steps decided (``members``:
    where each plan was extracted, and its outline after :func:`~policygraph.api.link_batch`)."""
    from .api import count_plans, plan_summary, resolve_group
    from .graph.dataset import model_quads
    from .model import Corpus

    lexicon = load_lexicon(options.lexicon_files)
    results: dict[str, object] = {}
    real: dict[int, object] = {}
    for (key, index, path), outline in members:
        if key not in results:
            results[key] = _extraction(folder, (key, path), options)
        real[id(outline)] = results[key].plans[index]
    plans = []
    for _, outline in members:
        plan = real[id(outline)]
        for name in _LINKED:
            setattr(plan, name, getattr(outline, name))
        plan.part_of = real[id(outline.part_of)] if outline.part_of is not None else None
        plans.append(plan)
    resolve_group(plans, lexicon)
    quads = model_quads(Corpus(plans, []), lexicon)
    own = [q for q in quads if q.graph_name.value != SHARED_GRAPH]
    names = {unit_iri(a.unit.key): a.unit.name for plan in plans for a in plan.assignments if a.unit}
    pref = _PREF_LABEL
    share = sorted(
        str(q) for q in quads
        if q.graph_name.value == SHARED_GRAPH and not (q.predicate == pref and q.subject.value in names and getattr(q.object, "language", None) == "zh")
    )
    from .query.sparql import LocalBackend
    from .query.store import GraphStore
    from .query.task_index import group_rows

    record = {
        "index": group_rows(GraphStore(LocalBackend(quads), lexicon)),
        "plans": [p.id for p in plans],
        "graphs": sorted({q.graph_name.value for q in own}),
        "quads": len(own),
        "names": names,
        "lines": [plan_summary(p) for p in plans],
        "counts": count_plans(plans),
        "problems": [pr for p in plans for pr in p.problems],
    }
    return ox.serialize(own, format=ox.RdfFormat.N_QUADS), "".join(line + "\n" for line in share).encode("utf-8"), record


class _GraphWriter:
    """Plan graphs into the store: each graph name emptied once, the first time a build
    touches it, and only if the store may hold it (``existing``: the graphs of the last build);
    new quads loaded by Oxigraph's bulk loader in batches of :data:`LOAD_BATCH` bytes of N-Quads.

    Emptying a name that is not there still costs a RocksDB write, which waits on the
    compaction of the files every bulk load adds: at 2,000 plans these empty removals took
    58 s of a first build. A batch of groups is one load, so that the store gets a few large
    files rather than a dozen small ones per group.
    """

    def __init__(self, store: ox.Store, existing: set[str]) -> None:
        self.store, self.existing, self.emptied = store, existing, set()
        self.pending: list[bytes] = []
        self.size = 0

    def write(self, names: Iterable[str], quads: bytes | None) -> None:
        """Replace the graphs ``names`` by ``quads`` (N-Quads of those graphs; None: remove them)."""
        for name in names:
            if name in self.existing and name not in self.emptied:
                self.store.remove_graph(ox.NamedNode(name))
            self.emptied.add(name)  # later writes of the name add to what this build wrote
        if quads:
            self.pending.append(quads)
            self.size += len(quads)
            if self.size >= LOAD_BATCH:
                self.flush()

    def flush(self) -> None:
        if self.pending:
            self.store.bulk_load(b"".join(self.pending), format=ox.RdfFormat.N_QUADS)
            self.pending, self.size = [], 0


class _written_groups:
    """:func:`_write_group` for each group of ``work`` in order, by ``jobs`` processes or here;
    a context manager, so that the workers end with it."""

    def __init__(self, folder: Path, work: list, options: _Options, jobs: int) -> None:
        self.folder, self.work, self.options, self.jobs, self.pool = folder, work, options, jobs, None

    def __enter__(self):
        if self.jobs > 1 and len(self.work) > 1:
            self.pool = ProcessPoolExecutor(max_workers=self.jobs)
            return _in_order(self.pool, _write_group, ((self.folder, members, self.options) for members in self.work), self.jobs)
        return (_write_group(self.folder, members, self.options) for members in self.work)

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=exc[0] is not None)


def _best_names(records: Iterable[dict]) -> dict[str, str]:
    """Each organisation's Chinese name across groups: the longest any group wrote, as
    :func:`~policygraph.normalize.units.name_departments` chooses it across a batch."""
    best: dict[str, str] = {}
    for record in records:
        for iri, name in record["names"].items():
            current = best.get(iri)
            if current is None or (len(name), name) > (len(current), current):
                best[iri] = name
    return best


def _share_lines(folder: Path, entry: dict | None) -> list[str]:
    if entry is None:
        return []
    return (folder / GROUPS / f"{entry['record']}.nq").read_text(encoding="utf-8").splitlines()


class _SharedGraph:
    """The shared graph, kept as the union of every group's share and changed group by group.

    How many groups hold each quad is kept on disk (``shared.sqlite``), so replacing a group's
    share touches only that share's quads; a quad leaves the store when no group holds it.
    Organisations' Chinese names are kept apart (:func:`_best_names`). The counts carry the
    build's generation: counts of another generation than the manifest's (a build cut short)
    are ``damaged``, and the store is written again.
    """

    def __init__(self, folder: Path, generation: int) -> None:
        self.db = sqlite3.connect(folder / SHARED_COUNTS)
        self.db.execute("CREATE TABLE IF NOT EXISTS quads (quad TEXT PRIMARY KEY, groups INTEGER NOT NULL, fresh INTEGER NOT NULL) WITHOUT ROWID")
        self.db.execute("CREATE TABLE IF NOT EXISTS generation (value INTEGER NOT NULL)")
        found = self.db.execute("SELECT value FROM generation").fetchone()
        self.damaged = (found[0] if found else 0) != generation
        self.before: dict[str, str] = {}

    def begin(self) -> None:
        """Mark the counts as of no build until :meth:`commit`: the store is about to change."""
        self.db.execute("DELETE FROM generation")
        self.db.execute("INSERT INTO generation VALUES (-1)")
        self.db.commit()

    def close(self) -> None:
        """Leave the counts as last committed (a build stopped on the way)."""
        self.db.close()

    def reset(self) -> None:
        """Start from no group (the store is written again whole)."""
        self.db.execute("DELETE FROM quads")

    def replace(self, old: list[str], new: list[str]) -> None:
        """Put a group's ``new`` share (N-Quads lines) in place of its ``old`` one."""
        self.db.executemany("UPDATE quads SET groups = groups - 1 WHERE quad = ?", ((q,) for q in old))
        self.db.executemany("INSERT INTO quads VALUES (?, 1, 1) ON CONFLICT (quad) DO UPDATE SET groups = groups + 1", ((q,) for q in new))

    def commit(self, store: ox.Store, names: dict[str, str], generation: int) -> int:
        """Bring the store's shared graph in line with the counts and ``names`` (each
        organisation's name now; ``before``: as the store has them); returns its size in quads."""
        graph = ox.NamedNode(SHARED_GRAPH)
        for quad in _parse_lines(row[0] for row in self.db.execute("SELECT quad FROM quads WHERE groups <= 0")):
            store.remove(quad)
        store.bulk_extend(_parse_lines(row[0] for row in self.db.execute("SELECT quad FROM quads WHERE fresh = 1 AND groups > 0")))
        self.db.execute("DELETE FROM quads WHERE groups <= 0")
        self.db.execute("UPDATE quads SET fresh = 0 WHERE fresh = 1")
        for iri in set(self.before) | set(names):
            was, now = self.before.get(iri), names.get(iri)
            if was != now:
                if was is not None:
                    store.remove(ox.Quad(ox.NamedNode(iri), _PREF_LABEL, ox.Literal(was, language="zh"), graph))
                if now is not None:
                    store.add(ox.Quad(ox.NamedNode(iri), _PREF_LABEL, ox.Literal(now, language="zh"), graph))
        count = self.db.execute("SELECT count(*) FROM quads").fetchone()[0] + len(names)
        self.db.execute("DELETE FROM generation")
        self.db.execute("INSERT INTO generation VALUES (?)", (generation,))
        self.db.commit()
        self.db.close()
        return count


def _parse_lines(lines: Iterable[str]) -> Iterator[ox.Quad]:
    """Quads from their N-Quads lines (without the final dot), a batch at a time."""
    batch: list[str] = []
    for line in lines:
        batch.append(line + " .\n")
        if len(batch) >= 50_000:
            yield from ox.parse("".join(batch), format=ox.RdfFormat.N_QUADS)
            batch = []
    if batch:
        yield from ox.parse("".join(batch), format=ox.RdfFormat.N_QUADS)


def push_changes(report: CollectionReport, endpoint: str, *, auth: str | None = None, timeout: float = 300) -> list:
    """Send what a build into a store changed to a SPARQL 1.1 Graph Store ``endpoint``: each
    plan graph written is PUT (replaced), each removed graph DELETEd, and the shared graph PUT
    whole (it is the union of every plan's share). Returns the :class:`~policygraph.export.push.PushedGraph` list."""
    from .export.push import PushedGraph, delete_graph, put_graph

    store = _open_store(report.store, read_only=True)
    pushed = []
    for name in [*report.written, SHARED_GRAPH]:
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        pushed.append(put_graph(endpoint, name, triples, auth=auth, timeout=timeout))
    for name in report.removed:
        delete_graph(endpoint, name, auth=auth, timeout=timeout)
        pushed.append(PushedGraph(name, 0, "DELETE"))
    return pushed


def open_collection(store_dir: str | os.PathLike[str], lexicon_files: Iterable[str] = ()):
    """The store built by :func:`build_collection` in ``store_dir``, to query
    (a :class:`~policygraph.query.store.GraphStore`, read-only)."""
    from .query.sparql import StoreBackend
    from .query.store import GraphStore

    folder = Path(store_dir)
    if not (folder / MANIFEST).is_file():
        raise CollectionError("{folder}: no policygraph store here (build one with: policygraph build PATHS --store {folder})", folder=str(folder))
    manifest = _read_manifest(folder)
    lexicon_files = tuple(os.fspath(p) for p in lexicon_files)
    # the names are kept per build: the first query after a build reads them from the store
    catalogue = folder / f"{CATALOGUE}-{manifest.get('generation', 0)}.pickle"
    index = None
    if _index_generation(folder) == manifest.get("generation", 0):  # else a build cut short: the store's own queries answer
        try:
            index = TaskIndex(folder / TASK_INDEX, read_only=True, generation=manifest.get("generation", 0))
        except sqlite3.Error:
            index = None  # a folder this user may not write the table's log in: the store answers
    return GraphStore(StoreBackend(_open_store(folder, read_only=True)), load_lexicon(lexicon_files), catalogue_file=str(catalogue), index=index)


def _index_generation(folder: Path) -> int | None:
    """The build the task table is of (None: no table, or an unreadable one)."""
    if not (folder / TASK_INDEX).is_file():
        return None
    try:
        index = TaskIndex(folder / TASK_INDEX, read_only=True)
    except sqlite3.Error:
        return None
    try:
        return index.generation
    finally:
        index.close()

