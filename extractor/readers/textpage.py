"""Plain-text page scrapes: navigation lines, a title, a date line, then paragraphs.

The date line (``2023年03月21日 20:00``) carries no zone: it is the outlet's
local time, so it is returned naive and the cleaner attaches the home zone.
"""
from __future__ import annotations

from datetime import datetime

import regex

from ..types import RawDocument

DATE_LINE = regex.compile(
    r"^\s*(?:日期[：:]\s*)?(?P<y>\d{4})[年/\-.](?P<m>\d{1,2})[月/\-.](?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2}))?"
)


def date_line(line: str) -> datetime | None:
    m = DATE_LINE.match(line)
    if not m or len(line.strip()) > 60:
        return None
    try:
        return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0))
    except ValueError:
        return None


def read(path: str, text: str) -> list[RawDocument]:
    lines = text.splitlines()
    published = None
    title = None
    for i, line in enumerate(lines):
        published = date_line(line)
        if published:
            before = [l.strip() for l in lines[:i] if len(l.strip()) >= 6]
            title = max(before, key=before.count) if before else None
            break
    return [RawDocument(path=path, body=text, body_format="text", title=title,
                        published_at=published, reader="textpage")]
