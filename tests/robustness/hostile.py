# ruff: noqa: E501  (one line per kind of hostile input reads best as a table)
"""A generated corpus of hostile and odd inputs, one folder per kind.

Why generated: every kind is written from code (nothing copied), so a test can
say exactly how many records each kind holds and check that ingest accounts
for every one of them (coded, coded with no event, or rejected with a reason).
Run ``python tests/robustness/hostile.py OUT`` to write it for a manual try.

The limits the corpus is meant to be run with are in `LIMITS` (small, so the
size kinds stay small on disk).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

LIMITS = {
    "NEWSEVENTS_MAX_FILE_BYTES": "300000",
    "NEWSEVENTS_MAX_RECORD_BYTES": "200000",
    "NEWSEVENTS_MAX_ARTICLE_CHARS": "60000",
    "NEWSEVENTS_MAX_SENTENCE_TOKENS": "150",
}
NEWS = (
    "Russian troops shelled Ukrainian villages near Kharkiv on Monday, the Ukrainian army said. "
    "Ukraine's foreign ministry condemned the attack and summoned the Russian ambassador."
)
SHORT = (
    "Chinese coast guard ships blocked a Philippine supply boat near the disputed shoal on Tuesday."
)
Writer = Callable[[Path], int]  # writes the kind's files into a folder; returns its record count


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=True)


def _jsonl(folder: Path, *lines: str, name: str = "in.jsonl") -> int:
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _bytes(folder: Path, name: str, data: bytes) -> int:
    (folder / name).write_bytes(data)
    return 1


def _warc(records: list[tuple[str, bytes, int | None]]) -> bytes:
    """A WARC file of HTTP response records (url, html body, declared length)."""
    out = io.BytesIO()
    for url, body, declared in records:
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {declared if declared is not None else len(body)}\r\n\r\n"
                ).encode() + body  # fmt: skip
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
                f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\n"
                f"WARC-Date: 2021-05-04T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()  # fmt: skip
        out.write(head + http + b"\r\n\r\n")
    return out.getvalue()


def _html(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(2))
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>").encode()  # fmt: skip


KINDS: dict[str, Writer] = {
    "surrogate_text": lambda d: _jsonl(d, '{"text": "' + NEWS + ' \\ud800 end"}'),
    "surrogate_id": lambda d: _jsonl(d, '{"id": "\\udc00", "text": "' + NEWS + '"}'),
    "deep_nesting": lambda d: _jsonl(d, "[" * 100_000, _line(text=NEWS + " Deep.")),
    "rich_markup": lambda d: _jsonl(
        d, _line(text="[/bold] [link=http://x.test]click[/link] " + NEWS)
    ),
    "escape_sequences": lambda d: _jsonl(d, _line(text="\x1b[2J\x1b]0;pwned\x07 " + NEWS)),
    "osc_link_metadata": lambda d: _jsonl(
        d,
        _line(
            text=NEWS + " Osc.",
            title="\x1b]8;;http://evil\x07t\x1b]8;;\x07",
            url="http://a.test/\x1b[31m",
        ),
    ),
    "csv_formula": lambda d: _jsonl(
        d, _line(text='=HYPERLINK("http://evil") ' + NEWS, url="=cmd|' /C calc'!A0")
    ),
    "whitespace_variant": lambda d: _jsonl(
        d, _line(text=NEWS), _line(text=NEWS.replace(" ", "  \n "))
    ),
    "utm_duplicate": lambda d: _jsonl(
        d,
        _line(text=NEWS + " Utm.", url="http://n.test/a"),
        _line(text=NEWS + " Utm.", url="http://n.test/a?utm_source=x"),
    ),
    "second_date": lambda d: _jsonl(
        d,
        _line(text=NEWS + " Dated.", published="2021-05-04"),
        _line(text=NEWS + " Dated.", published="2021-05-05"),
    ),
    "empty_jsonl": lambda d: _bytes(d, "empty.jsonl", b""),
    "blank_jsonl": lambda d: _bytes(d, "blank.jsonl", b"\n\n   \n"),
    "empty_warc": lambda d: _bytes(d, "empty.warc", b""),
    "empty_txt": lambda d: _bytes(d, "empty.txt", b""),
    "truncated_warc_gz": lambda d: _bytes(
        d, "cut.warc.gz", gzip.compress(_warc([("http://t.test/", _html("Cut", NEWS), None)]))[:-40]
    ),
    "short_payload_warc": lambda d: _bytes(
        d, "short.warc", _warc([("http://s.test/", _html("Short", NEWS), 99999)])
    ),
    "gzip_bomb_warc": lambda d: _bytes(
        d,
        "bomb.warc.gz",
        gzip.compress(_warc([("http://b.test/", _html("Bomb", NEWS) + b" " * 1_000_000, None)])),
    ),
    "large_file": lambda d: _bytes(d, "large.txt", (NEWS + "\n").encode() * 2000),
    "utf16_bom": lambda d: _bytes(
        d, "u16.txt", codecs.BOM_UTF16_LE + (NEWS + " Sixteen.").encode("utf-16-le")
    ),
    "utf32_bom": lambda d: _bytes(
        d, "u32.txt", codecs.BOM_UTF32_LE + (NEWS + " Thirtytwo.").encode("utf-32-le")
    ),
    "utf8_bad_byte": lambda d: _bytes(
        d, "bad.txt", (NEWS + " Caf\u00e9 ").encode() + b"\xff" + b" end."
    ),
    "cp1252": lambda d: _bytes(
        d, "latin.txt", (NEWS + " \u201cQuoted\u201d caf\u00e9.").encode("cp1252")
    ),
    "nul_after_8k": lambda d: _bytes(
        d, "nul.txt", ((NEWS + "\n") * 50).encode() + b"\x00\x00" + NEWS.encode()
    ),
    "binary": lambda d: _bytes(d, "bin.txt", bytes(range(256)) * 40),
    "relative_date": lambda d: _jsonl(d, _line(text=NEWS + " Rel.", published="yesterday")),
    "date_year_1": lambda d: _jsonl(d, _line(text=NEWS + " Early.", published="0001-01-01")),
    "date_year_9999": lambda d: _jsonl(d, _line(text=NEWS + " Late.", published="9999-12-31")),
    "short_english": lambda d: _jsonl(d, _line(text=SHORT)),
    "french": lambda d: _jsonl(
        d,
        _line(
            text="Le ministre a présenté hier le budget devant les députés, qui doivent le voter avant la fin du mois et la grève."
        ),
    ),
    "cyrillic": lambda d: _jsonl(
        d, _line(text="Обе стороны договорились продолжить переговоры на следующей неделе.")
    ),
    "json_not_object": lambda d: _jsonl(d, "[1, 2, 3]", '"a string"', "null"),
    "missing_text": lambda d: _jsonl(d, _line(title="no text")),
    "text_not_string": lambda d: _jsonl(d, '{"text": 12345}', '{"text": {"a": 1}}'),
    "invalid_json": lambda d: _jsonl(d, "{not json", '{"text": "unterminated'),
    "id_is_object": lambda d: _jsonl(d, '{"id": {"x": [1]}, "text": "' + NEWS + ' Obj."}'),
    "published_garbage": lambda d: _jsonl(
        d,
        _line(text=NEWS + " Garb.", published="2020-01-01' OR 1=1"),
        '{"text": "' + NEWS + ' Num.", "published": 1e308}',
    ),
    "long_article": lambda d: _jsonl(d, _line(text=(NEWS + " ") * 400)),
    "run_on_sentence": lambda d: _jsonl(
        d, _line(text=", and ".join(["the army shelled the villages near the border"] * 40) + ".")
    ),
    "html_no_text": lambda d: _bytes(d, "empty.html", b"<html><script>alert(1)</script></html>"),
    "html_injection": lambda d: _bytes(d, "inj.html", _html("[bold]\x1b[2J=SUM(A1)", NEWS)),
    "malformed_feed": lambda d: _bytes(d, "bad.xml", b"<rss><channel><item><title>x</ti"),
    "billion_laughs": lambda d: _bytes(
        d,
        "lol.xml",
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss><channel><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>',
    ),
    "crlf_text": lambda d: _bytes(d, "crlf.txt", (NEWS.replace(". ", ".\r\n") + " Crlf.").encode()),
    "utf8_bom": lambda d: _bytes(d, "bom.txt", codecs.BOM_UTF8 + (NEWS + " Bom.").encode()),
    "bidi_zero_width": lambda d: _jsonl(d, _line(text="\u202e\u200b" + NEWS + " Bidi.")),
    "whole_json_mixed": lambda d: (
        _bytes(d, "list.json", json.dumps([{"text": NEWS + " One."}, 5, {"x": 1}]).encode()) + 2
    ),  # three records in one file
    "huge_number_field": lambda d: _jsonl(
        d, '{"text": "' + NEWS + ' Big.", "title": ' + "9" * 5000 + "}"
    ),
}


def _symlink_kinds() -> dict[str, Writer]:
    def loop(folder: Path) -> int:
        (folder / "a.txt").write_text(NEWS + " Loop.", encoding="utf-8")
        os.symlink(folder, folder / "self")  # a folder containing itself
        return 2  # the article and the loop

    def two_spellings(folder: Path) -> int:
        (folder / "x.txt").write_text(NEWS + " Twice.", encoding="utf-8")
        os.symlink(folder / "x.txt", folder / "y.txt")
        return 1  # one file under two names is one record

    def broken(folder: Path) -> int:
        os.symlink(folder / "missing.txt", folder / "dangling.txt")
        return 1

    return {"symlink_loop": loop, "two_spellings": two_spellings, "broken_symlink": broken}


def write_corpus(root: Path) -> dict[str, int]:
    """Write every kind under `root/<kind>/`; return the record count of each kind."""
    counts: dict[str, int] = {}
    for kind, writer in {**KINDS, **_symlink_kinds()}.items():
        folder = root / kind
        folder.mkdir(parents=True)
        counts[kind] = writer(folder)
    return counts


if __name__ == "__main__":
    print(json.dumps(write_corpus(Path(sys.argv[1])), indent=1))
