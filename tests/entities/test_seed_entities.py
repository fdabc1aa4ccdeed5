"""The seed page (../shared/seeds) through the linker: every name linked, with its country; skipped when absent."""

import json

import pytest
from click.testing import CliRunner

from sambandh.cli import main

SEED = "seeds/000_9cdd1d268ee3f9b1.txt"

# entity id → (type, country) the page must yield
EXPECTED = {
    "Q56226": ("person", "PRK"),  # Kim Jong Un
    "Q313029": ("person", "RUS"),  # Sergei Shoigu
    "Q7747": ("person", "RUS"),  # Vladimir Putin
    "sb:kang-sun-nam": ("person", "PRK"),
    "sb:li-hongzhong": ("person", "CHN"),  # misspelt on the page: found as a near spelling
    "sb:country-prk": ("country", "PRK"),
    "sb:country-rus": ("country", "RUS"),
    "sb:country-chn": ("country", "CHN"),
    "sb:country-usa": ("country", "USA"),
    "sb:country-ukr": ("country", "UKR"),
    "sb:place-pyongyang": ("place", "PRK"),
    "sb:org-kcna": ("media", "PRK"),
    "sb:org-kcbs": ("media", "PRK"),
    "sb:org-yonhap": ("media", "KOR"),
    "sb:org-cpc": ("organization", "CHN"),  # "कम्युनिस्ट पार्टी" beside the Chinese delegation
    "sb:org-russian-defence-ministry": ("organization", "RUS"),  # "रूस के रक्षा मंत्रालय ने", the oblique of "का"
}


@pytest.fixture(scope="module")
def seed_entities():
    from tests_support import shared_path

    path = shared_path(SEED)
    result = CliRunner().invoke(main, ["analyze", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return {e["id"]: e for e in json.loads(result.output.splitlines()[0])["entities"]}


def test_every_name_linked_with_its_country(seed_entities):
    for entity_id, (kind, country) in EXPECTED.items():
        assert entity_id in seed_entities, entity_id
        assert (seed_entities[entity_id]["type"], seed_entities[entity_id]["country"]) == (kind, country), entity_id


def test_misspelt_name_is_a_fuzzy_mention(seed_entities):
    assert {m["how"] for m in seed_entities["sb:li-hongzhong"]["mentions"]} == {"fuzzy"}


def test_nothing_from_the_furniture(seed_entities):
    assert "sb:country-pak" not in seed_entities  # only in a trailing "also read" link
    assert not [e for e in seed_entities if e not in EXPECTED], sorted(set(seed_entities) - set(EXPECTED))


def test_surnames_after_the_full_name(seed_entities):
    kim = seed_entities["Q56226"]["mentions"]
    assert kim[0]["how"] == "exact" and any(m["how"] == "coref" for m in kim[1:])
