"""The doctests' namespace (the repository's root conftest.py): names every doctest in src/ may use."""

from __future__ import annotations

import doctest

from orgmodel.model import Organisation


def test_doctests_get_organisation_and_a_small_sample(doctest_namespace: dict[str, object]) -> None:
    assert doctest_namespace["Organisation"] is Organisation
    sample = doctest_namespace["sample"]
    assert isinstance(sample, Organisation)
    assert [(b.id, b.kind.value, b.parent) for b in sample.bodies] == [
        ("valtuusto", "council", None), ("hallitus", "executive_board", "valtuusto"),
        ("lautakunta", "board", "hallitus")]


def test_a_doctest_runs_with_those_names(doctest_namespace: dict[str, object]) -> None:
    example = '>>> [b.id for b in sample.bodies if b.parent == "valtuusto"]\n[\'hallitus\']\n'
    test = doctest.DocTestParser().get_doctest(example, dict(doctest_namespace), "namespace", None, 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.summarize(verbose=False) == doctest.TestResults(failed=0, attempted=1)
