"""Versions over time: what changed at each step of a series of files, or at each date of one file.

A *series* is an ordered list of structures (draft -> adopted -> amended, phase 1 -> 2 -> ...):
each is diffed against the one before it (:func:`series_timeline`). *One file with dates* gives
its own series: the structure on each day where anything's ``valid_from`` falls or the day after
anything's ``valid_to`` (:func:`change_days`), starting from the day before the first change
(:func:`dated_timeline`, using :meth:`~orgmodel.model.Organisation.as_of`).

>>> from orgmodel.model import Organisation
>>> org = Organisation.model_validate({"id": "x", "names": {"fi": "X"}, "org_type": "municipality",
...     "law": "fi/kuntalaki-410-2015", "bodies": [
...     {"id": "v", "kind": "council", "names": {"fi": "V"}},
...     {"id": "ltk", "kind": "board", "names": {"fi": "L"}, "parent": "v", "valid_to": "2025-05-31"},
...     {"id": "vk", "kind": "committee", "names": {"fi": "K"}, "parent": "v", "valid_from": "2025-06-01"}]})
>>> [d.isoformat() for d in change_days(org)]
['2025-06-01']
>>> tl = dated_timeline(org)
>>> [(s.day.isoformat(), s.diff.added, s.diff.removed) for s in tl.steps]
[('2025-06-01', ['vk'], ['ltk'])]
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from orgmodel.errors import UserError
from orgmodel.words import date_text, word

from .diff import StructureDiff, diff_structures

if TYPE_CHECKING:
    import os

    from orgmodel.model import Organisation


@dataclass(frozen=True)
class State:
    """One version of a structure: the structure, the day it describes (None: not known) and
    whether it is the structure *before* that day (the first state of a dated file)."""

    org: Organisation
    day: dt.date | None
    before: bool = False

    def label(self, lang: str) -> str:
        """'1.6.2025', 'ennen 1.6.2025', or for a file of a series its version: 'name (label, date)'."""
        if self.before and self.day is not None:
            return word("diff.before", lang, day=date_text(self.day + dt.timedelta(days=1), lang))
        if self.org.version is None and self.day is not None:
            return date_text(self.day, lang)
        version = self.org.version
        parts = [version.label.get(lang) if version and version.label else
                 (version.status.label(lang) if version else ""),
                 date_text(self.day, lang) if self.day else word("diff.date_unknown", lang)]
        return f"{self.org.name(lang)} ({', '.join(p for p in parts if p)})"

    def short_label(self, lang: str) -> str:
        """The label of a chart's column: the day, or the version's label when the day is not known."""
        if self.day is not None:
            day = self.day + dt.timedelta(days=1) if self.before else self.day
            return (word("diff.before", lang, day=date_text(day, lang)) if self.before else date_text(day, lang))
        version = self.org.version
        name = version.label.get(lang) if version and version.label else self.org.name(lang)
        return f"{name}\n({word('diff.date_unknown', lang)})"


@dataclass(frozen=True)
class Step:
    """One step of a timeline: from one state to the next, and what changed."""

    old: State
    new: State
    diff: StructureDiff

    @property
    def day(self) -> dt.date | None:
        return self.new.day


@dataclass(frozen=True)
class Timeline:
    """The states of a structure over time and the diff of each step."""

    title: str
    states: list[State]
    steps: list[Step]
    dated: bool  # from the dates of one file (True) or from a series of files (False)
    starts_only: bool = False  # a dated file whose dates all fall on its first day

    @property
    def is_empty(self) -> bool:
        """No step changes anything."""
        return all(s.diff.is_empty for s in self.steps)

    def step_heading(self, n: int, step: Step, lang: str) -> str:
        if self.dated and step.day is not None:
            return word("diff.on_day", lang, day=date_text(step.day, lang))
        return word("diff.step", lang, n=n, old=step.old.label(lang), new=step.new.label(lang))

    def to_text(self, lang: str = "fi") -> str:
        return self._report(lang, markdown=False)

    def to_markdown(self, lang: str = "fi") -> str:
        return self._report(lang, markdown=True)

    def _report(self, lang: str, markdown: bool) -> str:
        from .diff_report import report_lines

        head = f"{word('diff.timeline', lang)}: {self.title}"
        out = [f"# {head}" if markdown else head]
        if not self.steps:
            start = self.states[0].day if self.dated and self.states and not self.states[0].before else None
            out += ["", word("diff.starts_only", lang, day=date_text(start, lang)) if start and self.starts_only
                    else word("diff.no_dates", lang)]
        for n, step in enumerate(self.steps, start=1):
            heading = self.step_heading(n, step, lang)
            out += ["", f"## {heading}" if markdown else heading]
            body = report_lines(step.diff, lang, markdown)[1:]  # the step's heading replaces the diff's
            out += [("#" + line) if markdown and line.startswith("## ") else line for line in body]
        return "\n".join(out) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """Plain data (``orgmodel diff --series --format json``): each step's days and its diff."""
        return {"title": self.title, "dated": self.dated,
                "steps": [{"from": step.old.org.id, "to": step.new.org.id,
                           "from_day": _iso(step.old.day), "day": _iso(step.day),
                           "diff": step.diff.to_dict()} for step in self.steps]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_xlsx(self, target: str | os.PathLike[str] | IO[bytes], lang: str = "fi") -> None:
        """The timeline as a workbook: one summary row per step, one row per change (same bytes every run)."""
        from .diff_xlsx import write_diffs_xlsx

        write_diffs_xlsx([s.diff for s in self.steps], target, lang,
                         [(s.old.label(lang), s.new.label(lang)) for s in self.steps])


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def series_timeline(versions: Sequence[Organisation], title: str | None = None, lang: str = "fi") -> Timeline:
    """Each version against the one before it; a version's day is its ``version.date`` (None: unknown)."""
    states = [State(org, org.version_date) for org in versions]
    steps = [Step(x, y, diff_structures(x.org, y.org)) for x, y in zip(states, states[1:], strict=False)]
    return Timeline(title or (versions[-1].name(lang) if versions else ""), states, steps, dated=False)


def change_days(org: Organisation) -> list[dt.date]:
    """The days on which the structure of ``org`` changes: each ``valid_from``, and the day after
    each ``valid_to``, of its bodies, relations, powers and instruments; sorted, each once."""
    days: set[dt.date] = set()
    for group in (org.bodies, org.relations, org.powers, org.instruments):
        for item in group:
            if item.valid_from is not None:
                days.add(item.valid_from)
            if item.valid_to is not None:
                days.add(item.valid_to + dt.timedelta(days=1))
    return sorted(days)


def _whole_before(org: Organisation, day: dt.date) -> bool:
    """Whether the structure on the day before ``day`` is whole (no body under one that does not exist)."""
    try:
        org.as_of(day - dt.timedelta(days=1))
    except UserError:
        return False
    return True


def dated_timeline(org: Organisation, lang: str = "fi") -> Timeline:
    """The structure before its first change day and on each change day, step by step.

    When the structure before the first change day is not whole (a body whose parent begins on
    that day), the timeline starts on that day. A gap later on is the model's error: the
    :class:`~orgmodel.errors.UserError` of :meth:`~orgmodel.model.Organisation.as_of`."""
    days = change_days(org)
    if not days:
        return Timeline(org.name(lang), [State(org, org.version_date)], [], dated=True)
    if len(days) == 1 and not _whole_before(org, days[0]):
        return Timeline(org.name(lang), [State(org.as_of(days[0]), days[0])], [], dated=True, starts_only=True)
    first = days[0] - dt.timedelta(days=1)
    # before its first day the structure may not be whole (its council begins then): start there
    states = [State(org.as_of(first), first, before=True)] if _whole_before(org, days[0]) else []
    states += [State(org.as_of(day), day) for day in days]
    steps = [Step(x, y, diff_structures(x.org, y.org)) for x, y in zip(states, states[1:], strict=False)]
    return Timeline(org.name(lang), states, steps, dated=True)
