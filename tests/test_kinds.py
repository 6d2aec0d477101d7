"""The spec tables of orgmodel.kinds: complete for every member, and enough to add a body kind.

Adding a body kind must take one enum member and one spec entry; the last test does exactly that
in a scratch copy of the package and runs show, check, render and compare on a model using it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgmodel.kinds import KIND_SPECS, ORG_TYPE_SPECS, RELATION_SPECS, kinds_where
from orgmodel.model import Body
from orgmodel.render.theme import DEFAULT_THEME
from orgmodel.text import Text
from orgmodel.vocab import BodyKind, OrgType, RelationType, Tier

from conftest import MODELS, ROOT


def _complete(labels: Text) -> bool:
    return all(isinstance(getattr(labels, lang), str) and getattr(labels, lang).strip() for lang in ("fi", "sv", "en"))


@pytest.mark.parametrize("kind", list(BodyKind), ids=str)
def test_every_body_kind_has_a_complete_spec(kind: BodyKind) -> None:
    spec = KIND_SPECS[kind]
    assert _complete(spec.labels)
    assert isinstance(spec.tier, Tier)
    assert spec.style in DEFAULT_THEME.kinds, f"{kind}: style slot {spec.style!r} is not in the default theme"
    assert DEFAULT_THEME.kind(kind) is DEFAULT_THEME.kinds[spec.style]
    assert spec.qualifier is None or spec.qualifier in Body.model_fields
    for lang in ("fi", "sv", "en"):
        assert kind.label(lang) == getattr(spec.labels, lang)


@pytest.mark.parametrize("rtype", list(RelationType), ids=str)
def test_every_relation_type_has_a_complete_spec(rtype: RelationType) -> None:
    spec = RELATION_SPECS[rtype]
    assert _complete(spec.labels)
    assert spec.style in DEFAULT_THEME.relations
    assert rtype.label("sv") == spec.labels.sv


@pytest.mark.parametrize("org_type", list(OrgType), ids=str)
def test_every_org_type_has_a_complete_spec(org_type: OrgType) -> None:
    assert _complete(ORG_TYPE_SPECS[org_type].labels)
    assert org_type.label("en") == ORG_TYPE_SPECS[org_type].labels.en


def test_the_tables_hold_the_enum_members_and_nothing_else() -> None:
    assert set(KIND_SPECS) == set(BodyKind)
    assert set(RELATION_SPECS) == set(RelationType)
    assert set(ORG_TYPE_SPECS) == set(OrgType)


def test_one_kind_stands_for_each_tier_that_has_kinds() -> None:
    for tier in {s.tier for s in KIND_SPECS.values()}:
        standing = [k for k, s in KIND_SPECS.items() if s.tier is tier and s.stands_for_tier]
        assert len(standing) == 1, (tier, standing)


def test_a_finnish_word_names_one_kind_only() -> None:
    words = [w for s in KIND_SPECS.values() for w in s.finnish_words]
    assert len(words) == len(set(words))


def test_one_definition_of_group_entity() -> None:
    # kuntalaki 6 § / 611/2021 4 §: subsidiaries (foundations included) and, for the group guideline,
    # associated companies; a cooperative only when controlled, which its kind does not say
    from orgmodel.compare.metrics import GROUP_KINDS
    from orgmodel.rules.base import GROUP_ENTITY_KINDS

    group = kinds_where(lambda s: s.group_entity)
    assert group == {BodyKind.SUBSIDIARY, BodyKind.ASSOCIATED_COMPANY, BodyKind.FOUNDATION}
    assert set(GROUP_KINDS) == set(GROUP_ENTITY_KINDS) == group


def test_a_cooperative_alone_asks_for_no_group_guideline() -> None:
    from orgmodel.checking import check
    from orgmodel.io import loads

    text = """id: c
