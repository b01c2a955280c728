"""A collection of plans built into a store on disk: once, then only what changed.

``policygraph build PATHS --store DIR`` keeps, in ``DIR``:

* ``oxigraph/``: a pyoxigraph :class:`~pyoxigraph.Store` (RocksDB), one named graph per plan
  and one graph of shared things (organisations, places, department types), which every
  query command reads with ``--store DIR``;
* ``extracted/``: each input file's extraction (its plans, warnings and errors), pickled under
  a key made of the file's bytes, its path, the lexicon and policygraph's own code, so a file
  is read and extracted again only when one of them changes;
* ``shared/``: each group's share of the shared graph (N-Quads), and ``manifest.json``: what
  each group of plans (a plan and the task tables attached to it) was built from.

A build reads the files not extracted yet (``jobs`` processes; results are taken in file
order, so the store is the same whatever the number of processes), links every plan as
:func:`policygraph.build` does (ids, tables, citations, unit names: the steps that need the
whole batch, on the model, which is fast), then writes the graphs of the groups whose inputs
changed, drops those of groups that are gone, and writes the shared graph again as the union of
the groups' shares, with each organisation's name chosen across the whole batch. The store then
holds what a full build of the same files holds (``tests/test_collection.py`` checks it).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import CollectionError, InputError, OutputError, PolicyGraphError
from .files import write_atomic
from .graph.iris import SHARED_GRAPH, plan_graph
from .graph.iris import unit as unit_iri
from .normalize.lexicon import load_lexicon

MANIFEST = "manifest.json"
STORE = "oxigraph"
EXTRACTED = "extracted"
SHARED = "shared"
FORMAT = 1  # the layout of DIR; a store of another layout is refused, not misread


@dataclass
class CollectionReport:
    """What a build into a store did."""

    store: Path
    files: int = 0
    extracted: int = 0  # files read and extracted this time
    reused: int = 0  # files whose extraction was reused
    graphs_kept: int = 0
    quads: int = 0
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)  # names of the plan graphs written (new or changed)
    removed: list[str] = field(default_factory=list)  # names of the plan graphs removed
    graph: object = None  # the built PolicyGraph (the model, for the summary and the problems)

    @property
    def plans(self) -> int:
        return len(self.graph.plans) if self.graph is not None else 0

    @property
    def warnings(self) -> list[str]:
        return self.graph.warnings if self.graph is not None else []

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


def _extract_file(path: str, lexicon_files: tuple[str, ...], prose: bool, bundled: bool):
    """Read and extract one file (in a worker process when ``jobs`` > 1)."""
    from .api import extract_document
    from .read.text import read_documents

    item = next(iter(read_documents([path])))
    return extract_document(item, load_lexicon(lexicon_files), prose=prose, bundled=bundled)


def extract_files(paths: list[str], lexicon_files: tuple[str, ...], prose: bool, bundled: bool, jobs: int = 1, progress=None) -> list:
    """Each file read and extracted on its own (:func:`policygraph.api.extract_document`), by
    ``jobs`` processes; results in the order of ``paths`` whatever the number of processes.
    ``progress(done, total, path)`` is called after each file."""
    from .read.text import readable_path

    arguments = [(p, lexicon_files, prose, bundled) for p in paths]
    if jobs > 1 and len(paths) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        done = pool.map(_extract_file, *zip(*arguments), chunksize=1)
    else:
        pool, done = None, (_extract_file(*a) for a in arguments)
    results = []
    try:
        for count, result in enumerate(done, start=1):
            results.append(result)
            if progress is not None:
                progress(count, len(paths), readable_path(paths[count - 1]))
    finally:
        if pool is not None:
            pool.shutdown()
    return results


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


def _groups(plans) -> dict[str, list]:
    """Plans that must be written together: a plan with the task tables attached to it (a row's
    targets may be its body task's, so the plan's graph depends on its tables)."""
    groups: dict[str, list] = {}
    for plan in plans:
        groups.setdefault(plan.main_plan.id, []).append(plan)
    return groups


def _signature(members, digests: dict[str, str], fingerprint: str) -> str:
    """Everything a group's graph is made of: each member's file, final id, the plan it is
    attached to, the plans its citations found in the batch, and the code that writes it."""
    parts = [fingerprint]
    for plan in sorted(members, key=lambda p: p.id):
        cited = sorted(c.cited_plan or "" for c in plan.citations)
        parts += [plan.id, plan.source.path, digests.get(plan.source.path, ""), plan.part_of.id if plan.part_of else "", *cited]
    return _digest(*parts)


def build_collection(
    paths: Iterable[str | os.PathLike[str]] | None,
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

    ``jobs`` processes extract the files not extracted yet; the result does not depend on it.
    """
    from .api import assemble, bundled_corpus
    from .read.text import expand_paths

    started = time.perf_counter()
    folder = Path(store_dir)
    manifest = _read_manifest(folder)
    lexicon_files = tuple(os.fspath(p) for p in lexicon_files)
    lexicon = load_lexicon(lexicon_files)
    bundled = paths is None
    files, skipped = expand_paths(bundled_corpus() if bundled else paths)
    fingerprint = _fingerprint(lexicon_files, prose)
    report = CollectionReport(folder, files=len(files))

    # -- each file's extraction, reused when its bytes, path, lexicon and code are the same ----
    (folder / EXTRACTED).mkdir(parents=True, exist_ok=True)
    keys, results, missing = [], {}, []
    for path in files:
        try:
            content = Path(path).read_bytes()
        except OSError:
            content = b""  # the reader reports it, as a full build does
        key = _digest(fingerprint, path, content)
        keys.append(key)
        cached = _load_pickle(folder / EXTRACTED / f"{key}.pickle")
        if cached is not None:
            results[key] = cached
        else:
            missing.append((path, key))
    for (path, key), result in zip(missing, extract_files([p for p, _ in missing], lexicon_files, prose, bundled, jobs, progress)):
        results[key] = result
    for path, key in missing:  # written after the run: a build cut short leaves no half entry
        try:
            write_atomic(folder / EXTRACTED / f"{key}.pickle", pickle.dumps(results[key], protocol=pickle.HIGHEST_PROTOCOL))
        except OutputError:
            pass
    report.extracted, report.reused = len(missing), len(files) - len(missing)
    used = {f"{key}.pickle" for key in keys}
    for stale in (folder / EXTRACTED).iterdir():  # extractions of files no longer in the batch
        if stale.name not in used:
            stale.unlink(missing_ok=True)

    # -- link the whole batch on the model, as a full build does -------------------------
    extracted = [results[key] for key in keys]
    graph = assemble(
        extracted, lexicon,
        errors=[item for item in skipped if isinstance(item, InputError)],
        warnings=[item for item in skipped if isinstance(item, str)],
        table_of=table_of,
    )
    report.graph = graph
    digests = {result.path: key for result, key in zip(extracted, keys)}

    # -- write the graphs of groups that changed, drop those that are gone -----------------
    (folder / SHARED).mkdir(exist_ok=True)
    old_groups: dict[str, dict] = manifest["groups"]
    new_groups: dict[str, dict] = {}
    groups = _groups(graph.plans)
    writer = _GraphWriter(graph)
    changed = []
    for group_id, members in groups.items():
        signature = _signature(members, digests, fingerprint)
        file_name = _digest(group_id)[:32] + ".nq"
        old = old_groups.get(group_id)
        if old and old["signature"] == signature and (folder / SHARED / file_name).is_file():
            new_groups[group_id] = old
            report.graphs_kept += len(old["graphs"])
        else:
            changed.append((group_id, signature, file_name))
    with _group_quads_in(writer, groups, [c[0] for c in changed], jobs) as written:
        store = _open_store(folder, read_only=False)  # opened after the workers are forked
        for (group_id, signature, file_name), (own, shared) in zip(changed, written):
            old = old_groups.get(group_id)
            graphs = sorted({q.graph_name.value for q in own})
            for name in sorted(set(graphs) | set(old["graphs"] if old else [])):
                store.remove_graph(ox.NamedNode(name))
            store.bulk_extend(own)
            write_atomic(folder / SHARED / file_name, ox.serialize(shared, format=ox.RdfFormat.N_QUADS))
            new_groups[group_id] = {"signature": signature, "graphs": graphs, "shared": file_name, "quads": len(own)}
            report.written += graphs
            report.removed += sorted(set(old["graphs"] if old else []) - set(graphs))
    for group_id, old in old_groups.items():
        if group_id not in new_groups:
            for name in old["graphs"]:
                store.remove_graph(ox.NamedNode(name))
            (folder / SHARED / old["shared"]).unlink(missing_ok=True)
            report.removed += old["graphs"]

    # -- the shared graph: the union of the groups' shares, names chosen across the batch ----
    shared_graph = ox.NamedNode(SHARED_GRAPH)
    union: set[ox.Quad] = set()
    for entry in new_groups.values():
        union.update(ox.parse(path=str(folder / SHARED / entry["shared"]), format=ox.RdfFormat.N_QUADS))
    union = writer.named_across_batch(union)
    store.remove_graph(shared_graph)
    store.bulk_extend(sorted(union, key=str))
    if len(report.written) * 2 > len(new_groups):
        # after writing most of the store: RocksDB compaction, 0.55 s at 100 plans, makes a
        # one-district query a third faster; not worth it after adding a plan or two
        store.optimize()
    store.flush()
    # counted from what was written, not len(store), which walks every quad (2 s at 1,000 plans)
    report.quads = len(union) + sum(entry.get("quads", 0) for entry in new_groups.values())
    del store
    manifest = {"format": FORMAT, "groups": new_groups, "files": len(files)}
    write_atomic(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    report.seconds = time.perf_counter() - started
    return report


# What a forked worker writes groups from: set in the parent just before the workers are forked.
_WORK: tuple = ()


def _quads_of_group(group_id: str) -> tuple[bytes, bytes]:
    writer, groups = _WORK
    own, shared = writer.quads(groups[group_id])
    return ox.serialize(own, format=ox.RdfFormat.N_QUADS), ox.serialize(shared, format=ox.RdfFormat.N_QUADS)


class _group_quads_in:
    """The quads of ``group_ids`` in order, made by ``jobs`` forked processes (each holding the
    batch as the parent had it) or here; a context manager, so that the workers end with it."""

    def __init__(self, writer, groups, group_ids: list[str], jobs: int) -> None:
        self.writer, self.groups, self.group_ids, self.jobs, self.pool = writer, groups, group_ids, jobs, None

    def __enter__(self):
        import multiprocessing

        global _WORK
        if self.jobs > 1 and len(self.group_ids) > 1 and "fork" in multiprocessing.get_all_start_methods():
            _WORK = (self.writer, self.groups)
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("fork"))
            parts = self.pool.map(_quads_of_group, self.group_ids, chunksize=2)
            return ((list(ox.parse(own, format=ox.RdfFormat.N_QUADS)), list(ox.parse(shared, format=ox.RdfFormat.N_QUADS))) for own, shared in parts)
        return (self.writer.quads(self.groups[group_id]) for group_id in self.group_ids)

    def __exit__(self, *exc) -> None:
        global _WORK
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=exc[0] is not None)
        _WORK = ()


