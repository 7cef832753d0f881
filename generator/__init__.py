"""Bilingual event briefings from Arabic news: seeds → translated, cited MkDocs site."""

__version__ = "0.1.0"
