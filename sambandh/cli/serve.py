"""`serve`: the REST API over a store, with uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import SambandhError


@click.command()
@click.option("--db", "db_path", default="sambandh.duckdb", show_default=True,
              type=click.Path(path_type=Path, dir_okay=False), help="The DuckDB file to serve (created when missing).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="SAMBANDH_API_TOKEN", default=None, show_envvar=True,
              help="Token that POST /ingest must send as 'Authorization: Bearer <token>'. Without one, writes "
                   "are refused. Prefer the environment variable: a token on the command line shows in the "
                   "process list.")
@click.option("--max-body", "max_body", type=click.IntRange(1024, None), default=None,
              help="Largest request body in bytes (default 2,000,000).")
def serve(db_path: Path, host: str, port: int, token: str | None, max_body: int | None) -> None:
    """Serve the REST API (OpenAPI at /openapi.json, docs at /docs) over a store.

    Reads open the store read-only per request, so `sambandh ingest` may run beside the server; while
    it writes, reads answer 503 with a reason and Retry-After.

    Example:

        SAMBANDH_API_TOKEN=secret sambandh serve --db sambandh.duckdb --port 8000
    """
    import uvicorn

    from ..api import create_app
    from ..api.deps import DEFAULT_MAX_BODY_BYTES

    try:
        app = create_app(db_path, token=token, max_body_bytes=max_body or DEFAULT_MAX_BODY_BYTES)
    except SambandhError as err:
        raise click.ClickException(str(err)) from err
    if not token:
        click.echo("no API token: POST /ingest is disabled (give --token or SAMBANDH_API_TOKEN)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info")


COMMANDS = (serve,)
