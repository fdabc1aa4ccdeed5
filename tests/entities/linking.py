"""The linker over a few sentences of our own, as one Hindi article: what the entities tests feed it."""

from sambandh.entities.linker import link_entities
from sambandh.kb.base import builtin
from sambandh.model import Article, Sentence, Source


def linked(*sentences: str, published: str = "2024-03-01") -> Article:
    """An article of one paragraph per sentence, published 2024-03-01 unless said, linked with the built-in KB."""
    parts = tuple(Sentence(id=i, text=t, paragraph=i, start=0, end=len(t)) for i, t in enumerate(sentences))
    article = Article(id="t", source=Source(path="t.md"), language="hi", published=published,
                      paragraphs=sentences, sentences=parts)
    return link_entities(article, kb=builtin())
