"""Event scoring: gold readers, triples, EDNIL document rates, the CLI, and floors on ../shared gold."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests_support import shared_path

from sambandh.cli import main
from sambandh.errors import InputError
from sambandh.eval.events import (
    TripleScore,
    evaluate_events,
    event_triples,
    guess_format,
    read_ednil,
    read_petrarch,
    read_plover,
    read_triples,
    select,
)
from sambandh.model import ActorRef, Event, Evidence

# Our own records in each gold format; the sentences are ours, about real events.
PLOVER = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "internal documentation"},
    {"id": "R1", "event": "CONSULT", "text": "Indian Prime Minister Narendra Modi met Russian President Vladimir "
     "Putin in Moscow in July 2024.", "language": "en", "date": "2024-07-09",
     "source": [{"actorText": "Narendra Modi", "code": "IND", "sector": "GOV"}],
     "target": [{"actorText": "Vladimir Putin", "code": "RUS", "sector": "GOV"}]},
    {"id": "R2", "event": "AGREE", "text": "India and Pakistan agreed to a ceasefire on 10 May 2025.",
     "language": "en", "source": [{"code": "IND"}, {"code": "PAK"}], "target": "",
     "textInfo": {"markup": "(SRC/TAR: India) and (SRC/TAR: Pakistan) (EVT: agreed)"}},
    {"id": "R3", "event": "DISAPPROVE", "text": "China criticised the Philippines over the shoal.",
     "source": [{"code": "CHN"}], "target": [{"code": "PHL"}]},
]
PETRARCH = """<Validation>
##### a banner that is not XML #####
<Sentences>
<Sentence category="GOLD" date="20240409" id="S1" evaluate="true"/>
<EventCoding eventcode="0352" sourcecode="ISRGOV" targetcode="PSE" />
<Text>
Israel said it would ease limits on aid into Gaza in April 2024.
</Text>
</Sentence>
<Sentence category="GOLD" date="20240409" id="S2" evaluate="true">
<EventCoding noevents="True" />
<Text>
The weather in Delhi was hot.
</Text>
</Sentence>
<Sentence category="GOLD" date="20240409" id="S3" evaluate="false">
<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
<Text>
Rebels shelled a town in Syria.
</Text>
</Sentence>
</Sentences>
</Validation>
"""
EDNIL = [
    {"doc_id": "a", "text": "पहलगाम में अप्रैल 2025 में हुए आतंकी हमले में 26 लोगों की जान गई।",
     "events": [{"type": "TERRORIST_ATTACK", "text": "हमले"}], "arguments": []},
    {"doc_id": "b", "text": "नेपाल में मार्च 2025 में भूकंप से कई घर गिर गए।",
     "events": [{"type": "EARTHQUAKE", "text": "भूकंप"}], "arguments": []},
    {"doc_id": "c", "text": "हरियाणा के नूंह में जुलाई 2023 में धार्मिक यात्रा के दौरान हिंसा भड़की।",
     "events": [{"type": "RIOTS", "text": "हिंसा"}, {"type": "FIRE", "text": "आग"}], "arguments": []},
    {"doc_id": "d", "text": "असम में जून 2024 में बाढ़ से लाखों लोग प्रभावित हुए।",
     "events": [{"type": "FLOODS", "text": "बाढ़"}], "arguments": []},
    {"doc_id": "e", "text": "मुंबई में जुलाई 2024 में एक सड़क हादसे में दो लोगों की मौत हो गई।",
     "events": [{"type": "VEHICULAR_COLLISION", "text": "हादसे"}], "arguments": []},
]


@pytest.fixture
def gold_files(tmp_path):
    plover = tmp_path / "gold.json"
    plover.write_text(json.dumps(PLOVER, ensure_ascii=False), "utf-8")
    petrarch = tmp_path / "validation.xml"
    petrarch.write_text(PETRARCH, "utf-8")
    ednil = tmp_path / "train.jsonl"
    ednil.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in EDNIL) + "\n", "utf-8")
    return {"plover": plover, "petrarch": petrarch, "ednil": ednil}


def _event(source, target, root="19", plover="ASSAULT", *, negated=False, modality="asserted"):
    return Event(id="x", cameo=root + "0", root=root, label="", plover=plover, quad_class=4, goldstein=-10.0,
                 source=ActorRef(entity=None, name="", country=source[0], code=source[1]),
                 target=ActorRef(entity=None, name="", country=target[0], code=target[1]) if target else None,
                 date=None, date_precision="published", sentence=0,
                 evidence=Evidence(start=0, end=0, text=""), negated=negated, modality=modality)


# ---------------------------------------------------------------------------- readers


def test_events_read_plover_renames_old_types_and_expands_compounds(gold_files):
    items = {item.id: item for item in read_plover(gold_files["plover"])}
    assert set(items) == {"R1", "R2", "R3"}  # the DOCUMENT record is no event
    assert items["R1"].triples == {("IND", "RUS", "CONSULT")}
    assert items["R2"].triples == {("IND", "PAK", "AGREE"), ("PAK", "IND", "AGREE")}  # SRC/TAR: reciprocal
    assert items["R3"].triples == {("CHN", "PHL", "ACCUSE")}  # 0.5b1 DISAPPROVE is 2021 ACCUSE


def test_events_read_petrarch_reads_roots_country_level_and_skips_unevaluated(gold_files):
    items = list(read_petrarch(gold_files["petrarch"]))
    assert [item.id for item in items] == ["S1", "S2"]
    assert items[0].triples == {("ISR", "PSE", "03")}
    assert items[0].published == "2024-04-09"
    assert items[0].text.startswith("Israel said")
    assert items[1].triples == frozenset()


def test_events_read_ednil_keeps_types(gold_files):
    items = list(read_ednil(gold_files["ednil"]))
    assert [item.id for item in items] == ["a", "b", "c", "d", "e"]
    assert items[2].types == {"RIOTS", "FIRE"}
    assert all(item.language == "hi" for item in items)


@pytest.mark.parametrize("name,fmt", [("x.json", "plover"), ("x.xml", "petrarch"), ("x.jsonl", "ednil")])
def test_events_guess_format(tmp_path, name, fmt):
    assert guess_format(tmp_path / name) == fmt


def test_events_guess_format_tells_our_triples_from_ednil(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"skip_roots": ["01"]}\n{"id": "a", "events": [{"source": "IND", "target": "RUS", "root": "04"}]}\n')
    assert guess_format(path) == "triples"


# Our own sentences about real events, and our own triples gold for them.
TEXTS = [
    {"id": "t1", "published": "2024-07-10", "text": "प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को मॉस्को में रूस के राष्ट्रपति "
     "व्लादिमीर पुतिन से मुलाकात की।"},
    {"id": "t2", "published": "2025-05-11", "text": "भारत और पाकिस्तान के बीच शनिवार शाम से संघर्षविराम लागू हो गया।"},
]
TRIPLES_GOLD = [
    {"skip_roots": ["01"], "unknown_actors": ["NGO"]},
    {"id": "t1", "events": [{"source": "IND", "target": "RUS", "root": "04", "why": "Modi met Putin"}]},
    {"id": "t2", "events": []},
]


@pytest.fixture
def triples_files(tmp_path):
    texts, gold = tmp_path / "texts.jsonl", tmp_path / "gold.jsonl"
    texts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in TEXTS), encoding="utf-8")
    gold.write_text("".join(json.dumps(r) + "\n" for r in TRIPLES_GOLD), encoding="utf-8")
    return gold, texts


def test_events_read_triples_joins_gold_to_texts(triples_files):
    gold, texts = triples_files
    items = list(read_triples(gold, texts))
    assert [item.id for item in items] == ["t1", "t2"]
    assert items[0].triples == {("IND", "RUS", "04")} and items[0].skip_roots == {"01"}
    assert items[0].unknown_actors == {"NGO"}
    assert items[0].text.startswith("प्रधानमंत्री") and items[0].published == "2024-07-10"


def test_events_read_triples_needs_texts(triples_files):
    with pytest.raises(InputError, match="--texts"):
        list(read_triples(triples_files[0]))


def test_events_triples_gold_scores_our_hindi_events(triples_files):
    gold, texts = triples_files
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--texts", str(texts)])
    assert result.exit_code == 0, result.output
    assert "gold format triples" in result.output and "tp 1," in result.output


def test_events_guess_format_fails_naming_the_formats(tmp_path):
    with pytest.raises(InputError, match="plover, petrarch, ednil, triples"):
        guess_format(tmp_path / "gold.csv")


def test_events_split_holds_out_every_fifth(gold_files):
    items = list(read_ednil(gold_files["ednil"]))
    assert [i.id for i in select(items, "test")] == ["e"]
    assert [i.id for i in select(items, "dev")] == ["a", "b", "c", "d"]
    assert len(list(select(items, "all"))) == 5


# ---------------------------------------------------------------------------- triples and scores


def test_events_triples_compare_countries_and_leave_out_negated_and_unnamed():
    events = [_event(("IND", "INDMIL"), ("PAK", "PAKMIL")),
              _event((None, "---UAF"), ("IND", "IND")),  # a generic source keeps its unknown country
              _event((None, "---"), ("IND", "IND")),  # nobody named: left out
              _event(("CHN", "CHN"), None, root="04", plover="CONSULT"),
              _event(("USA", "USA"), ("IRN", "IRN"), negated=True)]
    assert event_triples(events) == {("IND", "PAK", "19"), ("---", "IND", "19"), ("CHN", "---", "04")}
    assert event_triples(events, kind="plover") == {("IND", "PAK", "ASSAULT"), ("---", "IND", "ASSAULT"),
                                                    ("CHN", "---", "CONSULT")}


def test_events_triples_leave_out_what_is_only_supposed():
    # "अगर पाकिस्तान ने हमला किया तो ...": a hypothetical attack did not happen; an intention or a threat is an act
    events = [_event(("PAK", "PAK"), ("IND", "IND"), modality="hypothetical"),
              _event(("IND", "IND"), ("PAK", "PAK"), root="13", plover="THREATEN", modality="intended")]
    assert event_triples(events) == {("IND", "PAK", "13")}


def test_events_triples_read_a_region_as_no_country():
    # "पश्चिमी देशों को धमकी दी": Western countries (WST) are several states, none of them the target
    events = [_event(("RUS", "RUS"), (None, "WST"), root="13", plover="THREATEN"),
              _event((None, "PGS"), ("QAT", "QAT"), root="16", plover="REDUCE")]
    assert event_triples(events) == {("RUS", "---", "13"), ("---", "QAT", "16")}


def test_events_triple_score_micro_averages():
    score = TripleScore()
    score.add("a", frozenset({("IND", "PAK", "19"), ("PAK", "IND", "19")}), frozenset({("IND", "PAK", "19")}))
    score.add("b", frozenset(), frozenset({("USA", "---", "01")}))
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)
    assert score.precision == score.recall == score.f1 == 0.5
    assert score.misses == [("a", ("PAK", "IND", "19"))]


def test_events_ednil_rates_on_our_documents(gold_files):
    result = evaluate_events(gold_files["ednil"])
    docs = result.documents
    assert (docs.violent, docs.violent_hit) == (2, 2)
    assert (docs.calm, docs.calm_hit) == (3, 0)


def test_events_cli_prints_scores(gold_files):
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold_files["plover"])])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "F1" in result.output
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold_files["ednil"]), "--format", "ednil"])
    assert result.exit_code == 0, result.output
    assert "2/2" in result.output and "0/3" in result.output


# ---------------------------------------------------------------------------- floors on ../shared gold
# Issue 5's figures: EDNIL test split .962 / .031 (dev .965 / .016), PLOVER records F1 .230 → .388 → .523
# after two rounds of English work (held-out split .194 → .289 → .370), PETRARCH2 validation F1 .175 →
# .183 → .283. Floors sit a little under them; lowering one is a reviewed commit.
EDNIL_VIOLENT_FLOOR = 0.85  # the issue's MUST: at least 85% of violent documents get a 14/18/19/20 event
EDNIL_CALM_CEILING = 0.10  # and at most 10% of disaster/accident-only documents do
PLOVER_F1_FLOOR = 0.48
PETRARCH_F1_FLOOR = 0.25


@pytest.mark.shared
@pytest.mark.slow
def test_events_ednil_meets_the_issue_rates_on_held_out_documents():
    result = evaluate_events(shared_path("eval/events-hi-ednil/train.jsonl"), split="test")
    assert result.documents.violent_rate >= EDNIL_VIOLENT_FLOOR
    assert result.documents.calm_rate <= EDNIL_CALM_CEILING


@pytest.mark.shared
@pytest.mark.parametrize("path,floor", [
    ("eval/events-en/plover-gsr/PLOVER_GSR_CAMEO.json", PLOVER_F1_FLOOR),
    ("eval/events-en/petrarch/PETR2_GSR_validation.xml", PETRARCH_F1_FLOOR),
])
def test_events_english_f1_floor(path, floor):
    assert evaluate_events(shared_path(path)).triples.f1 >= floor


def test_legacy_cameo_country_codes_read_as_iso():
    from sambandh.eval.events import _country

    assert _country("JAPGOV") == "JPN" and _country("ITL") == "ITA" and _country("RUSMIL") == "RUS"


# Our blind annotation of real BBC Hindi world news (docs/gold/README.md); the texts stay in ../shared.
BBC_GOLD = Path(__file__).resolve().parents[2] / "docs" / "gold" / "bbc-hindi-international.jsonl"
BBC_F1_FLOOR = 0.40  # all 35 articles: 0.466 when this floor was set (dev 0.516, held-out test 0.231)


@pytest.mark.shared
def test_events_hindi_world_news_f1_floor():
    texts = shared_path("corpora/bbc-hindi/articles.jsonl")
    assert evaluate_events(BBC_GOLD, texts=texts).triples.f1 >= BBC_F1_FLOOR


def test_events_read_triples_takes_gzipped_corpora_with_body_date_and_title(tmp_path):
    import gzip

    texts, gold = tmp_path / "corpus.jsonl.gz", tmp_path / "gold.jsonl"
    record = {"id": "c1", "date": "2024-07-10", "title": "मोदी-पुतिन मुलाकात", "body": TEXTS[0]["text"]}
    texts.write_bytes(gzip.compress((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")))
    gold.write_text(json.dumps({"id": "c1", "events": [{"source": "IND", "target": "RUS", "root": "04"}]}) + "\n")
    [item] = read_triples(gold, texts)
    assert (item.text, item.title, item.published) == (TEXTS[0]["text"], "मोदी-पुतिन मुलाकात", "2024-07-10")
