"""HTML (trafilatura), RSS/Atom (feedparser) and WARC (warcio) inputs."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from newsevents.ingest import read_paths
from newsevents.model import Article, Rejected

PARAS = (
    "The foreign ministers of both countries met on Tuesday in the lakeside city to discuss "
    "the border dispute that has lasted for years.",
    "Officials said the meeting was constructive and that further talks would follow next "
    "month in the capital of the neighbouring state.",
)
PAGE = f"""<html><head><title>Border talks resume</title>
<meta property="article:published_time" content="2021-03-04"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Border talks resume</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p></article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def test_html_page_gives_body_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article)
    assert article.title == "Border talks resume"
    assert article.published == dt.date(2021, 3, 4)
    assert article.text.startswith("The foreign ministers")
    assert "Copyright" not in article.text
    assert "Home" not in article.text


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "blank.htm"
    path.write_text("<html><body><nav>Home</nav></body></html>")
    (record,) = list(read_paths([path]))
    assert isinstance(record, Rejected)
    assert "no article text" in record.reason


def test_rss_entries_are_articles(tmp_path: Path) -> None:
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<item><title>Border talks resume</title><link>https://example.org/1</link>
<pubDate>Thu, 04 Mar 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{PARAS[0]}&lt;/p&gt;&lt;p&gt;{PARAS[1]}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/2</link><description></description></item>
</channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    first, second = list(read_paths([path]))
    assert isinstance(first, Article)
    assert (first.url, first.published) == ("https://example.org/1", dt.date(2021, 3, 4))
    assert first.text == "\n\n".join(PARAS)
    assert first.origin == f"{path}:1"
    assert isinstance(second, Rejected)
    assert second.origin == f"{path}:2"


def test_warc_html_responses_are_articles(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, kind in (
            ("https://example.org/talks", PAGE, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", "not an image", "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    records = list(read_paths([path]))
    assert len(records) == 1
    article = records[0]
    assert isinstance(article, Article)
    assert article.url == "https://example.org/talks"
    assert article.text.startswith("The foreign ministers")
    assert article.origin.startswith(f"{path}@")
