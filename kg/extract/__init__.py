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
    """Facts in an article. A fault of the extractor on one article is an ExtractionError naming it,
    so that `kg extract`, `kg ingest` and `kg eval` report it and go on with the other articles
    (extract_text itself raises the fault as it is, for tests and debugging)."""
    from kg.errors import InputError

    try:
        return extract_text(article.text, article.source, article.source.lang)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any fault of a rule: reported per article, not a stopped run
        from kg.errors import ExtractionError

        raise ExtractionError(
            f"kg could not extract facts from this article ({type(exc).__name__}: {exc}); this is a fault in kg, "
            "please report it with the article",
            file=article.source.path or article.source.url or article.source.id,
        ) from exc


__all__ = ["extract_article", "extract_text"]