names: {fi: C}
org_type: municipality
law: fi/kuntalaki-410-2015
scope: [political_bodies, advocacy_bodies, executive, enterprises, group, instruments]
bodies:
  - {id: v, kind: council, names: {fi: V}}
  - {id: h, kind: executive_board, names: {fi: H}, parent: v}
  - {id: o, kind: COMPANY, names: {fi: O}}
relations:
  - {type: owns, source: h, target: o}
instruments:
  - {id: s, kind: strategy, names: {fi: S}, adopted_by: v}
  - {id: hs, kind: administrative_regulations, names: {fi: HS}, adopted_by: v}
  - {id: ta, kind: budget, names: {fi: TA}, adopted_by: v}
"""

    def missing(company: str) -> list[Text]:
        report = check(loads(text.replace("COMPANY", company)))
        return [f.message for f in report.findings if f.code == "INSTR-REQUIRED"]

    assert missing("subsidiary")  # the rule does fire for a subsidiary ...
    assert not missing("cooperative")  # ... and not for a cooperative


# --- adding a body kind: one enum member and one spec entry ---------------------------------------

NEW_MEMBER = '    OMBUDSMAN = "ombudsman"\n'
NEW_SPEC = '''    K.OMBUDSMAN: KindSpec(
        Text("asiamies", "ombudsman", "ombudsman"), T.EXECUTIVE, "office",
        needs_parent=True, finnish_words=("asiamies",)),
'''
MODEL = """id: uusi
names: {fi: Uusi kunta}
org_type: municipality
law: fi/kuntalaki-410-2015
bodies:
  - {id: v, kind: council, names: {fi: Valtuusto}, seats: 27}
  - {id: h, kind: executive_board, names: {fi: Kunnanhallitus}, parent: v, seats: 9}
  - {id: pa, kind: ombudsman, names: {fi: Potilasasiamies}, parent: h}
  - {id: ka, kind: ombudsman, names: {fi: Kuluttaja-asiamies}}
relations:
  - {type: reports_to, source: pa, target: h}
"""


def _insert(path: Path, anchor: str, text: str) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count(anchor) == 1, f"{path.name}: anchor {anchor!r} not found once"
    path.write_text(source.replace(anchor, text + anchor), encoding="utf-8")


def test_a_new_kind_needs_one_enum_member_and_one_spec_entry(tmp_path: Path) -> None:
    package = tmp_path / "src" / "orgmodel"
    shutil.copytree(ROOT / "src" / "orgmodel", package, ignore=shutil.ignore_patterns("__pycache__"))
    _insert(package / "vocab.py", '    COOPERATION_FORUM = "cooperation_forum"\n', NEW_MEMBER)
    _insert(package / "kinds.py", "    K.COOPERATION_FORUM: KindSpec(\n", NEW_SPEC)
    model = tmp_path / "uusi.yaml"
    model.write_text(MODEL, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "-m", "orgmodel", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=120)
        assert done.returncode in (0, 1), (args, done.returncode, done.stderr)
        assert "internal error" not in done.stderr
        return done

    where = subprocess.run([sys.executable, "-c", "import orgmodel; print(orgmodel.__file__)"],
                           capture_output=True, text=True, env=env, check=True)
    assert where.stdout.strip().startswith(str(package))  # the scratch copy runs, not the real package

    shown = run("show", str(model))
    assert "Potilasasiamies" in shown.stdout and "asiamies" in shown.stdout
    assert "ombudsman" in run("show", "--lang", "sv", str(model)).stdout

    checked = json.loads(run("check", "-f", "json", str(model)).stdout)
    text = json.dumps(checked, ensure_ascii=False)
    assert "STRUCT-NO-PARENT" in text and "ka" in text  # needs_parent from the spec applies

    run("render", str(model), "-o", str(tmp_path / "uusi.svg"))
    svg = (tmp_path / "uusi.svg").read_text(encoding="utf-8")
    assert "Potilasasiamies" in svg and "asiamies" in svg

    compared = json.loads(run("compare", "--format", "json", str(model), str(MODELS / "pirkanmaa-2018.yaml")).stdout)
    assert "ombudsman" in json.dumps(compared)
