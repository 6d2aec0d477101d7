"""Exceptions that mean 'the input cannot be understood'. The CLI prints them and exits 2."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or options: the message is for the person at the keyboard."""


def __getattr__(name: str):  # ModelError lives with the loader; reachable from here too
    if name == "ModelError":
        from .io import ModelError

        return ModelError
    raise AttributeError(name)
