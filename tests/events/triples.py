"""For the Hindi recall tests: the (source country, target country, CAMEO root) triples a text codes."""

from sambandh import analyze

# A body that names no event, for testing a headline on its own.
EVENTLESS_BODY = "यह खबर अभी अपडेट की जा रही है।"


def country(actor):
    """The actor's country, or its code's first three letters (IGO, ---), or None when there is no actor."""
    return (actor.country or actor.code or "")[:3] if actor else None


def triples(text, *, published="2025-06-01", title=None):
    """The asserted (not negated) events of a Hindi text as (source country, target country, root).

    With ``title``, ``text`` is ignored: the headline stands over a body that names no event.
    """
    if title is not None:
        article = analyze(EVENTLESS_BODY, title=title, language="hi", published=published)
    else:
        article = analyze(text, language="hi", published=published)
    return {(country(e.source), country(e.target), e.root) for e in article.events if not e.negated}
