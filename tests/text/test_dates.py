"""find_dates, parse_date_text and to_ascii_digits on sentences we wrote ourselves."""

import itertools
from datetime import date

import pytest

from sambandh.text.dates import DateMention, find_dates, parse_date_text, to_ascii_digits

THURSDAY = date(2023, 7, 27)


def _found(text, published=THURSDAY):
    return [(m.text, m.value, m.precision) for m in find_dates(text, published=published)]


@pytest.mark.parametrize("text,published,expected", [
    ("किम ने बुधवार (26 जुलाई) को मेहमानों का स्वागत किया.", THURSDAY,
     [("बुधवार (26 जुलाई)", date(2023, 7, 26), "day")]),
    ("सोमवार (3 अप्रैल) को वार्ता हुई।", date(2023, 4, 5), [("सोमवार (3 अप्रैल)", date(2023, 4, 3), "day")]),
    ("The envoy arrived on Wednesday, July 26, and left.", THURSDAY,
     [("Wednesday, July 26", date(2023, 7, 26), "day")]),
    ("Talks began on Wednesday (26 July).", THURSDAY, [("Wednesday (26 July)", date(2023, 7, 26), "day")]),
])
def test_dates_resolves_weekday_with_day_month(text, published, expected):
    assert _found(text, published) == expected


@pytest.mark.parametrize("text,expected", [
    ("समझौता 26 जुलाई को हुआ।", ("26 जुलाई", date(2023, 7, 26))),
    ("समझौता 26 जुलाई 2023 को हुआ।", ("26 जुलाई 2023", date(2023, 7, 26))),
    ("समझौता 26 जुलाई, 2021 को हुआ।", ("26 जुलाई, 2021", date(2021, 7, 26))),
    ("समझौता २६ जुलाई २०२३ को हुआ।", ("२६ जुलाई २०२३", date(2023, 7, 26))),
    ("बैठक 5 सितम्बर 2022 को हुई।", ("5 सितम्बर 2022", date(2022, 9, 5))),
    ("बैठक 5 सितंबर 2022 को हुई।", ("5 सितंबर 2022", date(2022, 9, 5))),
    ("बैठक 14 फ़रवरी 2023 को हुई।", ("14 फ़रवरी 2023", date(2023, 2, 14))),
    ("बैठक 14 फरवरी 2023 को हुई।", ("14 फरवरी 2023", date(2023, 2, 14))),
    ("बैठक 2 अक्तूबर 2022 को हुई।", ("2 अक्तूबर 2022", date(2022, 10, 2))),
    ("बैठक 10 अप्रेल 2023 को हुई।", ("10 अप्रेल 2023", date(2023, 4, 10))),
    ("The deal was signed on 26 July 2023.", ("26 July 2023", date(2023, 7, 26))),
    ("The deal was signed on July 26.", ("July 26", date(2023, 7, 26))),
    ("The deal was signed on Jul 26, 2023 in Delhi.", ("Jul 26, 2023", date(2023, 7, 26))),
    ("The deal was signed on 4th July 2022.", ("4th July 2022", date(2022, 7, 4))),
    ("Talks were held on Sept. 5, 2022.", ("Sept. 5, 2022", date(2022, 9, 5))),
])
def test_dates_finds_day_and_month(text, expected):
    assert _found(text) == [(*expected, "day")]


