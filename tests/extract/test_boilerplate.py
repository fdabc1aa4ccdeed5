import pytest

from sambandh.extract import boilerplate


@pytest.mark.parametrize("line,rest", [
    ("ये भी पढ़ें: पाकिस्तान में बाढ़", "पाकिस्तान में बाढ़"),
    ("ये भी पढ़ें:Watch: कोई खबर", "Watch: कोई खबर"),
    ("Also read: Markets fall", "Markets fall"),
    ("Related", ""),
])
def test_boilerplate_related_lines(line, rest):
    assert boilerplate.related_rest(line) == rest


@pytest.mark.parametrize("line", ["Related to this, the minister said more.", "पढ़ेंगे सब लोग यह खबर"])
def test_boilerplate_body_sentences_are_not_related_links(line):
    assert boilerplate.related_rest(line) is None


@pytest.mark.parametrize("line", ["ट्रेंडिंग न्यूज", "टॉप हेडलाइंस", "Trending News", "TOP HEADLINES"])
def test_boilerplate_tail_cues(line):
    assert boilerplate.is_tail(line)


@pytest.mark.parametrize("line", ["शेयर करें", "Advertisement", "Share"])
def test_boilerplate_furniture_lines(line):
    assert boilerplate.is_furniture(line)


def test_boilerplate_data_kinds_are_known():
    from sambandh.datafiles import load_table

    rows = load_table("sambandh.extract", "boilerplate")
    assert {row["kind"] for row in rows} <= boilerplate.KINDS
    assert {row["lang"] for row in rows} <= {"hi", "en", "any"}
    keys = [(row["lang"], row["kind"], row["cue"]) for row in rows]
    assert len(keys) == len(set(keys))
