"""A cache of built graphs, so that a query command answers without re-reading the plans.

The key is a hash of the input files' bytes, the extra lexicon files and policygraph's own
code and data: change any of them and the graph is built again. Each entry is an N-Quads
file (one named graph per plan), which pyoxigraph loads in about 0.1 s for the bundled
corpus, against about 1.5 s to read the plans and build the graph. Set ``POLICYGRAPH_CACHE``
to choose the folder, or pass ``cache=False`` to build every time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pyoxigraph as ox

from .. import __version__
from ..errors import OutputError
from ..files import write_atomic

# Damaged entries met since the last look (each rebuilt): the caller reports them as warnings.
DAMAGED: list[str] = []


def cache_dir() -> Path:
    if os.environ.get("POLICYGRAPH_CACHE"):
        return Path(os.environ["POLICYGRAPH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policygraph"


def _code_fingerprint(digest) -> None:
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".tsv", ".json", ".ttl", ".rq") and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())


def cache_key(files: list[str], lexicon_files: tuple[str, ...], table_of: dict[str, str] | None = None) -> str:
    digest = hashlib.sha256(__version__.encode())
    _code_fingerprint(digest)
    for table, plan in sorted((table_of or {}).items()):
        digest.update(f"--table-of--{table}={plan}\0".encode("utf-8", "surrogateescape"))
    for path in [*files, "--lexicon--", *lexicon_files]:
        digest.update(path.encode("utf-8") + b"\0")
        if path != "--lexicon--":
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()[:32]


def load(key: str) -> tuple[list[ox.Quad], list[str]] | None:
    """The cached quads and build warnings under ``key``, or None."""
    folder = cache_dir()
    data, meta = folder / f"{key}.nq", folder / f"{key}.json"
    if not (data.is_file() and meta.is_file()):
        return None
    try:
        payload = data.read_bytes()
        stored = json.loads(meta.read_text(encoding="utf-8"))
        if hashlib.sha256(payload).hexdigest() != stored["sha256"]:
            raise ValueError("digest differs")
        quads = list(ox.parse(payload, format=ox.RdfFormat.N_QUADS))
        if len(quads) != stored["quads"]:
            raise ValueError("quad count differs")
        warnings = stored["warnings"]
    except (SyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        DAMAGED.append(f"{data}: cache entry damaged ({exc}), rebuilt")
        return None  # a damaged entry is rebuilt, not trusted
    return quads, warnings


def save(key: str, quads: list[ox.Quad], warnings: list[str]) -> None:
    """Store an entry; a cache folder we cannot write to only costs speed."""
    folder = cache_dir()
    payload = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    meta = {"warnings": warnings, "sha256": hashlib.sha256(payload).hexdigest(), "quads": len(quads)}
    try:  # the data first: an entry whose meta is missing or stale is never trusted
        write_atomic(folder / f"{key}.nq", payload)
        write_atomic(folder / f"{key}.json", json.dumps(meta))
    except OutputError:
        pass
