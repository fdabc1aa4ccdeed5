"""Names read between a title and a case marker (``provisional.after_titles``), on sentences of our own."""

from entities.linking import linked


def _people(text: str) -> list[str]:
    return [e.name for e in linked(text).entities if e.type == "person"]


def test_a_bare_title_before_two_unknown_words_and_a_marker_names_a_person():
    assert _people("इटली में माफिया मामलों के जज निनो दि मैट्टेओ ने सुरक्षा वाहन लेने से इनकार किया।") == ["निनो दि मैट्टेओ"]


def test_a_bare_title_before_one_ordinary_looking_word_names_no_one():
    # "खिलाड़ी क्रीज़ पर": after a title the KB did not match, one word is too often no name
    assert _people("दोनों खिलाड़ी क्रीज़ पर डटे रहे।") == []
