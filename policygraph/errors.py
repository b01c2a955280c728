"""Errors raised by policygraph.

Every error the library raises on bad input is a :class:`PolicyGraphError`, so that the
command line can print one clean line instead of a traceback. Messages name the file.
"""

from __future__ import annotations


class PolicyGraphError(Exception):
    """Base class of every error policygraph raises on purpose."""


class InputError(PolicyGraphError):
    """An input path cannot be read as a plan (missing, binary, undecodable, empty...)."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        message = f"{path}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class NoPlansError(PolicyGraphError):
    """The inputs held no readable plan at all."""


class UnknownFormatError(PolicyGraphError):
    """A format name or file extension that no reader or exporter is registered for."""


class OutputError(PolicyGraphError):
    """A file policygraph writes could not be written (full disk, no permission...); the
    previous file at that path, if any, is left as it was."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: cannot write: {problem}")


class StrictModeError(PolicyGraphError):
    """``--strict`` was asked for and some responsibility clauses were not parsed."""


class MissingDependencyError(PolicyGraphError):
    """An optional library a feature needs is not installed (pandas for DataFrames)."""
