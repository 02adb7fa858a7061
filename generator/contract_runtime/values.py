"""Comparing what the SDK sends or dumps with what the pages show."""

from __future__ import annotations

import datetime
from typing import Any


def same_instants(value: Any) -> Any:
    """``value`` with date-times read as instants: the SDK writes them its own way ("Z" for "+00:00", no
    ".000"), which is the same value."""
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value
