"""The one place IRIs are minted.

Every exporter that names a plan, task or organisation (RDF, JSON Lines, CSV, GraphML)
asks this module, so an id in ``tasks.jsonl`` is the IRI of the same task in
``policygraph.ttl``. Chinese names stay readable (IRIs allow Unicode, RFC 3987); only the
characters an IRI path segment cannot hold are percent-encoded.
"""

from __future__ import annotations

import re

# Characters an IRI path segment cannot hold (RFC 3987): ASCII delimiters and controls, C1
# controls, surrogates, private use, noncharacters and the specials block. They are
# percent-encoded, so a unit name holding U+FFFE never makes pyoxigraph reject the whole batch.
_UNSAFE = re.compile(
    "[\x00-\x20<>\"{}|\\\\^`%#?/\\[\\]\x7f-\x9f\u3000\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufff0-\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U000efffe\U000effff\U000f0000-\U0010ffff]"
)

BASE = "https://w3id.org/policygraph/id/"
ONTOLOGY = "https://w3id.org/policygraph/ont#"


# The part of _UNSAFE a plan's text may hold but a reader should hear about (C0/C1 controls
# other than layout, surrogates, private use, noncharacters).
NOT_IRI_OR_XML = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U000f0000-\U0010ffff]"
)


def _part(text: str) -> str:
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8", "surrogatepass")), text)


def _path(*parts: str) -> str:
    return BASE + "/".join(_part(p) for p in parts)


def plan(plan_id: str) -> str:
    return _path("plan", plan_id)


def source(plan_id: str) -> str:
    return _path("source", plan_id)


def action(plan_id: str, index: int) -> str:
    return _path("plan", plan_id, "action", str(index))


def task(plan_id: str, local_id: str) -> str:
    return _path("plan", plan_id, *local_id.split("/"))


def target(plan_id: str, local_id: str) -> str:
    """A quantitative target, under the document that states it (``target/3``)."""
    return _path("plan", plan_id, *local_id.split("/"))


def unit(key: str) -> str:
    """An organisation from its :attr:`UnitRef.key` (``310116/dev-reform`` and the like)."""
    return _path("org", *key.split("/", 2))


def document(key: str) -> str:
    """A cited document, one node per number (``国发〔2021〕23号``), else per normalised title."""
    return _path("doc", key)


def citation(plan_id: str, number: int) -> str:
    return _path("plan", plan_id, "citation", str(number))


def department_type(type_id: str) -> str:
    return _path("type", type_id)


TYPE_SCHEME = BASE + "type"


def theme(theme_id: str) -> str:
    return _path("theme", theme_id)


THEME_SCHEME = BASE + "theme"


def place(code: str) -> str:
    return _path("place", code)


def person(jurisdiction: str, name: str) -> str:
    return _path("person", jurisdiction, name)


def span(plan_id: str, start: int, end: int) -> str:
    return _path("span", plan_id, f"{start}-{end}")


def problem(plan_id: str, number: int) -> str:
    return _path("problem", plan_id, str(number))


SHARED_GRAPH = BASE + "graph/shared"
_PLAN_OWNED = ("plan", "span", "source", "problem")


def plan_graph(plan_id: str) -> str:
    """The named graph holding one source plan's own triples."""
    return _path("graph", plan_id)


def graph_of(iri: str) -> str:
    """The named graph a subject's triples belong to.

    Plans, their tasks, spans, sources and problems go to the plan's graph (the plan id is
    the second path segment of each of those IRIs); organisations, places, people and
    department types, which several plans share, go to :data:`SHARED_GRAPH`.
    """
    if iri.startswith(BASE):
        parts = iri[len(BASE) :].split("/", 2)
        if parts[0] in _PLAN_OWNED and len(parts) > 1:
            return BASE + "graph/" + parts[1]
    return SHARED_GRAPH
