"""Writing files so that a kill or a full disk never leaves a broken one.

Every file policygraph writes (exports, views, cache entries) goes through :func:`write_atomic`:
the content is written to a temporary file in the same folder (``.NAME.XXXX.pgtmp``), flushed to
disk and renamed over the final path in one step. A build killed mid-write leaves the previous
file as it was and, at worst, a temporary file, which the next write of the same name removes.
A full disk or a folder we may not write to is an :class:`~policygraph.errors.OutputError`
naming the file, and nothing is left at the final path.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError

TEMP_SUFFIX = ".pgtmp"


def _leftovers(path: Path) -> list[Path]:
    """Temporary files an interrupted write of ``path`` left behind."""
    return [p for p in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}") if p.is_file()]


def write_atomic(path: str | os.PathLike[str], content: str | bytes | Iterable[str | bytes], encoding: str = "utf-8", *, tidy: bool = True) -> Path:
    """Write ``content`` (text, bytes, or an iterable of pieces) to ``path`` all at once or not at all.

    ``tidy``: first remove the temporary files an interrupted write of ``path`` left (a scan of
    its folder); False where the caller sweeps the folder itself, so that writing the n-th
    file of a folder does not cost a listing of the n before it.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.txt", ["one ", "two"]).read_text()
    'one two'
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stray in _leftovers(target) if tidy else ():
            stray.unlink(missing_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX, delete=False)
    except OSError as exc:
        raise OutputError(str(target), exc.strerror or str(exc)) from exc
    temporary = Path(handle.name)
    try:
        with handle:
            pieces = [content] if isinstance(content, (str, bytes)) else content
            for piece in pieces:
                handle.write(piece.encode(encoding) if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(str(target), exc.strerror or str(exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
