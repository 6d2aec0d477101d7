"""The model holds no hidden state: checking, the graph, lookups and drawing leave equality alone.

pydantic compares private attributes in ``==``, so lookup caches on :class:`Organisation` used to
make ``org == loads(dumps(org))`` false as soon as ``org`` had been checked or drawn (and tests
depend on the order they ran in). The lookups now live in :mod:`orgmodel.index`, outside the model.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from orgmodel import index
from orgmodel.checking import check
from orgmodel.compare.metrics import metrics
from orgmodel.io import dumps, load, loads
from orgmodel.model import Organisation
from orgmodel.render import diagram, sheet
from orgmodel.words import word

from conftest import MODELS

MODEL_FILES = sorted(MODELS.rglob("*.yaml"))


def _use(org: Organisation) -> None:
    """Everything that used to leave a cache on the model."""
    check(org)
    org.graph().hierarchy_cycles()
    org.has_body("x")
    org.body(org.bodies[0].id)
    org.children(None)
    org.ancestors(org.bodies[-1].id)
    org.bodies_of_kind("council", "board")
    metrics(org)
    diagram(org).render("svg")


def test_the_models_are_found() -> None:
    assert len(MODEL_FILES) >= 12


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: str(p.relative_to(MODELS)))
def test_equal_after_use_in_both_orders(path: Path) -> None:
    # use first, then copy
    used = load(path)
    _use(used)
    assert used == loads(dumps(used)) and loads(dumps(used)) == used
    # copy first, then use the original, then the copy
    org = load(path)
    copy = loads(dumps(org))
    assert org == copy
    _use(org)
    assert org == copy and copy == org
    _use(copy)
    assert org == copy and used == copy
    assert dumps(org) == dumps(copy)


@pytest.mark.parametrize("path", MODEL_FILES[:2], ids=lambda p: p.name)
def test_the_model_carries_no_private_state(path: Path) -> None:
    org = load(path)
    _use(org)
    assert not org.__pydantic_private__
    assert not hasattr(org, "__dict__") or set(vars(org)) == set(Organisation.model_fields)


def test_the_index_is_shared_and_dropped_with_the_model() -> None:
    org = load(MODELS / "pirkanmaa-2018.yaml")
    assert index.structure(org) is index.structure(org)
    assert org.graph() is org.graph()
    key = id(org)
    assert key in index._MEMO
    del org
    gc.collect()
    assert key not in index._MEMO


def test_a_copy_of_the_baseline_keeps_its_badge_after_lookups() -> None:
    a = load(MODELS / "pirkanmaa-2018.yaml")
    other = load(MODELS / "pohjois-karjala-2018.yaml")
    a.has_body("x")
    a.graph()
    drawing = sheet([a, other], baseline=loads(dumps(a)))
    assert [p.badge for p in drawing.panels] == [word("diagram.baseline", "fi"), ""]
