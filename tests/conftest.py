"""Shared test fixtures: paths into the repository. The shared builders (organisations, fixtures by
name, SVG read back) are plain functions in ``builders.py``; the doctests' namespace is set up by
the ``conftest.py`` at the repository root."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import FIXTURES, MODELS, ROOT

__all__ = ["ROOT", "MODELS", "FIXTURES"]


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def models_dir() -> Path:
    return MODELS


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
