import pytest
from query.newsroom import newsroom

from sambandh.errors import InputError
from sambandh.query.actors import actor_sql, node_names, resolve_actor


@pytest.fixture(scope="module")
def store():
    with newsroom() as opened:
        yield opened


@pytest.mark.parametrize("text,key,scope,how", [
    ("North Korea", "PRK", "country", "name"),
    ("उत्तर कोरिया", "PRK", "country", "name"),
    ("नॉर्थ कोरिया", "PRK", "country", "name"),
    ("उत्तर-कोरिया", "PRK", "country", "name"),
    ("north  korea", "PRK", "country", "name"),
    ("PRK", "PRK", "country", "country-code"),
    ("prk", "PRK", "country", "country-code"),
    ("sb:country-chn", "CHN", "country", "id"),
    ("चीन", "CHN", "country", "name"),
    ("रूसी", "RUS", "country", "demonym"),
    ("Q7747", "Q7747", "entity", "id"),
    ("पुतिन", "Q7747", "entity", "name"),
    ("सर्गेई शोइगु", "Q313029", "entity", "name"),
    ("RUSMIL", "RUSMIL", "code", "actor-code"),
])
def test_actors_resolve(store, text, key, scope, how):
    actor = resolve_actor(store, text)
    assert (actor.key, actor.scope, actor.how) == (key, scope, how)
    assert actor.query == text


def test_actors_surname_prefers_the_actor_with_events(store):
    actor = resolve_actor(store, "Kim")
    assert actor.key == "Q56226"
    assert actor.how == "surname"
    assert actor.alternatives


def test_actors_person_node_is_their_country(store):
    assert resolve_actor(store, "Shoigu").node == "RUS"
    assert resolve_actor(store, "China").node == "CHN"


@pytest.mark.parametrize("text", ["", "   "])
def test_actors_empty_name_is_an_error(store, text):
    with pytest.raises(InputError, match="E070"):
        resolve_actor(store, text)


def test_actors_unknown_name_suggests_near_names(store):
    with pytest.raises(InputError, match=r"E071.*North Korea"):
        resolve_actor(store, "North Kor")


def test_actors_resolve_without_a_store():
    assert resolve_actor(None, "उत्तर कोरिया").key == "PRK"


def test_actors_sql_is_parameterised(store):
    sql, params = actor_sql(resolve_actor(store, "Putin"), "source", alias="e.")
    assert sql == "e.source_entity = ?"
    assert params == ["Q7747"]
    with pytest.raises(ValueError):
        actor_sql(resolve_actor(store, "Putin"), "sideways")


def test_actors_node_names(store):
    assert node_names(store, ["PRK", "Q7747", "nowhere"]) == {"PRK": "North Korea", "Q7747": "Vladimir Putin",
                                                             "nowhere": "nowhere"}
