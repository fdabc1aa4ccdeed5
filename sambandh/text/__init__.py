"""Language-aware text tools: normalisation and matching keys, sentences, tokens, dates, language id.

Every function here is pure and deterministic; word lists (months, weekdays,
abbreviations, relative-date phrases, folding rules) live in ``text/data/``.
"""

from .dates import DateMention, find_dates, parse_date_text, to_ascii_digits
from .language import detect_language
from .normalize import fold, fold_with_map, normalize
from .sentences import split_sentences
from .tokens import Token, tokenize

__all__ = [
    "DateMention",
    "Token",
    "detect_language",
    "find_dates",
    "fold",
    "fold_with_map",
    "normalize",
    "parse_date_text",
    "split_sentences",
    "to_ascii_digits",
    "tokenize",
]
