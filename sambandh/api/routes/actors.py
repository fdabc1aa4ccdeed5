"""``GET /actors`` and ``GET /actors/{actor}``: the most active actors, and one actor's profile."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...query.profile import actor_list, actor_profile
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import QueryResultOut
from .params import ActorName, Since, TopN, Until, date_range, resolve

router = APIRouter(prefix="/actors", tags=["relations"], responses=ERROR_RESPONSES)


@router.get("", response_model=QueryResultOut, summary="The most active actors")
def list_actors(store: Annotated[Store, Depends(get_store)], since: Since = None, until: Until = None,
                limit: TopN = 20) -> dict[str, Any]:
    """Actors ranked by their events in the window, most active first."""
    first, last = date_range(since, until)
    return {"items": [a.to_dict() for a in actor_list(store, since=first, until=last, limit=limit)]}


@router.get("/{actor}", response_model=QueryResultOut, summary="One actor's profile")
def get_actor(store: Annotated[Store, Depends(get_store)], actor: ActorName, since: Since = None,
              until: Until = None,
              limit: Annotated[int, Query(ge=1, le=100, description="Partners, codes and events listed.")] = 10,
              ) -> dict[str, Any]:
    """Who the actor deals with, how, and lately: an actor named in Hindi or English ("उत्तर कोरिया",
    "North Korea"), by code (``PRK``, ``RUSMIL``) or by id (``Q7747``). Unknown actors are 404."""
    first, last = date_range(since, until)
    return actor_profile(store, resolve(store, actor), since=first, until=last, limit=limit).to_dict()
