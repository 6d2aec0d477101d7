"""The one entry point for checking a structure: ``orgmodel.check(org)``.

Today it runs the structural checks; the legal rulesets plug in here (see :mod:`orgmodel.rules`).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "c", "names": {"fi": "C"}, "org_type": "archetype",
...     "law": "fi/kuntalaki-410-2015", "bodies": [{"id": "v", "kind": "council", "names": {"fi": "V"}}]})
>>> check(org).counts()
{'error': 0, 'warning': 0, 'info': 0}
"""

from __future__ import annotations

from datetime import date

from .findings import Report
from .model import Organisation
from .structure import structural_findings, variant_findings


def check(org: Organisation, law: str | None = None, as_of: date | None = None) -> Report:
    """Check ``org``: structure first, then the law it is organised under (or ``law``)."""
    findings = structural_findings(org) + variant_findings(org)
    return Report(subject=org.id, findings=findings, meta={"law": law or org.law, "as_of": as_of})
