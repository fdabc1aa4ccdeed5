"""National capitals as doers: "Berlin rejected", "Washington said" stand for their country's government.

A city or region is where things happen, not who does them (``SOURCELESS_TYPES``); a national capital is
the exception, a metonymy news English uses daily. The KB marks capitals (``kb/data/places.tsv``, type
``capital``).
"""

from __future__ import annotations

import functools

from ..datafiles import load_table
from ..model import replace
from .clause import PlacedActor

# Kinds of actor that never act: places (save capitals).
SOURCELESS_TYPES = frozenset({"place"})
CAPITAL_TYPE = "capital"


@functools.cache
def capitals() -> frozenset[str]:
    """Entity ids of the national capitals in the KB."""
    return frozenset(row["id"] for row in load_table("sambandh.kb", "places") if row["type"] == CAPITAL_TYPE)


def is_capital(actor: PlacedActor) -> bool:
    """Whether the actor is a national capital of a known country."""
    return actor.actor.entity in capitals() and bool(actor.actor.country)


def as_government(actor: PlacedActor) -> PlacedActor:
    """A capital acting as its country's government: "Berlin rejected" → ``DEUGOV``."""
    government = replace(actor.actor, code=f"{actor.actor.country}GOV")
    return replace(actor, actor=government)
