"""Open choices: the one variant cap, alternatives checked at load, variants that cannot be built."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from orgmodel.errors import UserError
from orgmodel.io import loads
from orgmodel.model import Organisation
from orgmodel.render import MAX_FOOTNOTE, MAX_TITLE, diagram
from orgmodel.variants import MAX_VARIANTS, alternative_problems, count_variants

from builders import body, make_org


def _binary_choices(n: int) -> Organisation:
    bodies = [body("v", "council")]
    choices = []
    for i in range(n):
        bodies.append(body(f"j{i}", "subcommittee", "v"))
        choices.append({"id": f"c{i}", "question": "?", "alternatives": [
            {"id": "on", "label": "on"}, {"id": "ei", "label": "ei", "remove": [f"j{i}"]}]})
    return make_org(bodies, org_type="municipality", choices=choices)


def test_variants_beyond_the_cap_are_refused_before_any_is_built() -> None:
    org = _binary_choices(7)  # 128 combinations
    assert count_variants(org) == 128 and MAX_VARIANTS == 64
    with pytest.raises(UserError) as caught:
        next(org.variants())
    assert str(caught.value) == ("t: its 7 open choices make 128 variants, more than the 64 expanded at most; raise "
                                 "the limit with --max-variants N (max_variants=N in Python), or close some choices")
    assert len(list(org.variants(max_variants=128))) == 128
    assert len(list(_binary_choices(6).variants())) == 64  # exactly at the cap: all of them


def test_the_cap_is_the_check_packages_cap_too() -> None:
    from orgmodel.checking import MAX_VARIANTS as CHECKS_CAP

    assert CHECKS_CAP is MAX_VARIANTS


def test_removing_a_power_holder_takes_its_delegations_along() -> None:
    org = make_org([body("v", "council"), body("h", "executive_board", "v"), body("l", "board", "h"),
                    body("x", "board", "v")],
                   relations=[{"type": "delegates", "source": "x", "target": "l", "power": "p"}],
                   powers=[{"id": "p", "names": {"fi": "P"}, "holder": "h"}],
                   choices=[{"id": "c", "question": "?", "alternatives": [
                       {"id": "a", "label": "A"}, {"id": "b", "label": "B", "remove": ["h"]}]}])
    assert alternative_problems(org) == []
    variant = org.variant({"c": "b"})
    assert variant.powers == [] and variant.relations == []


def test_a_bad_alternative_of_a_model_built_in_code_is_a_user_error_when_its_variant_is_built() -> None:
    org = make_org([body("v", "council"), body("j", "executive", "v", executive_type="mayor")],
                   choices=[{"id": "c", "question": "?", "alternatives": [
                       {"id": "a", "label": "A"}, {"id": "b", "label": "B", "set": {"j": {"kind": "board"}}}]}])
    assert [loc for loc, _ in alternative_problems(org)] == [("choices", 0, "alternatives", 1, "set", "j")]
    with pytest.raises(UserError, match=r"^t: the variant c=b is not a valid structure: body 'j': executive_type is "
                                        r"only for kind executive; this body is board$"):
        org.variant({"c": "b"})
    assert org.variant({"c": "a"}).body("j").kind.value == "executive"


def test_a_cycle_only_a_combination_makes_is_left_to_the_structural_check() -> None:
    # each alternative alone is fine; together they put l and m under each other
    org = make_org([body("v", "council"), body("l", "board", "v"), body("m", "board", "v")], choices=[
        {"id": "c1", "question": "?", "alternatives": [{"id": "a", "label": "A"},
                                                      {"id": "b", "label": "B", "set": {"l": {"parent": "m"}}}]},
        {"id": "c2", "question": "?", "alternatives": [{"id": "a", "label": "A"},
                                                      {"id": "b", "label": "B", "set": {"m": {"parent": "l"}}}]}])
    assert alternative_problems(org) == []
    both = org.variant({"c1": "b", "c2": "b"})
    assert (both.body("l").parent, both.body("m").parent) == ("m", "l")


def test_a_long_model_note_does_not_stop_a_variant() -> None:
    org = make_org([body("v", "council"), body("j", "subcommittee", "v")], note="n" * 4000, choices=[
        {"id": "c", "question": "?", "alternatives": [{"id": "a", "label": "A"},
                                                     {"id": "b", "label": "B", "remove": ["j"]}]}])
    note = org.variant({"c": "b"}).note
    assert note is not None and len(note) == 4000 and note.endswith("…\nvariant: c=b")


@pytest.mark.parametrize("names", [{"fi": "   "}, {"fi": "\t"}, {"fi": "V", "sv": " "}])
def test_white_space_names_are_refused_in_code_too(names: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="is only white space"):
        make_org([{"id": "v", "kind": "council", "names": names}])


def test_white_space_question_and_reason_are_refused() -> None:
    head = ("id: x\nnames: {fi: X}\norg_type: archetype\nlaw: fi/kuntalaki-410-2015\n"
            "bodies:\n  - {id: v, kind: council, names: {fi: V}}\n")
    with pytest.raises(UserError, match=r"m.yaml:7:\d+: choices\[0\].question: is only white space"):
        loads(head + "choices: [{id: c, question: '  ', alternatives: [{id: a, label: A}, {id: b, label: B}]}]\n",
              filename="m.yaml")
    with pytest.raises(UserError, match=r"m.yaml:7:\d+: suppressions\[0\].reason: is only white space"):
        loads(head + "suppressions: [{code: X, reason: '     '}]\n", filename="m.yaml")


def test_long_titles_and_footnotes_are_refused_and_a_long_subtitle_is_cut() -> None:
    org = make_org([body("v", "council")], provenance={"source": "lähde " * 400})
    with pytest.raises(UserError, match=f"the title has 401 characters; .* at most {MAX_TITLE}$"):
        diagram(org, title="x" * 401)
    with pytest.raises(UserError, match=f"the footnote has 10,240 characters; .* at most {MAX_FOOTNOTE:,}"):
        diagram(org, footnote="y" * 10_240)
    d = diagram(org, title="x" * MAX_TITLE, footnote="y" * MAX_FOOTNOTE)
    assert len(d.subtitle) == MAX_TITLE and d.subtitle.endswith("…")
    assert "the subtitle was cut to 400 characters" in d.warnings


def test_the_all_variants_sheet_keeps_the_cap() -> None:
    from orgmodel.render import variants_sheet

    with pytest.raises(UserError, match="make 128 variants, more than the 64 expanded at most"):
        variants_sheet(_binary_choices(7))
    with pytest.raises(UserError, match="make 128 variants, more than the 100 expanded at most"):
        variants_sheet(_binary_choices(7), max_variants=100)


def test_the_cli_refuses_past_the_cap_and_max_variants_raises_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    from orgmodel.io import dumps

    path = tmp_path / "many.yaml"
    path.write_text(dumps(_binary_choices(7)), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "orgmodel", *args, str(path)], capture_output=True, text=True)

    refused = run("variants")
    assert refused.returncode == 2 and "--max-variants N" in refused.stderr
    raised = run("variants", "--max-variants", "128", "--lang", "en")
    assert raised.returncode == 0 and len(raised.stdout.splitlines()) == 128
    assert run("compare", "--format", "json").returncode == 2
    assert run("compare", "--max-variants", "128", "--format", "json").returncode == 0
