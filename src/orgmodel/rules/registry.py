"""The law registry: the one list of laws a model can be organised under, and their rulesets.

Each law module declares its :class:`~orgmodel.rules.base.Law` once and builds its
:class:`~orgmodel.rules.base.Ruleset` from it; :mod:`orgmodel.rules` registers the built-in
ones. The known-law check of a model's ``law:``, the schema's enum, the CLI's ``--law`` help,
``--list-rules`` and the tests all read :data:`LAWS` and :data:`RULESETS`. Adding a law is one
module (plus its fixtures) and one :func:`register` call; a program can register its own.

>>> list(known_laws())
['fi/kuntalaki-410-2015', 'fi/hyvinvointialuelaki-611-2021', 'fi/maakuntalaki-he-15-2017']
>>> resolve("611/2021").id
'fi/hyvinvointialuelaki-611-2021'
>>> resolve("kuntalaki").family
'municipal'
>>> resolve("kuntalak")
Traceback (most recent call last):
...
orgmodel.errors.UnknownLaw: unknown law 'kuntalak' (did you mean 'kuntalaki'?); valid: \
fi/kuntalaki-410-2015, fi/hyvinvointialuelaki-611-2021, fi/maakuntalaki-he-15-2017 or kuntalaki, 611/2021, maakuntalaki
"""

from __future__ import annotations

from .._util import did_you_mean
from ..errors import UnknownLaw
from .base import Law, Ruleset

#: Every registered law by id, in registration order.
LAWS: dict[str, Law] = {}
#: The ruleset of every registered law, by law id.
RULESETS: dict[str, Ruleset] = {}
_ALIASES: dict[str, str] = {}  # alias -> law id


def register(ruleset: Ruleset) -> Law:
    """Make ``ruleset.law`` known: a model may name it, ``--law`` accepts its id and aliases.

    Registering the same ruleset again changes nothing; another law with a registered id, or an
    alias another law already has, is a ValueError.
    """
    law = ruleset.law
    if RULESETS.get(law.id) is ruleset:
        return law
    if law.id in LAWS:
        raise ValueError(f"law {law.id} is already registered")
    clash = [a for a in law.aliases if a in _ALIASES or a in LAWS]
    if clash:
        raise ValueError(f"law {law.id}: aliases {', '.join(clash)} already name another law")
    LAWS[law.id] = law
    RULESETS[law.id] = ruleset
    _ALIASES.update(dict.fromkeys(law.aliases, law.id))
    return law


def unregister(law_id: str) -> None:
    """Forget a registered law (for tests and for programs that replace a law); KeyError if unknown."""
    law = LAWS.pop(law_id)
    del RULESETS[law_id]
    for alias in law.aliases:
        _ALIASES.pop(alias, None)


def resolve(name: str) -> Law:
    """The law with id or alias ``name`` (aliases ignore case); :class:`UnknownLaw` if none."""
    key = name.strip()
    if key in LAWS:
        return LAWS[key]
    found = _ALIASES.get(key.lower())
    if found:
        return LAWS[found]
    close = did_you_mean(key.lower(), [*LAWS, *_ALIASES])
    hint = f" ({close})" if close else ""
    short = ", ".join(law.aliases[0] for law in LAWS.values() if law.aliases)
    raise UnknownLaw(f"unknown law {name!r}{hint}; valid: {', '.join(LAWS)}" + (f" or {short}" if short else ""))


def known_laws() -> dict[str, Law]:
    """:data:`LAWS`, with the built-in laws registered (for callers that import only this module)."""
    import orgmodel.rules  # noqa: F401  (registers the built-in laws)

    return LAWS


def law_names_text() -> str:
    """'kuntalaki / 611/2021 / maakuntalaki': the short name of each law, for help texts."""
    return " / ".join(law.aliases[0] if law.aliases else law.id for law in LAWS.values())
