"""The page that defines the job (../shared/seeds), read from there; skipped when absent."""

import json

import pytest
from click.testing import CliRunner

from sambandh.cli import main

SEED = "seeds/000_9cdd1d268ee3f9b1.txt"


@pytest.fixture(scope="module")
def seed_record(request):
    from tests_support import shared_path

    path = shared_path(SEED)
    result = CliRunner().invoke(main, ["analyze", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.splitlines()[0])


def test_seed_metadata(seed_record):
    assert seed_record["title"].startswith("North Korea-Russia Relation:")
    assert seed_record["summary"].startswith("North Korea-Russia:")
    assert seed_record["published"] == "2023-07-27"
    assert seed_record["image"]["url"].startswith("https://feeds.abplive.com/")
    assert seed_record["image"]["caption"]
    assert len(seed_record["headings"]) == 2


def test_seed_furniture_stays_out(seed_record):
    body = " ".join(seed_record["paragraphs"])
    for furniture in ("ये भी पढ़ें", "ट्रेंडिंग न्यूज", "टॉप हेडलाइंस", "ABP Premium", "पाकिस्तान"):
        assert furniture not in body
    assert seed_record["related"]
    assert all("पाकिस्तान" not in e["evidence"]["text"] for e in seed_record["events"])


def test_seed_entities(seed_record):
    found = {(e["name"], e["country"]) for e in seed_record["entities"]}
    assert {("Kim Jong Un", "PRK"), ("Sergei Shoigu", "RUS"), ("Vladimir Putin", "RUS")} <= found


def test_seed_russia_north_korea_meeting(seed_record):
    events = [e for e in seed_record["events"]
              if {e["source"]["country"], (e["target"] or {}).get("country")} == {"RUS", "PRK"}
              and e["root"] == "04" and e["date"] == "2023-07-26"]
    assert events
    sentence = seed_record["sentences"][events[0]["sentence"]]["text"]
    assert events[0]["evidence"]["text"] in sentence
