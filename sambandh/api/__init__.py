"""The REST API (FastAPI, with OpenAPI at ``/openapi.json`` and docs at ``/docs``).

``create_app(db_path, token=...)`` builds it; ``sambandh serve --db FILE`` runs it. Endpoints:

- ``POST /analyze``: text, Markdown or HTML in the body → the JSON contract; nothing stored or fetched.
- ``POST /ingest``: documents → analysed and stored; needs ``Authorization: Bearer <token>``.
- ``GET /articles``, ``GET /articles/{id}``: stored articles, listed (paged, by date, language,
  actor) and whole; ``GET /events``: stored events (paged, by date, actor, CAMEO code, quad class).
- ``GET /search?q=``: full-text search; ``GET /actors``, ``GET /actors/{actor}``: most active actors
  and one actor's profile; ``GET /dyads/{a}/{b}``: a dyad's timeline; ``GET /connections?a=&b=``:
  what links two actors; ``GET /trending``: actors or dyads above their baseline.

Errors are ``{"ok": false, "error": "<reason>", "status": <code>}``. Reads open the store read-only per
request; while another process writes it (``sambandh ingest``), they answer 503 with ``Retry-After``.
"""

from .app import create_app

__all__ = ["create_app"]
