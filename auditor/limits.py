"""Limits on the structured files the auditor reads besides reports (baselines, config).

Every one of them may come from a pull request. The standard parsers read what they are
given without bounds: `json` converts a 5,000-digit integer (or raises ValueError past
Python's own digit limit) and recurses into nested arrays until RecursionError; `tomllib`
recurses the same way. These helpers read with a size, depth and number-length limit and
say which one was broken, so the caller can report one line and exit 2.
"""
from __future__ import annotations

import json

MAX_DEPTH = 32  # a baseline is 3 levels deep, a config 2; nothing legitimate nests further
MAX_NUMBER_CHARS = 100  # no count or line number in these files comes near


class LimitError(ValueError):
    """A file broke a limit: the message says which, in words for the user."""


def depth_of(value, limit: int = MAX_DEPTH) -> int:
    """How deep lists and mappings nest in `value`, counted without recursion and
    stopping once past `limit`."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (list, tuple, dict)):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _number(kind):
    def parse(text: str):
        if len(text) > MAX_NUMBER_CHARS:
            raise LimitError(f"holds a number of {len(text):,} characters (at most {MAX_NUMBER_CHARS})")
        return kind(text)
    return parse


def load_json(text: str):
    """`json.loads` with limits; LimitError names the one broken, ValueError is malformed JSON."""
    try:
        value = json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except RecursionError:
        raise LimitError(f"is nested more than {MAX_DEPTH} levels deep") from None
    if depth_of(value) > MAX_DEPTH:
        raise LimitError(f"is nested more than {MAX_DEPTH} levels deep")
    return value


def load_toml(text: str):
    """`tomllib.loads` with limits; LimitError names the one broken, tomllib's error is malformed TOML."""
    import tomllib

    try:
        value = tomllib.loads(text)
    except RecursionError:
        raise LimitError(f"is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:
        if isinstance(exc, tomllib.TOMLDecodeError):
            raise
        # past int's digit limit ("Exceeds the limit (4300 digits) for integer string conversion: ...")
        raise LimitError(f"holds a value too large to read ({str(exc).split(':')[0]})") from None
    if depth_of(value) > MAX_DEPTH:
        raise LimitError(f"is nested more than {MAX_DEPTH} levels deep")
    return value
