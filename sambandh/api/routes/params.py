"""Parameters shared by the endpoints: paging, date ranges and actors, each bounded and checked."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path, Query

from ...errors import InputError
from ...query.actors import QueryActor, resolve_actor
from ...store import Store
from ..errors import A4, ApiError
from ..schemas import iso_day

MAX_PAGE = 200
"""Most items one page may hold."""
DEFAULT_PAGE = 50
"""Items per page when ``limit`` is not given."""
MAX_OFFSET = 1_000_000
"""Deepest offset accepted: beyond it, narrow the filters instead."""


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
# Dates are ISO days, nothing else (no timestamps, no "today"); checked by as_day, so that a
# pattern in the schema cannot admit a day that does not exist (2023-02-30).
Since = Annotated[str | None, Query(max_length=10, description="From this day (YYYY-MM-DD), inclusive.",
                                    json_schema_extra={"format": "date"})]
Until = Annotated[str | None, Query(max_length=10, description="To this day (YYYY-MM-DD), inclusive.",
                                    json_schema_extra={"format": "date"})]
# Entity ids (Q159, sb:country-rus), CAMEO actor codes (RUSMIL) and country codes (RUS).
ACTOR_PATTERN = r"^[A-Za-z0-9:_.\-]{1,100}$"
Actor = Annotated[str | None, Query(pattern=ACTOR_PATTERN,
                                    description="An entity id (Q159, sb:country-rus), CAMEO actor code (RUSMIL) "
                                                "or country code (RUS), as source or target.")]


def as_day(value: str | None, *, name: str) -> date | None:
    """The date of a ``YYYY-MM-DD`` parameter.

    Raises:
        ApiError: 422 when the value is not a real day (``2023-02-30``).
    """
    if value is None:
        return None
    day = iso_day(value)
    if day is None:
        raise ApiError(422, A4.format(details=f"query.{name}: {value[:20]!r} is not a day as YYYY-MM-DD"))
    return day


def date_range(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """The two days of a ``since``/``until`` pair, checked."""
    return as_day(since, name="since"), as_day(until, name="until")


TopN = Annotated[int, Query(ge=1, le=100, description="How many to list.")]

# An actor as a user names it: any script, no control characters, no slash (it is a path segment).
ACTOR_NAME_PATTERN = r"^[^\x00-\x1f\x7f/]+$"
ActorName = Annotated[str, Path(pattern=ACTOR_NAME_PATTERN, max_length=100,
                                description="A name in Hindi or English (उत्तर कोरिया, North Korea), an ISO "
                                            "code (PRK), a CAMEO actor code (RUSMIL) or an entity id (Q7747).")]


def resolve(store: Store, text: str) -> QueryActor:
    """The actor ``text`` names.

    Raises:
        ApiError: 404 when no actor is known by that name; the reason suggests near names.
    """
    try:
        return resolve_actor(store, text)
    except InputError as err:
        raise ApiError(404, str(err)) from err
