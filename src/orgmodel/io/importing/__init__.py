"""Import a structure from a body table (xlsx, csv) or a Popolo JSON file.

:func:`import_model` reads the file, reports every bad row at once (a
:class:`~orgmodel.errors.ModelError` whose problems name the row and what would be valid) and
returns an :class:`~orgmodel.model.Organisation` that ``orgmodel.dumps`` writes as a model file
that loads. The structure's own id, names, type and law come from the file where it has them (the
``organisation`` sheet or Popolo's ``orgmodel`` key), else from the arguments.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "elimet.csv"
>>> _ = path.write_text("tunnus;nimi;laji;ylempi;paikat\\nv;Valtuusto;valtuusto;;43\\n"
...                     "h;Hallitus;kunnanhallitus;v;11\\n", encoding="utf-8")
>>> org = import_model(path)
>>> [(b.id, b.kind.value, b.parent, b.seats) for b in org.bodies]
[('v', 'council', None, 43), ('h', 'executive_board', 'v', 11)]
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from orgmodel.errors import ModelError, Problem
from orgmodel.model import Organisation
from orgmodel.text import DEFAULT_LANG
from orgmodel.words import word

__all__ = ["IMPORTS", "import_model", "DEFAULT_LAW", "DEFAULT_ORG_TYPE"]

#: Extensions :func:`import_model` reads.
IMPORTS = (".xlsx", ".csv", ".json")
DEFAULT_ORG_TYPE = "municipality"
DEFAULT_LAW = "fi/kuntalaki-410-2015"


def _meta(found: dict[str, Any], path: Path, given: dict[str, str | None]) -> dict[str, Any]:
    """The structure's own fields: the arguments given, else the file's, else from the file name."""
    names = found.get("names") if isinstance(found.get("names"), dict) else None
    if names is None:
        names = {lang: found[f"names_{lang}"] for lang in ("fi", "sv", "en") if found.get(f"names_{lang}")}
    if given.get("name"):
        names = {"fi": given["name"]}
    stem = path.name.split(".")[0]
    return {"id": given.get("id") or found.get("id") or stem,
            "names": names or {"fi": stem},
            "org_type": given.get("org_type") or found.get("org_type") or DEFAULT_ORG_TYPE,
            "law": given.get("law") or found.get("law") or DEFAULT_LAW}


def import_model(path: str | os.PathLike[str], *, lang: str = DEFAULT_LANG, id: str | None = None,
                 name: str | None = None, org_type: str | None = None, law: str | None = None) -> Organisation:
    """The structure in a body table or Popolo file (see the module text); ModelError lists every bad row."""
    from .bodies import table_bodies
    from .popolo import read_popolo
    from .tables import read_csv, read_xlsx

    p = Path(path)
    file = os.fspath(path)
    suffix = p.suffix.lower()
    given = {"id": id, "name": name, "org_type": org_type, "law": law}
    relations: list[dict[str, Any]] = []
    extra: dict[str, Any] = {}
    if suffix == ".json":
        data, problems = read_popolo(p, lang)
        bodies, relations, found = data["bodies"], data["relations"], data["meta"]
        extra = {k: found[k] for k in ("powers", "instruments") if isinstance(found.get(k), list)}
    elif suffix in (".xlsx", ".csv"):
        table = read_xlsx(p) if suffix == ".xlsx" else read_csv(p)
        bodies, problems = table_bodies(table, file, lang)
        found = dict(table.meta)
    else:
        raise ModelError([Problem(file, 0, 0, word("import.unknown_format", lang, path=file))])
    if problems:
        raise ModelError([*problems, Problem(file, 0, 0, word("import.summary", lang, n=len(problems)))])
    data = {**_meta(found, p, given), "bodies": bodies, "relations": relations, **extra}
    try:
        return Organisation.model_validate(data)
    except ValidationError as e:
        raise ModelError([Problem(file, 0, 0, _located(err["loc"], err["msg"], bodies))
                          for err in e.errors()]) from None


def _located(loc: tuple[Any, ...], message: str, bodies: list[dict[str, Any]]) -> str:
    """A validation message with the body it is about, by id (rows are checked one by one before)."""
    where = ".".join(str(p) for p in loc)
    if len(loc) > 1 and loc[0] == "bodies" and isinstance(loc[1], int) and loc[1] < len(bodies):
        where = f"{bodies[loc[1]].get('id')}: " + ".".join(str(p) for p in loc[2:])
    return f"{where}: {message.removeprefix('Value error, ')}"
