"""What the kill -9 tests (`ingest` and `batch`) share: the corpus, the CLI entry, the marker.

The sentences are our own; a corpus holds one bad JSON Lines file (rejected every run) and
twelve short articles, so a killed run can stop between any two of them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ENTRY = "import sys; from newsevents.cli.main import main; sys.exit(main())"
SENTENCES = (
    "Russian troops shelled Ukrainian villages near Kharkiv on Monday, the army said.",
    "Chinese coast guard ships blocked a Philippine supply boat near the shoal on Tuesday.",
    "Israeli aircraft struck targets in Gaza overnight, the military said.",
    "The United States imposed sanctions on Iranian oil exporters on Thursday.",
    "Protesters clashed with police in Nairobi over rising taxes.",
)
slow = pytest.mark.skipif(
    os.environ.get("NEWSEVENTS_SLOW") != "1", reason="slow: set NEWSEVENTS_SLOW=1 to run"
)


def write_corpus(folder: Path) -> Path:
    """The kill-test corpus in `folder` (created here)."""
    folder.mkdir()
    (folder / "0_bad.jsonl").write_text("{not json\n", encoding="utf-8")
    for index in range(12):
        text = (
            f"{SENTENCES[index % len(SENTENCES)]} Report {index}: talks went on for {index} days."
        )
        (folder / f"a{index:02d}.txt").write_text(text, encoding="utf-8")
    return folder
