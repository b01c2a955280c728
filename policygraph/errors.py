"""Errors raised by policygraph.

Every error the library raises on bad input is a :class:`PolicyGraphError`, so that the
command line can print one clean line instead of a traceback. Messages name the file.
"""

from __future__ import annotations


from collections.abc import Callable


class Message(str):
    """A message about a file: the English text, and the template and values it was made of,
    so that the command line can show it in the user's language (:mod:`policygraph.i18n`).

    >>> m = Message("plan.txt", "{size} MB is too large", "split it", size=300)
    >>> zh = {"{size} MB is too large": "{size} MB 太大", "split it": "请拆分"}
    >>> str(m), m.localized(lambda text: zh.get(text, text))
    ('plan.txt: 300 MB is too large (split it)', 'plan.txt: 300 MB 太大 (请拆分)')
    """

    def __new__(cls, about: str, template: str, hint: str = "", /, **params) -> Message:
        text = _compose(about, template.format(**params) if params else template, hint.format(**params) if params and hint else hint)
        message = super().__new__(cls, text)
        message.path, message.template, message.hint, message.params = about, template, hint, params
        return message

    def __reduce__(self):
        # pickled by what it was made of (a build's per-file results are cached and sent between processes)
        return (_message, (self.path, self.template, self.hint, self.params))

    def localized(self, translate: Callable[[str], str]) -> str:
        """The message with its template and hint translated, values as they are."""
        params = {k: v.localized(translate) if isinstance(v, Message) else v for k, v in self.params.items()}

        def fill(template: str) -> str:
            translated = translate(template)
            try:
                return translated.format(**params) if params else translated
            except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
                return template.format(**params) if params else template
        return _compose(self.path, fill(self.template), fill(self.hint) if self.hint else "")


def _message(path: str, template: str, hint: str, params: dict) -> Message:
    return Message(path, template, hint, **params)


def _input_error(path: str, template: str, hint: str, params: dict) -> InputError:
    return InputError(path, template, hint, **params)


def _compose(path: str, problem: str, hint: str) -> str:
    text = f"{path}: {problem}" if path else problem
    return f"{text} ({hint})" if hint else text


class PolicyGraphError(Exception):
    """Base class of every error policygraph raises on purpose.

    With ``params``, ``message`` is a template (``"unknown level '{level}'"``, ``level=…``),
    which the command line shows translated (:meth:`localized`).
    """

    def __init__(self, message: str = "", /, **params) -> None:
        self.template, self.params = message, params
        super().__init__(message.format(**params) if params else message)

    def localized(self, translate: Callable[[str], str]) -> str:
        template = getattr(self, "template", None)
        if template is None:
            return str(self)
        return Message("", template, **getattr(self, "params", {})).localized(translate)


class InputError(PolicyGraphError):
    """An input path cannot be read as a plan (missing, binary, undecodable, empty...).

    ``problem`` and ``hint`` are templates when ``params`` are given (``"{size} MB is too
    large"``, ``size=300``), so that the message can be shown in another language.
    """

    def __init__(self, path: str, problem: str, hint: str = "", /, **params) -> None:
        self.message = Message(path, problem, hint, **params)
        self.path = path
        self.problem = problem.format(**params) if params else problem
        self.hint = hint.format(**params) if params and hint else hint
        super().__init__(str(self.message))

    def __reduce__(self):
        m = self.message
        return (_input_error, (m.path, m.template, m.hint, m.params))

    def localized(self, translate: Callable[[str], str]) -> str:
        return self.message.localized(translate)


class NoPlansError(PolicyGraphError):
    """The inputs held no readable plan at all; ``errors`` say why for each input."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("no readable plan among the inputs: " + "; ".join(map(str, errors)))

    def localized(self, translate: Callable[[str], str]) -> str:
        return translate("no readable plan among the inputs: ") + "; ".join(e.localized(translate) for e in self.errors)


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


class CollectionError(PolicyGraphError):
    """A store folder (``--store DIR``) that is not a policygraph store, or one of another layout."""