class _GraphWriter:
    """RDF of one group at a time, with the whole batch's plans at hand for what it refers to."""

    def __init__(self, graph) -> None:
        self.graph = graph
        # every organisation's one name across the batch (name_departments has chosen it)
        self.names: dict[str, str] = {}
        for plan in graph.plans:
            for assignment in plan.assignments:
                if assignment.unit:
                    self.names[unit_iri(assignment.unit.key)] = assignment.unit.name

    def quads(self, members) -> tuple[list[ox.Quad], list[ox.Quad]]:
        """The group's own quads (its plans' graphs) and its share of the shared graph."""
        from .graph.dataset import to_quads
        from .graph.rdf import to_rdf
        from .model import Corpus

        owned = {p.id for p in members}
        quads = to_quads(to_rdf(Corpus(members, []), self.graph.lexicon, context=self.graph.plans))
        own = [q for q in quads if q.graph_name.value != SHARED_GRAPH]
        stray = {q.graph_name.value for q in own} - {plan_graph(i) for i in owned}
        if stray:  # pragma: no cover - a group's RDF only ever describes its own plans
            raise PolicyGraphError("a group's graph reached into {graphs}", graphs=", ".join(sorted(stray)))
        return own, [q for q in quads if q.graph_name.value == SHARED_GRAPH]

    def named_across_batch(self, quads: set[ox.Quad]) -> set[ox.Quad]:
        """Each organisation's Chinese name as the whole batch chose it (a group written earlier
        may carry the name of its own time)."""
        from .graph.namespace import SKOS

        pref = ox.NamedNode(str(SKOS.prefLabel))
        kept = {q for q in quads if not (q.predicate == pref and q.subject.value in self.names and getattr(q.object, "language", None) == "zh")}
        graph = ox.NamedNode(SHARED_GRAPH)
        for iri, name in self.names.items():
            kept.add(ox.Quad(ox.NamedNode(iri), pref, ox.Literal(name, language="zh"), graph))
        return kept


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
    _read_manifest(folder)
    return GraphStore(StoreBackend(_open_store(folder, read_only=True)), load_lexicon(tuple(os.fspath(p) for p in lexicon_files)))

