"""Input readers: seed-shaped text, plain text, JSON Lines, folders, and rejected records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.conftest import shared_dir

from newsevents.ids import article_id
from newsevents.ingest import iter_files, parse_date, read_paths, read_text_file
from newsevents.model import Article, Rejected

BODY = (
    "The coastal guard of Eastland seized two fishing boats near the disputed reef on Sunday, "
    "officials in the capital said.\n\nThe fishermen were taken to a port in the south and "
    "their families asked for them to be released as soon as possible."
)
FRENCH = (
    "Le ministre des finances a présenté hier le nouveau budget devant les députés, qui doivent "
    "le voter avant la fin du mois. Les syndicats ont annoncé une grève pour la semaine prochaine."
)
GERMAN = (
    "Die Regierung hat am Montag neue Regeln für die Landwirtschaft beschlossen, die nach "
    "Angaben des Ministeriums im nächsten Jahr in Kraft treten sollen und viele Betriebe betreffen."
)


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(path: Path, published: dt.date | None = None) -> Article | Rejected:
    records = list(read_paths([path], published=published))
    assert len(records) == 1
    return records[0]


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("Published on 12:00 AM, June 17, 2020", dt.date(2020, 6, 17)),
        ("Published on June 17, 2020", dt.date(2020, 6, 17)),
        ("Published: 2020-06-17", dt.date(2020, 6, 17)),
        ("published 3 March 2021", dt.date(2021, 3, 3)),
    ],
)
def test_seed_shape_gives_date_title_and_body(tmp_path: Path, header: str, day: dt.date) -> None:
    path = write(tmp_path / "a.txt", f"{header}\n\nGuards seize boats near reef\n\n{BODY}\n")
    article = only(path, published=dt.date(1999, 1, 1))
    assert isinstance(article, Article)
    assert article.published == day
    assert article.title == "Guards seize boats near reef"
    assert article.text == BODY
    assert article.article_id == article_id(BODY)
    assert article.origin == str(path)


def test_plain_text_uses_the_given_date(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.txt", BODY)
    article = only(path, published=dt.date(2022, 1, 2))
    assert isinstance(article, Article)
    assert (article.published, article.title, article.text) == (dt.date(2022, 1, 2), None, BODY)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (FRENCH, "not English"),
        (GERMAN, "not English"),
        ("Published on 32 Smarch 2020\n\nTitle\n\n" + BODY, "unparseable date"),
        ("Обе стороны договорились продолжить переговоры на следующей неделе.", "not English"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    record = only(path)
    assert isinstance(record, Rejected)
    assert reason in record.reason
    assert record.origin == str(path)


def test_short_english_text_is_not_taken_for_another_language(tmp_path: Path) -> None:
    path = write(tmp_path / "short.txt", "Rebels seize three towns near capital")
    assert isinstance(only(path), Article)


def test_jsonl_lines_are_read_or_rejected_one_by_one(tmp_path: Path) -> None:
    good = {"id": "g1", "url": "https://example.org/g1", "title": "T", "text": BODY,
            "published": "2021-02-03", "outlet": "Example Wire"}  # fmt: skip
    lines = [
        json.dumps(good),
        "",
        "{not json",
        json.dumps({"id": "x", "title": "no text here"}),
        json.dumps({"text": BODY + " Again.", "published": "someday maybe"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": BODY + " Once more."}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines))
    records = list(read_paths([path], published=dt.date(2020, 1, 1)))
    assert [type(r).__name__ for r in records] == [
        "Article", "Rejected", "Rejected", "Rejected", "Rejected", "Article"
    ]  # fmt: skip
    first, last = records[0], records[-1]
    assert isinstance(first, Article)
    assert isinstance(last, Article)
    assert (first.url, first.outlet) == (good["url"], "Example Wire")
    assert first.published == dt.date(2021, 2, 3)
    assert first.article_id == article_id(BODY, good["url"])
    assert first.origin == f"{path}:1#g1"
    assert last.published == dt.date(2020, 1, 1)
    rejected = [r for r in records if isinstance(r, Rejected)]
    assert [r.origin for r in rejected] == [f"{path}:3", f"{path}:4#x", f"{path}:5", f"{path}:6"]
    assert "not JSON" in rejected[0].reason
    assert "text" in rejected[1].reason
    assert "unparseable date" in rejected[2].reason
    assert rejected[0].raw_excerpt == "{not json"


def test_json_file_with_a_list_of_objects(tmp_path: Path) -> None:
    path = write(tmp_path / "in.json", json.dumps([{"text": BODY}, {"title": "none"}]))
    kinds = [type(r).__name__ for r in read_paths([path])]
    assert kinds == ["Article", "Rejected"]


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", BODY)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.jsonl", json.dumps({"text": BODY + " More."}))
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "a.txt", "")
    files = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert files == ["a.txt", "b.txt", "sub/a.jsonl"]
    kinds = [type(r).__name__ for r in read_paths([tmp_path])]
    assert kinds == ["Rejected", "Article", "Article"]


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    record = only(tmp_path / "nowhere.txt")
    assert isinstance(record, Rejected)
    assert "no such file" in record.reason


@pytest.mark.parametrize(
    ("text", "day"),
    [("2020-06-17", dt.date(2020, 6, 17)), ("17 June 2020", dt.date(2020, 6, 17)),
     ("Wed, 17 Jun 2020 10:00:00 GMT", dt.date(2020, 6, 17)), ("next Tuesday", None),
     ("June 2020", None), ("", None)],
)  # fmt: skip
def test_parse_date_needs_a_full_calendar_date(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


def test_single_record_readers_return_one_record(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", f"Published: 2020-06-17\n\nHeadline\n\n{BODY}")
    article = read_text_file(path)
    assert isinstance(article, Article)
    assert article.published == dt.date(2020, 6, 17)
    assert isinstance(read_text_file(tmp_path / "missing.txt"), Rejected)


def test_the_seed_article_is_read_in_its_own_shape() -> None:
    root = shared_dir()
    expected = json.loads((root / "data/gold/seed_article.expected.json").read_text("utf-8"))
    article = read_text_file(root / "seeds" / Path(expected["article"]).name)
    assert isinstance(article, Article)
    assert article.published == dt.date.fromisoformat(expected["publication_date"])
    assert article.title == expected["title"]
    assert expected["title"] not in article.text
