"""HTML pages: main text, title and date extracted with trafilatura.

Why trafilatura: boilerplate (menus, footers, related links) would otherwise be
coded as events. The extracted text starts with the headline; it is moved to
`Article.title` so that, as for the seed shape, only the body is coded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.errors import RecordError
from newsevents.ingest.checks import decode_bytes
from newsevents.ingest.common import Record, make_article, read_bytes, rejected
from newsevents.ingest.dates import parse_date

MIN_WORDS = 5  # fewer words than this is a menu or a stub, not an article


def read_html_file(path: Path, published: dt.date | None = None) -> Record:
    """The article of one HTML file, or its rejection (never raises for bad input)."""
    origin = str(path)
    raw = ""
    try:
        raw = decode_bytes(read_bytes(path, origin), origin)
        return article_from_html(raw, origin, published=published)
    except RecordError as error:
        return rejected(error, raw)


def article_from_html(
    html: str, origin: str, *, url: str | None = None, published: dt.date | None = None
) -> Record:
    """Extract the main text of `html` (raises `RecordError` when there is none)."""
    import trafilatura  # heavy, only when HTML is read

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        raise RecordError(origin, "no article text found in the HTML page")
    title = getattr(document, "title", None)
    if title and text.startswith(title):
        text = text[len(title) :].lstrip() or text
    page_date = getattr(document, "date", None)
    date = parse_date(str(page_date)) if page_date else None
    return make_article(
        text,
        origin,
        published=date or published,
        title=title,
        url=url or getattr(document, "url", None),
        outlet=getattr(document, "sitename", None),
    )
