"""``GET /dyads/{a}/{b}``: how two actors' relations went, period by period."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...query.timeline import dyad_timeline
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import QueryResultOut
from .params import ActorName, Since, Until, date_range, resolve

router = APIRouter(prefix="/dyads", tags=["relations"], responses=ERROR_RESPONSES)


@router.get("/{a}/{b}", response_model=QueryResultOut, summary="The timeline of a dyad")
def dyad(store: Annotated[Store, Depends(get_store)], a: ActorName, b: ActorName, since: Since = None,
         until: Until = None,
         by: Annotated[Literal["day", "week", "month", "year"], Query(description="The period.")] = "month",
         ) -> dict[str, Any]:
    """Events between ``a`` and ``b`` in either direction, counted per period with their quad classes
    and Goldstein scores (Russia–North Korea, month by month)."""
    first, last = date_range(since, until)
    return dyad_timeline(store, resolve(store, a), resolve(store, b), since=first, until=last, by=by).to_dict()
