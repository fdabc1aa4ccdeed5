"""The pinned CAMEO table: code → name, root, Goldstein score, quad class, PLOVER type."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..datafiles import load_table
from ..errors import E011, DataFileError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None

    def event_fields(self) -> dict[str, str | float | int | None]:
        """The fields an ``Event`` takes from its code: ``Event(..., **entry.event_fields())``."""
        return {"cameo": self.code, "root": self.root, "label": self.name, "plover": self.plover,
                "quad_class": self.quad_class, "goldstein": self.goldstein}


@functools.cache
def cameo_table() -> Mapping[str, CameoCode]:
    """Every CAMEO code of ``events/data/cameo.tsv``, by code."""
    table = {}
    for row in load_table("sambandh.events", "cameo"):
        table[row["code"]] = CameoCode(
            code=row["code"], root=row["root"], name=row["name"], goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover=row["plover"] or None,
        )
    return MappingProxyType(table)


def lookup(code: str, *, source: str = "events/data") -> CameoCode:
    """The CAMEO entry for a code.

    Raises:
        DataFileError: when the code is not in the pinned table.
    """
    try:
        return cameo_table()[code]
    except KeyError:
        raise DataFileError(E011.format(code=code, source=source)) from None


@functools.cache
def _code_shifts() -> Mapping[tuple[str, str], str]:
    """``(shift, act prefix)`` → code, from ``events/data/code_shifts.tsv``."""
    return MappingProxyType({(row["shift"], row["act"]): row["code"]
                             for row in load_table("sambandh.events", "code_shifts")})


def shifted_code(code: str, shift: str) -> str | None:
    """The code of intending (``shift="intended"``) or refusing (``"refused"``) the act ``code``,
    by its longest listed prefix; None when CAMEO has no such code for it."""
    shifts = _code_shifts()
    for size in range(len(code), 1, -1):
        found = shifts.get((shift, code[:size]))
        if found:
            return found
    return None
