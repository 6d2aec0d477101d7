"""A few hundred cases of the fuzzer (benchmarks/fuzz.py) as a property: no mutated model crashes the
loader or the checker, and every problem has its file:line:column. ``make fuzz`` runs many more,
with variants and rendering, each under a CPU and memory limit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import benchmark_module

fuzz = benchmark_module("fuzz.py")
SOURCES = fuzz.corpus()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(number=st.integers(min_value=0, max_value=10**9))
def test_no_mutated_model_crashes_load_or_check(number: int, scratch: Path) -> None:
    case = fuzz.make_case(1, number, SOURCES, allow_special=False)  # no devices or FIFOs without a worker's limits
    out = fuzz.run_case(case, fuzz.mirror(case.source.path.parent, scratch), render=number % 60 == 0)
    assert out.kind in ("loaded", "user error"), (
        f"case {number} of seed 1 ({out.source}; {', '.join(out.mutations)}): {out.kind} at {out.site}: {out.detail}\n"
        f"rebuild it with: python benchmarks/fuzz.py --seed 1 --case {number} --keep /tmp/case")


def test_the_fuzzer_classifies_a_crash_by_its_innermost_orgmodel_frame() -> None:
    try:
        from orgmodel.references import reference_problems

        reference_problems(None)  # type: ignore[arg-type]  # not a mapping: an AttributeError inside
    except AttributeError as e:
        site = fuzz.crash_site(e)
    assert site.startswith("AttributeError at orgmodel/references.py:")
    assert site.endswith(" _items")  # the innermost frame, not its caller


def test_the_fuzzer_tells_a_good_pdf_and_png_from_a_broken_one() -> None:
    from orgmodel.render import diagram

    from builders import body, make_org

    d = diagram(make_org([body("v", "council"), body("h", "executive_board", "v")]))
    pdf, png = d.pdf(), d.png()
    assert fuzz._check_pdf(pdf) == "" and fuzz._check_png(png) == ""
    assert fuzz._check_pdf(pdf[: len(pdf) // 2]) != "" and fuzz._check_png(png[:100]) != ""
    assert fuzz._check_svg(d.svg()) == "" and fuzz._check_svg(d.svg()[:-10]) != ""
