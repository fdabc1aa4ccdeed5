"""Markdown scrapes: our own fixture page, shaped like a Hindi news site's scrape."""

from sambandh.extract.markdown import parse_scrape

SCRAPE = """India-Russia Talks: मॉस्को में जयशंकर और लावरोव की बातचीत, तेल व्यापार पर हुई चर्चा
विदेश मंत्री एस जयशंकर तीन दिन की यात्रा पर रूस पहुंचे और गुरुवार को अपने रूसी समकक्ष से मिले.
![India-Russia Talks: मॉस्को में जयशंकर और लावरोव की बातचीत, तेल व्यापार पर हुई चर्चा Jaishankar and Lavrov in Moscow](https://example-news.in/images/2025/08/22/jaishankar-lavrov.jpg?w=1200)
भारत के विदेश मंत्री एस जयशंकर ने गुरुवार (21 अगस्त) को मॉस्को में रूस के विदेश मंत्री सर्गेई लावरोव से मुलाकात की. दोनों नेताओं ने व्यापार और ऊर्जा पर बात की.
ऊर्जा सहयोग पर जोर
जयशंकर ने कहा कि भारत और रूस के संबंध स्थिर बने हुए हैं.
ये भी पढ़ें:[संसद में हंगामा, विपक्ष ने किया वॉकआउट](https://example-news.in/politics/walkout)
ट्रेंडिंग न्यूज
[क्रिकेट: भारत ने जीता मैच](https://example-news.in/sports/1)
टॉप हेडलाइंस
![ABP Premium](https://example-news.in/promo.png)
"""


def test_markdown_reads_title_summary_and_image():
    parts = parse_scrape(SCRAPE)
    assert parts.title.startswith("India-Russia Talks: मॉस्को में")
    assert parts.summary.startswith("विदेश मंत्री एस जयशंकर तीन दिन")
    assert parts.image.url.startswith("https://example-news.in/images/2025/08/22/")
    assert parts.image.caption == "Jaishankar and Lavrov in Moscow"


def test_markdown_keeps_headings_apart_from_paragraphs():
    parts = parse_scrape(SCRAPE)
    assert parts.headings == ["ऊर्जा सहयोग पर जोर"]
    assert len(parts.paragraphs) == 2
    assert parts.paragraphs[1].startswith("जयशंकर ने कहा कि")


def test_markdown_moves_furniture_out_of_the_body():
    parts = parse_scrape(SCRAPE)
    body = " ".join(parts.paragraphs)
    for furniture in ("ये भी पढ़ें", "ट्रेंडिंग", "टॉप हेडलाइंस", "वॉकआउट", "क्रिकेट", "ABP Premium"):
        assert furniture not in body
    assert [r.title for r in parts.related] == ["संसद में हंगामा, विपक्ष ने किया वॉकआउट"]
    assert parts.related[0].url == "https://example-news.in/politics/walkout"
    assert any("ABP Premium" in line for line in parts.removed)


def test_markdown_promo_image_is_never_the_lead():
    parts = parse_scrape("शीर्षक\n![ABP Premium](https://x.in/p.png)\nपहला अनुच्छेद यहां है और यह लंबा है.\n")
    assert parts.image is None


def test_markdown_dateline_is_metadata_not_text():
    parts = parse_scrape("शीर्षक यहां\nअपडेटेड: 27 Jul 2023 08:05 AM (IST)\nभारत ने आज एक बयान जारी किया.\n")
    assert parts.dateline.startswith("27 Jul 2023")
    assert parts.paragraphs == ["भारत ने आज एक बयान जारी किया."]


def test_markdown_sentence_like_short_line_is_not_a_heading():
    parts = parse_scrape("शीर्षक\nयह छोटा वाक्य है.\nयह एक लंबा अनुच्छेद है जो पिछले वाक्य के बाद आता है और कुछ बताता है.\n")
    assert parts.headings == []


def test_markdown_layout_table_page_keeps_only_the_story():
    text = "\n".join([
        "| | होम | | अर्थव्यवस्था | | खबर | |",
        "| निर्यात लगातार तीसरे महीने गिरा |",
        "| | Friday, March 1, 2024 10:18 PM English \\| हिंदी |",
        "| मार्च में देश का निर्यात लगातार तीसरे महीने घटा है। वाणिज्य मंत्रालय के आंकड़ों के मुताबिक इंजीनियरिंग "
        "सामान, रत्न और आभूषण तथा कपड़ों के निर्यात में गिरावट आई, जबकि पेट्रोलियम उत्पादों का निर्यात बढ़ा। |",
        "| About us | Authors | Partner with us | Jobs | Contact us | RSS |",
        "| Example Media Pvt. Ltd. Copyright & Disclaimer |",
        "Stock prices are delayed by fifteen minutes. " + "Nothing here is investment advice and the publisher "
        "accepts no liability for decisions taken on it. " * 3,
    ])
    parts = parse_scrape(text, title="निर्यात लगातार तीसरे महीने गिरा")
    assert len(parts.paragraphs) == 1
    assert parts.paragraphs[0].startswith("मार्च में देश का निर्यात")
    assert not parts.headings


def test_markdown_headline_repeated_in_body_is_removed():
    parts = parse_scrape("## Talks resume in Doha\nThe two delegations met again on Monday after a month.",
                         title="Talks resume in Doha")
    assert parts.paragraphs == ["The two delegations met again on Monday after a month."]
    assert not parts.headings


def test_markdown_escapes_and_rules_carry_no_text():
    parts = parse_scrape("Title\n\\\\\\\\\\\\\\\\\n\\* Officials said the meeting went well and would continue.\n***",
                         title="Title")
    assert parts.paragraphs == ["Officials said the meeting went well and would continue."]


def test_markdown_english_page_keeps_english_tail():
    parts = parse_scrape("Title\nFirst paragraph of the story.\nSecond paragraph of the story.", title="Title")
    assert len(parts.paragraphs) == 2
