"""One registry of formats: a file extension -> its reader, a name or extension -> its exporter.

Readers and exporters are named by ``"module:function"`` strings and imported on first use,
so that ``import policygraph`` stays light (pypdfium2, python-docx, rdflib's JSON-LD plugin,
networkx... load only when asked for). A reader takes a path and returns a
:class:`~policygraph.model.SourceDocument`; an exporter takes a
:class:`~policygraph.api.PolicyGraph` and returns text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import UnknownFormatError


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    media_type: str
    target: str  # "module:function"
    description: str
    rdf: bool = False  # an RDF syntax, which policygraph can also read back (media_type names it)
    binary: bool = False  # the exporter returns bytes (a workbook), written to a file only

    def load(self) -> Callable[..., str]:
        module, _, function = self.target.partition(":")
        return getattr(importlib.import_module(module), function)


@dataclass(frozen=True)
class Reader:
    extension: str
    target: str  # "module:function"
    description: str

    def load(self) -> Callable[[str], object]:
        module, _, function = self.target.partition(":")
        return getattr(importlib.import_module(module), function)


READERS: dict[str, Reader] = {
    reader.extension: reader
    for reader in (
        Reader(".txt", "policygraph.read.text:read_text", "plain text (UTF-8 or GB18030)"),
        Reader(".md", "policygraph.read.text:read_text", "Markdown (pipe tables read as tables)"),
        Reader(".markdown", "policygraph.read.text:read_text", "Markdown"),
        Reader(".tsv", "policygraph.read.text:read_text", "task table, tab-separated"),
        Reader(".csv", "policygraph.read.text:read_text", "task table, comma-separated"),
        Reader(".pdf", "policygraph.read.pdf:read_pdf", "text PDF (pypdfium2; tables by pdfplumber)"),
        Reader(".docx", "policygraph.read.docx:read_docx", "Word (python-docx; tables kept as tables)"),
        Reader(".xlsx", "policygraph.read.sheets:read_xlsx", "task table as an Excel workbook (openpyxl; merged cells repeated)"),
        Reader(".xls", "policygraph.read.sheets:read_xls", "task table as an Excel 97-2003 workbook (xlrd; merged cells repeated)"),
        Reader(".doc", "policygraph.read.convert:read_converted", "Word 97-2003, through LibreOffice when installed"),
        Reader(".wps", "policygraph.read.convert:read_converted", "WPS Writer, through LibreOffice when installed"),
        Reader(".et", "policygraph.read.convert:read_converted", "WPS Spreadsheets, through LibreOffice when installed"),
        Reader(".rtf", "policygraph.read.convert:read_converted", "Rich Text, through LibreOffice when installed"),
        Reader(".odt", "policygraph.read.convert:read_converted", "OpenDocument text, through LibreOffice when installed"),
        Reader(".ods", "policygraph.read.convert:read_converted", "OpenDocument spreadsheet, through LibreOffice when installed"),
        Reader(".ofd", "policygraph.read.ofd:read_ofd", "OFD, GB/T 33190 (its text layer; tables as lines)"),
        Reader(".html", "policygraph.read.html:read_html", "web page (main content by readability-lxml; tables kept as tables)"),
        Reader(".htm", "policygraph.read.html:read_html", "web page"),
        Reader(".shtml", "policygraph.read.html:read_html", "web page"),
    )
}

EXPORTERS: dict[str, Format] = {}


def register(fmt: Format) -> None:
    EXPORTERS[fmt.name] = fmt


for _fmt in (
    Format("ttl", (".ttl",), "text/turtle", "policygraph.export.rdf:turtle", "RDF Turtle (the reference export)", rdf=True),
    Format("nt", (".nt",), "application/n-triples", "policygraph.export.rdf:ntriples", "RDF N-Triples", rdf=True),
    Format("jsonld", (".jsonld", ".json-ld"), "application/ld+json", "policygraph.export.rdf:jsonld", "RDF JSON-LD", rdf=True),
    Format("nq", (".nq",), "application/n-quads", "policygraph.export.rdf:nquads", "RDF N-Quads, one named graph per source plan", rdf=True),
    Format("trig", (".trig",), "application/trig", "policygraph.export.rdf:trig", "RDF TriG, one named graph per source plan", rdf=True),
    Format("jsonl", (".jsonl", ".ndjson"), "application/jsonl", "policygraph.export.records:jsonl", "one task per line (tasks.jsonl contract)"),
    Format("plans", (), "application/jsonl", "policygraph.export.records:plans_jsonl", "one plan per line (plans.jsonl): place, number, issuers, date, citations"),
    Format("csv", (".csv",), "text/csv", "policygraph.export.records:csv_text", "one responsibility assignment per row"),
    Format("targets", (), "application/jsonl", "policygraph.export.records:targets_jsonl", "one target per line (targets.jsonl): plan-level and task targets, with owners"),
    Format("targets-csv", (), "text/csv", "policygraph.export.records:targets_csv", "one target per row, plan-level and task targets"),
    Format("xlsx", (".xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "policygraph.export.workbook:xlsx",
           "Excel workbook: tasks, assignments, targets and a 责任清单 (responsibility list) per district", binary=True),
    Format("graphml", (".graphml",), "application/graphml+xml", "policygraph.export.graphml:graphml", "NetworkX projection for Gephi/yEd"),
):
    register(_fmt)


def rdf_format(path: str) -> Format:
    """The RDF syntax of a graph file, from its extension (to read an exported graph back)."""
    suffix = Path(path).suffix.lower()
    for fmt in EXPORTERS.values():
        if fmt.rdf and suffix in fmt.extensions:
            return fmt
    known = ", ".join(e for f in EXPORTERS.values() if f.rdf for e in f.extensions)
    raise UnknownFormatError("{path}: not an RDF graph file by its extension ('{suffix}'); use one of {known}", path=path, suffix=suffix or "none", known=known)


def exporter(name: str | None = None, path: str | None = None) -> Format:
    """The format called ``name``, or the one ``path``'s extension implies."""
    if name:
        key = name.lower().lstrip(".")
        if key in EXPORTERS:
            return EXPORTERS[key]
        for fmt in EXPORTERS.values():
            if "." + key in fmt.extensions:
                return fmt
        raise UnknownFormatError("unknown format '{name}'; choose one of: {formats}", name=name, formats=", ".join(EXPORTERS))
    if path:
        suffix = Path(path).suffix.lower()
        for fmt in EXPORTERS.values():
            if suffix in fmt.extensions:
                return fmt
        raise UnknownFormatError("{path}: cannot tell the format from '{suffix}'; pass --format ({formats})", path=path, suffix=suffix or "no extension", formats=", ".join(EXPORTERS))
    raise UnknownFormatError("no format given; choose one of: {formats}", formats=", ".join(EXPORTERS))
