"""Reading article files into :class:`~tealeaves.model.Document` records."""

from tealeaves.corpus.loader import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    ArticleError,
    iter_article_files,
    load_article,
    load_articles,
    slugify,
    take_notices,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "ArticleError",
    "iter_article_files",
    "load_article",
    "load_articles",
    "slugify",
    "take_notices",
]
