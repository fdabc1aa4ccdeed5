"""``GET /events``: stored events, filtered and paged."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...query.listing import events_page
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import EventPage
from .articles import ARTICLE_ID_PATTERN
from .params import DEFAULT_PAGE, Actor, Limit, Offset, Since, Until, date_range

router = APIRouter(prefix="/events", tags=["events"], responses=ERROR_RESPONSES)


@router.get("", response_model=EventPage, summary="List stored events")
def list_events(
    store: Annotated[Store, Depends(get_store)],
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    since: Since = None,
    until: Until = None,
    actor: Actor = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$",
                                       description="A CAMEO event code or prefix: 04 is every consultation.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, 2 material "
                                            "cooperation, 3 verbal conflict, 4 material conflict.")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Z]{3,12}$", description="A PLOVER type: CONSULT.")] = None,
    article: Annotated[str | None, Query(pattern=ARTICLE_ID_PATTERN, description="Only this article's events.")]
    = None,
) -> dict[str, Any]:
    """Stored events, newest first, with the sentence that states each."""
    first, last = date_range(since, until)
    return events_page(store, limit=limit, offset=offset, since=first, until=last, actor=actor, cameo=cameo,
                       quad_class=quad_class, plover=plover, article=article).to_dict()
