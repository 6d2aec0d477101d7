"""The findings of every model in models/, read one by one and recorded as expected.

Each entry is a real gap in that 2018 draft (or data the source does not give), not a rule bug.
A change in a rule or a model that changes these findings must be read again and recorded here.
Entries: (code, severity, body or None, kind) where kind is "gap" (the rule found a
violation), "unknown" (cannot check: the source does not give the data) or "partial" (a gap the
model file itself downgrades to info, with its reason, because the file describes only a part).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from orgmodel.checking import Finding, check
from orgmodel.io import load

MODELS = Path(__file__).resolve().parent.parent / "models"

Expected = tuple[str, str, str | None, str]  # code, severity, body, kind

# The slides give no population and no composition of any body; every model shares these two.
NO_DATA: list[Expected] = [
    ("SIZE-ML", "info", "maakuntavaltuusto", "unknown"),  # no population (or no seat count): council size unchecked
    ("GENDER-ML", "info", "maakuntahallitus", "unknown"),  # no women/men on the executive board: balance unchecked
]
# the org charts list no strategy, regulations or budget
NO_INSTRUMENTS: Expected = ("INSTR-REQUIRED", "info", None, "unknown")

# the shared base has council, board, audit, director, advocacy, instruments: only data is missing
ARCHETYPE = NO_DATA

EXPECTED: dict[str, list[Expected]] = {
    "archetypes/hallituksen-jaostomalli.yaml": ARCHETYPE,
    "archetypes/lautakuntamalli-prosessit.yaml": ARCHETYPE,
    "archetypes/lautakuntamalli-toimialat.yaml": ARCHETYPE,
    "archetypes/valiokuntamalli-paattava.yaml": ARCHETYPE,
    "archetypes/valiokuntamalli-valmisteleva.yaml": ARCHETYPE,  # preparatory committees hold no power: no DELEG-PREP
    "archetypes/yhdistelmamalli.yaml": ARCHETYPE,
    "keski-suomi-konserni-2018.yaml": NO_DATA + [
        NO_INSTRUMENTS,
        ("ADV-ML", "info", None, "partial"),  # no elderly council: the file is a partial list of group entities
        ("ADV-ML", "info", None, "partial"),  # no youth council: likewise
        ("ADV-ML", "info", None, "partial"),  # no disability council: likewise
        ("MAND-DIRECTOR", "info", None, "partial"),  # no regional director: management not described
    ],
    "luonnos-2018-04-08.yaml": NO_DATA + [
        NO_INSTRUMENTS,
        ("MAND-DIRECTOR", "warning", None, "gap"),  # the draft of 8.4.2018 shows no maakuntajohtaja at all
    ],
    "paijat-hame-2018.yaml": NO_DATA + [
        NO_INSTRUMENTS,
        ("LL-BOARD", "warning", "palveluliikelaitos", "gap"),  # the service enterprise has no johtokunta on the slide
        ("LL-BOARD", "warning", "valinnanvapauden_liikelaitos", "gap"),  # nor the freedom-of-choice enterprise
    ],
    "pirkanmaa-2018.yaml": NO_DATA + [NO_INSTRUMENTS],  # complete as far as the bill's summaries go
    "pohjois-karjala-2018.yaml": NO_DATA + [
        NO_INSTRUMENTS,
        ("MAND-DIRECTOR", "warning", None, "gap"),  # the 16.5.2018 chart shows no maakuntajohtaja
    ],
    "pohjois-karjala-strategia-2017.yaml": NO_DATA + [
        ("STRAT-ML", "warning", None, "gap"),  # the 2017 strategy lists no sote service strategy or service promise
        ("ADV-ML", "info", None, "partial"),  # the file describes the strategy and its interfaces only
        ("ADV-ML", "info", None, "partial"),
        ("ADV-ML", "info", None, "partial"),
        # no administrative regulations, no budget: the file does not claim its instrument list complete
        # (no scope: instruments), so each is "cannot check"
        ("INSTR-REQUIRED", "info", None, "unknown"),
        ("INSTR-REQUIRED", "info", None, "unknown"),
        ("MAND-DIRECTOR", "info", None, "partial"),  # management not described
    ],
}


def kind(f: Finding) -> str:
    if f.cannot_check:
        return "unknown"
    return "partial" if f.downgraded_from else "gap"


def test_every_model_is_recorded() -> None:
    files = sorted(str(p.relative_to(MODELS)) for p in MODELS.rglob("*.yaml")
                   if not p.name.startswith("_") and p.parent.name not in ("real", "examples"))
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_model_findings_are_the_recorded_ones(rel: str) -> None:
    report = check(load(MODELS / rel))
    found = Counter((f.code, f.severity, f.body, kind(f)) for f in report.findings)
    assert found == Counter(EXPECTED[rel])
    # the drafts are checked under the bill: never an error, and every finding says it is a bill
    assert report.errors == []
    assert all("HE 15/2017" in f.text("en") for f in report.findings)
    # every downgrade is the model's own, with its reason
    assert all(f.suppressed_reason for f in report.findings if f.downgraded_from)


def test_demo_prints_every_model_s_findings(capsys: pytest.CaptureFixture[str]) -> None:
    from orgmodel.demo import demo_check, load_models

    demo_check(load_models(MODELS))
    out = capsys.readouterr().out
    for rel in EXPECTED:
        assert f"(models/{rel})" in out or f"({MODELS / rel})" in out
    assert "varoitus  LL-BOARD [palveluliikelaitos]: Maakunnan palveluliikelaitos ja 24/7: liikelaitoksella ei ole " \
           "johtokuntaa." in out
    # the bill's caveat is said once at the end, not on every line
    assert out.count("tunnetaan vain toissijaisista lähteistä") == 1
