"""``GET /trending``: the actors or dyads whose events most exceed their usual level."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...query.trending import trending
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import QueryResultOut
from .params import Since, TopN, Until, date_range

router = APIRouter(prefix="/trending", tags=["relations"], responses=ERROR_RESPONSES)


@router.get("", response_model=QueryResultOut, summary="Trending actors or dyads")
def trends(store: Annotated[Store, Depends(get_store)],
           kind: Annotated[Literal["actors", "dyads"], Query(description="What trends.")] = "actors",
           since: Since = None, until: Until = None, limit: TopN = 10,
           baseline_days: Annotated[int | None, Query(ge=1, le=3650, description="Days of baseline before the "
                                                      "window; a multiple of the window by default.")] = None,
           min_events: Annotated[int, Query(ge=1, le=1000, description="Fewest events in the window.")] = 2,
           ) -> dict[str, Any]:
    """Actors (or dyads) ranked by how far their events in the window exceed the baseline before it."""
    first, last = date_range(since, until)
    return trending(store, kind=kind, since=first, until=last, baseline_days=baseline_days, limit=limit,
                    min_events=min_events).to_dict()
