"""spaCy lives here and nowhere else: loading the model and turning docs into `model` values."""

from newsevents.nlp.loader import load_language
from newsevents.nlp.parse import parse_articles, parse_text

__all__ = ["load_language", "parse_articles", "parse_text"]
