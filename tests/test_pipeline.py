import pytest

from sambandh import Options, Pipeline, analyze
from sambandh.errors import InputError
from sambandh.model import Document, Skipped, Source


def test_pipeline_names_its_stages_in_order():
    assert Pipeline().names == ("extract", "sentences", "entities", "events", "headline")


def test_pipeline_disable_by_name():
    assert Pipeline(disable=("events",)).names == ("extract", "sentences", "entities")


def test_pipeline_unknown_stage_is_an_error():
    with pytest.raises(InputError, match="E015"):
        Pipeline(disable=("parse",))


def test_pipeline_checks_the_chain_when_built():
    with pytest.raises(InputError, match="E014"):
        Pipeline(disable=("entities",))  # events read the actors that entities write


def test_pipeline_no_events_option():
    article = analyze("भारत ने पाकिस्तान की निंदा की।", options=Options(events=False))
    assert article.events == () and article.entities


def test_pipeline_furniture_only_input_is_skipped():
    document = Document(source=Source(path="x.md", format="markdown"), content="शीर्षक\nट्रेंडिंग न्यूज\nटॉप हेडलाइंस\n",
                        content_type="text/markdown")
    assert isinstance(Pipeline().article(document), Skipped)


def test_pipeline_analyze_empty_text_raises():
    with pytest.raises(InputError):
        analyze("   ")


def test_pipeline_sentence_offsets_index_their_paragraph():
    article = analyze("पहला वाक्य यहां है। दूसरा वाक्य भी है।\n\nतीसरा अनुच्छेद है।", options=Options(events=False))
    for sentence in article.sentences:
        assert article.paragraphs[sentence.paragraph][sentence.start:sentence.end] == sentence.text
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]
