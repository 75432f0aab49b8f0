"""Feed-archive fragments: ``<!--epoch-ms-->``, ``[title](url)``, ``------``, then HTML.

The same shape is the body of the Jekyll posts, so frontmatter.py reuses it.
Mirrored pages carry no epoch comment but open the body with a ``日期：`` line
(RFC 2822, ``Thu, 25 Jun 2020 21:37:05 +0000``, or ``2021年01月08日``): that is
the page's date, and no paragraph of it. A body opening with its own time stamp
(``<div>13/11/2020 - 22:21</div>``) is dated by it. The body may also be plain text
or Markdown (markdown.py) instead of HTML.
"""
from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import regex

from ..types import RawDocument
from . import markdown, textpage

EPOCH_COMMENT = regex.compile(r"\A\s*<!--\s*(\d{10,13}|NaN)\s*-->\s*")
TITLE_LINK = regex.compile(r"\A\s*\[(?P<title>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>[^)\s]*)\)\s*")
RULE = regex.compile(r"\A\s*-{3,}\s*\n")
PAGE_STAMP = regex.compile(r"\A\s*(?:<div>\s*){1,2}(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4}) - (?P<H>\d{2}):(?P<M>\d{2})\s*</div>")
DATE_HEADER = regex.compile(r"\A\s*日期[：:][ \t]*(?P<date>[^\n<]{6,60}?)[ \t]*(?:\n|\Z)")
# html, head, body: a whole page is HTML even when its first 20,000 characters hold no other of these tags
HTML_TAG = regex.compile(r"<(?:p|div|br|span|section|article|img|h[1-6]|ul|li|table|figure|blockquote|strong|a|html|head|body)\b",
                         regex.I)


def looks_like(text: str) -> bool:
    return bool(EPOCH_COMMENT.match(text)) or bool(TITLE_LINK.match(text) and "------" in text[:3000])


def body_format(body: str) -> str:
    return "html" if HTML_TAG.search(body[:20000]) else "text"


def readable_body(body: str) -> tuple[str, str]:
    """The body as the cleaner reads it, with its format: Markdown becomes HTML."""
    if markdown.looks_like(body):
        return markdown.to_html(body), "html"
    return body, body_format(body)


def parse_fragment(text: str) -> dict:
    """Split a fragment into its parts: published_at, title, url, body."""
    out: dict = {"published_at": None, "title": None, "url": None}
    rest = text
    m = EPOCH_COMMENT.match(rest)
    if m:
        if m.group(1) != "NaN":
            ms = int(m.group(1)) if len(m.group(1)) == 13 else int(m.group(1)) * 1000
            out["published_at"] = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
        rest = rest[m.end():]
    m = TITLE_LINK.match(rest)
    if m:
        from html import unescape

        out["title"] = unescape(m.group("title")).strip() or None
        out["url"] = m.group("url").strip() or None
        rest = rest[m.end():]
    m = RULE.match(rest)
    if m:
        rest = rest[m.end():]
    m = DATE_HEADER.match(rest)
    if m:
        published = _header_date(m.group("date"))
        if published is not None:
            out["published_at"] = out["published_at"] or published
            rest = rest[m.end():]
    stamp = _page_stamp(rest)
    if stamp is not None:
        out["published_at"] = out["stamped"] = stamp
    out["body"] = rest
    return out


def _page_stamp(body: str) -> datetime | None:
    """The page's own publication time, on the outlet's clock, when the body opens with it
    (RFI: ``<div>13/11/2020 - 22:21</div>``). The feed's time is when the item was fetched,
    hours later, sometimes the next day."""
    m = PAGE_STAMP.match(body)
    if m is None:
        return None
    try:
        return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]))
    except ValueError:
        return None


def _header_date(value: str) -> datetime | None:
    """An RFC 2822 date keeps its zone; a Chinese date is the outlet's local day (the cleaner adds the zone)."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return textpage.date_line(value)


def read(path: str, text: str) -> list[RawDocument]:
    parts = parse_fragment(text)
    body, fmt = readable_body(parts["body"])
    return [RawDocument(path=path, body=body, body_format=fmt, url=parts["url"],
                        title=parts["title"], published_at=parts["published_at"], reader="fragment")]
