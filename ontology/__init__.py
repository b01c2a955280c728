"""The policygraph ontology (policygraph.ttl) and its SHACL shapes (shapes.ttl).

This folder is installed as the package ``policygraph.ontology`` (see ``package_dir`` in
setup.cfg), so the files are read from the installed package, never from a source tree.
"""
