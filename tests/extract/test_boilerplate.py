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


@pytest.mark.parametrize("line", [
    "© 2024 Example Media Private Limited",
    "Business Times Ltd. Copyright & Disclaimer feedback@example.com",
    "This site is best viewed with Chrome 90 or higher",
    "We use cookies to improve your experience. Accept cookies",
    "सर्वाधिकार सुरक्षित © 2024 उदाहरण समाचार",
    "Read our Privacy Policy and Terms of Use",
])
def test_boilerplate_notices(line):
    assert boilerplate.is_notice(line)


@pytest.mark.parametrize("line", [
    "The court ruled that the copyright in the photograph belonged to the agency that commissioned it.",
    "सरकार ने कहा कि नीति पर सभी दलों से बात होगी।",
    "He said the terms were acceptable. " + "The talks went on for hours and hours. " * 15,
])
def test_boilerplate_body_lines_are_not_notices(line):
    assert not boilerplate.is_notice(line)


@pytest.mark.parametrize(("line", "menu"), [
    ("Home | World | India | Business | Sports", True),
    ("| | About us | Authors | | Contact us | RSS | Site Map |", True),
    ("होम | बाजार | कंपनियां | अर्थव्यवस्था", True),
    ("Modi | Putin", False),
    ("He said: prices rose | and the opposition walked out of the house in protest | again", False),
])
def test_boilerplate_menus(line, menu):
    assert boilerplate.is_menu(line) is menu