@pytest.mark.parametrize("text,expected", [
    ("यह कानून जुलाई 2023 में लागू हुआ।", ("जुलाई 2023", date(2023, 7, 1), "month")),
    ("The law came into force in July 2023.", ("July 2023", date(2023, 7, 1), "month")),
    ("साल 2019 में दोनों नेता मिले थे।", ("साल 2019", date(2019, 1, 1), "year")),
    ("वर्ष 2019 में दोनों नेता मिले थे।", ("वर्ष 2019", date(2019, 1, 1), "year")),
    ("The leaders first met in 2019.", ("in 2019", date(2019, 1, 1), "year")),
])
def test_dates_finds_month_and_year_precision(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text", [
    "रैली में 2023 लोग पहुंचे।",
    "They counted 2019 votes.",
])
def test_dates_bare_number_is_not_a_year(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("यह 2023-07-26 को हुआ।", date(2023, 7, 26)),
    ("यह 26/07/2023 को हुआ।", date(2023, 7, 26)),
    ("यह 26.07.2023 को हुआ।", date(2023, 7, 26)),
    ("यह 02/07/2023 को हुआ।", date(2023, 7, 2)),
    ("यह २६/०७/२०२३ को हुआ।", date(2023, 7, 26)),
])
def test_dates_reads_iso_and_day_first_numeric_dates(text, expected):
    assert [(m.value, m.precision) for m in find_dates(text, published=None)] == [(expected, "day")]


@pytest.mark.parametrize("text,published,expected", [
    ("वह बुधवार को लौटे।", THURSDAY, date(2023, 7, 26)),
    ("वह गुरुवार को लौटे।", THURSDAY, date(2023, 7, 27)),
    ("वह शुक्रवार को लौटे।", THURSDAY, date(2023, 7, 21)),
    ("वह बृहस्पतिवार को लौटे।", THURSDAY, date(2023, 7, 27)),
    ("He returned on Monday.", THURSDAY, date(2023, 7, 24)),
    ("ईरान ने शनिवार रात हमला किया।", date(2024, 4, 14), date(2024, 4, 13)),
])
def test_dates_weekday_is_the_latest_on_or_before_publication(text, published, expected):
    assert [(m.value, m.precision) for m in find_dates(text, published=published)] == [(expected, "day")]


@pytest.mark.parametrize("phrase,expected,precision", [
    ("आज", date(2023, 7, 27), "day"),
    ("कल", date(2023, 7, 26), "day"),
    ("परसों", date(2023, 7, 25), "day"),
    ("इस सप्ताह", date(2023, 7, 24), "week"),
    ("इस हफ्ते", date(2023, 7, 24), "week"),
    ("इस हफ़्ते", date(2023, 7, 24), "week"),
    ("पिछले सप्ताह", date(2023, 7, 17), "week"),
    ("पिछले हफ्ते", date(2023, 7, 17), "week"),
    ("अगले हफ्ते", date(2023, 7, 31), "week"),
    ("पिछले महीने", date(2023, 6, 1), "month"),
    ("पिछले साल", date(2022, 1, 1), "year"),
    ("पिछले वर्ष", date(2022, 1, 1), "year"),
    ("today", date(2023, 7, 27), "day"),
    ("yesterday", date(2023, 7, 26), "day"),
    ("this week", date(2023, 7, 24), "week"),
    ("last week", date(2023, 7, 17), "week"),
    ("last month", date(2023, 6, 1), "month"),
    ("last year", date(2022, 1, 1), "year"),
])
def test_dates_resolves_relative_phrases(phrase, expected, precision):
    text = f"दोनों पक्ष {phrase} मिले।"
    assert _found(text) == [(phrase, expected, precision)]


@pytest.mark.parametrize("published,expected", [
    (date(2023, 1, 15), date(2022, 12, 1)),
    (date(2023, 3, 31), date(2023, 2, 1)),
])
def test_dates_last_month_crosses_year(published, expected):
    assert _found("पिछले महीने बैठक हुई।", published)[0][1] == expected


@pytest.mark.parametrize("text,published,expected", [
    ("30 दिसंबर को हमला हुआ।", date(2024, 1, 2), date(2023, 12, 30)),
    ("5 जनवरी को सम्मेलन होगा।", date(2023, 12, 28), date(2024, 1, 5)),
    ("26 जुलाई को बैठक हुई।", date(2024, 1, 10), date(2023, 7, 26)),  # 2024-07-26 is over 6 months ahead
    ("26 जुलाई को बैठक होगी।", date(2024, 2, 1), date(2024, 7, 26)),  # nearer, and under 6 months ahead
    ("10 मार्च को बैठक होगी।", date(2024, 2, 1), date(2024, 3, 10)),
])
def test_dates_infers_year_nearest_publication(text, published, expected):
    assert _found(text, published)[0][1] == expected


