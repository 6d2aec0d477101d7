"""The doctests' namespace: every doctest in ``src/`` may use ``Organisation`` and ``sample`` (a council,
its executive board and a board under it, under kuntalaki) without building them first."""

from __future__ import annotations

from typing import Any

import pytest

from orgmodel.model import Organisation

SAMPLE: dict[str, Any] = {
    "id": "sample", "names": {"fi": "Esimerkkikunta", "en": "Sample municipality"}, "org_type": "municipality",
    "law": "fi/kuntalaki-410-2015",
    "bodies": [
        {"id": "valtuusto", "kind": "council", "names": {"fi": "Valtuusto", "en": "Council"}, "seats": 27},
        {"id": "hallitus", "kind": "executive_board", "names": {"fi": "Hallitus", "en": "Executive board"},
         "parent": "valtuusto", "seats": 9},
        {"id": "lautakunta", "kind": "board", "names": {"fi": "Lautakunta", "en": "Board"}, "parent": "hallitus"},
    ],
    "relations": [{"type": "elects", "source": "valtuusto", "target": "hallitus"}],
}


@pytest.fixture(autouse=True, scope="session")
def _doctest_names(doctest_namespace: dict[str, Any]) -> None:
    """networkx's ``add_nx`` pattern: names every doctest can use."""
    doctest_namespace["Organisation"] = Organisation
    doctest_namespace["sample"] = Organisation.model_validate(SAMPLE)
