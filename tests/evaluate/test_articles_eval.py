"""Article-level scoring: what answers a key, the one-to-one matching, key files, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from itertools import permutations
from pathlib import Path

import pytest

from newsevents.errors import GoldFormatError
from newsevents.evaluate.article_keys import (
    ArticleKey,
    KeyedArticle,
    KeyPlace,
    article_text,
    load_keyed_articles,
)
from newsevents.evaluate.articles import (
    at_threshold,
    events_shown,
    reliability,
    score_article,
    totals,
)
from newsevents.evaluate.matching import answers, match_keys, max_matching
from newsevents.model import (
    Actor,
    Article,
    CameoCode,
    Event,
    EventDate,
    Place,
    Provenance,
    Span,
)

VERB = Span(0, 4, "verb")
NOON = dt.date(2021, 3, 3)


def event(
    code: str,
    source: Actor | None,
    target: Actor | None = None,
    *,
    day: dt.date | None = NOON,
    place: Place | None = None,
    confidence: float = 0.5,
    eid: str = "e",
) -> Event:
    return Event(
        event_id=eid,
        article_id="a",
        source=source,
        target=target,
        cameo=CameoCode(code, code[:2], "", None, 4, None),
        date=EventDate(day, "day", "text"),
        provenance=Provenance("a", 0, Span(0, 10, "sentence"), None, VERB, None, "rule"),
        place=place,
        confidence=confidence,
    )


def key(
    codes: tuple[str, ...],
    sources: tuple[str | None, ...] | None,
    targets: tuple[str | None, ...] | None = None,
    **kw: object,
) -> ArticleKey:
    return ArticleKey("k", "", codes, sources, targets, **kw)  # type: ignore[arg-type]


TUR_MIL = Actor("TURMIL", "TUR", "MIL", "Turkish troops")
SYR = Actor("SYR", "SYR", None, "Syria")
UN = Actor("IGOUNO", None, None, "the UN")
CAIRO = Place("Cairo", 1, 30.04, 31.24, "EGY")


def test_code_prefixes_and_countries_decide() -> None:
    attack = event("1823", TUR_MIL, SYR)
    assert answers(key(("18",), ("TUR",), ("SYR",)), attack, check_place=False)
    assert not answers(key(("19",), ("TUR",), ("SYR",)), attack, check_place=False)
    assert not answers(key(("18",), ("SYR",), ("SYR",)), attack, check_place=False)
    assert answers(key(("18",), ("TUR",)), attack, check_place=False)  # no target: any


def test_an_actor_without_country_is_read_from_its_code() -> None:
    assert answers(key(("04",), ("IGO",)), event("040", UN), check_place=False)


def test_null_in_a_list_accepts_an_uncoded_actor() -> None:
    unknown = event("190", None, SYR)
    assert answers(key(("19",), ("TUR", None), ("SYR",)), unknown, check_place=False)
    assert not answers(key(("19",), ("TUR",), ("SYR",)), unknown, check_place=False)


def test_dates_exact_range_and_year() -> None:
    e = event("040", SYR, day=dt.date(2021, 3, 3))
    assert answers(key(("04",), ("SYR",), date=dt.date(2021, 3, 3)), e, check_place=False)
    assert not answers(key(("04",), ("SYR",), date=dt.date(2021, 3, 4)), e, check_place=False)
    window = (dt.date(2021, 3, 1), dt.date(2021, 3, 3))
    assert answers(key(("04",), ("SYR",), date_range=window), e, check_place=False)
    assert answers(key(("04",), ("SYR",), date_year=2021), e, check_place=False)
    undated = event("040", SYR, day=None)
    assert not answers(key(("04",), ("SYR",), date_year=2021), undated, check_place=False)


def test_places_count_for_recall_only() -> None:
    giza = KeyPlace("Giza", 30.01, 31.21, 50)
    here = event("040", SYR, place=CAIRO)
    nowhere = event("040", SYR)
    placed = key(("04",), ("SYR",), place=giza)
    assert answers(placed, here, check_place=True)
    assert not answers(placed, nowhere, check_place=True)
    assert answers(placed, nowhere, check_place=False)
    far = key(("04",), ("SYR",), place=KeyPlace("Aleppo", 36.2, 37.16, 50))
    assert not answers(far, here, check_place=True)


def test_matching_is_maximum_whatever_the_order() -> None:
    # key 0 accepts both events, key 1 only the first: a greedy pass in key order pairs
    # key 0 with event 0 and leaves key 1 out; augmenting paths find both.
    edges = {(0, 0), (0, 1), (1, 0)}
    for order in permutations(range(2)):
        pairs = max_matching(2, 2, lambda k, e, o=order: (o[k], e) in edges)  # type: ignore[misc]
        assert len(pairs) == 2
        assert len(set(pairs.values())) == 2


def test_one_event_answers_one_key_and_core_keys_come_first() -> None:
    keys = (key(("19",), ("TUR",)), ArticleKey("core", "", ("19",), ("TUR",), None, core=True))
    pairs = match_keys(keys, [event("190", TUR_MIL)], check_place=False)
    assert pairs == {1: 0}


def keyed_article(*keys: ArticleKey) -> KeyedArticle:
    return KeyedArticle(Article("a", "text"), keys)


def test_scores_recall_precision_and_threshold() -> None:
    keys = (key(("19",), ("TUR",), ("SYR",)), key(("04",), ("SYR",)))
    events = [
        event("190", TUR_MIL, SYR, confidence=0.9, eid="1"),
        event("111", SYR, TUR_MIL, confidence=0.2, eid="2"),
    ]
    scored = score_article(keyed_article(*keys), events)
    figures = totals([scored])
    assert (figures["recall"], figures["precision"], figures["predicted_events"]) == (0.5, 0.5, 2)
    shown = totals(at_threshold([scored], 0.5))
    assert (shown["recall"], shown["precision"], shown["predicted_events"]) == (0.5, 1.0, 1)
    assert [e.event_id for e in events_shown(events, 0.5)] == ["1"]
    table = reliability([scored])
    assert {row["band"]: row["share_correct"] for row in table} == {"0.2-0.3": 0.0, "0.9-1.0": 1.0}


def write_keys(tmp: Path, doc_id: str = "d1") -> tuple[Path, Path]:
    docs = tmp / "docs.jsonl"
    text = "Turkish troops shelled a Syrian border town on Monday."
    docs.write_text(
        json.dumps({"id": doc_id, "title": "Border shelling", "text": text}) + "\n",
        encoding="utf-8",
    )
    keys = tmp / "keys.json"
    item = {
        "id": "d1",
        "published": "2021-03-09",
        "keys": [
            {
                "key": "K1",
                "source": "TUR",
                "target_any": ["SYR", None],
                "code_any": ["19"],
                "date": "2021-03-08",
                "core": True,
            }
        ],
    }
    keys.write_text(json.dumps({"articles": [item]}), encoding="utf-8")
    return keys, docs


def test_key_files_are_read_with_their_texts(tmp_path: Path) -> None:
    keys, docs = write_keys(tmp_path)
    (item,) = load_keyed_articles(keys, [docs])
    assert item.article.published == dt.date(2021, 3, 9)
    assert item.article.text.startswith("Border shelling\n\n")
    assert item.keys[0].targets == ("SYR", None)
    assert item.keys[0].core


def test_a_title_already_leading_the_text_is_not_repeated() -> None:
    assert article_text({"title": "Talks resume", "text": "Talks resume. Envoys met."}) == (
        "Talks resume. Envoys met."
    )


def test_a_key_whose_article_has_no_text_is_an_error(tmp_path: Path) -> None:
    keys, docs = write_keys(tmp_path, doc_id="other")
    with pytest.raises(GoldFormatError, match="d1 not found"):
        load_keyed_articles(keys, [docs])


@pytest.mark.model
def test_cli_scores_an_article_end_to_end(tmp_path: Path) -> None:
    keys, docs = write_keys(tmp_path)
    errors = tmp_path / "errors.jsonl"
    command = [sys.executable, "-m", "newsevents.cli.main", "evaluate", "articles", str(keys)]
    done = subprocess.run(
        [*command, "--docs", str(docs), "--json", "--errors", str(errors), "--threshold", "0"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["n_articles"] == 1
    assert result["keys"] == 1
    assert result["recall"] == 1.0, result
    assert result["per_article"][0]["found"] == 1
    assert errors.is_file()


def test_cli_articles_without_docs_is_a_usage_error(tmp_path: Path) -> None:
    keys, _ = write_keys(tmp_path)
    command = [sys.executable, "-m", "newsevents.cli.main", "evaluate", "articles", str(keys)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "--docs" in done.stderr
