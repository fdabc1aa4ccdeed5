"""Actors named by users: "North Korea", "उत्तर कोरिया", "PRK", "Q7747", "RUSMIL" → one query actor.

:func:`resolve_actor` turns what a user typed into a :class:`QueryActor` through the knowledge base
(entity ids, ISO 3166-1 alpha-3 codes, aliases in Hindi and English compared by their folded keys)
and then the store's own entities (names found by NER that the KB lacks). A country matches every
event of that country's actors (its government, leaders, military, places): "China" includes Xi
Jinping; a person or organisation matches only events it takes part in; a CAMEO actor code
("RUSMIL") matches events with that code.

:func:`actor_sql` gives the SQL condition (with its parameters) that picks one side of an event,
for the other query modules.

Example::

    resolve_actor(store, "उत्तर कोरिया").key == "PRK"
    resolve_actor(store, "Putin").key == "Q7747"
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..errors import E070, E071, InputError
from ..kb.base import KBEntity, KnowledgeBase, builtin
from ..store import Store
from ..text.tokens import tokenize

__all__ = ["E070", "E071", "QueryActor", "actor_sql", "as_actor", "node_names", "resolve_actor"]


SUGGESTIONS = 5
"""How many near names an unknown-actor error suggests."""

# Which alias kinds name an entity, best first: a full name beats a demonym, which beats a surname.
_KIND_RANK = MappingProxyType({"name": 0, "demonym": 1, "surname": 2})
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")
_ACTOR_CODE = re.compile(r"[A-Z]{6,15}")
_SIDES = frozenset({"source", "target"})
_SCOPE_COLUMN = MappingProxyType({"country": "country", "entity": "entity", "code": "code"})


@dataclass(frozen=True, slots=True, kw_only=True)
class QueryActor:
    """An actor a query is about, and how what the user typed was understood."""

    key: str
    """What events are matched on: an ISO code (``PRK``), an entity id (``Q7747``) or an actor code."""
    scope: str
    """``country`` (events of any actor of that country), ``entity`` or ``code``."""
    name: str
    type: str | None = None
    country: str | None = None
    code: str | None = None
    entity: str | None = None
    """The entity id behind the actor, when there is one (``sb:country-prk`` for North Korea)."""
    query: str = ""
    """What the user typed."""
    how: str = "id"
    """How it was resolved: ``id``, ``country-code``, ``actor-code``, ``name``, ``demonym``, ``surname``,
    ``stored-name``."""
    alternatives: tuple[str, ...] = ()
    """Other entity ids the same words name (a surname shared by several people), best first."""

    @property
    def node(self) -> str:
        """The actor's node in the actor–event graph: its country, else its code, else its id."""
        if self.scope == "country":
            return self.key
        return self.country or self.code or self.key

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "scope": self.scope, "name": self.name, "type": self.type,
                "country": self.country, "code": self.code, "entity": self.entity, "query": self.query,
                "how": self.how, "alternatives": list(self.alternatives)}


def actor_sql(actor: QueryActor, side: str, *, alias: str = "") -> tuple[str, list[Any]]:
    """Returns the condition that ``side`` (``source`` or ``target``) of an event is ``actor``, and its
    parameters. ``alias`` prefixes the columns (``"e."``)."""
    if side not in _SIDES:
        raise ValueError(f"side must be 'source' or 'target', got {side!r}")
    column = _SCOPE_COLUMN[actor.scope]
    return f"{alias}{side}_{column} = ?", [actor.key]


def as_actor(store: Store, actor: str | QueryActor, *, kb: KnowledgeBase | None = None) -> QueryActor:
    """Returns ``actor`` unchanged when already resolved, else :func:`resolve_actor` of it."""
    return actor if isinstance(actor, QueryActor) else resolve_actor(store, actor, kb=kb)


def _key(text: str) -> str:
    """The words of ``text``, folded, joined by one space: "उत्तर-कोरिया" and "उत्तर कोरिया" agree."""
    return " ".join(token.key for token in tokenize(text))


@functools.cache
def _alias_index(kb: KnowledgeBase) -> Mapping[str, tuple[tuple[int, str], ...]]:
    """Folded alias → (kind rank, entity id) pairs, best kind first."""
    found: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for alias in kb.aliases:
        rank = _KIND_RANK.get(alias.kind)
        if rank is not None and alias.target in kb.entities:
            found[_key(alias.text)].add((rank, alias.target))
    return MappingProxyType({key: tuple(sorted(pairs)) for key, pairs in found.items()})


def _from_entity(entity: KBEntity | tuple[Any, ...], *, query: str, how: str,
                 alternatives: tuple[str, ...] = ()) -> QueryActor:
    if isinstance(entity, KBEntity):
        id_, name, type_, country, code = entity.id, entity.name, entity.type, entity.country, entity.code
    else:
        id_, name, type_, country, code = entity
    if type_ == "country" and country:
        return QueryActor(key=country, scope="country", name=name, type=type_, country=country, code=code,
                          entity=id_, query=query, how=how, alternatives=alternatives)
    return QueryActor(key=id_, scope="entity", name=name, type=type_, country=country, code=code, entity=id_,
                      query=query, how=how, alternatives=alternatives)


