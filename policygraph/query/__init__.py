"""Asking the graph: named SPARQL queries, bound parameters, local and remote stores."""
