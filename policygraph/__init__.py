"""policygraph: who owns what in Chinese local-government implementation plans.

Reads plans (text, markdown, task tables), extracts tasks and the units responsible for
them (lead or co-responsible, and why), and builds an RDF knowledge graph.

>>> import policygraph
>>> pg = policygraph.build()     # the bundled corpus, or build(["my-plan.txt"])
>>> pg.export("ttl", "exports/policygraph.ttl")
"""

from .api import PolicyGraph, build, build_store, bundled_corpus, open_store
from .errors import CollectionError, InputError, NoPlansError, PolicyGraphError, StrictModeError, UnknownFormatError
from .formats import EXPORTERS

__all__ = [
    "EXPORTERS",
    "CollectionError",
    "InputError",
    "NoPlansError",
    "PolicyGraph",
    "PolicyGraphError",
    "StrictModeError",
    "UnknownFormatError",
    "build",
    "build_store",
    "bundled_corpus",
    "open_store",
]
__version__ = "0.1.0"
