"""Documents → articles: main text, metadata, furniture removed, publication date."""

from .article import extract

__all__ = ["extract"]
