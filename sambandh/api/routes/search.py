"""``GET /search?q=``: full-text search of the stored articles, Hindi and English alike."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...query.search import SearchResults, search, search_terms
from ...store import Store
from ..deps import get_store
from ..errors import ERROR_RESPONSES
from ..schemas import QueryResultOut
from .params import Limit, Offset, Since, Until, date_range

router = APIRouter(prefix="/search", tags=["articles"], responses=ERROR_RESPONSES)


@router.get("", response_model=QueryResultOut, summary="Search the stored articles")
def find(store: Annotated[Store, Depends(get_store)],
         q: Annotated[str, Query(min_length=1, max_length=500, description="Words in any script: रूस उत्तर कोरिया.")],
         since: Since = None, until: Until = None,
         language: Annotated[Literal["hi", "en"] | None, Query(description="Article language.")] = None,
         limit: Limit = 10, offset: Offset = 0) -> dict[str, Any]:
    """Articles that best match the words, best first, with a snippet. A query with no words in it
    (only punctuation or symbols) finds nothing."""
    first, last = date_range(since, until)
    if not search_terms(q):
        return SearchResults(query=q, terms=(), total=0, hits=()).to_dict()
    return search(store, q, since=first, until=last, language=language, limit=limit, offset=offset).to_dict()
