"""The dashboard in Debian's chromium: pick a dyad, see its timeline points, open an event,
see its place on the map and its highlighted evidence; article text stays inert text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect
from tests.api.browser import browser_page, require_chromium, serving
from tests.conftest import shared_dir
from tests.store.builders import make_event, span_of

from newsevents.api import ApiConfig, create_app
from newsevents.ids import article_id
from newsevents.model import Article, CodedArticle, Place
from newsevents.store import Store


@pytest.fixture(autouse=True)
def _chromium() -> None:
    require_chromium()


def open_dyad_event(base: str, page: Any, event: dict[str, Any], shot: Path) -> None:
    """Drive the dashboard to `event` the way an analyst would, checking each step."""
    source, target = event["source"]["country"], event["target"]["country"]
    page.goto(base + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.select_option("#f-dyad", f"{source}|{target}")
    expect(page.locator("#timeline-dyad")).to_have_text(f"{source} → {target}")
    page.wait_for_selector("body[data-busy=false]")
    point = page.locator(f'#timeline .period[data-period="{event["date"]}"] circle.point')
    point.wait_for()
    page.locator(f'a.event-link[data-event-id="{event["event_id"]}"]').click()
    page.wait_for_selector("#event-view:not([hidden]) mark.role-verb")
    evidence = event["evidence"]
    for role in ("source", "verb", "target"):
        if evidence.get(role):
            marked = page.locator(f"#article-text mark.role-{role}").inner_text()
            assert marked.endswith(evidence[role]["text"]), (role, marked)
    place = event["place"]
    page.locator(".event-place-marker").wait_for()
    assert page.inner_text(".event-place-label") == place["name"]
    assert place["name"] in page.inner_text('#event-details dd[data-fact="place"]')
    assert page.evaluate("document.activeElement.id") == "event-heading"
    page.wait_for_timeout(300)  # let the map finish panning before the picture
    page.screenshot(path=str(shot), full_page=True)


def placed_dyad_event(base: str, **params: str) -> dict[str, Any]:
    """The first event (via the API) with a source and target country, a date and a place."""
    events = httpx.get(f"{base}/events", params={"limit": 500, **params}).json()["events"]
    for event in events:
        src, tgt, place = event["source"], event["target"], event["place"]
        if src and tgt and src["country"] and tgt["country"] and place and event["date"]:
            return event
    raise AssertionError(f"no placed dyad event among {len(events)}")


def test_dashboard_on_the_example_corpus(examples_db: Path, tmp_path: Path) -> None:
    app = create_app(ApiConfig(db=examples_db, read_only=True))
    with serving(app) as base, browser_page() as (page, problems):
        event = placed_dyad_event(base)
        open_dyad_event(base, page, event, tmp_path / "dashboard.png")
        dyads = httpx.get(f"{base}/stats/dyads", params={"top": 500}).json()["dyads"]
        pair = (event["source"]["country"], event["target"]["country"])
        total = next(d["total"] for d in dyads if (d["source"], d["target"]) == pair)
        assert page.locator("#events-table tbody tr").count() == total
        page.keyboard.press("Escape")
        page.wait_for_selector("#event-view", state="hidden")
        # keyboard: a timeline period is focusable, announces itself, and Enter lists its events
        period = page.locator(f'#timeline .period[data-period="{event["date"]}"]')
        period.focus()
        assert period.get_attribute("aria-label").startswith(f"{event['date']}: ")
        page.keyboard.press("Enter")
        expect(page.locator("#table-note")).to_contain_text(f"since {event['date']}")
        assert page.evaluate("document.activeElement.id") == "events-heading"
    assert problems == []
    assert (tmp_path / "dashboard.png").stat().st_size > 50_000


def test_seed_article_dashboard(pipeline: Any, tmp_path: Path) -> None:
    from newsevents.ingest.text import read_text_file

    root = shared_dir()
    expected = json.loads((root / "data/gold/seed_article.expected.json").read_text("utf-8"))
    article = read_text_file(root / "seeds" / Path(expected["article"]).name)
    assert isinstance(article, Article)
    with Store.open(tmp_path / "seed.duckdb") as store:
        store.add_coded([pipeline.code(article)])
    app = create_app(ApiConfig(db=tmp_path / "seed.duckdb", read_only=True))
    with serving(app) as base, browser_page() as (page, problems):
        event = placed_dyad_event(base, source="PRK", target="KOR", since="2020-06-16",
                                  until="2020-06-16", place_country="PRK")  # fmt: skip
        assert event["place"]["name"].startswith("Kaes")
        open_dyad_event(base, page, event, tmp_path / "seed.png")
    assert problems == []


XSS_TEXT = (
    'Northland troops <script>alert("script")</script> shelled <img src=x onerror=alert("img")> '
    "villages in Southland. Read <a href=\"javascript:alert('link')\">the report</a> here."
)


def xss_article() -> CodedArticle:
    """An article whose text, title, outlet and actor spans all carry markup."""
    title = '<img src=x onerror=alert("title")>Border news'
    article = Article(article_id(XSS_TEXT, None), XSS_TEXT, dt.date(2021, 5, 4), title=title,
                      outlet='<b onmouseover=alert("outlet")>Wire</b>', origin="xss")  # fmt: skip
    sentence = XSS_TEXT[: XSS_TEXT.index("Southland.") + len("Southland.")]
    place = Place("Lakeside", 123, 10.5, 20.25, "SLD", "P", "event", span_of(XSS_TEXT, "Southland"))
    event = make_event(
        article, sentence=sentence,
        source=("NLDMIL", 'Northland troops <script>alert("script")</script>'), verb="shelled",
        target=("SLD", '<img src=x onerror=alert("img")> villages'), code="195",
        day=dt.date(2021, 5, 3), place=place,
    )  # fmt: skip
    return CodedArticle(article, (event,), (place,))


def test_markup_in_articles_renders_inert(tmp_path: Path) -> None:
    coded = xss_article()
    with Store.open(tmp_path / "xss.duckdb") as store:
        store.add_coded([coded])
    app = create_app(ApiConfig(db=tmp_path / "xss.duckdb", read_only=True))
    with serving(app) as base, browser_page() as (page, problems):
        page.goto(f"{base}/#/event/{coded.events[0].event_id}")
        page.wait_for_selector("#event-view:not([hidden]) mark.role-verb")
        page.locator("#events-table tbody tr").first.hover()
        injected = page.evaluate(
            "document.querySelectorAll('#article-text script, #article-text img, "
            "#article-text a, #events-table tbody img, #events-table tbody script, "
            "#event-view img, #event-view script, #event-view b').length"
        )
        text = page.inner_text("#article-text")
        title = page.inner_text("#article-title")
        source_cell = page.inner_text("#events-table tbody tr td:nth-child(2)")
        page.screenshot(path=str(tmp_path / "xss.png"), full_page=True)
    assert injected == 0
    assert '<script>alert("script")</script>' in text
    assert "javascript:alert('link')" in text
    assert title.startswith("<img src=x onerror=")
    assert "<script>" in source_cell
    assert problems == []


def test_api_docs_render_from_bundled_files(tmp_path: Path) -> None:
    from tests.api.conftest import built_db

    app = create_app(ApiConfig(db=built_db(tmp_path / "docs.duckdb"), read_only=True))
    with serving(app) as base, browser_page() as (page, problems):
        page.goto(f"{base}/docs")
        page.locator(".opblock-summary-path").first.wait_for()
        paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/events", "/events/{event_id}", "/stats/timeline", "/articles"} <= paths
    assert problems == []  # nothing fetched from a CDN
