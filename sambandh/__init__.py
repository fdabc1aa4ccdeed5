"""sambandh: who did what to whom in Hindi and English news, and how they are connected."""

import logging

from .errors import SambandhError
from .model import Article, Document, Entity, Event, Sentence

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Document", "Entity", "Event", "SambandhError", "Sentence"]