def _event_counts(store: Store | None, ids: list[str]) -> dict[str, int]:
    if store is None or len(ids) < 2:
        return {}
    rows = store.sql("""
        SELECT entity, count(*) FROM (
            SELECT source_entity AS entity FROM events WHERE list_contains(?::VARCHAR[], source_entity)
            UNION ALL
            SELECT target_entity FROM events WHERE list_contains(?::VARCHAR[], target_entity))
        GROUP BY entity""", [ids, ids])
    return dict(rows)


def _stored(store: Store | None, sql: str, value: str) -> list[tuple[Any, ...]]:
    if store is None:
        return []
    return store.sql(f"SELECT id, name, type, country, code FROM entities WHERE {sql} ORDER BY id", [value])


def _suggest(kb: KnowledgeBase, text: str) -> str:
    key = _key(text)
    if len(key) < 2:
        return ""
    names: list[str] = []
    for alias_key, pairs in _alias_index(kb).items():
        if alias_key.startswith(key) or (len(key) > 3 and key in alias_key):
            names.extend(kb.entities[entity_id].name for _, entity_id in pairs)
    unique = sorted(set(names))[:SUGGESTIONS]
    return f" Did you mean: {', '.join(unique)}?" if unique else ""


def resolve_actor(store: Store | None, text: str, *, kb: KnowledgeBase | None = None) -> QueryActor:
    """Returns the actor that ``text`` names.

    Tried in order: an entity id of the KB or the store (``Q7747``, ``sb:country-prk``); an upper-case
    ISO 3166-1 alpha-3 code (``PRK``); a KB alias in any language and spelling that folds alike
    ("उत्तर कोरिया", "नॉर्थ कोरिया", "उत्तर-कोरिया", "North Korea", "north korea"), full names before demonyms before
    surnames, and among several entities the one with the most stored events; a CAMEO actor code
    used in the store (``RUSMIL``); a stored entity's name.

    Args:
        store: the store, for entity ids and names the KB lacks and to break ties; may be ``None``.
        text: what the user typed.
        kb: the knowledge base; the built-in one by default.

    Raises:
        InputError: ``text`` is empty ([E070]) or names no actor ([E071], with near names).
    """
    kb = kb or builtin()
    query = " ".join(text.split())
    if not query:
        raise InputError(E070)
    entity = kb.entity(query)
    if entity is not None:
        return _from_entity(entity, query=text, how="id")
    rows = _stored(store, "id = ?", query)
    if rows:
        return _from_entity(rows[0], query=text, how="id")
    if _COUNTRY_CODE.fullmatch(query) and (country := kb.country(query)) is not None:
        return _from_entity(country, query=text, how="country-code")
    pairs = _alias_index(kb).get(_key(query), ())
    if pairs:
        best_rank = pairs[0][0]
        ids = [entity_id for rank, entity_id in pairs if rank == best_rank]
        counts = _event_counts(store, ids)
        ids.sort(key=lambda i: (kb.entities[i].type != "country", -counts.get(i, 0), i))
        how = next(kind for kind, rank in _KIND_RANK.items() if rank == best_rank)
        return _from_entity(kb.entities[ids[0]], query=text, how=how, alternatives=tuple(ids[1:]))
    upper = query.upper()
    if _COUNTRY_CODE.fullmatch(upper) and (country := kb.country(upper)) is not None:
        return _from_entity(country, query=text, how="country-code")
    if _ACTOR_CODE.fullmatch(query) and store is not None and store.sql(
            "SELECT 1 FROM events WHERE source_code = ? OR target_code = ? LIMIT 1", [query, query]):
        country = kb.country(query[:3])
        return QueryActor(key=query, scope="code", name=query, country=country.country if country else None,
                          code=query, query=text, how="actor-code")
    rows = _stored(store, "lower(name) = lower(?)", query)
    if rows:
        return _from_entity(rows[0], query=text, how="stored-name",
                            alternatives=tuple(row[0] for row in rows[1:]))
    raise InputError(E071.format(text=text, hint=_suggest(kb, query)))


def node_names(store: Store, nodes: list[str], *, kb: KnowledgeBase | None = None) -> dict[str, str]:
    """Returns a display name for each graph node: country codes by the KB, entity ids and actor codes
    by the stored entities; a node with no name stands for itself."""
    kb = kb or builtin()
    names: dict[str, str] = {}
    rest: list[str] = []
    for node in nodes:
        country = kb.country(node) if _COUNTRY_CODE.fullmatch(node) else None
        entity = country or kb.entity(node)
        if entity is not None:
            names[node] = entity.name
        else:
            rest.append(node)
    if rest:
        for key, name in store.sql("""
                SELECT key, min(name) FROM (
                    SELECT id AS key, name FROM entities WHERE list_contains(?::VARCHAR[], id)
                    UNION ALL
                    SELECT code, name FROM entities WHERE list_contains(?::VARCHAR[], code))
                GROUP BY key""", [rest, rest]):
            names.setdefault(key, name)
    return {node: names.get(node, node) for node in nodes}
