"""DOT syntax: quoted names and attribute lists, the same text for the same input.

>>> quote('a "b"')
'"a \\\\"b\\\\""'
>>> attrs(id="n1", penwidth=1.5, label="<<B>x</B>>", class_="card", width=None)
'[id="n1", penwidth=1.5, label=<<B>x</B>>, class="card"]'
"""

from __future__ import annotations


def quote(name: str) -> str:
    """``name`` as a quoted DOT identifier."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def attrs(**kw: object) -> str:
    """A DOT attribute list; HTML labels (``<...>``) go in unquoted, floats with 4 digits.

    ``None`` values are left out; ``class_`` is written ``class``.
    """
    items = []
    for k, v in kw.items():
        if v is None:
            continue
        if k == "class_":
            k = "class"
        if type(v) is float:
            items.append(f"{k}={v:.4g}")
        elif k == "label" and isinstance(v, str) and v[0] == "<":
            items.append(f"{k}={v}")
        else:
            items.append(f"{k}={quote(str(v))}")
    return "[" + ", ".join(items) + "]"
