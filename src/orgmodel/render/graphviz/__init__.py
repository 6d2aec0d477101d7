"""The Graphviz backend: DOT building, layout through pygraphviz, painting, SVG/PDF/PNG files."""
