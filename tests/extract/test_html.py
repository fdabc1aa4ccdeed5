"""HTML pages: the lead image's caption, and names whose vowel signs trafilatura cuts."""

from sambandh.extract.html import _complete_marks, image_caption

PAGE = """<html><head><meta property="og:image" content="https://img.example/2024/03/talks.jpg">
<meta property="og:image:alt" content="Delegates at the table"></head><body>
<figure><img src="https://img.example/2024/03/other.jpg"><figcaption>Another picture</figcaption></figure>
<figure><img src="https://img.example/2024/03/talks.jpg?w=800"><figcaption>The two foreign ministers
in Geneva on <b>Tuesday</b>.</figcaption></figure></body></html>"""


def test_html_caption_is_the_figcaption_of_the_lead_image():
    assert image_caption(PAGE, "https://img.example/2024/03/talks.jpg") == "The two foreign ministers in Geneva on Tuesday."


def test_html_caption_falls_back_to_declared_alt_text():
    assert image_caption(PAGE, "https://img.example/2024/03/missing.jpg") == "Delegates at the table"
    assert image_caption("<html></html>", "https://img.example/x.jpg") is None


def test_html_author_names_get_their_vowel_signs_back():
    page = '<meta name="author" content="शुभायन चक्रवर्ती">'
    assert _complete_marks("शुभायन चक्रवर्त", page) == "शुभायन चक्रवर्ती"
    assert _complete_marks("Ravi Kumar", page) == "Ravi Kumar"
