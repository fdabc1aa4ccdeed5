from datetime import date

import pytest

from sambandh.query import ActorSummary, CameoCount, DyadSummary, EventRow, render_report

SUMMARY = {"counts": {"documents": 3, "articles": 2, "skipped": 1, "sentences": 9, "entities": 4,
                      "mentions": 7, "events": 1},
           "dates": {"events": {"first": "2023-07-01", "last": "2023-07-26"},
                     "articles": {"first": "2023-07-02", "last": "2023-07-27"}}}


def _dyad(a_name, b_name, events, mean, top=()):
    return DyadSummary(a=a_name[:3].upper(), b=b_name[:3].upper(), a_name=a_name, b_name=b_name,
                       events=events, verbal_cooperation=3, material_cooperation=1, verbal_conflict=2,
                       material_conflict=6, mean_goldstein=mean, top_cameo=tuple(top),
                       first=date(2023, 7, 1), last=date(2023, 7, 26))


def _event(evidence, *, target=("North Korea", "PRK"), day=date(2023, 7, 26)):
    return EventRow(id="e1", article_id="a1", date=day, cameo="042", label="Make a visit", quad_class=1,
                    goldstein=1.9, source_name="सर्गेई शोइगु", source_code="RUSMIL",
                    target_name=target[0] if target else None, target_code=target[1] if target else None,
                    evidence=evidence, title="शोइगु की यात्रा")


ACTOR = ActorSummary(entity="Q1", name="नरेंद्र मोदी", type="person", country="IND", code="INDGOV",
                     events=12, as_source=8, as_target=4)


def test_render_header_counts():
    text = render_report(SUMMARY, [], [], [])
    assert "3 documents: 2 articles, 1 skipped" in text
    assert "9 sentences  4 entities  7 mentions  1 event" in text
    assert "events: 2023-07-01 … 2023-07-26" in text
    assert text.count("(none)") == 3


def test_render_dyad_line():
    top = [CameoCount(cameo="190", label="Use conventional military force", events=5),
           CameoCount(cameo="112", label="Accuse", events=2)]
    dyads = [_dyad("India", "Pakistan", 12, -3.14, top), _dyad("Russia", "China", 1, None)]
    text = render_report(SUMMARY, dyads, [], [])
    lines = text.splitlines()
    (india,) = [line for line in lines if line.startswith("India")]
    assert india.startswith("India — Pakistan   12 events  coop 3/1  conflict 2/6  mean Goldstein -3.1")
    assert india.endswith("top: 190 Use conventional military force, 112 Accuse")
    (russia,) = [line for line in lines if line.startswith("Russia")]
    assert "mean Goldstein n/a" in russia
    assert " 1 event " in russia
    assert india.index("events") == russia.index("event ")  # columns line up


def test_render_actor_line():
    text = render_report(SUMMARY, [], [], [ACTOR])
    assert "12  नरेंद्र मोदी (INDGOV)   source 8  target 4" in text


@pytest.mark.parametrize("words", [5, 60])
def test_render_event_evidence_indented_and_wrapped(words):
    evidence = " ".join(["प्योंगयांग"] * words)
    text = render_report(SUMMARY, [], [_event(evidence)], [])
    lines = text.splitlines()
    start = lines.index("2023-07-26  सर्गेई शोइगु (RUSMIL) → 042 Make a visit → North Korea (PRK)")
    body = []
    for line in lines[start + 1:]:
        if line.startswith("    —"):
            break
        body.append(line)
    assert all(line.startswith("    ") and len(line) <= 100 for line in body)
    assert " ".join(line.strip() for line in body) == evidence
    assert "    — शोइगु की यात्रा" in lines


def test_render_event_without_target_or_date():
    text = render_report(SUMMARY, [], [_event("कुछ हुआ।", target=None, day=None)], [])
    assert "undated  सर्गेई शोइगु (RUSMIL) → 042 Make a visit\n" in text


def test_render_is_deterministic():
    args = (SUMMARY, [_dyad("India", "Pakistan", 12, -3.1)], [_event("एक वाक्य।")], [ACTOR])
    assert render_report(*args) == render_report(*args)
    assert render_report(*args).endswith("\n")
