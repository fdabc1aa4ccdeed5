"""sambandh: who did what to whom in Hindi and English news, and how they are connected."""

import logging

from .errors import SambandhError
from .model import Actor, Article, Document, Entity, Event, Mention, Sentence, Skipped
from .pipeline import Options, Pipeline, analyze

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Actor",
    "Article",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Options",
    "Pipeline",
    "SambandhError",
    "Sentence",
    "Skipped",
    "analyze",
]
