"""Facts from articles: rule-based, German and English, with evidence on every fact.

    from kg.extract import extract_article
    facts = extract_article(load_article("news.txt"))

No network, no models: gazetteer lookups, trigger words and normalisation rules.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Fact, Source
    from loaders.article import Article


@functools.cache
def _extractor():  # type: ignore[no-untyped-def]
    from kg.extract.extractor import Extractor

    return Extractor()


def extract_text(text: str, source: Source, lang: str | None = None) -> list[Fact]:
    """Facts in `text` (already cleaned; evidence offsets refer to it)."""
    return _extractor().extract(text, source, lang)


def extract_article(article: Article) -> list[Fact]:
    return extract_text(article.text, article.source, article.source.lang)


__all__ = ["extract_article", "extract_text"]
