"""Language identification by script: Devanagari is Hindi, Latin is English.

Deterministic and model-free. It cannot tell Hindi from Marathi or Nepali (all
Devanagari), nor English from other Latin-script languages; sambandh reads
Hindi and English news, so the script is what decides.
"""

from __future__ import annotations

import functools
import unicodedata

UNDETERMINED = "und"
# Script → language code; a script wins when its letters are more than half of all letters.
_SCRIPT_LANGUAGE = (("DEVANAGARI", "hi"), ("LATIN", "en"))
# The script of a text is clear from its start; long texts are judged on this many characters.
SAMPLE_CHARS = 4000


def detect_language(text: str) -> str:
    """The language code of ``text`` by script: ``"hi"``, ``"en"`` or ``"und"``.

    ``"hi"`` when Devanagari letters are more than half of its letters, ``"en"``
    when Latin ones are, else ``"und"``.

    Letters and their signs (vowel signs, virama) count; digits, punctuation and
    spaces do not, so numbers in a Hindi article do not tip it:
    ``detect_language("मोदी ने 3 देशों का दौरा किया")`` is ``"hi"``; an empty or
    letterless text is ``"und"``.
    """
    counts = dict.fromkeys((language for _, language in _SCRIPT_LANGUAGE), 0)
    letters = 0  # letters and combining marks
    for char in text[:SAMPLE_CHARS]:
        if unicodedata.category(char)[0] not in "LM":
            continue
        letters += 1
        language = _script_language(char)
        if language:
            counts[language] += 1
    for language, count in counts.items():
        if count * 2 > letters:
            return language
    return UNDETERMINED


@functools.cache  # a text has a few hundred distinct characters and thousands of letters
def _script_language(char: str) -> str | None:
    if char.isascii():
        return "en"
    name = unicodedata.name(char, "")
    for script, language in _SCRIPT_LANGUAGE:
        if name.startswith(script):
            return language
    return None
