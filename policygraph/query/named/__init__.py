"""Named SPARQL queries shipped with policygraph; read them, copy them, adapt them."""
