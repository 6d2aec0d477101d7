"""Shared test fixtures: paths into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def models_dir() -> Path:
    return MODELS


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
