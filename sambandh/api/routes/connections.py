"""``GET /connections?a=&b=``: what links two actors, through which events and articles."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...query.connections import connections
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import QueryResultOut
from .params import ACTOR_NAME_PATTERN, Since, Until, date_range, resolve

router = APIRouter(prefix="/connections", tags=["relations"], responses=ERROR_RESPONSES)

_Name = Annotated[str, Query(pattern=ACTOR_NAME_PATTERN, max_length=100,
                             description="An actor: a name in Hindi or English, a code (PRK) or an id.")]


@router.get("", response_model=QueryResultOut, summary="How two actors are connected")
def connect(store: Annotated[Store, Depends(get_store)], a: _Name, b: _Name, since: Since = None,
            until: Until = None,
            limit: Annotated[int, Query(ge=1, le=20, description="Paths and shared articles listed.")] = 5,
            evidence: Annotated[int, Query(ge=1, le=10, description="Events shown per hop.")] = 3,
            ) -> dict[str, Any]:
    """The direct link and the paths through third actors between ``a`` and ``b``, each hop with the
    events that make it, and the articles that name both ("जानें इस यात्रा का चीन से क्या है कनेक्शन")."""
    first, last = date_range(since, until)
    return connections(store, resolve(store, a), resolve(store, b), since=first, until=last, limit=limit,
                       evidence=evidence).to_dict()