@pytest.mark.parametrize("text", [
    "कलकत्ता में सकल घरेलू उत्पाद पर चर्चा हुई।",
    "मईना और आजकल की बात।",
    "वे कल्पना में जीते हैं।",
    "Soldiers march 5 miles; they may 2023 differently.",
])
def test_dates_respect_word_boundaries(text):
    assert _found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("आज़ादी के बाद पहली बार", []),
    ("वे कल दिल्ली में थे", [("कल", date(2023, 7, 26), "day")]),
    ("मई 2023 में", [("मई 2023", date(2023, 5, 1), "month")]),
])
def test_dates_match_whole_words_only(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("बुधवार (26 जुलाई) को और कल और इस सप्ताह", []),
    ("बैठक 26 जुलाई 2023 को हुई, बुधवार को नहीं।", [("26 जुलाई 2023", date(2023, 7, 26), "day")]),
    ("बुधवार (26 जुलाई 2023) को बैठक हुई।", [("बुधवार (26 जुलाई 2023)", date(2023, 7, 26), "day")]),
    ("यह 2023-07-26 को और साल 2019 में हुआ।",
     [("2023-07-26", date(2023, 7, 26), "day"), ("साल 2019", date(2019, 1, 1), "year")]),
])
def test_dates_without_publication_keep_absolute_dates_only(text, expected):
    assert _found(text, None) == expected


@pytest.mark.parametrize("text", ["31 जून 2023 को", "30 फरवरी को", "2023-02-30"])
def test_dates_skip_impossible_dates(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "बुधवार (26 जुलाई) को किम ने कहा कि पिछले हफ्ते और 3 अगस्त 2022 को बातचीत हुई; आज फिर होगी।",
    "  On Wednesday,\u00a0July 26, the envoy said talks held last week and in 2019 mattered. ",
    "फ़रवरी 2023 में और सितम्बर\u00a02022 में",
])
def test_dates_are_ordered_non_overlapping_and_point_into_text(text):
    mentions = find_dates(text, published=THURSDAY)
    assert mentions
    for mention in mentions:
        assert isinstance(mention, DateMention)
        assert text[mention.start:mention.end] == mention.text
        assert mention.precision in ("day", "week", "month", "year")
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_dates_longest_expression_wins():
    found = _found("Wednesday, July 26, 2023 was hot.")
    assert found == [("Wednesday, July 26, 2023", date(2023, 7, 26), "day")]


@pytest.mark.parametrize("text,expected", [
    ("अपडेटेड: 27 Jul 2023 08:05 AM (IST)", (date(2023, 7, 27), "day")),
    ("Updated: 27 Jul 2023", (date(2023, 7, 27), "day")),
    ("2023-07-27T08:05:00+05:30", (date(2023, 7, 27), "day")),
    ("2023-07-27T23:50:00Z", (date(2023, 7, 27), "day")),
    ("2023-07-27", (date(2023, 7, 27), "day")),
    ("20230727", (date(2023, 7, 27), "day")),
    ("प्रकाशित: २७ जुलाई २०२३", (date(2023, 7, 27), "day")),
    ("Thursday, July 27, 2023 8:05 AM", (date(2023, 7, 27), "day")),
    ("27/07/2023", (date(2023, 7, 27), "day")),
    ("जुलाई 2023", (date(2023, 7, 1), "month")),
])
def test_dates_parse_date_text_reads_datelines(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("text", ["", "अपडेटेड", "आज", "2023-02-30", "कल शाम"])
def test_dates_parse_date_text_without_date_is_none(text):
    assert parse_date_text(text) is None


@pytest.mark.parametrize("text,expected", [
    ("२६ जुलाई २०२३", "26 जुलाई 2023"),
    ("०१२३४५६७८९", "0123456789"),
    ("no digits", "no digits"),
])
def test_dates_to_ascii_digits(text, expected):
    result = to_ascii_digits(text)
    assert result == expected
    assert len(result) == len(text)
