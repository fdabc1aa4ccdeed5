"""``GET /articles`` and ``GET /articles/{id}``: stored articles, listed and whole."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from ...query.listing import articles_page
from ...store import Store
from ..deps import get_store
from ..errors import A7, ERROR_RESPONSES, ApiError
from ..schemas import ArticleOut, ArticlePage
from .params import DEFAULT_PAGE, Actor, Limit, Offset, Since, Until, date_range

router = APIRouter(prefix="/articles", tags=["articles"], responses=ERROR_RESPONSES)

# Article ids are sha1 hex digests.
ARTICLE_ID_PATTERN = r"^[0-9a-f]{40}$"


@router.get("", response_model=ArticlePage, summary="List stored articles")
def list_articles(store: Annotated[Store, Depends(get_store)], limit: Limit = DEFAULT_PAGE, offset: Offset = 0,
                  since: Since = None, until: Until = None, actor: Actor = None,
                  language: Annotated[Literal["hi", "en"] | None, Query(description="Article language.")] = None,
                  ) -> dict[str, Any]:
    """Stored articles, newest first, filtered by publication date, language and actor."""
    first, last = date_range(since, until)
    page = articles_page(store, limit=limit, offset=offset, since=first, until=last, language=language,
                         actor=actor).to_dict()
    for item in page["items"]:
        item["links"] = {"self": f"/articles/{item['id']}", "events": f"/events?article={item['id']}"}
    return page


@router.get("/{article_id}", response_model=ArticleOut, summary="One stored article, as the contract")
def get_article(store: Annotated[Store, Depends(get_store)],
                article_id: Annotated[str, Path(pattern=ARTICLE_ID_PATTERN, description="The article's id.")],
                ) -> dict[str, Any]:
    """The article exactly as ``sambandh analyze --format jsonl`` gives it."""
    article = store.article(article_id)
    if article is None:
        raise ApiError(404, A7.format(id=article_id))
    return article.to_dict()
