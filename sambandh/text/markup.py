"""The words of a fragment of HTML: tags removed, entities decoded, spaces collapsed.

For short pieces read without a parser — link texts, captions, feed items; whole
pages go through trafilatura.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")


def markup_text(fragment: str, *, tags_as_spaces: bool = True) -> str:
    """The visible text of an HTML fragment on one line.

    ``tags_as_spaces=False`` joins across inline tags ("<b>Tuesday</b>." → "Tuesday."),
    for text whose tags sit inside sentences.
    """
    bare = _TAG.sub(" " if tags_as_spaces else "", fragment)
    return " ".join(html.unescape(bare).split())
